<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_main.cpp" line="86" />
        <source>McpScope</source>
        <translation>McpScope</translation>
    </message>
</context>
<context>
    <name>mcpscope</name>
    <message>
        <location filename="../core/mcp/sse_endpoint.cpp" line="12" />
        <source>The server's endpoint event names another origin (%1); refusing to send messages there.</source>
        <translation>Das endpoint-Ereignis des Servers nennt einen anderen Ursprung (%1); dorthin werden keine Nachrichten gesendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="137" />
        <source>The registration answer has no client_id.</source>
        <translation>Die Registrierungsantwort enthält keine client_id.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="148" />
        <source>The introspection answer has no boolean &quot;active&quot; member (RFC 7662).</source>
        <translation>Die Introspektionsantwort hat kein boolesches Element &quot;active&quot; (RFC 7662).</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="321" />
        <source>… %1 more bytes not shown
</source>
        <translation>… %1 weitere Bytes nicht angezeigt
</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="342" />
        <source>The body starts with a UTF-8 byte order mark; strict JSON parsers reject it. Remove the BOM on the server.</source>
        <translation>Der Body beginnt mit einer UTF-8-Bytereihenfolgemarke; strenge JSON-Parser lehnen das ab. Entfernen Sie die BOM auf dem Server.</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="347" />
        <source>The Content-Type says JSON but the body does not parse: %1.</source>
        <translation>Der Content-Type gibt JSON an, aber der Body lässt sich nicht parsen: %1.</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="353" />
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �.</source>
        <translation>Ungültiges UTF-8 bei Byte %1; die fehlerhaften Bytes werden als � angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="369" />
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �. Check the server's charset.</source>
        <translation>Ungültiges UTF-8 bei Byte %1; die fehlerhaften Bytes werden als � angezeigt. Prüfen Sie den Zeichensatz des Servers.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="24" />
        <source>"%1" is not a header: write it as Name: value.</source>
        <translation>„%1“ ist kein Header: schreiben Sie ihn als Name: Wert.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="27" />
        <source>Header values cannot contain line breaks or other control characters.</source>
        <translation>Header-Werte dürfen keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="37" />
        <source>"%1" is not an HTTP method.</source>
        <translation>„%1“ ist keine HTTP-Methode.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="43" />
        <source>"%1" is not an http:// or https:// URL with a host.</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="51" />
        <source>A JSON-RPC message must be a JSON object.</source>
        <translation>Eine JSON-RPC-Nachricht muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="54" />
        <source>The message lacks "jsonrpc": "2.0".</source>
        <translation>Der Nachricht fehlt "jsonrpc": "2.0".</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="60" />
        <source>"method" must be a string.</source>
        <translation>"method" muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="64" />
        <source>"params" of %1 must be an object.</source>
        <translation>"params" von %1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="67" />
        <source>Request ids must be strings or integers (MCP forbids null).</source>
        <translation>Anfrage-IDs müssen Zeichenketten oder ganze Zahlen sein (MCP verbietet null).</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="77" />
        <source>An error response needs a numeric "code".</source>
        <translation>Eine Fehlerantwort braucht einen numerischen "code".</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="86" />
        <source>A response must carry the id of its request.</source>
        <translation>Eine Antwort muss die ID ihrer Anfrage tragen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="92" />
        <source>The message is neither a request, a notification nor a response.</source>
        <translation>Die Nachricht ist weder Anfrage noch Benachrichtigung noch Antwort.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="182" />
        <source>The message is %1 bytes, over the %2-byte limit.</source>
        <translation>Die Nachricht hat %1 Bytes, mehr als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="185" />
        <source>The message nests deeper than %1 levels; refusing to parse it.</source>
        <translation>Die Nachricht ist tiefer als %1 Ebenen verschachtelt; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="190" />
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation>Kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="195" />
        <source>An empty JSON-RPC batch is invalid.</source>
        <translation>Ein leerer JSON-RPC-Stapel ist ungültig.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="44" />
        <source>The JWT's %1 is not base64url.</source>
        <translation>%1 des JWT ist kein base64url.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="48" />
        <source>The JWT's %1 is not a JSON object.</source>
        <translation>%1 des JWT ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="151" />
        <source>The token is %1 bytes; McpScope decodes JWTs up to 64 KiB.</source>
        <translation>Das Token ist %1 Bytes groß; McpScope dekodiert JWTs bis 64 KiB.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="164" />
        <source>This is an encrypted JWT (JWE, five parts); McpScope shows signed JWTs only.</source>
        <translation>Dies ist ein verschlüsseltes JWT (JWE, fünf Teile); McpScope zeigt nur signierte JWTs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/oauth/jwt.cpp" line="165" />
        <source>This is not a JWT: it has %n part(s), a signed JWT has three.</source>
        <translation>
            <numerusform>Dies ist kein JWT: Es hat %n Teil, ein signiertes JWT hat drei.</numerusform>
            <numerusform>Dies ist kein JWT: Es hat %n Teile, ein signiertes JWT hat drei.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="167" />
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="170" />
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="175" />
        <source>The JWT's signature is not base64url.</source>
        <translation>Die Signatur des JWT ist kein base64url.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="194" />
        <source>The token is unsigned (alg "none"): it proves nothing.</source>
        <translation>Das Token ist nicht signiert (alg „none“): Es beweist nichts.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="197" />
        <source>The token uses %1; McpScope verifies RS256, PS256, ES256 and EdDSA.</source>
        <translation>Das Token verwendet %1; McpScope prüft RS256, PS256, ES256 und EdDSA.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="197" />
        <source>no alg</source>
        <translation>kein alg</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="220" />
        <source>The JWKS has no %1 signing key.</source>
        <translation>Das JWKS enthält keinen %1-Signaturschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="221" />
        <source>The JWKS has no key with kid "%1" (the issuer may have rotated its keys).</source>
        <translation>Das JWKS enthält keinen Schlüssel mit kid „%1“ (der Aussteller hat seine Schlüssel vielleicht gewechselt).</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="223" />
        <source>The token names no kid and the JWKS has several %1 keys.</source>
        <translation>Das Token nennt keine kid, und das JWKS enthält mehrere %1-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="226" />
        <source>The JWKS key for this token is malformed.</source>
        <translation>Der JWKS-Schlüssel für dieses Token ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="231" />
        <source>The ES256 signature has the wrong length.</source>
        <translation>Die ES256-Signatur hat die falsche Länge.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="248" />
        <source>The %1 signature does not verify with the issuer's key: the token was altered or signed by someone else.</source>
        <translation>Die %1-Signatur lässt sich mit dem Schlüssel des Ausstellers nicht bestätigen: Das Token wurde verändert oder von jemand anderem signiert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="260" />
        <source>The private key is not a PEM key McpScope can read.</source>
        <translation>Der private Schlüssel ist kein PEM-Schlüssel, den McpScope lesen kann.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="270" />
        <source>McpScope signs with EC P-256, RSA or Ed25519 keys only.</source>
        <translation>McpScope signiert nur mit EC-P-256-, RSA- oder Ed25519-Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="290" />
        <location filename="../core/oauth/jwt.cpp" line="296" />
        <source>OpenSSL could not sign the token.</source>
        <translation>OpenSSL konnte das Token nicht signieren.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="314" />
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="314" />
        <source>expired at %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="316" />
        <source>no expiry claim</source>
        <translation>kein Ablauf-Claim</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="322" />
        <source>valid since %1</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="322" />
        <source>not valid before %1</source>
        <translation>nicht gültig vor %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="327" />
        <source>issued by "%1", expected "%2"</source>
        <translation>ausgestellt von „%1“, erwartet „%2“</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="334" />
        <source>for %1, not for %2</source>
        <translation>für %1, nicht für %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="23" />
        <source>The %1 is %2 bytes; McpScope reads documents up to 1 MiB.</source>
        <translation>Die %1 sind %2 Bytes groß; McpScope liest Dokumente bis 1 MiB.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="28" />
        <source>The %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Die %1 sind kein gültiges JSON: %2 an Position %3.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="30" />
        <source>The %1 is not a JSON object.</source>
        <translation>Die %1 sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="42" />
        <source>In the %1, "%2" must be a string.</source>
        <translation>In den %1 muss „%2“ eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="53" />
        <location filename="../core/oauth/oauth_metadata.cpp" line="58" />
        <source>In the %1, "%2" must be an array of strings.</source>
        <translation>In den %1 muss „%2“ ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="72" />
        <source>The %1 has no "%2", which is required.</source>
        <translation>Den %1 fehlt „%2“, das Pflicht ist.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="78" />
        <source>In the %1, "%2" is not an http(s) URL: %3</source>
        <translation>In den %1 ist „%2“ keine http(s)-URL: %3</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="86" />
        <source>protected resource metadata</source>
        <translation>Protected-Resource-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="103" />
        <source>The %1 has no "resource", which is required.</source>
        <translation>Den %1 fehlt „resource“, das Pflicht ist.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="106" />
        <source>The %1 lists no "authorization_servers"; MCP requires at least one.</source>
        <translation>Die %1 nennen keine „authorization_servers“; MCP verlangt mindestens einen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="117" />
        <source>authorization server metadata</source>
        <translation>Metadaten des Autorisierungsservers</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="127" />
        <source>The %1 has no "issuer", which is required.</source>
        <translation>Den %1 fehlt „issuer“, das Pflicht ist.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="20" />
        <source>The refresh token was refused: it expired, was revoked, or was already used once (servers that rotate refresh tokens accept each one only once).</source>
        <translation>Das Refresh-Token wurde abgelehnt: Es ist abgelaufen, wurde widerrufen oder schon einmal verwendet (Server, die Refresh-Tokens rotieren, akzeptieren jedes nur einmal).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="22" />
        <source>Sign in again to get a new refresh token; if this keeps happening, make sure only one client uses the stored refresh token.</source>
        <translation>Melden Sie sich erneut an, um ein neues Refresh-Token zu erhalten; wenn das wiederholt passiert, stellen Sie sicher, dass nur ein Client das gespeicherte Refresh-Token verwendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="25" />
        <source>The redirect_uri of the token request differs from the one used in the authorization request.</source>
        <translation>Die redirect_uri der Token-Anfrage unterscheidet sich von der in der Autorisierungsanfrage.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="26" />
        <source>Send exactly the same redirect_uri in both requests (scheme, host, port and path).</source>
        <translation>Senden Sie in beiden Anfragen genau dieselbe redirect_uri (Schema, Host, Port und Pfad).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="28" />
        <source>The code_verifier does not match the code_challenge sent with the authorization request.</source>
        <translation>Der code_verifier passt nicht zur code_challenge der Autorisierungsanfrage.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="29" />
        <source>Send the verifier generated for this flow; start the flow again if it was lost.</source>
        <translation>Senden Sie den für diesen Flow erzeugten Verifier; starten Sie den Flow neu, wenn er verloren ging.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="30" />
        <source>The authorization code was refused: codes expire within minutes and can be used only once, and they must come with the same redirect_uri and a matching code_verifier.</source>
        <translation>Der Autorisierungscode wurde abgelehnt: Codes laufen binnen Minuten ab, gelten nur einmal und müssen mit derselben redirect_uri und einem passenden code_verifier kommen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="32" />
        <source>Start the flow again and exchange the new code at once.</source>
        <translation>Starten Sie den Flow neu und tauschen Sie den neuen Code sofort ein.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="35" />
        <source>The authorization server did not accept the client's credentials (unknown client_id, wrong secret, or the wrong token endpoint authentication method).</source>
        <translation>Der Autorisierungsserver hat die Zugangsdaten des Clients nicht angenommen (unbekannte client_id, falsches Secret oder falsche Authentifizierungsmethode am Token-Endpunkt).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="37" />
        <source>Check the client id and secret, and use the authentication method the client was registered with; a dynamically registered client may have expired: register again.</source>
        <translation>Prüfen Sie Client-ID und Secret und verwenden Sie die Authentifizierungsmethode, mit der der Client registriert wurde; ein dynamisch registrierter Client kann abgelaufen sein: registrieren Sie ihn neu.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="40" />
        <source>This client is not allowed to use this grant type.</source>
        <translation>Dieser Client darf diesen Grant-Typ nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="41" />
        <source>Register the client with the grant type (authorization_code, refresh_token or client_credentials).</source>
        <translation>Registrieren Sie den Client mit dem Grant-Typ (authorization_code, refresh_token oder client_credentials).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="43" />
        <source>A requested scope is unknown to the authorization server or not allowed for this client.</source>
        <translation>Ein angeforderter Scope ist dem Autorisierungsserver unbekannt oder für diesen Client nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="44" />
        <source>Request only scopes listed in scopes_supported, or leave the scope out.</source>
        <translation>Fordern Sie nur Scopes aus scopes_supported an oder lassen Sie den Scope weg.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="46" />
        <source>The authorization server does not accept the resource parameter (RFC 8707) sent.</source>
        <translation>Der Autorisierungsserver akzeptiert den gesendeten resource-Parameter (RFC 8707) nicht.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="47" />
        <source>Check that the resource is the MCP server's canonical URL as its protected resource metadata states, and that the authorization server knows it.</source>
        <translation>Prüfen Sie, ob die Ressource die kanonische URL des MCP-Servers ist, wie seine Protected-Resource-Metadaten angeben, und ob der Autorisierungsserver sie kennt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="50" />
        <source>The user or the authorization server refused the request.</source>
        <translation>Der Benutzer oder der Autorisierungsserver hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="51" />
        <source>Sign in again and approve the requested access, or ask for fewer scopes.</source>
        <translation>Melden Sie sich erneut an und genehmigen Sie den angeforderten Zugriff, oder fordern Sie weniger Scopes an.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="53" />
        <source>The token endpoint does not support this grant type.</source>
        <translation>Der Token-Endpunkt unterstützt diesen Grant-Typ nicht.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="54" />
        <source>Check grant_types_supported in the authorization server metadata.</source>
        <translation>Prüfen Sie grant_types_supported in den Metadaten des Autorisierungsservers.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="56" />
        <source>The authorization endpoint does not support response_type=code for this client.</source>
        <translation>Der Autorisierungsendpunkt unterstützt response_type=code für diesen Client nicht.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="57" />
        <source>Register the client for the authorization code flow.</source>
        <translation>Registrieren Sie den Client für den Authorization-Code-Flow.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="59" />
        <source>The authorization server rejected the redirect URI.</source>
        <translation>Der Autorisierungsserver hat die Redirect-URI abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="60" />
        <source>Register the exact redirect URI (for a native app, http://127.0.0.1 with any port is the usual form); a pre-registered client must use one of its registered URIs.</source>
        <translation>Registrieren Sie genau diese Redirect-URI (für eine native App ist http://127.0.0.1 mit beliebigem Port üblich); ein vorregistrierter Client muss eine seiner registrierten URIs verwenden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="63" />
        <source>Dynamic registration refused the client metadata.</source>
        <translation>Die dynamische Registrierung hat die Client-Metadaten abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="64" />
        <source>Look at the error description for the member it rejected (often redirect_uris or token_endpoint_auth_method).</source>
        <translation>Sehen Sie in der Fehlerbeschreibung nach, welches Feld abgelehnt wurde (oft redirect_uris oder token_endpoint_auth_method).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="67" />
        <source>The request is missing a parameter or has a malformed one.</source>
        <translation>Der Anfrage fehlt ein Parameter, oder einer ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="68" />
        <source>Compare the request with the error description; PKCE (code_challenge with S256) and state are required.</source>
        <translation>Vergleichen Sie die Anfrage mit der Fehlerbeschreibung; PKCE (code_challenge mit S256) und state sind Pflicht.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="71" />
        <source>The authorization server had a problem of its own.</source>
        <translation>Der Autorisierungsserver hatte ein eigenes Problem.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="71" />
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="73" />
        <source>The authorization server answered with error "%1".</source>
        <translation>Der Autorisierungsserver antwortete mit dem Fehler „%1“.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="74" />
        <source>See the error description and the server's documentation.</source>
        <translation>Siehe Fehlerbeschreibung und Dokumentation des Servers.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="84" />
        <source>The token endpoint answered with something that is not JSON: %1</source>
        <translation>Der Token-Endpunkt antwortete mit etwas, das kein JSON ist: %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="103" />
        <source>The token endpoint's answer has no access_token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein access_token.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="107" />
        <source>The token endpoint issued a "%1" token; MCP uses Bearer tokens.</source>
        <translation>Der Token-Endpunkt hat ein „%1“-Token ausgestellt; MCP verwendet Bearer-Tokens.</translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="95" />
        <source>The WWW-Authenticate header is %1 bytes long; McpScope reads at most 16 KiB of it.</source>
        <translation>Der WWW-Authenticate-Header ist %1 Bytes lang; McpScope liest höchstens 16 KiB davon.</translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="105" />
        <source>The WWW-Authenticate header has no auth scheme at character %1.</source>
        <translation>Der WWW-Authenticate-Header hat bei Zeichen %1 kein Auth-Schema.</translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="137" />
        <location filename="../core/oauth/www_authenticate.cpp" line="167" />
        <source>The WWW-Authenticate header has an unexpected '%1' at character %2.</source>
        <translation>Der WWW-Authenticate-Header hat ein unerwartetes '%1' bei Zeichen %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="154" />
        <source>The WWW-Authenticate parameter "%1" has a quoted value that is never closed.</source>
        <translation>Der WWW-Authenticate-Parameter „%1“ hat einen Wert in Anführungszeichen, der nie geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="162" />
        <source>The WWW-Authenticate header has more than %1 parameters.</source>
        <translation>Der WWW-Authenticate-Header hat mehr als %1 Parameter.</translation>
    </message>
</context>
<context>
    <name>mcpscope::AuthorizationTab</name>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" />
        <source>The server requires authorization (HTTP 401): signing in.</source>
        <translation>Der Server verlangt eine Autorisierung (HTTP 401): Anmeldung läuft.</translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" />
        <source>The server asks for more scope (HTTP 403): signing in again.</source>
        <translation>Der Server verlangt mehr Scope (HTTP 403): erneute Anmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" />
        <source>Could not open a browser; open this URL yourself: %1</source>
        <translation>Es konnte kein Browser geöffnet werden; öffnen Sie diese URL selbst: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" />
        <source>authorized by %1 (scope: %2)</source>
        <translation>autorisiert von %1 (Scope: %2)</translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" />
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>mcpscope::BodyPane</name>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="34" />
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="34" />
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="34" />
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="35" />
        <source>How to show the body</source>
        <translation>Darstellung des Bodys</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="47" />
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureModel</name>
    <message>
        <location filename="../models/capture_model.cpp" line="274" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="276" />
        <source>%1 · streaming</source>
        <translation>%1 · Stream läuft</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="281" />
        <source>%1 (cut)</source>
        <translation>%1 (gekürzt)</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="295" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="297" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="299" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="301" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="303" />
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="305" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="307" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="309" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="311" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureReader</name>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="82" />
        <source>Could not open the capture store %1 for reading: %2</source>
        <translation>Der Mitschnitt-Speicher %1 konnte nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="88" />
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation>%1 ist kein McpScope-Mitschnitt-Speicher (kein Schema gefunden).</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="91" />
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation>%1 wurde von einem neueren McpScope geschrieben (Schema %2).</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="104" />
        <source>Reading %1 from the capture store failed: %2</source>
        <translation>Lesen von %1 aus dem Mitschnitt-Speicher fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="130" />
        <source>the exchange list</source>
        <translation>der Austauschliste</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="171" />
        <location filename="../core/capture/capture_reader.cpp" line="198" />
        <source>search results</source>
        <translation>Suchergebnissen</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="220" />
        <source>exchange rows</source>
        <translation>Austauschzeilen</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="254" />
        <source>an exchange</source>
        <translation>einem Austausch</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="287" />
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="307" />
        <source>the exchange count</source>
        <translation>der Anzahl</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="325" />
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureSchema</name>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="88" />
        <source>The capture store rejected a statement: %1 (%2)</source>
        <translation>Der Mitschnitt-Speicher hat eine Anweisung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="119" />
        <source>The file is not a readable SQLite database: %1</source>
        <translation>Die Datei ist keine lesbare SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="125" />
        <source>This capture store has schema version %1, but this McpScope knows only up to %2. Open it with a newer McpScope.</source>
        <translation>Dieser Mitschnitt-Speicher hat Schemaversion %1, dieses McpScope kennt nur bis %2. Öffnen Sie ihn mit einem neueren McpScope.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="132" />
        <source>Could not start the schema upgrade: %1</source>
        <translation>Die Schema-Aktualisierung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="145" />
        <source>Could not commit the schema upgrade: %1</source>
        <translation>Die Schema-Aktualisierung konnte nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureStore</name>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="32" />
        <source>Could not create the folder %1 for the capture store.</source>
        <translation>Der Ordner %1 für den Mitschnitt-Speicher konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="41" />
        <source>Could not open the capture store %1: %2</source>
        <translation>Der Mitschnitt-Speicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="45" />
        <source>%1 is not a usable capture store: %2</source>
        <translation>%1 ist kein verwendbarer Mitschnitt-Speicher: %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureWriter</name>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="138" />
        <source>Could not open the capture store: %1</source>
        <translation>Der Mitschnitt-Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="152" />
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation>Der Qt-SQLite-Treiber hat sein SQLite-Handle nicht herausgegeben.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="202" />
        <source>Could not start a write transaction: %1</source>
        <translation>Schreibtransaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="232" />
        <source>Could not commit captured data: %1</source>
        <translation>Mitgeschnittene Daten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="248" />
        <source>Could not start an index transaction: %1</source>
        <translation>Index-Transaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="271" />
        <source>Could not commit the search index: %1</source>
        <translation>Suchindex konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="185" />
        <source>The capture store could not prepare a statement: %1</source>
        <translation>Der Mitschnitt-Speicher konnte eine Anweisung nicht vorbereiten: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="225" />
        <source>Writing the capture store failed: %1. Check free disk space and that the file is writable.</source>
        <translation>Schreiben in den Mitschnitt-Speicher fehlgeschlagen: %1. Prüfen Sie den freien Speicherplatz und ob die Datei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectDialog</name>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="21" />
        <source>Connect to MCP Server</source>
        <translation>Mit MCP-Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="25" />
        <source>Auto (Streamable HTTP, then HTTP+SSE)</source>
        <translation>Automatisch (Streamable HTTP, dann HTTP+SSE)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="25" />
        <source>Streamable HTTP</source>
        <translation>Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="25" />
        <source>HTTP+SSE (2024-11-05)</source>
        <translation>HTTP+SSE (2024-11-05)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="26" />
        <source>stdio (run a command)</source>
        <translation>stdio (Befehl ausführen)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="32" />
        <source>How long to wait for each response</source>
        <translation>Wie lange auf jede Antwort gewartet wird</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="33" />
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="34" />
        <source>&amp;URL or command:</source>
        <translation>&amp;URL oder Befehl:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="35" />
        <source>Request &amp;timeout:</source>
        <translation>Anfrage-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="42" />
        <source>Sign in with the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="42" />
        <source>Sign in headless (no browser)</source>
        <translation>Headless anmelden (ohne Browser)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="42" />
        <source>Step through the flow</source>
        <translation>Flow Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="43" />
        <source>What happens when the server answers 401: the OAuth flow, shown in the session's Authorization tab</source>
        <translation>Was geschieht, wenn der Server mit 401 antwortet: der OAuth-Flow, angezeigt im Tab Autorisierung der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="46" />
        <source>client id (optional)</source>
        <translation>Client-ID (optional)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="49" />
        <source>client secret (optional)</source>
        <translation>Client-Secret (optional)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="51" />
        <source>scope (optional)</source>
        <translation>Scope (optional)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="57" />
        <source>On &amp;401:</source>
        <translation>Bei &amp;401:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="61" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="66" />
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="66" />
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="68" />
        <source>One per line, e.g.
LOG_LEVEL=debug</source>
        <translation>Eine pro Zeile, z. B.
LOG_LEVEL=debug</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="69" />
        <source>One per line, e.g.
X-Api-Key: …
(not remembered after the session)</source>
        <translation>Einer pro Zeile, z. B.
X-Api-Key: …
(wird nach der Sitzung nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="116" />
        <source>Enter the command that starts the server.</source>
        <translation>Geben Sie den Befehl ein, der den Server startet.</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="117" />
        <source>Enter the server's URL.</source>
        <translation>Geben Sie die URL des Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="124" />
        <source>"%1" is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="137" />
        <source>"%1" is not NAME=value.</source>
        <translation>„%1“ hat nicht die Form NAME=Wert.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ConsoleTab</name>
    <message>
        <location filename="../ui/session/console_tab.cpp" />
        <source>History (messages sent this session)</source>
        <translation>Verlauf (in dieser Sitzung gesendete Nachrichten)</translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" />
        <source>Send (Ctrl+Return in the editor)</source>
        <translation>Senden (Strg+Eingabe im Editor)</translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" />
        <source>// Not sent: write a JSON-RPC request or notification with a method.</source>
        <translation>// Nicht gesendet: schreiben Sie eine JSON-RPC-Anfrage oder -Benachrichtigung mit method.</translation>
    </message>
</context>
<context>
    <name>mcpscope::Evaluator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="106" />
        <source>The schema nests (or refers) deeper than %1 levels.</source>
        <translation>Das Schema ist tiefer als %1 Ebenen verschachtelt (oder verweist so tief).</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="113" />
        <source>No value is allowed here.</source>
        <translation>Hier ist kein Wert erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="128" />
        <source>The schema refers to %1, which McpScope cannot resolve.</source>
        <translation>Das Schema verweist auf %1, was McpScope nicht auflösen kann.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="146" />
        <source>Expected %1, got %2.</source>
        <translation>Erwartet %1, erhalten %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="151" />
        <source>The value is not one of the allowed values.</source>
        <translation>Der Wert ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="154" />
        <source>The value must equal the constant the schema gives.</source>
        <translation>Der Wert muss der Konstanten des Schemas gleichen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="162" />
        <source>%1 is not a multiple of %2.</source>
        <translation>%1 ist kein Vielfaches von %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="167" />
        <source>%1 is above the maximum %2.</source>
        <translation>%1 liegt über dem Maximum %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="169" />
        <source>%1 is below the minimum %2.</source>
        <translation>%1 liegt unter dem Minimum %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="171" />
        <source>%1 must be below %2.</source>
        <translation>%1 muss unter %2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="173" />
        <source>%1 must be above %2.</source>
        <translation>%1 muss über %2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="180" />
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>Der Text hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="182" />
        <source>The text has %1 characters; at least %2 are needed.</source>
        <translation>Der Text hat %1 Zeichen; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="186" />
        <source>The text does not match the pattern %1.</source>
        <translation>Der Text passt nicht zum Muster %1.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="215" />
        <source>The list has %1 items; at most %2 are allowed.</source>
        <translation>Die Liste hat %1 Einträge; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="217" />
        <source>The list has %1 items; at least %2 are needed.</source>
        <translation>Die Liste hat %1 Einträge; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="222" />
        <source>Items %1 and %2 are equal; items must be unique.</source>
        <translation>Die Einträge %1 und %2 sind gleich; Einträge müssen eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="232" />
        <source>No item matches the schema's "contains".</source>
        <translation>Kein Eintrag passt zum "contains" des Schemas.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="240" />
        <source>The property "%1" is required.</source>
        <translation>Die Eigenschaft „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="242" />
        <source>At most %1 properties are allowed.</source>
        <translation>Höchstens %1 Eigenschaften sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="244" />
        <source>At least %1 properties are needed.</source>
        <translation>Mindestens %1 Eigenschaften sind nötig.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="266" />
        <source>The property "%1" is not allowed.</source>
        <translation>Die Eigenschaft „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="274" />
        <source>The property name "%1" is not allowed.</source>
        <translation>Der Eigenschaftsname „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="283" />
        <source>"%1" requires "%2".</source>
        <translation>„%1“ verlangt „%2“.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="302" />
        <source>The value matches none of the allowed alternatives (anyOf).</source>
        <translation>Der Wert passt zu keiner der erlaubten Alternativen (anyOf).</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="310" />
        <source>The value must match exactly one alternative (oneOf); it matches %1.</source>
        <translation>Der Wert muss genau einer Alternative entsprechen (oneOf); er passt zu %1.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="313" />
        <source>The value matches a schema it must not match.</source>
        <translation>Der Wert passt zu einem Schema, zu dem er nicht passen darf.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ExchangeDetailView</name>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="118" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="118" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="132" />
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="133" />
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="134" />
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="135" />
        <source>Timing</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="142" />
        <source>Select an exchange to see its headers, bodies and timing.</source>
        <translation>Wählen Sie einen Austausch, um Header, Bodys und Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="164" />
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="167" />
        <source>%1 error: %2</source>
        <translation>%1-Fehler: %2</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="180" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="181" />
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="182" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="183" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="184" />
        <source>HTTP version</source>
        <translation>HTTP-Version</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="185" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="186" />
        <source>Request headers (%1)</source>
        <translation>Anfrage-Header (%1)</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="189" />
        <source>Response headers (%1)</source>
        <translation>Antwort-Header (%1)</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="193" />
        <source>TLS certificate chain</source>
        <translation>TLS-Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="195" />
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="196" />
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="197" />
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="198" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="199" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="206" />
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation>Nur die ersten %1 von %2 Bytes wurden mitgeschnitten.</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="212" />
        <source>Waiting (time to first byte)  %1
Content download              %2
Total                         %3
Response size                 %4 bytes</source>
        <translation>Warten (bis zum ersten Byte)  %1
Inhalt herunterladen          %2
Gesamt                        %3
Antwortgröße                  %4 Bytes</translation>
    </message>
</context>
<context>
    <name>mcpscope::FeatureTab</name>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="51" />
        <source>Save Blob…</source>
        <translation>Blob speichern…</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="48" />
        <location filename="../ui/session/feature_tab.cpp" line="165" />
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="129" />
        <source>Updated by the server at %1</source>
        <translation>Vom Server aktualisiert um %1</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="165" />
        <source>Unsubscribe</source>
        <translation>Abo beenden</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="166" />
        <source>Ask the server to send notifications/resources/updated for this resource</source>
        <translation>Den Server bitten, für diese Ressource notifications/resources/updated zu senden</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="167" />
        <source>The server does not offer resource subscriptions</source>
        <translation>Der Server bietet keine Ressourcen-Abonnements an</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="277" />
        <source>Subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="277" />
        <source>Unsubscribed from %1</source>
        <translation>Abo von %1 beendet</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="320" />
        <source>// %1: the blob is not valid base64.</source>
        <translation>// %1: der Blob ist kein gültiges Base64.</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="326" />
        <source>// %1: image of %2 bytes, previewed below</source>
        <translation>// %1: Bild mit %2 Bytes, Vorschau unten</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="330" />
        <source>// %1: blob of %2 bytes
%3</source>
        <translation>// %1: Blob mit %2 Bytes
%3</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="340" />
        <source>Save Blob</source>
        <translation>Blob speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="345" />
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::HttpCall</name>
    <message>
        <location filename="../core/net/http_client.cpp" line="109" />
        <source>TLS errors ignored by the exception for this host: %1</source>
        <translation>TLS-Fehler durch die Ausnahme für diesen Host ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="136" />
        <source>Could not resolve the host name %1. Check the spelling of the URL, your DNS settings, and that this machine can reach the network the server is on.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise der URL, Ihre DNS-Einstellungen und ob dieser Rechner das Netz des Servers erreicht.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="141" />
        <source>The connection to %1:%2 was refused. Is the server running, and listening on that port and address?</source>
        <translation>Die Verbindung zu %1:%2 wurde abgelehnt. Läuft der Server und lauscht er auf diesem Port und dieser Adresse?</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="149" />
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="151" />
        <source>The server sent nothing for %1 s, so the request was given up. The server may be hung or overloaded; try again, or raise the timeout.</source>
        <translation>Der Server hat %1 s lang nichts gesendet, die Anfrage wurde aufgegeben. Der Server hängt oder ist überlastet; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="157" />
        <source>The server closed the connection in the middle of the response (%1 bytes received). What arrived is kept below; the server may have crashed or hit a proxy timeout.</source>
        <translation>Der Server hat die Verbindung mitten in der Antwort geschlossen (%1 Bytes empfangen). Das Empfangene ist unten erhalten; der Server ist evtl. abgestürzt oder ein Proxy-Zeitlimit griff.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="161" />
        <source>The server closed the connection before sending a response. It may have crashed, or expects a different protocol (HTTP vs HTTPS).</source>
        <translation>Der Server hat die Verbindung vor einer Antwort geschlossen. Er ist evtl. abgestürzt oder erwartet ein anderes Protokoll (HTTP statt HTTPS).</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="165" />
        <source>The TLS certificate of %1 was not accepted: %2. If this is a development server with a self-signed certificate, add a TLS exception for this host; otherwise check the certificate chain below.</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht akzeptiert: %2. Bei einem Entwicklungsserver mit selbstsigniertem Zertifikat legen Sie eine TLS-Ausnahme für diesen Host an; sonst prüfen Sie die Zertifikatskette unten.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="172" />
        <source>The request failed: %1</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="180" />
        <source>The server closed the connection in the middle of the response (%1 of %2 bytes received). What arrived is kept below; the server may have crashed or hit a proxy timeout.</source>
        <translation>Der Server hat die Verbindung mitten in der Antwort geschlossen (%1 von %2 Bytes empfangen). Das Empfangene ist unten erhalten; der Server ist evtl. abgestürzt oder ein Proxy-Zeitlimit griff.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="186" />
        <source>The body was %1 bytes; only the first %2 bytes were captured.</source>
        <translation>Der Body hatte %1 Bytes; nur die ersten %2 Bytes wurden mitgeschnitten.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ImageStrip</name>
    <message>
        <location filename="../ui/common/image_strip.cpp" line="51" />
        <source>%1: %2 bytes of %3 that do not decode as an image</source>
        <translation>%1: %2 Bytes %3, die sich nicht als Bild dekodieren lassen</translation>
    </message>
    <message>
        <location filename="../ui/common/image_strip.cpp" line="61" />
        <source>%1 · %2×%3 · %4 bytes</source>
        <translation>%1 · %2×%3 · %4 Bytes</translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonSchemaValidator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="419" />
        <source>The schema is too complex to evaluate (over %1 steps); validation stopped.</source>
        <translation>Das Schema ist zu komplex (über %1 Schritte); die Prüfung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>mcpscope::JwtViewer</name>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="24" />
        <source>Paste a JWT (header.payload.signature)</source>
        <translation>JWT einfügen (header.payload.signature)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="30" />
        <source>https://issuer.example/jwks</source>
        <translation>https://issuer.example/jwks</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="31" />
        <source>Expected issuer:</source>
        <translation>Erwarteter Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="32" />
        <source>Expected audience:</source>
        <translation>Erwartete Zielgruppe (aud):</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="33" />
        <source>JWKS URL:</source>
        <translation>JWKS URL:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="34" />
        <source>Verify Signature</source>
        <translation>Signatur prüfen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="80" />
        <source>// header
%1
// claims
%2</source>
        <translation>// header
%1
// claims
%2</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="89" />
        <source>signature: not verified yet (%1)</source>
        <translation>Signatur: noch nicht geprüft (%1)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="101" />
        <source>
Enter the issuer's JWKS URL to verify the signature.</source>
        <translation>
Geben Sie die JWKS-URL des Ausstellers an, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="113" />
        <source>✗ signature: the JWKS could not be fetched (%1)</source>
        <translation>✗ Signatur: Das JWKS konnte nicht abgerufen werden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="114" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="117" />
        <source>✓ signature: %1, verified with the issuer's key</source>
        <translation>✓ Signatur: %1, mit dem Schlüssel des Ausstellers geprüft</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="118" />
        <source>✗ signature: %1</source>
        <translation>✗ Signatur: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::LegacySseTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="252" />
        <source>The server's endpoint event names another origin (%1); refusing to send messages there.</source>
        <translation>Das endpoint-Ereignis des Servers nennt einen anderen Ursprung (%1); dorthin werden keine Nachrichten gesendet.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="266" />
        <source>Ignored a message the server sent: %1</source>
        <translation>Eine Nachricht des Servers wurde ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="287" />
        <source>The SSE endpoint answered HTTP %1 instead of an event stream.</source>
        <translation>Der SSE-Endpunkt antwortete mit HTTP %1 statt mit einem Ereignisstrom.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="288" />
        <source>The server closed the SSE stream.</source>
        <translation>Der Server hat den SSE-Strom geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="290" />
        <source>No endpoint event arrived: %1</source>
        <translation>Kein endpoint-Ereignis angekommen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="314" />
        <source>HTTP %1 for %2: %3</source>
        <translation>HTTP %1 für %2: %3</translation>
    </message>
</context>
<context>
    <name>mcpscope::LogPage</name>
    <message>
        <location filename="../ui/capture/log_page.cpp" />
        <source>Search URLs and bodies (full text)…</source>
        <translation>URLs und Bodys durchsuchen (Volltext)…</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" />
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" />
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" />
        <source>1xx informational</source>
        <translation>1xx Information</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" />
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" />
        <source>3xx redirect</source>
        <translation>3xx Umleitung</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" />
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" />
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" />
        <source>Failed (no response)</source>
        <translation>Fehlgeschlagen (keine Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="277"/>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="278"/>
        <source>Copy request body</source>
        <translation>Request-Body kopieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="279"/>
        <source>Copy response body</source>
        <translation>Response-Body kopieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="280"/>
        <source>Compare responses</source>
        <translation>Antworten vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="281"/>
        <source>Select two rows to compare their responses</source>
        <translation>Zwei Zeilen auswählen, um ihre Antworten zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="403"/>
        <source>Exchange %1 is no longer in the capture file.</source>
        <translation>Austausch %1 ist nicht mehr in der Aufzeichnungsdatei.</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="412"/>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="419"/>
        <source>Compare responses: #%1 and #%2</source>
        <translation>Antworten vergleichen: #%1 und #%2</translation>
    </message>
</context>
<context>
    <name>mcpscope::LoopbackReceiver</name>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="50" />
        <source>Could not listen on 127.0.0.1 for the redirect: %1</source>
        <translation>Auf 127.0.0.1 konnte nicht auf die Weiterleitung gewartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="99" />
        <source>Not here</source>
        <translation>Nicht hier</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="100" />
        <source>This address only takes the authorization response.</source>
        <translation>Diese Adresse nimmt nur die Autorisierungsantwort an.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="104" />
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="104" />
        <source>McpScope already received the authorization response. You can close this tab.</source>
        <translation>McpScope hat die Autorisierungsantwort bereits erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="109" />
        <source>The redirect's state does not match the one McpScope sent: the response belongs to another request (or is forged), so it was refused.</source>
        <translation>Der state der Weiterleitung passt nicht zu dem, den McpScope gesendet hat: Die Antwort gehört zu einer anderen Anfrage (oder ist gefälscht) und wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="111" />
        <location filename="../core/oauth/loopback_receiver.cpp" line="121" />
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="118" />
        <source>The redirect names issuer %1, but the flow talks to %2 (RFC 9207): it was refused as a possible mix-up attack.</source>
        <translation>Die Weiterleitung nennt den Aussteller %1, der Flow spricht aber mit %2 (RFC 9207): Sie wurde als möglicher Mix-up-Angriff abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="127" />
        <source>Sign-in did not complete</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="127" />
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="128" />
        <source>The authorization server answered "%1". Return to McpScope for the details.</source>
        <translation>Der Autorisierungsserver antwortete „%1“. Die Einzelheiten finden Sie in McpScope.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="130" />
        <source>McpScope received the authorization response. You can close this tab and return to McpScope.</source>
        <translation>McpScope hat die Autorisierungsantwort erhalten. Sie können diesen Tab schließen und zu McpScope zurückkehren.</translation>
    </message>
</context>
<context>
    <name>mcpscope::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="165" />
        <location filename="../ui/main_window.cpp" line="170" />
        <location filename="../ui/main_window.cpp" line="195" />
        <source>%n exchange(s) shown</source>
        <translation>
            <numerusform>%n Austausch angezeigt</numerusform>
            <numerusform>%n Austausche angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="178" />
        <source>Capture store: %1</source>
        <translation>Mitschnitt-Speicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181" />
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="182" />
        <source>%1 %2 → %3 in %4 ms</source>
        <translation>%1 %2 → %3 in %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242" />
        <source>About McpScope</source>
        <translation>Über McpScope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243" />
        <source>McpScope %1
A workbench for debugging OAuth-protected MCP servers.
Captures are stored in %2</source>
        <translation>McpScope %1
Eine Werkbank zur Fehlersuche an OAuth-geschützten MCP-Servern.
Mitschnitte liegen in %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="256" />
        <source>McpScope</source>
        <translation>McpScope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="257" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="258" />
        <source>&amp;New Request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259" />
        <source>&amp;Connect to MCP Server…</source>
        <translation>Mit MCP-Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="260" />
        <source>Capture log</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="261" />
        <source>&amp;Open Capture Store…</source>
        <translation>Mitschnitt-Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="263" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="264" />
        <source>&amp;Find in Captures</source>
        <translation>In Mitschnitten &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="265" />
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266" />
        <source>&amp;Follow New Exchanges</source>
        <translation>Neuen Austauschen &amp;folgen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267" />
        <source>&amp;OAuth</source>
        <translation>&amp;OAuth</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268" />
        <source>OAuth &amp;Flow Inspector…</source>
        <translation>OAuth-&amp;Flow-Inspektor …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="269" />
        <source>Token &amp;Vault</source>
        <translation>Token-&amp;Tresor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="271" />
        <source>&amp;About McpScope</source>
        <translation>Ü&amp;ber McpScope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="272" />
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="273" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="363" />
        <source>HTTP requests %1</source>
        <translation>HTTP-Anfragen %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="368" />
        <source>Sending %1 %2…</source>
        <translation>Sende %1 %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="412" />
        <location filename="../ui/main_window.cpp" line="430" />
        <source>OAuth flow</source>
        <translation>OAuth-Flow</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423" />
        <source>Could not open a browser; open this URL yourself: %1</source>
        <translation>Es konnte kein Browser geöffnet werden; öffnen Sie diese URL selbst: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="439" />
        <source>Token vault</source>
        <translation>Token-Tresor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="447" />
        <location filename="../ui/main_window.cpp" line="453" />
        <source>Open Capture Store</source>
        <translation>Mitschnitt-Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="448" />
        <source>McpScope captures (*.sqlite *.db);;All files (*)</source>
        <translation>McpScope-Mitschnitte (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" />
        <source>&amp;Palette</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" />
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>mcpscope::McpAuthorizer</name>
    <message>
        <location filename="../core/oauth/mcp_authorizer.cpp" line="41" />
        <source>The stored credential is gone.</source>
        <translation>Die gespeicherten Anmeldedaten sind nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>mcpscope::McpClient</name>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="119" />
        <source>The session was restarted.</source>
        <translation>Die Sitzung wurde neu gestartet.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="152" />
        <source>The server requires authorization (HTTP %1) to open its event stream. Sign in to it (OAuth) or add an Authorization header.</source>
        <translation>Der Server verlangt eine Autorisierung (HTTP %1), um seinen Ereignisstrom zu öffnen. Melden Sie sich an (OAuth) oder fügen Sie einen Authorization-Header hinzu.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="158" />
        <source>The server still refuses its event stream (HTTP %1) after %2 authorizations.</source>
        <translation>Der Server verweigert seinen Ereignisstrom nach %2 Autorisierungen weiterhin (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="168" />
        <source>Authorization failed: %1</source>
        <translation>Autorisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="183" />
        <source>The server requires authorization (HTTP 401) for %1. Sign in to it (OAuth) or add an Authorization header.</source>
        <translation>Der Server verlangt für %1 eine Autorisierung (HTTP 401). Melden Sie sich an (OAuth) oder fügen Sie einen Authorization-Header hinzu.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="186" />
        <source>The token lacks a scope the server requires for %1 (HTTP 403 insufficient_scope).</source>
        <translation>Dem Token fehlt ein Scope, den der Server für %1 verlangt (HTTP 403 insufficient_scope).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="191" />
        <source>The server still refuses %1 (HTTP %2) after %3 authorizations; McpScope stops here rather than loop. The server may ask for a scope the authorization server never grants.</source>
        <translation>Der Server lehnt %1 nach %3 Autorisierungen weiterhin ab (HTTP %2); McpScope hört hier auf, statt endlos zu wiederholen. Der Server verlangt vielleicht einen Scope, den der Autorisierungsserver nie gewährt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="218" />
        <source>Authorization for %1 failed: %2</source>
        <translation>Autorisierung für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="257" />
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="307" />
        <source>Streamable HTTP was refused (%1); trying the HTTP+SSE transport.</source>
        <translation>Streamable HTTP wurde abgelehnt (%1); versuche den HTTP+SSE-Transport.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="315" />
        <source>The server did not complete initialize: %1</source>
        <translation>Der Server hat initialize nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="322" />
        <source>The server answered with protocol version "%1", which McpScope does not speak (it speaks %2). Upgrade McpScope or configure the server for one of those.</source>
        <translation>Der Server antwortete mit Protokollversion „%1“, die McpScope nicht spricht (es spricht %2). Aktualisieren Sie McpScope oder stellen Sie den Server auf eine davon ein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="370" />
        <source>No response to %1 within %2 s. The server may be hung; try again or raise the request timeout.</source>
        <translation>Keine Antwort auf %1 innerhalb von %2 s. Der Server hängt evtl.; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="427" />
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="439" />
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="458" />
        <source>The server answered request id %1, which is not pending (unknown, or already answered or timed out).</source>
        <translation>Der Server beantwortete die Anfrage-ID %1, die nicht aussteht (unbekannt, schon beantwortet oder abgelaufen).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="470" />
        <source>%1 failed with JSON-RPC error %2: %3</source>
        <translation>%1 scheiterte mit JSON-RPC-Fehler %2: %3</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="498" />
        <source>The server reused request id %1 while that request is still waiting; the second one is refused.</source>
        <translation>Der Server hat die Anfrage-ID %1 erneut verwendet, während diese Anfrage noch wartet; die zweite wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="548" />
        <source>Progress for token %1, which belongs to no active request.</source>
        <translation>Fortschritt für Token %1, das zu keiner laufenden Anfrage gehört.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="605" />
        <source>The session was closed.</source>
        <translation>Die Sitzung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSessionView</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="65" />
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="66" />
        <source>Start a new session with the same server and transport</source>
        <translation>Eine neue Sitzung mit demselben Server und Transport beginnen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="131" />
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="140" />
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="166" />
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="190" />
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="212" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="215" />
        <location filename="../ui/session/mcp_session_view.cpp" line="418" />
        <source>Server requests</source>
        <translation>Server-Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="220" />
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="257" />
        <source>JSON-RPC console</source>
        <translation>JSON-RPC-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="236" />
        <location filename="../ui/session/mcp_session_view.cpp" line="287" />
        <source>Reconnecting to %1…</source>
        <translation>Verbinde neu mit %1 …</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="296" />
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="298" />
        <source>session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="321" />
        <source>MCP %1</source>
        <translation>MCP %1</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="335" />
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="361" />
        <source>%1 %2 · protocol %3 · %4 · capabilities: %5</source>
        <translation>%1 %2 · Protokoll %3 · %4 · Fähigkeiten: %5</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="418" />
        <source>Server requests (%1)</source>
        <translation>Server-Anfragen (%1)</translation>
    </message>
</context>
<context>
    <name>mcpscope::NewRequestDialog</name>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="20" />
        <source>New Request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="36" />
        <source>One per line, e.g.
Accept: application/json</source>
        <translation>Einer pro Zeile, z. B.
Accept: application/json</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="40" />
        <source>Request body (optional)</source>
        <translation>Anfrage-Body (optional)</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="41" />
        <source>Give up when the server sends nothing for this long</source>
        <translation>Aufgeben, wenn der Server so lange nichts sendet</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="42" />
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="43" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="44" />
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="45" />
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="46" />
        <source>Idle &amp;timeout:</source>
        <translation>Leerlauf-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="50" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>mcpscope::NotificationsTab</name>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" />
        <source>Server log level:</source>
        <translation>Log-Stufe des Servers:</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" />
        <source>(server default)</source>
        <translation>(Vorgabe des Servers)</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" />
        <source>logging/setLevel: the least severe level the server should send</source>
        <translation>logging/setLevel: die niedrigste Stufe, die der Server senden soll</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" />
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" />
        <source>server stderr: %1</source>
        <translation>Server-stderr: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" />
        <source>Server log level set to %1</source>
        <translation>Log-Stufe des Servers auf %1 gesetzt</translation>
    </message>
</context>
<context>
    <name>mcpscope::OAuthFlow</name>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="48" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="50" />
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="52" />
        <source>waiting for you</source>
        <translation>wartet auf Sie</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="54" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="56" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="58" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="80" />
        <source>Protected resource metadata</source>
        <translation>Protected-Resource-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="81" />
        <source>Find out which authorization server protects the MCP server (RFC 9728): from the resource_metadata of the 401 answer, else from the path-based and then the root well-known URI.</source>
        <translation>Herausfinden, welcher Autorisierungsserver den MCP-Server schützt (RFC 9728): aus resource_metadata der 401-Antwort, sonst von der pfadbasierten und dann der Wurzel-Well-Known-URI.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="84" />
        <source>Authorization server metadata</source>
        <translation>Metadaten des Autorisierungsservers</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="85" />
        <source>Read the authorization server's endpoints and capabilities (RFC 8414 or OpenID Connect Discovery, in the order MCP gives); its issuer must be the one the resource named, and it must support PKCE with S256.</source>
        <translation>Endpunkte und Fähigkeiten des Autorisierungsservers lesen (RFC 8414 oder OpenID Connect Discovery, in der von MCP vorgegebenen Reihenfolge); sein Aussteller muss der von der Ressource genannte sein, und er muss PKCE mit S256 unterstützen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="89" />
        <source>Client registration</source>
        <translation>Client-Registrierung</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="90" />
        <source>Become a client of the authorization server: pre-registered credentials, a Client ID Metadata Document URL when the server supports them, else dynamic client registration (RFC 7591).</source>
        <translation>Client des Autorisierungsservers werden: vorregistrierte Zugangsdaten, eine Client-ID-Metadata-Document-URL, wenn der Server sie unterstützt, sonst dynamische Client-Registrierung (RFC 7591).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="93" />
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="94" />
        <source>Ask the user's consent at the authorization endpoint with PKCE (S256), state, the resource indicator (RFC 8707) and the chosen scope; the answer comes back to the redirect URI with a code.</source>
        <translation>Am Autorisierungsendpunkt die Zustimmung des Benutzers einholen, mit PKCE (S256), state, dem Ressourcenindikator (RFC 8707) und dem gewählten Scope; die Antwort kommt mit einem Code an die Redirect-URI zurück.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="97" />
        <source>Token exchange</source>
        <translation>Token-Austausch</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="98" />
        <source>Trade the code and the PKCE verifier for an access token (and a refresh token) at the token endpoint, authenticating the client as registered.</source>
        <translation>Den Code und den PKCE-Verifier am Token-Endpunkt gegen ein Access-Token (und ein Refresh-Token) eintauschen, mit der Client-Authentifizierung wie registriert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="108" />
        <source>resource_metadata (from WWW-Authenticate)</source>
        <translation>resource_metadata (aus WWW-Authenticate)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="113" />
        <source>scope (from WWW-Authenticate)</source>
        <translation>Scope (aus WWW-Authenticate)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="128" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="128" />
        <source>You cancelled the flow.</source>
        <translation>Sie haben den Flow abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="128" />
        <source>Start it again when ready.</source>
        <translation>Starten Sie ihn erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="138" />
        <source>%1 failed: %2 %3 %4</source>
        <translation>%1 failed: %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="236" />
        <source>authorization server (fallback)</source>
        <translation>Autorisierungsserver (Ausweichlösung)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="238" />
        <source>The MCP server publishes no protected resource metadata; trying its own origin as the authorization server, as MCP 2025-03-26 did.</source>
        <translation>Der MCP-Server veröffentlicht keine Protected-Resource-Metadaten; sein eigener Ursprung wird als Autorisierungsserver versucht, wie in MCP 2025-03-26.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="240" />
        <source>No protected resource metadata (RFC 9728): MCP 2025-06-18 and later require it.</source>
        <translation>Keine Protected-Resource-Metadaten (RFC 9728): MCP ab 2025-06-18 verlangt sie.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="250" />
        <location filename="../core/oauth/oauth_flow.cpp" line="339" />
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="251" />
        <source>The MCP server could not be reached for its metadata.</source>
        <translation>Der MCP-Server war für seine Metadaten nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="251" />
        <source>Check the URL and the network.</source>
        <translation>Prüfen Sie die URL und das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="255" />
        <location filename="../core/oauth/oauth_flow.cpp" line="344" />
        <source>tried</source>
        <translation>versucht</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="255" />
        <location filename="../core/oauth/oauth_flow.cpp" line="344" />
        <source>%1 → HTTP %2</source>
        <translation>%1 → HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="262" />
        <source>The protected resource metadata document is malformed.</source>
        <translation>Das Protected-Resource-Metadaten-Dokument ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="263" />
        <source>Fix the document the MCP server serves at %1.</source>
        <translation>Korrigieren Sie das Dokument, das der MCP-Server unter %1 ausliefert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="275" />
        <source>The metadata is for resource %1, not for %2.</source>
        <translation>Die Metadaten gelten für die Ressource %1, nicht für %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="276" />
        <source>The protected resource metadata names another resource: following it could send tokens to the wrong server.</source>
        <translation>Die Protected-Resource-Metadaten nennen eine andere Ressource: Ihnen zu folgen, könnte Tokens an den falschen Server schicken.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="278" />
        <source>Make the server's metadata "resource" its own canonical URL.</source>
        <translation>Setzen Sie „resource“ in den Metadaten des Servers auf seine eigene kanonische URL.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="284" />
        <location filename="../core/oauth/oauth_flow.cpp" line="549" />
        <source>resource</source>
        <translation>resource</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="285" />
        <source>authorization_servers</source>
        <translation>authorization_servers</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="287" />
        <source>scopes_supported</source>
        <translation>scopes_supported</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="289" />
        <source>The resource names %1 authorization servers; McpScope uses the first, %2.</source>
        <translation>Die Ressource nennt %1 Autorisierungsserver; McpScope verwendet den ersten, %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="292" />
        <location filename="../core/oauth/oauth_flow.cpp" line="396" />
        <source>Found at %1.</source>
        <translation>Gefunden unter %1.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="315" />
        <source>default endpoints (2025-03-26)</source>
        <translation>Standardendpunkte (2025-03-26)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="316" />
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="318" />
        <source>No authorization server metadata either: using the 2025-03-26 default endpoints /authorize, /token and /register.</source>
        <translation>Auch keine Metadaten des Autorisierungsservers: Es werden die Standardendpunkte von 2025-03-26 verwendet: /authorize, /token und /register.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="320" />
        <source>No metadata; using the 2025-03-26 default endpoints.</source>
        <translation>Keine Metadaten; es werden die Standardendpunkte von 2025-03-26 verwendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="328" />
        <source>No metadata at any of: %1</source>
        <translation>Keine Metadaten unter: %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="329" />
        <source>The authorization server publishes neither OAuth metadata (RFC 8414) nor OpenID Connect discovery where MCP looks for it.</source>
        <translation>Der Autorisierungsserver veröffentlicht dort, wo MCP sucht, weder OAuth-Metadaten (RFC 8414) noch OpenID Connect Discovery.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="331" />
        <source>Serve the metadata at one of those URLs, or correct authorization_servers in the resource metadata.</source>
        <translation>Liefern Sie die Metadaten unter einer dieser URLs aus oder korrigieren Sie authorization_servers in den Ressourcen-Metadaten.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="340" />
        <source>The authorization server could not be reached.</source>
        <translation>Der Autorisierungsserver war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="340" />
        <source>Check the issuer URL and the network.</source>
        <translation>Prüfen Sie die Aussteller-URL und das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="351" />
        <source>The authorization server metadata is malformed.</source>
        <translation>Die Metadaten des Autorisierungsservers sind fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="352" />
        <source>Fix the document served at %1.</source>
        <translation>Korrigieren Sie das Dokument unter %1.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="357" />
        <source>The metadata's issuer is %1; the server's origin %2 was only a guess (2025-03-26), so it is accepted.</source>
        <translation>Der Aussteller der Metadaten ist %1; der Ursprung des Servers %2 war nur eine Annahme (2025-03-26), daher wird er akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="363" />
        <source>The metadata's issuer is %1, but the resource named %2.</source>
        <translation>Der Aussteller der Metadaten ist %1, die Ressource nannte aber %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="364" />
        <source>Issuer mismatch: the metadata does not belong to the authorization server the MCP server trusts (RFC 8414 §3.3), so it must not be used.</source>
        <translation>Aussteller passt nicht: Die Metadaten gehören nicht zu dem Autorisierungsserver, dem der MCP-Server vertraut (RFC 8414 §3.3), und dürfen nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="366" />
        <source>Make the issuer in the metadata and authorization_servers in the resource metadata identical.</source>
        <translation>Machen Sie issuer in den Metadaten und authorization_servers in den Ressourcen-Metadaten identisch.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="370" />
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="371" />
        <source>authorization_endpoint</source>
        <translation>authorization_endpoint</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="372" />
        <source>token_endpoint</source>
        <translation>token_endpoint</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="374" />
        <source>registration_endpoint</source>
        <translation>registration_endpoint</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="375" />
        <source>code_challenge_methods_supported</source>
        <translation>code_challenge_methods_supported</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="378" />
        <source>%1 uses plain http on a host that is not loopback: codes and tokens travel unencrypted.</source>
        <translation>%1 verwendet unverschlüsseltes http auf einem Host, der nicht Loopback ist: Codes und Tokens werden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="381" />
        <source>code_challenge_methods_supported is %1.</source>
        <translation>code_challenge_methods_supported ist %1.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="383" />
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="385" />
        <source>The authorization server does not advertise PKCE with S256, which MCP requires; McpScope does not fall back to plain or no PKCE.</source>
        <translation>Der Autorisierungsserver bietet kein PKCE mit S256 an, das MCP verlangt; McpScope weicht nicht auf plain oder kein PKCE aus.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="387" />
        <source>Enable S256 on the authorization server and list it in code_challenge_methods_supported.</source>
        <translation>Aktivieren Sie S256 auf dem Autorisierungsserver und führen Sie es in code_challenge_methods_supported auf.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="391" />
        <source>The metadata has no authorization_endpoint.</source>
        <translation>Die Metadaten haben keinen authorization_endpoint.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="392" />
        <source>Without an authorization endpoint there is no authorization code flow.</source>
        <translation>Ohne Autorisierungsendpunkt gibt es keinen Authorization-Code-Flow.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="393" />
        <source>Add authorization_endpoint to the metadata.</source>
        <translation>Ergänzen Sie authorization_endpoint in den Metadaten.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="410" />
        <source>No local port for the redirect.</source>
        <translation>Kein lokaler Port für die Weiterleitung.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="410" />
        <source>Free a port on 127.0.0.1, or set a redirect URI.</source>
        <translation>Geben Sie einen Port auf 127.0.0.1 frei oder legen Sie eine Redirect-URI fest.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="418" />
        <source>redirect_uri</source>
        <translation>redirect_uri</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="421" />
        <source>The client credentials grant needs a pre-registered client id and secret.</source>
        <translation>Der Client-Credentials-Grant braucht eine vorregistrierte Client-ID und ein Secret.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="422" />
        <source>A client acting on its own behalf authenticates with its credentials; there is no user to sign in.</source>
        <translation>Ein Client, der in eigenem Namen handelt, authentifiziert sich mit seinen Zugangsdaten; es gibt keinen Benutzer, der sich anmeldet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="423" />
        <source>Enter the client id and secret the authorization server issued for this client.</source>
        <translation>Geben Sie die Client-ID und das Secret ein, die der Autorisierungsserver für diesen Client ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="430" />
        <location filename="../core/oauth/oauth_flow.cpp" line="499" />
        <source>client_id</source>
        <translation>client_id</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="432" />
        <location filename="../core/oauth/oauth_flow.cpp" line="501" />
        <source>client_secret</source>
        <translation>client_secret</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="433" />
        <location filename="../core/oauth/oauth_flow.cpp" line="502" />
        <source>token endpoint authentication</source>
        <translation>Authentifizierung am Token-Endpunkt</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="434" />
        <source>Using the pre-registered client.</source>
        <translation>Der vorregistrierte Client wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="440" />
        <source>client_id (metadata document URL)</source>
        <translation>client_id (URL des Metadaten-Dokuments)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="442" />
        <source>The server supports Client ID Metadata Documents: the client id is the document's URL.</source>
        <translation>Der Server unterstützt Client ID Metadata Documents: Die Client-ID ist die URL des Dokuments.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="447" />
        <source>The server offers neither dynamic registration nor Client ID Metadata Documents.</source>
        <translation>Der Server bietet weder dynamische Registrierung noch Client ID Metadata Documents.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="448" />
        <source>McpScope has no client id for this authorization server.</source>
        <translation>McpScope hat keine Client-ID für diesen Autorisierungsserver.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="449" />
        <source>Register McpScope with the authorization server by hand and enter the client id (and secret) as a pre-registered client.</source>
        <translation>Registrieren Sie McpScope von Hand beim Autorisierungsserver und geben Sie Client-ID (und Secret) als vorregistrierten Client an.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="475" />
        <source>The registration endpoint could not be reached.</source>
        <translation>Der Registrierungsendpunkt war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="475" />
        <location filename="../core/oauth/oauth_flow.cpp" line="597" />
        <location filename="../core/oauth/oauth_flow.cpp" line="680" />
        <source>Check the network.</source>
        <translation>Prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="481" />
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="482" />
        <source>Dynamic registration was refused.</source>
        <translation>Die dynamische Registrierung wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="483" />
        <source>Check that the registration endpoint accepts public native clients, or use a pre-registered client.</source>
        <translation>Prüfen Sie, ob der Registrierungsendpunkt öffentliche native Clients annimmt, oder verwenden Sie einen vorregistrierten Client.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="494" />
        <source>The registration answer has no client_id.</source>
        <translation>Die Registrierungsantwort enthält keine client_id.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="495" />
        <source>The registration endpoint's answer is not an RFC 7591 registration response.</source>
        <translation>Die Antwort des Registrierungsendpunkts ist keine Registrierungsantwort nach RFC 7591.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="496" />
        <source>Fix the registration endpoint.</source>
        <translation>Korrigieren Sie den Registrierungsendpunkt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="503" />
        <source>Registered dynamically.</source>
        <translation>Dynamisch registriert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="515" />
        <source>No authorization step: the client credentials grant has no user.</source>
        <translation>Kein Autorisierungsschritt: Der Client-Credentials-Grant hat keinen Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="516" />
        <source>grant_type</source>
        <translation>grant_type</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="546" />
        <source>code_verifier</source>
        <translation>code_verifier</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="547" />
        <source>code_challenge (S256)</source>
        <translation>code_challenge (S256)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="548" />
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="550" />
        <location filename="../core/oauth/oauth_flow.cpp" line="698" />
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="550" />
        <source>(none: omitted)</source>
        <translation>(keiner: weggelassen)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="551" />
        <source>authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="560" />
        <source>The redirect did not carry this flow's state (or named another issuer).</source>
        <translation>Die Weiterleitung trug nicht den state dieses Flows (oder nannte einen anderen Aussteller).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="561" />
        <source>Start the flow again and finish it in the browser window it opens.</source>
        <translation>Starten Sie den Flow neu und schließen Sie ihn im geöffneten Browserfenster ab.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="567" />
        <source>No answer from the browser.</source>
        <translation>Keine Antwort vom Browser.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="568" />
        <source>The sign-in was not finished in time.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="568" />
        <location filename="../core/oauth/oauth_flow.cpp" line="640" />
        <source>Start the flow again.</source>
        <translation>Starten Sie den Flow neu.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="570" />
        <source>Waiting for you to sign in in the browser.</source>
        <translation>Wartet darauf, dass Sie sich im Browser anmelden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="581" />
        <source>Edit the authorization URL if you like, then send it to the browser.</source>
        <translation>Bearbeiten Sie die Autorisierungs-URL nach Wunsch und senden Sie sie dann an den Browser.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="597" />
        <source>The authorization endpoint could not be reached.</source>
        <translation>Der Autorisierungsendpunkt war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="608" />
        <source>More than 10 redirects without reaching the redirect URI.</source>
        <translation>Mehr als 10 Weiterleitungen, ohne die Redirect-URI zu erreichen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="609" />
        <source>The authorization server wants a person to sign in (a login page), which the headless mode cannot do.</source>
        <translation>Der Autorisierungsserver verlangt eine Anmeldung durch eine Person (eine Login-Seite), was der Headless-Modus nicht kann.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="611" />
        <source>Use browser mode, or configure the authorization server to approve this client without interaction.</source>
        <translation>Verwenden Sie den Browser-Modus oder richten Sie den Autorisierungsserver so ein, dass er diesen Client ohne Interaktion genehmigt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="620" />
        <source>HTTP %1: %2 %3</source>
        <translation>HTTP %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="624" />
        <source>HTTP %1 instead of a redirect: %2</source>
        <translation>HTTP %1 statt einer Weiterleitung: %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="627" />
        <source>The authorization endpoint answered with a page, not a redirect: it wants a person to sign in, or it rejected the request.</source>
        <translation>Der Autorisierungsendpunkt antwortete mit einer Seite statt einer Weiterleitung: Er verlangt eine Anmeldung durch eine Person, oder er hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="629" />
        <source>Read the page in the captured response; use browser mode for an interactive sign-in.</source>
        <translation>Lesen Sie die Seite in der aufgezeichneten Antwort; verwenden Sie den Browser-Modus für eine interaktive Anmeldung.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="638" />
        <source>The redirect's state is "%1", not the "%2" sent.</source>
        <translation>Der state der Weiterleitung ist „%1“, nicht das gesendete „%2“.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="639" />
        <source>The authorization response does not belong to this request (or was forged); it was refused.</source>
        <translation>Die Autorisierungsantwort gehört nicht zu dieser Anfrage (oder ist gefälscht); sie wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="645" />
        <source>The redirect names issuer %1, not %2.</source>
        <translation>Die Weiterleitung nennt den Aussteller %1, nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="646" />
        <source>Issuer mismatch in the authorization response (RFC 9207): a possible mix-up attack.</source>
        <translation>Aussteller passt nicht in der Autorisierungsantwort (RFC 9207): ein möglicher Mix-up-Angriff.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="647" />
        <source>Check that the MCP server's authorization server and this response come from the same issuer.</source>
        <translation>Prüfen Sie, ob der Autorisierungsserver des MCP-Servers und diese Antwort vom selben Aussteller stammen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="653" />
        <source>The authorization server answered %1: %2</source>
        <translation>Der Autorisierungsserver antwortete %1: %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="659" />
        <source>The redirect carries neither a code nor an error.</source>
        <translation>Die Weiterleitung enthält weder einen Code noch einen Fehler.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="660" />
        <source>The authorization response is malformed.</source>
        <translation>Die Autorisierungsantwort ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="660" />
        <source>Check the authorization server.</source>
        <translation>Prüfen Sie den Autorisierungsserver.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="663" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="665" />
        <source>iss (RFC 9207)</source>
        <translation>iss (RFC 9207)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="666" />
        <source>Received the authorization code.</source>
        <translation>Autorisierungscode erhalten.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="680" />
        <source>The token endpoint could not be reached.</source>
        <translation>Der Token-Endpunkt war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="685" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="686" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="695" />
        <source>access_token</source>
        <translation>access_token</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="697" />
        <source>refresh_token</source>
        <translation>refresh_token</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="700" />
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="701" />
        <source>Tokens received.</source>
        <translation>Tokens erhalten.</translation>
    </message>
</context>
<context>
    <name>mcpscope::OAuthFlowView</name>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="50" />
        <source>The first line must be "METHOD URL".</source>
        <translation>Die erste Zeile muss „METHODE URL“ lauten.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="102" />
        <source>Browser (sign in on this machine)</source>
        <translation>Browser (auf diesem Rechner anmelden)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="102" />
        <source>Headless (follow redirects, no browser)</source>
        <translation>Headless (Weiterleitungen folgen, ohne Browser)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="103" />
        <source>Client credentials (no user)</source>
        <translation>Client-Credentials (ohne Benutzer)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="104" />
        <source>Step mode: pause before each request</source>
        <translation>Schrittmodus: vor jeder Anfrage anhalten</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="108" />
        <source>MCP server:</source>
        <translation>MCP-Server:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="111" />
        <source>pre-registered client id (optional)</source>
        <translation>vorregistrierte Client-ID (optional)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="114" />
        <source>client secret (optional)</source>
        <translation>Client-Secret (optional)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="116" />
        <source>scope (default: as the spec chooses)</source>
        <translation>Scope (Vorgabe: wie die Spezifikation wählt)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="118" />
        <source>client metadata document URL (optional)</source>
        <translation>URL des Client-Metadaten-Dokuments (optional)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="123" />
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="126" />
        <source>Start Flow</source>
        <translation>Flow starten</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="127" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="129" />
        <source>Copy Sign-in URL</source>
        <translation>Anmelde-URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="130" />
        <source>Copy the authorization URL, to open it in a browser yourself</source>
        <translation>Die Autorisierungs-URL kopieren, um sie selbst in einem Browser zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="149" />
        <source>Reveal secrets</source>
        <translation>Geheimnisse anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="151" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="151" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="159" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="166" />
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="170" />
        <source>Step mode: the next request, as it will be sent. Edit it (method and URL, headers, blank line, body) and press Send.</source>
        <translation>Schrittmodus: die nächste Anfrage, so wie sie gesendet wird. Bearbeiten Sie sie (Methode und URL, Header, Leerzeile, Body) und drücken Sie Senden.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="175" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="180" />
        <source>Next request</source>
        <translation>Nächste Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="182" />
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="206" />
        <source>Sign-in URL copied to the clipboard.</source>
        <translation>Anmelde-URL in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="229" />
        <source>Authorized: tokens received.</source>
        <translation>Autorisiert: Tokens erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="266" />
        <source>Enter the MCP server's URL first.</source>
        <translation>Geben Sie zuerst die URL des MCP-Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="321" />
        <source>Likely cause: %1</source>
        <translation>Wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="322" />
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="341" />
        <source>Exchange #%1</source>
        <translation>Austausch #%1</translation>
    </message>
</context>
<context>
    <name>mcpscope::PromptsTab</name>
    <message>
        <location filename="../ui/session/prompts_tab.cpp" />
        <source>Get</source>
        <translation>Abrufen</translation>
    </message>
</context>
<context>
    <name>mcpscope::ResourcesTab</name>
    <message>
        <location filename="../ui/session/resources_tab.cpp" />
        <location filename="../ui/session/resources_tab.cpp" />
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
</context>
<context>
    <name>mcpscope::SchemaForm</name>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="100" />
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="102" />
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="104" />
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="163" />
        <location filename="../ui/common/schema_form.cpp" line="195" />
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="349" />
        <source>Add item</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="395" />
        <source>Remove this item</source>
        <translation>Dieses Element entfernen</translation>
    </message>
</context>
<context>
    <name>mcpscope::ServerRequestsTab</name>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="46" />
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="74" />
        <location filename="../ui/session/server_requests_tab.cpp" line="255" />
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="75" />
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="76" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="77" />
        <source>Send the answer in the editor</source>
        <translation>Die Antwort aus dem Editor senden</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="78" />
        <source>Refuse: elicitation answers action "decline"; other requests get a JSON-RPC error</source>
        <translation>Ablehnen: Elicitation antwortet mit action „decline“, andere Anfragen erhalten einen JSON-RPC-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="79" />
        <source>Dismiss: elicitation answers action "cancel"; other requests get a JSON-RPC error</source>
        <translation>Verwerfen: Elicitation antwortet mit action „cancel“, andere Anfragen erhalten einen JSON-RPC-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="169" />
        <source>The server asks: %1. Answer it in Server requests.</source>
        <translation>Der Server fragt: %1. Antworten Sie unter Server-Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="181" />
        <source>The server withdrew its %1 request.</source>
        <translation>Der Server hat seine %1-Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="182" />
        <source>The server withdrew its %1 request: %2</source>
        <translation>Der Server hat seine %1-Anfrage zurückgezogen: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="194" />
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="196" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="198" />
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="200" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="202" />
        <source>withdrawn by the server</source>
        <translation>vom Server zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="204" />
        <source>could not be answered</source>
        <translation>konnte nicht beantwortet werden</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="231" />
        <source>Requests the server sends (sampling, elicitation, roots) wait here for your answer.</source>
        <translation>Anfragen des Servers (Sampling, Elicitation, Roots) warten hier auf Ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="233" />
        <source>The server sent %1.</source>
        <translation>Der Server hat %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="242" />
        <source>Content to send (JSON)</source>
        <translation>Zu sendender Inhalt (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="242" />
        <source>Result to send (JSON)</source>
        <translation>Zu sendendes Ergebnis (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="255" />
        <source>Done (accept)</source>
        <translation>Erledigt (annehmen)</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="268" />
        <source>Status of this request: %1</source>
        <translation>Status dieser Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="273" />
        <source>Open the URL, finish there, then press Done. The server learns only that you accepted.</source>
        <translation>Öffnen Sie die URL, schließen Sie dort ab und drücken Sie dann Erledigt. Der Server erfährt nur, dass Sie angenommen haben.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="279" />
        <source>Valid JSON object</source>
        <translation>Gültiges JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="282" />
        <source>Not valid JSON: %1 at offset %2</source>
        <translation>Kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="283" />
        <source>The answer must be a JSON object</source>
        <translation>Die Antwort muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="289" />
        <source>Does not match the requested schema: %1%2</source>
        <translation>Passt nicht zum angeforderten Schema: %1%2</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="294" />
        <source>Matches the requested schema</source>
        <translation>Passt zum angeforderten Schema</translation>
    </message>
</context>
<context>
    <name>mcpscope::SessionListModel</name>
    <message numerus="yes">
        <location filename="../models/session_list_model.cpp" line="32" />
        <source>%1 (%n exchange(s))</source>
        <translation>
            <numerusform>%1 (%n Austausch)</numerusform>
            <numerusform>%1 (%n Austausche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/session_list_model.cpp" line="34" />
        <source>%1
Started %2</source>
        <translation>%1
Gestartet %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::SseParser</name>
    <message>
        <location filename="../core/mcp/sse_parser.cpp" line="123" />
        <source>An SSE event larger than %1 bytes was dropped.</source>
        <translation>Ein SSE-Ereignis größer als %1 Bytes wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::StdioTransport</name>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="21" />
        <source>Could not start %1: %2. Check the command and that it is installed.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Prüfen Sie den Befehl und ob er installiert ist.</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="30" />
        <source>The server process %1 crashed.</source>
        <translation>Der Serverprozess %1 ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="31" />
        <source>The server process %1 exited with code %2.</source>
        <translation>Der Serverprozess %1 endete mit Code %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="67" />
        <source>The server wrote a line that is not JSON-RPC: %1 (%2)</source>
        <translation>Der Server schrieb eine Zeile, die kein JSON-RPC ist: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="77" />
        <source>The server wrote a line longer than %1 bytes; it was dropped.</source>
        <translation>Der Server schrieb eine Zeile länger als %1 Bytes; sie wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::StreamableHttpTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="124" />
        <source>Ignored a message the server sent: %1</source>
        <translation>Eine Nachricht des Servers wurde ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="150" />
        <source>The server no longer knows session %1 (HTTP 404). Reconnect to start a new session.</source>
        <translation>Der Server kennt die Sitzung %1 nicht mehr (HTTP 404). Verbinden Sie sich neu, um eine neue Sitzung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="152" />
        <source>The server no longer knows session %1 (HTTP 400; the spec asks for 404). Reconnect to start a new session.</source>
        <translation>Der Server kennt die Sitzung %1 nicht mehr (HTTP 400; die Spezifikation verlangt 404). Verbinden Sie neu, um eine neue Sitzung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="188" />
        <source>HTTP %1 for %2: %3</source>
        <translation>HTTP %1 für %2: %3</translation>
    </message>
</context>
<context>
    <name>mcpscope::TemplatesTab</name>
    <message>
        <location filename="../ui/session/templates_tab.cpp" />
        <location filename="../ui/session/templates_tab.cpp" />
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/session/templates_tab.cpp" />
        <source>template variable</source>
        <translation>Vorlagenvariable</translation>
    </message>
</context>
<context>
    <name>mcpscope::TokenVault</name>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="90" />
        <source>Could not open the token vault's database %1: %2</source>
        <translation>Die Datenbank des Token-Tresors %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="98" />
        <source>Could not create the token vault's table: %1</source>
        <translation>Die Tabelle des Token-Tresors konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="111" />
        <source>No OS keychain is available (%1). Tokens are kept in memory for this session only and are lost when McpScope quits; nothing is written to disk.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Tokens werden nur für diese Sitzung im Speicher gehalten und gehen verloren, wenn McpScope beendet wird; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="142" />
        <source>The keychain refused to store a secret: %1</source>
        <translation>Der Schlüsselbund hat das Speichern eines Geheimnisses abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="155" />
        <source>The secret is not in this session's memory (no keychain).</source>
        <translation>Das Geheimnis ist nicht im Speicher dieser Sitzung (kein Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="164" />
        <source>Could not read a secret from the keychain: %1</source>
        <translation>Ein Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="185" />
        <source>Could not delete a secret from the keychain: %1</source>
        <translation>Ein Geheimnis konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="212" />
        <source>Could not save the credential: %1</source>
        <translation>Die Anmeldedaten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="323" />
        <source>No credential %1 in the vault.</source>
        <translation>Keine Anmeldedaten %1 im Tresor.</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="343" />
        <source>The credential for %1 has no refresh token; sign in again.</source>
        <translation>Die Anmeldedaten für %1 haben kein Refresh-Token; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="370" />
        <source>Refresh failed (%1 %2). %3 %4</source>
        <translation>Erneuern fehlgeschlagen (%1 %2). %3 %4</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="442" />
        <source>The revocation endpoint answered HTTP %1: %2</source>
        <translation>Der Widerrufsendpunkt antwortete HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="467" />
        <source>%1 does not advertise an introspection endpoint (RFC 7662).</source>
        <translation>%1 bietet keinen Introspektionsendpunkt an (RFC 7662).</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="483" />
        <source>The introspection endpoint answered HTTP %1: %2</source>
        <translation>Der Introspektionsendpunkt antwortete HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="499" />
        <source>Could not delete the credential: %1</source>
        <translation>Die Anmeldedaten konnten nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::ToolsTab</name>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Input schema</source>
        <translation>Eingabeschema</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Arguments (JSON)</source>
        <translation>Argumente (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Call</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Call the tool (Ctrl+Return)</source>
        <translation>Das Tool aufrufen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>The result appears here.</source>
        <translation>Hier erscheint das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Form (no arguments)</source>
        <translation>Formular (keine Argumente)</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Valid JSON object</source>
        <translation>Gültiges JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Not valid JSON: %1 at offset %2</source>
        <translation>Kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Arguments must be a JSON object</source>
        <translation>Argumente müssen ein JSON-Objekt sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Does not match the input schema: %1%2 (%n problem(s))</source>
        <translation>
            <numerusform>Passt nicht zum Eingabeschema: %1%2 (%n Problem)</numerusform>
            <numerusform>Passt nicht zum Eingabeschema: %1%2 (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Valid against the input schema</source>
        <translation>Gültig laut Eingabeschema</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Retry in %1 s</source>
        <translation>Erneut in %1 s</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>// The tool reported an error (isError: true)
</source>
        <translation>// Das Werkzeug meldete einen Fehler (isError: true)
</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>// structuredContent matches the tool's outputSchema
</source>
        <translation>// structuredContent passt zum outputSchema des Werkzeugs
</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>// structuredContent does not match the outputSchema: %1%2
</source>
        <translation>// structuredContent passt nicht zum outputSchema: %1%2
</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>// The tool declares an outputSchema but returned no structuredContent
</source>
        <translation>// Das Werkzeug deklariert ein outputSchema, lieferte aber kein structuredContent
</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>// The server needs you to open these URLs first, then call the tool again:</source>
        <translation>// Der Server möchte, dass Sie zuerst diese URLs öffnen und das Tool dann erneut aufrufen:</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>// %1</source>
        <translation>// %1</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="103"/>
        <source>Pin result</source>
        <translation>Ergebnis anheften</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="105"/>
        <source>Keep this result to compare a later call with</source>
        <translation>Dieses Ergebnis behalten, um einen späteren Aufruf damit zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="106"/>
        <source>Compare with pinned</source>
        <translation>Mit angeheftetem vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="311"/>
        <source>%1 at %2</source>
        <extracomment>A kept tool result: the tool&apos;s name and the time of the call</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="377"/>
        <source>Pinned the result of %1</source>
        <translation>Ergebnis von %1 angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="385"/>
        <source>Compare tool results</source>
        <translation>Tool-Ergebnisse vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="386"/>
        <source>pinned: %1</source>
        <translation>angeheftet: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="387"/>
        <source>last: %1</source>
        <translation>letztes: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="395"/>
        <source>Pin a result first, then call the tool again</source>
        <translation>Erst ein Ergebnis anheften, dann das Tool erneut aufrufen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="396"/>
        <source>Compare %1 with the last result</source>
        <translation>%1 mit dem letzten Ergebnis vergleichen</translation>
    </message>
</context>
<context>
    <name>mcpscope::UriTemplate</name>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="87" />
        <source>The URI template has a '}' without '{' at character %1.</source>
        <translation>Die URI-Vorlage enthält bei Zeichen %1 ein '}' ohne '{'.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="96" />
        <source>The URI template has a '{' at character %1 that is never closed.</source>
        <translation>Die URI-Vorlage enthält bei Zeichen %1 ein '{', das nie geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="106" />
        <source>The URI template uses the reserved operator '%1'.</source>
        <translation>Die URI-Vorlage verwendet den reservierten Operator '%1'.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="119" />
        <source>The URI template has an invalid prefix length in "%1".</source>
        <translation>Die URI-Vorlage hat in „%1“ eine ungültige Präfixlänge.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="124" />
        <source>The URI template has an invalid variable name "%1".</source>
        <translation>Die URI-Vorlage hat einen ungültigen Variablennamen „%1“.</translation>
    </message>
</context>
<context>
    <name>mcpscope::VaultView</name>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="28" />
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="31" />
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="32" />
        <source>in %1:%2</source>
        <translation>in %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45" />
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45" />
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45" />
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="53" />
        <source>Refresh</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="54" />
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="55" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="56" />
        <source>Copy as Authorization Header</source>
        <translation>Als Authorization-Header kopieren</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="57" />
        <source>Introspect</source>
        <translation>Introspektion</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="58" />
        <source>Ask the authorization server what it knows about the access token (RFC 7662)</source>
        <translation>Den Autorisierungsserver fragen, was er über das Access-Token weiß (RFC 7662)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="59" />
        <source>Get a new access token with the refresh token</source>
        <translation>Mit dem Refresh-Token ein neues Access-Token holen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="60" />
        <source>Revoke the tokens at the authorization server (RFC 7009), then delete them here</source>
        <translation>Die Tokens beim Autorisierungsserver widerrufen (RFC 7009) und dann hier löschen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="61" />
        <source>Forget the tokens here; the authorization server is not told</source>
        <translation>Die Tokens hier vergessen; der Autorisierungsserver erfährt nichts davon</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="67" />
        <source>Refresh ahead of expiry:</source>
        <translation>Vor Ablauf erneuern:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="70" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="71" />
        <source>Tokens are refreshed this long before they expire (at half the lifetime when they live less than twice as long)</source>
        <translation>Tokens werden so lange vor ihrem Ablauf erneuert (bei halber Laufzeit, wenn sie weniger als doppelt so lange gelten)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="85" />
        <source>Token Introspection</source>
        <translation>Token-Introspektion</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="123" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="123" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="144" />
        <source>no expiry given</source>
        <translation>kein Ablauf angegeben</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="185" />
        <source>Token refreshed.</source>
        <translation>Token erneuert.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="195" />
        <source>Tokens revoked and deleted.</source>
        <translation>Tokens widerrufen und gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="205" />
        <source>Tokens deleted from the vault.</source>
        <translation>Tokens aus dem Tresor gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="218" />
        <source>The token is active.</source>
        <translation>Das Token ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="218" />
        <source>The token is not active.</source>
        <translation>Das Token ist nicht aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="231" />
        <source>Authorization header copied to the clipboard.</source>
        <translation>Authorization-Header in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>mcpscope::DiffView</name>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="230"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="236"/>
        <source>not one JSON value</source>
        <translation>nicht genau ein JSON-Wert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/diff_view.cpp" line="253"/>
        <source>… %n more line(s) not shown here; the change list covers the whole document</source>
        <translation>
            <numerusform>… %n weitere Zeile hier nicht gezeigt; die Änderungsliste umfasst das ganze Dokument</numerusform>
            <numerusform>… %n weitere Zeilen hier nicht gezeigt; die Änderungsliste umfasst das ganze Dokument</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="270"/>
        <source>“%1” is not valid JSON (%2), so there is nothing to compare. Check that the body is complete (not cut at the capture cap).</source>
        <translation>„%1“ ist kein gültiges JSON (%2), es gibt also nichts zu vergleichen. Prüfen Sie, ob der Body vollständig ist (nicht an der Aufzeichnungsgrenze abgeschnitten).</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="525"/>
        <source>Old: %1</source>
        <translation>Alt: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="526"/>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="529"/>
        <source>Time: %1 ms → %2 ms</source>
        <translation>Zeit: %1 ms → %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="730"/>
        <source>“%1” is not a JSON pointer: a rule starts with “/”, for example /result/_meta, /content/*/annotations or /**/timestamp.</source>
        <translation>„%1“ ist kein JSON-Pointer: Eine Regel beginnt mit „/“, zum Beispiel /result/_meta, /content/*/annotations oder /**/timestamp.</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="785"/>
        <source>Nothing compared yet</source>
        <translation>Noch nichts verglichen</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="787"/>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="789"/>
        <source>Not compared</source>
        <translation>Nicht verglichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/diff_view.cpp" line="791"/>
        <source>No differences; %n ignore rule(s)</source>
        <translation>
            <numerusform>Keine Unterschiede; %n Ignorierregel</numerusform>
            <numerusform>Keine Unterschiede; %n Ignorierregeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/diff_view.cpp" line="794"/>
        <source>%1 changed, %2 added, %3 removed; %n ignore rule(s)</source>
        <translation>
            <numerusform>%1 geändert, %2 hinzugefügt, %3 entfernt; %n Ignorierregel</numerusform>
            <numerusform>%1 geändert, %2 hinzugefügt, %3 entfernt; %n Ignorierregeln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="803"/>
        <source>Comparing in the background; the window stays usable.</source>
        <translation>Der Vergleich läuft im Hintergrund; das Fenster bleibt bedienbar.</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="831"/>
        <location filename="../ui/replay/diff_view.cpp" line="835"/>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="832"/>
        <source>Go to the previous change (Shift+F8)</source>
        <translation>Zur vorherigen Änderung (Umschalt+F8)</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="833"/>
        <location filename="../ui/replay/diff_view.cpp" line="836"/>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="834"/>
        <source>Go to the next change (F8)</source>
        <translation>Zur nächsten Änderung (F8)</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="837"/>
        <source>Ignore rules</source>
        <translation>Ignorierregeln</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="838"/>
        <source>Ignore volatile members (id, _meta, timestamp)</source>
        <translation>Veränderliche Member ignorieren (id, _meta, timestamp)</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="840"/>
        <source>JSON pointer, e.g. /content/*/annotations or /**/date</source>
        <translation>JSON-Pointer, z. B. /content/*/annotations oder /**/date</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="841"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="842"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="843"/>
        <source>Ignore selected change</source>
        <translation>Gewählte Änderung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="844"/>
        <source>Add the selected change&apos;s pointer as a rule</source>
        <translation>Den Pointer der gewählten Änderung als Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="845"/>
        <source>The selected text, line by line: - old, + new</source>
        <translation>Der gewählte Text Zeile für Zeile: - alt, + neu</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="847"/>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="849"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonChangeModel</name>
    <message>
        <location filename="../models/json_change_model.cpp" line="23"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="57"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="59"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="63"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="80"/>
        <source>(whole document)</source>
        <translation>(ganzes Dokument)</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="129"/>
        <source>JSON pointer</source>
        <translation>JSON-Pointer</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="131"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="133"/>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="135"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
</TS>