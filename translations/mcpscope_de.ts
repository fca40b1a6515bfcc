<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>JsonTreeView</name>
    <message>
        <location filename="../ui/common/json_view.cpp" line="121"/>
        <source>more not shown: see the text</source>
        <translation>weitere nicht angezeigt: siehe Text</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_main.cpp" line="152"/>
        <source>McpScope</source>
        <translation>McpScope</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/session/result_view.cpp" line="101"/>
        <source>image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="102"/>
        <source>Image (%1, %2), previewed below</source>
        <translation>Bild (%1, %2), Vorschau unten</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="103"/>
        <source>Image (%1): the data is not valid base64</source>
        <translation>Bild (%1): Die Daten sind kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="106"/>
        <source>Audio (%1, %2)</source>
        <translation>Audio (%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="107"/>
        <source>Audio (%1): the data is not valid base64</source>
        <translation>Audio (%1): Die Daten sind kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="110"/>
        <source>Embedded resource: </source>
        <translation>Eingebettete Ressource: </translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="112"/>
        <source>Resource link: %1</source>
        <translation>Ressourcenlink: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="122"/>
        <source>Content of type &quot;%1&quot; (see Raw JSON)</source>
        <translation>Inhalt vom Typ „%1“ (siehe Roh-JSON)</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="139"/>
        <source>%1: the blob is not valid base64</source>
        <translation>%1: Der Blob ist kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="142"/>
        <source>%1: image of %2 bytes, previewed below</source>
        <translation>%1: Bild mit %2 Bytes, Vorschau unten</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="144"/>
        <source>%1: blob of %2 bytes</source>
        <translation>%1: Blob mit %2 Bytes</translation>
    </message>
</context>
<context>
    <name>mcpscope</name>
    <message>
        <location filename="../core/mcp/sse_endpoint.cpp" line="13"/>
        <source>The server&apos;s endpoint event names another origin (%1); refusing to send messages there.</source>
        <translation>Das endpoint-Ereignis des Servers nennt einen anderen Ursprung (%1); dorthin werden keine Nachrichten gesendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="122"/>
        <source>The token endpoint issued a &quot;%1&quot; token; MCP uses Bearer (or DPoP-bound) tokens.</source>
        <translation>Der Token-Endpunkt hat ein Token vom Typ „%1“ ausgestellt; MCP verwendet Bearer-Tokens (oder an DPoP gebundene).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="144"/>
        <source>The registration answer has no client_id.</source>
        <translation>Die Registrierungsantwort enthält keine client_id.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="155"/>
        <source>The introspection answer has no boolean &quot;active&quot; member (RFC 7662).</source>
        <translation>Die Introspektionsantwort hat kein boolesches Element &quot;active&quot; (RFC 7662).</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="142"/>
        <source>… %1 more bytes not shown
</source>
        <translation>… %1 weitere Bytes nicht angezeigt
</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="163"/>
        <source>The body starts with a UTF-8 byte order mark; strict JSON parsers reject it. Remove the BOM on the server.</source>
        <translation>Der Body beginnt mit einer UTF-8-Bytereihenfolgemarke; strenge JSON-Parser lehnen das ab. Entfernen Sie die BOM auf dem Server.</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="168"/>
        <source>The Content-Type says JSON but the body does not parse: %1.</source>
        <translation>Der Content-Type gibt JSON an, aber der Body lässt sich nicht parsen: %1.</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="175"/>
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �.</source>
        <translation>Ungültiges UTF-8 bei Byte %1; die fehlerhaften Bytes werden als � angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="191"/>
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �. Check the server&apos;s charset.</source>
        <translation>Ungültiges UTF-8 bei Byte %1; die fehlerhaften Bytes werden als � angezeigt. Prüfen Sie den Zeichensatz des Servers.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="24"/>
        <source>&quot;%1&quot; is not a header: write it as Name: value.</source>
        <translation>„%1“ ist kein Header: schreiben Sie ihn als Name: Wert.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="32"/>
        <source>Header values cannot contain line breaks or other control characters.</source>
        <translation>Header-Werte dürfen keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="42"/>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation>„%1“ ist keine HTTP-Methode.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="48"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="55"/>
        <source>A JSON-RPC message must be a JSON object.</source>
        <translation>Eine JSON-RPC-Nachricht muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="58"/>
        <source>The message lacks &quot;jsonrpc&quot;: &quot;2.0&quot;.</source>
        <translation>Der Nachricht fehlt &quot;jsonrpc&quot;: &quot;2.0&quot;.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="64"/>
        <source>&quot;method&quot; must be a string.</source>
        <translation>&quot;method&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="69"/>
        <source>&quot;params&quot; of %1 must be an object.</source>
        <translation>&quot;params&quot; von %1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="73"/>
        <source>Request ids must be strings or integers (MCP forbids null).</source>
        <translation>Anfrage-IDs müssen Zeichenketten oder ganze Zahlen sein (MCP verbietet null).</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="84"/>
        <source>An error response needs a numeric &quot;code&quot;.</source>
        <translation>Eine Fehlerantwort braucht einen numerischen &quot;code&quot;.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="94"/>
        <source>A response must carry the id of its request.</source>
        <translation>Eine Antwort muss die ID ihrer Anfrage tragen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="100"/>
        <source>The message is neither a request, a notification nor a response.</source>
        <translation>Die Nachricht ist weder Anfrage noch Benachrichtigung noch Antwort.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="244"/>
        <source>The message is %1 bytes, over the %2-byte limit.</source>
        <translation>Die Nachricht hat %1 Bytes, mehr als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="249"/>
        <source>The message nests deeper than %1 levels; refusing to parse it.</source>
        <translation>Die Nachricht ist tiefer als %1 Ebenen verschachtelt; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="254"/>
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation>Kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="261"/>
        <source>An empty JSON-RPC batch is invalid.</source>
        <translation>Ein leerer JSON-RPC-Stapel ist ungültig.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="52"/>
        <source>The JWT&apos;s %1 is not base64url.</source>
        <translation>%1 des JWT ist kein base64url.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="56"/>
        <source>The JWT&apos;s %1 is not a JSON object.</source>
        <translation>%1 des JWT ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="167"/>
        <source>The token is %1 bytes; McpScope decodes JWTs up to 64 KiB.</source>
        <translation>Das Token ist %1 Bytes groß; McpScope dekodiert JWTs bis 64 KiB.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="182"/>
        <source>This is an encrypted JWT (JWE, five parts); McpScope shows signed JWTs only.</source>
        <translation>Dies ist ein verschlüsseltes JWT (JWE, fünf Teile); McpScope zeigt nur signierte JWTs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/oauth/jwt.cpp" line="183"/>
        <source>This is not a JWT: it has %n part(s), a signed JWT has three.</source>
        <translation>
            <numerusform>Dies ist kein JWT: Es hat %n Teil, ein signiertes JWT hat drei.</numerusform>
            <numerusform>Dies ist kein JWT: Es hat %n Teile, ein signiertes JWT hat drei.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="186"/>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="189"/>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="194"/>
        <source>The JWT&apos;s signature is not base64url.</source>
        <translation>Die Signatur des JWT ist kein base64url.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="214"/>
        <source>The token is unsigned (alg &quot;none&quot;): it proves nothing.</source>
        <translation>Das Token ist nicht signiert (alg „none“): Es beweist nichts.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="217"/>
        <source>The token uses %1; McpScope verifies RS256, PS256, ES256 and EdDSA.</source>
        <translation>Das Token verwendet %1; McpScope prüft RS256, PS256, ES256 und EdDSA.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="218"/>
        <source>no alg</source>
        <translation>kein alg</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="244"/>
        <source>The JWKS has no %1 signing key.</source>
        <translation>Das JWKS enthält keinen %1-Signaturschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="245"/>
        <source>The JWKS has no key with kid &quot;%1&quot; (the issuer may have rotated its keys).</source>
        <translation>Das JWKS enthält keinen Schlüssel mit kid „%1“ (der Aussteller hat seine Schlüssel vielleicht gewechselt).</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="249"/>
        <source>The token names no kid and the JWKS has several %1 keys.</source>
        <translation>Das Token nennt keine kid, und das JWKS enthält mehrere %1-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="252"/>
        <source>The JWKS key for this token is malformed.</source>
        <translation>Der JWKS-Schlüssel für dieses Token ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="258"/>
        <source>The ES256 signature has the wrong length.</source>
        <translation>Die ES256-Signatur hat die falsche Länge.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="277"/>
        <source>The %1 signature does not verify with the issuer&apos;s key: the token was altered or signed by someone else.</source>
        <translation>Die %1-Signatur lässt sich mit dem Schlüssel des Ausstellers nicht bestätigen: Das Token wurde verändert oder von jemand anderem signiert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="292"/>
        <source>The private key is not a PEM key McpScope can read.</source>
        <translation>Der private Schlüssel ist kein PEM-Schlüssel, den McpScope lesen kann.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="303"/>
        <source>McpScope signs with EC P-256, RSA or Ed25519 keys only.</source>
        <translation>McpScope signiert nur mit EC-P-256-, RSA- oder Ed25519-Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="328"/>
        <location filename="../core/oauth/jwt.cpp" line="334"/>
        <source>OpenSSL could not sign the token.</source>
        <translation>OpenSSL konnte das Token nicht signieren.</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="357"/>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="358"/>
        <source>expired at %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="360"/>
        <source>no expiry claim</source>
        <translation>kein Ablauf-Claim</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="366"/>
        <source>valid since %1</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="367"/>
        <source>not valid before %1</source>
        <translation>nicht gültig vor %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="373"/>
        <source>issued by &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>ausgestellt von „%1“, erwartet „%2“</translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="382"/>
        <source>for %1, not for %2</source>
        <translation>für %1, nicht für %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="24"/>
        <source>The %1 is %2 bytes; McpScope reads documents up to 1 MiB.</source>
        <translation>Die %1 sind %2 Bytes groß; McpScope liest Dokumente bis 1 MiB.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="30"/>
        <source>The %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Die %1 sind kein gültiges JSON: %2 an Position %3.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="34"/>
        <source>The %1 is not a JSON object.</source>
        <translation>Die %1 sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="46"/>
        <source>In the %1, &quot;%2&quot; must be a string.</source>
        <translation>In den %1 muss „%2“ eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="58"/>
        <location filename="../core/oauth/oauth_metadata.cpp" line="63"/>
        <source>In the %1, &quot;%2&quot; must be an array of strings.</source>
        <translation>In den %1 muss „%2“ ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="79"/>
        <source>The %1 has no &quot;%2&quot;, which is required.</source>
        <translation>Den %1 fehlt „%2“, das Pflicht ist.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="85"/>
        <source>In the %1, &quot;%2&quot; is not an http(s) URL: %3</source>
        <translation>In den %1 ist „%2“ keine http(s)-URL: %3</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="94"/>
        <source>protected resource metadata</source>
        <translation>Protected-Resource-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="112"/>
        <source>The %1 has no &quot;resource&quot;, which is required.</source>
        <translation>Den %1 fehlt „resource“, das Pflicht ist.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="116"/>
        <source>The %1 lists no &quot;authorization_servers&quot;; MCP requires at least one.</source>
        <translation>Die %1 nennen keine „authorization_servers“; MCP verlangt mindestens einen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="127"/>
        <source>authorization server metadata</source>
        <translation>Metadaten des Autorisierungsservers</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="138"/>
        <source>The %1 has no &quot;issuer&quot;, which is required.</source>
        <translation>Den %1 fehlt „issuer“, das Pflicht ist.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="86"/>
        <source>The token endpoint answered with something that is not JSON: %1</source>
        <translation>Der Token-Endpunkt antwortete mit etwas, das kein JSON ist: %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="115"/>
        <source>The token endpoint&apos;s answer has no access_token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein access_token.</translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="100"/>
        <source>The WWW-Authenticate header is %1 bytes long; McpScope reads at most 16 KiB of it.</source>
        <translation>Der WWW-Authenticate-Header ist %1 Bytes lang; McpScope liest höchstens 16 KiB davon.</translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="110"/>
        <source>The WWW-Authenticate header has no auth scheme at character %1.</source>
        <translation>Der WWW-Authenticate-Header hat bei Zeichen %1 kein Auth-Schema.</translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="144"/>
        <location filename="../core/net/www_authenticate.cpp" line="178"/>
        <source>The WWW-Authenticate header has an unexpected &apos;%1&apos; at character %2.</source>
        <translation>Der WWW-Authenticate-Header hat ein unerwartetes &apos;%1&apos; bei Zeichen %2.</translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="161"/>
        <source>The WWW-Authenticate parameter &quot;%1&quot; has a quoted value that is never closed.</source>
        <translation>Der WWW-Authenticate-Parameter „%1“ hat einen Wert in Anführungszeichen, der nie geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="171"/>
        <source>The WWW-Authenticate header has more than %1 parameters.</source>
        <translation>Der WWW-Authenticate-Header hat mehr als %1 Parameter.</translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="44"/>
        <source>The capture store&apos;s findings could not be %1: %2</source>
        <translation>Die Befunde des Mitschnitt-Speichers konnten nicht %1 werden: %2</translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="90"/>
        <source>Could not move %1 to %2: %3.</source>
        <translation>%1 konnte nicht nach %2 verschoben werden: %3.</translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="114"/>
        <source>Could not create the folder %1: %2.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="118"/>
        <location filename="../core/common/private_files.cpp" line="129"/>
        <source>Could not make the folder %1 private (0700): %2.</source>
        <translation>Der Ordner %1 konnte nicht privat gemacht werden (0700): %2.</translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="121"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="144"/>
        <location filename="../core/common/private_files.cpp" line="171"/>
        <source>Could not create %1: %2.</source>
        <translation>%1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="149"/>
        <location filename="../core/common/private_files.cpp" line="155"/>
        <location filename="../core/common/private_files.cpp" line="178"/>
        <source>Could not make %1 private (0600): %2.</source>
        <translation>%1 konnte nicht privat gemacht werden (0600): %2.</translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="183"/>
        <location filename="../core/common/private_files.cpp" line="188"/>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="63"/>
        <source>The server refused %1 with HTTP %2, error &quot;%3&quot;.</source>
        <translation>Der Server lehnte %1 mit HTTP %2 ab, Fehler „%3“.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="67"/>
        <source>The server refused %1 with HTTP %2, error &quot;%3&quot;: &quot;%4&quot;.</source>
        <translation>Der Server lehnte %1 mit HTTP %2 ab, Fehler „%3“: „%4“.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="72"/>
        <source>The server refused %1 with HTTP %2.</source>
        <translation>Der Server lehnte %1 mit HTTP %2 ab.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="108"/>
        <source>It asks to wait %1 s before trying again (Retry-After).</source>
        <translation>Er bittet, %1 s zu warten, bevor Sie es erneut versuchen (Retry-After).</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="110"/>
        <source>It did not say how long to wait (no Retry-After header).</source>
        <translation>Er hat nicht angegeben, wie lange zu warten ist (kein Retry-After-Header).</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="157"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../core/replay/interface_diff.cpp" line="297"/>
        <source>The session recorded no initialize result and no complete list of tools, resources, templates or prompts, so there is no interface to compare. Record a session that connects and lists them (mcpscope-cli tools list --store FILE).</source>
        <translation>Die Sitzung hat kein Ergebnis von initialize und keine vollständige Liste von Tools, Ressourcen, Vorlagen oder Prompts aufgezeichnet, daher gibt es keine Schnittstelle zum Vergleichen. Zeichnen Sie eine Sitzung auf, die sich verbindet und sie auflistet (mcpscope-cli tools list --store FILE).</translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="530"/>
        <source>The capture store is not open.</source>
        <translation>Der Mitschnittspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="137"/>
        <location filename="../ui/capture/export_dialog.cpp" line="153"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="149"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="205"/>
        <source>The capture holds no session to bundle.</source>
        <translation>Der Mitschnitt enthält keine Sitzung zum Bündeln.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="225"/>
        <source>An incident report covers sessions: there is none to report on.</source>
        <translation>Ein Störungsbericht umfasst Sitzungen: Es gibt keine, über die berichtet werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="260"/>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="262"/>
        <source>JSON pointer</source>
        <translation>JSON-Zeiger</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="264"/>
        <location filename="../ui/capture/export_dialog.cpp" line="275"/>
        <source>Query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="265"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="271"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="273"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="277"/>
        <source>Your rule</source>
        <translation>Ihre Regel</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="279"/>
        <source>Known secret</source>
        <translation>Bekanntes Geheimnis</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="433"/>
        <source>The thresholds could not be evaluated: reading the call facts failed: %1</source>
        <translation>Die Schwellenwerte konnten nicht ausgewertet werden: Das Lesen der Aufruffakten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="677"/>
        <source>Bad threshold &quot;%1&quot;: %2 Write a threshold as errors&gt;2%, p95&gt;2x, auth&gt;5% or ratelimit&gt;80%, optionally with a window such as @10m.</source>
        <translation>Ungültiger Schwellenwert „%1“: %2 Schreiben Sie einen Schwellenwert als errors&gt;2%, p95&gt;2x, auth&gt;5% oder ratelimit&gt;80%, optional mit einem Fenster wie @10m.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="693"/>
        <source>there is no &quot;&gt;&quot; between the metric and its limit.</source>
        <translation>zwischen der Metrik und ihrer Grenze steht kein „&gt;“.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="701"/>
        <source>&quot;%1&quot; is not a metric (errors, p95, auth or ratelimit).</source>
        <translation>„%1“ ist keine Metrik (errors, p95, auth oder ratelimit).</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="705"/>
        <source>the limit of %1 is a percentage and needs a %.</source>
        <translation>die Grenze von %1 ist ein Prozentsatz und braucht ein %.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="711"/>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="724"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="713"/>
        <source>the percentage must be at least 0 and below 100.</source>
        <translation>der Prozentsatz muss mindestens 0 und kleiner als 100 sein.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="720"/>
        <source>the limit of p95 is a factor of the baseline and needs an x (2x).</source>
        <translation>die Grenze von p95 ist ein Faktor der Basislinie und braucht ein x (2x).</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="726"/>
        <source>the factor must be above 0.</source>
        <translation>der Faktor muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="741"/>
        <source>the window &quot;%1&quot; is not a duration (a number with ms, s, m or h, e.g. 10m).</source>
        <translation>das Fenster „%1“ ist keine Dauer (eine Zahl mit ms, s, m oder h, z. B. 10m).</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="751"/>
        <source>the window must be at most a year.</source>
        <translation>das Fenster darf höchstens ein Jahr lang sein.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="753"/>
        <source>the window must be longer than zero.</source>
        <translation>das Fenster muss länger als null sein.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="839"/>
        <source>Could not open the capture store %1 to evaluate thresholds: %2</source>
        <translation>Der Mitschnittspeicher %1 konnte zum Auswerten der Schwellenwerte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="42"/>
        <source>The diagnostics could not %1 in the capture store: %2</source>
        <translation>Die Diagnose konnte im Mitschnittspeicher nicht %1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="145"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="154"/>
        <source>list the sessions</source>
        <translation>die Sitzungen auflisten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="527"/>
        <source>read the findings</source>
        <translation>die Befunde lesen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="539"/>
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation>Der Qt-SQLite-Treiber hat sein SQLite-Handle nicht bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="542"/>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="544"/>
        <source>store the findings</source>
        <translation>die Befunde speichern</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="579"/>
        <source>read the sessions</source>
        <translation>die Sitzungen lesen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="585"/>
        <source>The diagnostics run was cancelled.</source>
        <translation>Der Diagnoselauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="744"/>
        <source>store the watermark</source>
        <translation>den Verarbeitungsstand speichern</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="54"/>
        <source>Server &quot;%1&quot;: &quot;args&quot; is not a list.</source>
        <translation>Server „%1“: „args“ ist keine Liste.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="61"/>
        <source>Server &quot;%1&quot;: argument %2 is not a string.</source>
        <translation>Server „%1“: Argument %2 ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="63"/>
        <source>Argument %1 was a number or boolean; it is passed as &quot;%2&quot;.</source>
        <translation>Argument %1 war eine Zahl oder ein Wahrheitswert; es wird als „%2“ übergeben.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="79"/>
        <source>Server &quot;%1&quot;: &quot;%2&quot; is not an object of names and values.</source>
        <translation>Server „%1“: „%2“ ist kein Objekt aus Namen und Werten.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="83"/>
        <source>%1 %2 is null (the editor would unset it); it was left out.</source>
        <translation>%1 %2 ist null (der Editor würde es entfernen); es wurde weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="90"/>
        <source>Server &quot;%1&quot;: %2 &quot;%3&quot; is not a string.</source>
        <translation>Server „%1“: %2 „%3“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="92"/>
        <source>%1 %2 was a number or boolean; it is passed as &quot;%3&quot;.</source>
        <translation>%1 %2 war eine Zahl oder ein Wahrheitswert; es wird als „%3“ übergeben.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="122"/>
        <source>Server &quot;%1&quot; is not an object.</source>
        <translation>Server „%1“ ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="132"/>
        <source>Server &quot;%1&quot;: &quot;%2&quot; is not a string.</source>
        <translation>Server „%1“: „%2“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="145"/>
        <source>Its type &quot;%1&quot; is not one McpScope knows; it was read as %2.</source>
        <translation>Seinen Typ „%1“ kennt McpScope nicht; er wurde als %2 gelesen.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="151"/>
        <source>Server &quot;%1&quot; has neither a command nor a url.</source>
        <translation>Server „%1“ hat weder einen Befehl noch eine URL.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="184"/>
        <source>Fields McpScope does not use were kept as they are: %1.</source>
        <translation>Felder, die McpScope nicht verwendet, wurden unverändert behalten: %1.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="197"/>
        <source>Uses the VS Code input &quot;%1&quot; (%2), a password VS Code asks for: McpScope sends &quot;${input:%1}&quot; as written; put the value in its place before connecting.</source>
        <translation>Verwendet die VS-Code-Eingabe „%1“ (%2), ein Passwort, das VS Code abfragt: McpScope sendet „${input:%1}“ wörtlich; setzen Sie vor dem Verbinden den Wert an seine Stelle.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="200"/>
        <source>Uses the VS Code input &quot;%1&quot; (%2), which VS Code asks for: McpScope sends &quot;${input:%1}&quot; as written; put the value in its place before connecting.</source>
        <translation>Verwendet die VS-Code-Eingabe „%1“ (%2), die VS Code abfragt: McpScope sendet „${input:%1}“ wörtlich; setzen Sie vor dem Verbinden den Wert an seine Stelle.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="203"/>
        <source>not declared in inputs</source>
        <translation>nicht in inputs deklariert</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="215"/>
        <source>&quot;%1&quot; is not an object of servers by name.</source>
        <translation>„%1“ ist kein Objekt aus Servern nach Namen.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="231"/>
        <source>&quot;inputs&quot; is not a list; it was ignored.</source>
        <translation>„inputs“ ist keine Liste; es wurde ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="278"/>
        <source>The argument &quot;%1&quot; has no value in server.json; fill it in.</source>
        <translation>Das Argument „%1“ hat in server.json keinen Wert; tragen Sie ihn ein.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="296"/>
        <source>%1 %2 is required and has no value in server.json; fill it in.</source>
        <translation>%1 %2 ist erforderlich und hat in server.json keinen Wert; tragen Sie ihn ein.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="321"/>
        <source>The URL&apos;s variables %1 have no default; fill them in.</source>
        <translation>Die Variablen %1 der URL haben keinen Standardwert; tragen Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="335"/>
        <source>server.json: &quot;packages&quot; and &quot;remotes&quot; must be lists.</source>
        <translation>server.json: „packages“ und „remotes“ müssen Listen sein.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="347"/>
        <source>server.json: a package is not an object.</source>
        <translation>server.json: Ein Paket ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="353"/>
        <source>server.json: a package has no identifier.</source>
        <translation>server.json: Ein Paket hat keinen Bezeichner.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="384"/>
        <source>Packages of type &quot;%1&quot; are installed, not run: start it yourself and change the command.</source>
        <translation>Pakete vom Typ „%1“ werden installiert, nicht ausgeführt: Starten Sie es selbst und ändern Sie den Befehl.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="413"/>
        <source>Start it first: %1</source>
        <translation>Zuerst starten: %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="415"/>
        <source>server.json: package %1 serves %2 but names no url.</source>
        <translation>server.json: Paket %1 bedient %2, nennt aber keine URL.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="429"/>
        <source>server.json: a remote is not an object.</source>
        <translation>server.json: Ein Remote ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="439"/>
        <source>server.json: a remote has no url.</source>
        <translation>server.json: Ein Remote hat keine URL.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="449"/>
        <source>server.json lists no packages and no remotes: nothing to import.</source>
        <translation>server.json führt weder Pakete noch Remotes auf: nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="478"/>
        <source>Another server in the file is named &quot;%1&quot;; this one is &quot;%2&quot;.</source>
        <translation>Ein anderer Server in der Datei heißt „%1“; dieser heißt „%2“.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="497"/>
        <source>The file holds a JSON %1, not an object: no servers in it.</source>
        <translation>Die Datei enthält JSON vom Typ %1, kein Objekt: keine Server darin.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="498"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="498"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="503"/>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="507"/>
        <source>%1 has neither &quot;mcpServers&quot; (mcp.json, Claude Desktop, Cursor), &quot;servers&quot; (VS Code) nor &quot;packages&quot;/&quot;remotes&quot; (server.json): no servers to import.</source>
        <translation>%1 hat weder „mcpServers“ (mcp.json, Claude Desktop, Cursor) noch „servers“ (VS Code) noch „packages“/„remotes“ (server.json): keine Server zu importieren.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="515"/>
        <source>%1 has no &quot;mcpServers&quot; object.</source>
        <translation>%1 hat kein Objekt „mcpServers“.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="524"/>
        <source>The file&apos;s other settings (%1) are not servers; they were not imported.</source>
        <translation>Die übrigen Einstellungen der Datei (%1) sind keine Server; sie wurden nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="535"/>
        <source>%1 has no &quot;servers&quot; object.</source>
        <translation>%1 hat kein Objekt „servers“.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="543"/>
        <source>The other settings of settings.json (%1) were not imported.</source>
        <translation>Die übrigen Einstellungen von settings.json (%1) wurden nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="565"/>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="568"/>
        <source>%1 is larger than 8 MiB: not a configuration file.</source>
        <translation>%1 ist größer als 8 MiB: keine Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="573"/>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="144"/>
        <source>The keychain did not answer within a minute; is the Secret Service (gnome-keyring, KWallet) running and unlocked?</source>
        <translation>Der Schlüsselbund hat nicht innerhalb einer Minute geantwortet; läuft der Secret Service (gnome-keyring, KWallet) und ist er entsperrt?</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="226"/>
        <source>The keychain has no entry for %1 of the server &quot;%2&quot;; import it again.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag für %1 des Servers „%2“; importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="149"/>
        <source>The file is %1 bytes long; a configuration file over %2 bytes is not read.</source>
        <translation>Die Datei ist %1 Byte lang; eine Konfigurationsdatei über %2 Byte wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="171"/>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="197"/>
        <source>something follows the end of the JSON value</source>
        <translation>nach dem Ende des JSON-Werts folgt noch etwas</translation>
    </message>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="204"/>
        <source>Line %1, column %2: not valid JSON (%3).</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON (%3).</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="88"/>
        <source>Server %1 of the catalog has no name or no kind (stdio, http, sse).</source>
        <translation>Server %1 des Katalogs hat keinen Namen oder keine Art (stdio, http, sse).</translation>
    </message>
    <message>
        <location filename="../core/mcp/modern_era.cpp" line="68"/>
        <source>The server answered input_required with neither inputRequests nor requestState, so there is nothing to answer or echo.</source>
        <translation>Der Server hat input_required ohne inputRequests und ohne requestState geantwortet; es gibt also nichts zu beantworten oder zurückzusenden.</translation>
    </message>
    <message>
        <location filename="../core/mcp/modern_era.cpp" line="74"/>
        <source>The server&apos;s inputRequests is not an object of requests.</source>
        <translation>Die inputRequests des Servers sind kein Objekt aus Anfragen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/modern_era.cpp" line="83"/>
        <source>The server&apos;s input request &quot;%1&quot; is not a request (it needs a method and, if any, object params).</source>
        <translation>Die Eingabeanfrage „%1“ des Servers ist keine Anfrage (sie braucht eine Methode und, falls vorhanden, params als Objekt).</translation>
    </message>
    <message>
        <location filename="../core/mcp/modern_era.cpp" line="107"/>
        <source>The server/discover result is not an object.</source>
        <translation>Das Ergebnis von server/discover ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="58"/>
        <source>A DPoP key must be an EC P-256 key (ES256).</source>
        <translation>Ein DPoP-Schlüssel muss ein EC-P-256-Schlüssel sein (ES256).</translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="62"/>
        <source>The DPoP key&apos;s public point cannot be read.</source>
        <translation>Der öffentliche Punkt des DPoP-Schlüssels kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="97"/>
        <source>OpenSSL could not make an EC P-256 key.</source>
        <translation>OpenSSL konnte keinen EC-P-256-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="102"/>
        <source>OpenSSL could not write the DPoP key.</source>
        <translation>OpenSSL konnte den DPoP-Schlüssel nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="117"/>
        <source>The DPoP key is not a PEM key McpScope can read.</source>
        <translation>Der DPoP-Schlüssel ist kein PEM-Schlüssel, den McpScope lesen kann.</translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="135"/>
        <source>There is no DPoP key to sign the proof with.</source>
        <translation>Es gibt keinen DPoP-Schlüssel, um den Nachweis zu signieren.</translation>
    </message>
    <message>
        <location filename="../core/capture/call_history.cpp" line="68"/>
        <source>Could not open the capture store %1: %2</source>
        <translation>Der Mitschnittspeicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/call_history.cpp" line="94"/>
        <source>Reading the call history failed: %1</source>
        <translation>Das Lesen des Aufrufverlaufs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="164"/>
        <source>%1: needs a value</source>
        <translation>%1: braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="188"/>
        <source>status: takes 1xx to 5xx, failed or a code, not %1</source>
        <translation>status: erwartet 1xx bis 5xx, failed oder einen Code, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="198"/>
        <source>latency: takes e.g. &gt;500ms or &lt;2s, not %1</source>
        <translation>latency: erwartet z. B. &gt;500ms oder &lt;2s, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="207"/>
        <source>session: takes a session number, not %1</source>
        <translation>session: erwartet eine Sitzungsnummer, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="211"/>
        <source>%1: takes an ISO 8601 time, not %2</source>
        <translation>%1: erwartet eine ISO-8601-Zeit, nicht %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsChartModel</name>
    <message>
        <location filename="../models/analytics_models.cpp" line="231"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="233"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="235"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="237"/>
        <source>Network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="239"/>
        <source>JSON-RPC error</source>
        <translation>JSON-RPC-Fehler</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="242"/>
        <source>Tool isError</source>
        <extracomment>a tools/call whose result says isError</extracomment>
        <translation>Werkzeug isError</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="244"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="255"/>
        <source>401</source>
        <translation>401</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="257"/>
        <source>403 insufficient_scope</source>
        <translation>403 insufficient_scope</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="259"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="261"/>
        <source>Refresh</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="263"/>
        <source>Refresh failed</source>
        <translation>Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="265"/>
        <source>invalid_grant</source>
        <translation>invalid_grant</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="267"/>
        <source>invalid_token</source>
        <translation>invalid_token</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="269"/>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="271"/>
        <source>Token expiry</source>
        <translation>Token-Ablauf</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="285"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="285"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="285"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="304"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="304"/>
        <source>Up to (ms)</source>
        <translation>Bis (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="334"/>
        <source>429s</source>
        <extracomment>the lowest remaining quota a RateLimit header gave in a time bucket</extracomment>
        <translation>429er</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="334"/>
        <source>Retry-After (s)</source>
        <translation>Retry-After (s)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="334"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="334"/>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="381"/>
        <source>From (ms)</source>
        <translation>Ab (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="381"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsChartView</name>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="51"/>
        <source>McpScope analytics chart</source>
        <translation>McpScope-Analysediagramm</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="140"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="141"/>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="147"/>
        <source>Save Chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="147"/>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="148"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="148"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="153"/>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="154"/>
        <source>Could not write %1: check the folder exists and is writable</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsQuery</name>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="343"/>
        <source>Could not open the capture store %1 for reading: %2</source>
        <translation>Der Mitschnittspeicher %1 konnte nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="353"/>
        <location filename="../core/analytics/analytics_query.cpp" line="368"/>
        <source>the schema</source>
        <translation>das Schema</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="358"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation>%1 ist kein McpScope-Mitschnittspeicher (kein Schema gefunden).</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="364"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation>%1 wurde von einem neueren McpScope geschrieben (Schema %2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="372"/>
        <source>%1 has no call facts yet: open it once in this McpScope to add them.</source>
        <translation>%1 hat noch keine Aufruffakten: Öffnen Sie ihn einmal in diesem McpScope, um sie anzulegen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="594"/>
        <location filename="../core/analytics/analytics_query.cpp" line="654"/>
        <source>The analytics store is not open.</source>
        <translation>Der Analysespeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="609"/>
        <source>the latency count</source>
        <translation>die Anzahl der Latenzen</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="622"/>
        <source>a percentile</source>
        <translation>ein Perzentil</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="637"/>
        <location filename="../core/analytics/analytics_query.cpp" line="645"/>
        <source>the latencies</source>
        <translation>die Latenzen</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="671"/>
        <location filename="../core/analytics/analytics_query.cpp" line="678"/>
        <source>the exchange ids</source>
        <translation>die Austausch-IDs</translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsQuery::Impl</name>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="226"/>
        <source>Reading %1 from the capture store %2 failed: %3</source>
        <translation>Das Lesen von %1 aus dem Mitschnittspeicher %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="302"/>
        <location filename="../core/analytics/analytics_query.cpp" line="312"/>
        <source>the series</source>
        <translation>die Reihen</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="403"/>
        <source>The analytics store is not open.</source>
        <translation>Der Analysespeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="425"/>
        <location filename="../core/analytics/analytics_query.cpp" line="427"/>
        <source>the time range</source>
        <translation>den Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="473"/>
        <location filename="../core/analytics/analytics_query.cpp" line="534"/>
        <source>the call facts</source>
        <translation>die Aufruffakten</translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsTableModel</name>
    <message>
        <location filename="../models/analytics_models.cpp" line="152"/>
        <source>Method / tool</source>
        <translation>Methode / Werkzeug</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="154"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="156"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="158"/>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="160"/>
        <source>TTFB p50 (ms)</source>
        <translation>TTFB p50 (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="160"/>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="162"/>
        <source>TTFB p95 (ms)</source>
        <translation>TTFB p95 (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="162"/>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="164"/>
        <source>TTFB p99 (ms)</source>
        <translation>TTFB p99 (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="164"/>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="166"/>
        <source>TTFB max (ms)</source>
        <translation>TTFB max. (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="166"/>
        <source>Max (ms)</source>
        <translation>Max. (ms)</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="168"/>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="170"/>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="437"/>
        <source>Analytics could not be computed: %1</source>
        <translation>Die Analyse konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="567"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="627"/>
        <source>Time to first byte (ms)</source>
        <translation>Zeit bis zum ersten Byte (ms)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="627"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="628"/>
        <source>Time to first byte of %1 (ms)</source>
        <translation>Zeit bis zum ersten Byte von %1 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="629"/>
        <source>Latency of %1 (ms)</source>
        <translation>Latenz von %1 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="630"/>
        <location filename="../ui/analytics/analytics_view.cpp" line="657"/>
        <location filename="../ui/analytics/analytics_view.cpp" line="663"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="647"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="656"/>
        <source>Latency distribution (ms)</source>
        <translation>Latenzverteilung (ms)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="663"/>
        <source>Calls by outcome</source>
        <translation>Aufrufe nach Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="664"/>
        <source>Authentication events</source>
        <translation>Authentifizierungsereignisse</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="665"/>
        <source>No authentication events</source>
        <translation>Keine Authentifizierungsereignisse</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="751"/>
        <source>Rate limiting</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="752"/>
        <source>No rate limiting seen</source>
        <translation>Keine Ratenbegrenzung gesehen</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="775"/>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/analytics_view.cpp" line="812"/>
        <source>Threshold crossings: %n</source>
        <translation>
            <numerusform>Schwellenüberschreitungen: %n</numerusform>
            <numerusform>Schwellenüberschreitungen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="872"/>
        <source>Analytics are not available for this capture</source>
        <translation>Für diesen Mitschnitt ist keine Analyse verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="874"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="876"/>
        <source>No data: no calls recorded in this scope yet</source>
        <translation>Keine Daten: In diesem Bereich wurden noch keine Aufrufe aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/analytics_view.cpp" line="878"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="880"/>
        <source> · %1 s per bucket</source>
        <translation> · %1 s je Intervall</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="882"/>
        <source> · zoomed to %1 – %2</source>
        <translation> · vergrößert auf %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="886"/>
        <source> · capped: the busiest series are drawn, the table holds the rest</source>
        <translation> · begrenzt: Die häufigsten Reihen werden gezeichnet, die Tabelle enthält den Rest</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="934"/>
        <source>Could not read the exchanges: %1</source>
        <translation>Die Austausche konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="938"/>
        <source>No recorded HTTP exchanges behind this (stdio calls have none)</source>
        <translation>Dahinter stehen keine aufgezeichneten HTTP-Austausche (stdio-Aufrufe haben keine)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="980"/>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="981"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="986"/>
        <source>Table exported to %1</source>
        <translation>Tabelle exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="987"/>
        <source>Could not write %1: check the folder exists and is writable</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1008"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1009"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1010"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1011"/>
        <source>&amp;Latency of:</source>
        <translation>&amp;Latenz von:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1012"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1014"/>
        <source>TTFB</source>
        <extracomment>time to first byte</extracomment>
        <translation>TTFB</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1015"/>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1016"/>
        <source>Drag across a chart to zoom every chart to that time range</source>
        <translation>Ziehen Sie über ein Diagramm, um alle Diagramme auf diesen Zeitraum zu vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1017"/>
        <source>Sessions (none checked: all)</source>
        <translation>Sitzungen (keine angehakt: alle)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1018"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1019"/>
        <source>Click a row to show its exchanges in the capture log</source>
        <translation>Klicken Sie auf eine Zeile, um ihre Austausche im Mitschnittprotokoll zu zeigen</translation>
    </message>
</context>
<context>
    <name>mcpscope::AuthorizationTab</name>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="27"/>
        <source>The server requires authorization (HTTP 401): signing in.</source>
        <translation>Der Server verlangt eine Autorisierung (HTTP 401): Anmeldung läuft.</translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="28"/>
        <source>The server asks for more scope (HTTP 403): signing in again.</source>
        <translation>Der Server verlangt mehr Scope (HTTP 403): erneute Anmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="33"/>
        <source>Could not open a browser; open this URL yourself: %1</source>
        <translation>Es konnte kein Browser geöffnet werden; öffnen Sie diese URL selbst: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="37"/>
        <source>authorized by %1 (scope: %2)</source>
        <translation>autorisiert von %1 (Scope: %2)</translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="39"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>mcpscope::BodyPane</name>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="39"/>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="39"/>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="39"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="40"/>
        <source>How to show the body</source>
        <translation>Darstellung des Bodys</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="54"/>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
</context>
<context>
    <name>mcpscope::Builder</name>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="60"/>
        <source>Line %1, column %2: the key &quot;%3&quot; appears twice in one object; the second is kept as &quot;%4&quot;.</source>
        <translation>Zeile %1, Spalte %2: Der Schlüssel „%3“ kommt in einem Objekt zweimal vor; der zweite wird als „%4“ behalten.</translation>
    </message>
</context>
<context>
    <name>mcpscope::CallReplay</name>
    <message>
        <location filename="../core/replay/call_replay.cpp" line="47"/>
        <source>%1 was not replayed: the session is not connected. Connect, then replay again.</source>
        <translation>%1 wurde nicht wiederholt: Die Sitzung ist nicht verbunden. Verbinden Sie sich und wiederholen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureBundle</name>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="149"/>
        <source>Copying %1 failed: %2</source>
        <translation>Kopieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="252"/>
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation>Der SQLite-Treiber von Qt hat sein SQLite-Handle nicht herausgegeben.</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="260"/>
        <source>Could not set up the secrets sweep: %1</source>
        <translation>Die Geheimnisbereinigung konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="270"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="278"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="282"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation>%1 ist kein McpScope-Mitschnittspeicher (kein Schema gefunden).</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="287"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation>%1 wurde von einem neueren McpScope geschrieben (Schema %2).</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="321"/>
        <location filename="../core/export/capture_bundle.cpp" line="327"/>
        <source>the selection</source>
        <translation>die Auswahl</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="324"/>
        <source>The capture store has no session %1.</source>
        <translation>Der Mitschnittspeicher hat keine Sitzung %1.</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="330"/>
        <source>The capture store has no exchange %1.</source>
        <translation>Der Mitschnittspeicher hat keinen Austausch %1.</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="358"/>
        <source>Could not create the bundle: %1</source>
        <translation>Das Bündel konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="431"/>
        <source>Could not compact the bundle: %1</source>
        <translation>Das Bündel konnte nicht verdichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="500"/>
        <source>Nothing to bundle: name at least one session or exchange.</source>
        <translation>Nichts zu bündeln: Nennen Sie mindestens eine Sitzung oder einen Austausch.</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="504"/>
        <source>The bundle cannot replace the capture store it is made from.</source>
        <translation>Das Bündel kann den Mitschnittspeicher, aus dem es entsteht, nicht ersetzen.</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="512"/>
        <source>Could not write the bundle in %1: %2</source>
        <translation>Das Bündel konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="531"/>
        <source>Could not move the bundle into place at %1: %2</source>
        <translation>Das Bündel konnte nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="556"/>
        <source>A capture cannot be imported into itself: %1</source>
        <translation>Ein Mitschnitt kann nicht in sich selbst importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="560"/>
        <source>Could not create the folder for the capture store: %1</source>
        <translation>Der Ordner für den Mitschnitt-Speicher konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="570"/>
        <source>Could not open the capture store %1: %2</source>
        <translation>Der Mitschnittspeicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="588"/>
        <source>The capture store is busy: %1</source>
        <translation>Der Mitschnittspeicher ist belegt: %1</translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="609"/>
        <source>Could not reserve row ids in the capture store: %1</source>
        <translation>Im Mitschnittspeicher konnten keine Zeilen-IDs reserviert werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureIds</name>
    <message>
        <location filename="../core/capture/capture_ids.cpp" line="72"/>
        <source>Could not open the capture store to reserve row ids: %1</source>
        <translation>Der Mitschnitt-Speicher konnte nicht geöffnet werden, um Zeilen-IDs zu reservieren: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_ids.cpp" line="171"/>
        <source>Could not reserve row ids in the capture store: %1. Another program may hold it locked.</source>
        <translation>Im Mitschnitt-Speicher konnten keine Zeilen-IDs reserviert werden: %1. Möglicherweise hält ein anderes Programm ihn gesperrt.</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureModel</name>
    <message>
        <location filename="../models/capture_model.cpp" line="266"/>
        <source>%1: %2 (%3)</source>
        <extracomment>A log row&apos;s finding: its severity, title and kind id</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="273"/>
        <source>Evidence of:
%1</source>
        <translation>Beleg für:
%1</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="347"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="349"/>
        <source>%1 · streaming</source>
        <translation>%1 · Stream läuft</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="354"/>
        <source>%1 (cut)</source>
        <translation>%1 (gekürzt)</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="373"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="375"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="377"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="379"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="381"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="383"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="385"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="387"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="389"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="391"/>
        <source>MCP call</source>
        <translation>MCP-Aufruf</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="393"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureReader</name>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="132"/>
        <source>Could not open the capture store %1 for reading: %2</source>
        <translation>Der Mitschnitt-Speicher %1 konnte nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="138"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation>%1 ist kein McpScope-Mitschnitt-Speicher (kein Schema gefunden).</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="142"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation>%1 wurde von einem neueren McpScope geschrieben (Schema %2).</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="190"/>
        <source>Reading %1 from the capture store failed: %2</source>
        <translation>Lesen von %1 aus dem Mitschnitt-Speicher fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="212"/>
        <source>the exchange list</source>
        <translation>der Austauschliste</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="246"/>
        <location filename="../core/capture/capture_reader.cpp" line="272"/>
        <source>search results</source>
        <translation>Suchergebnissen</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="291"/>
        <source>exchange rows</source>
        <translation>Austauschzeilen</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="389"/>
        <location filename="../core/capture/capture_reader.cpp" line="404"/>
        <source>an exchange</source>
        <translation>einem Austausch</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="430"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="448"/>
        <location filename="../core/capture/capture_reader.cpp" line="452"/>
        <source>the exchange count</source>
        <translation>der Anzahl</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="492"/>
        <location filename="../core/capture/capture_reader.cpp" line="495"/>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="556"/>
        <source>the message list</source>
        <translation>der Nachrichtenliste</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureSchema</name>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="208"/>
        <source>The capture store rejected a statement: %1 (%2)</source>
        <translation>Der Mitschnitt-Speicher hat eine Anweisung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="276"/>
        <source>The file is not a readable SQLite database: %1</source>
        <translation>Die Datei ist keine lesbare SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="284"/>
        <source>This capture store has schema version %1, but this McpScope knows only up to %2. Open it with a newer McpScope.</source>
        <translation>Dieser Mitschnitt-Speicher hat Schemaversion %1, dieses McpScope kennt nur bis %2. Öffnen Sie ihn mit einem neueren McpScope.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="269"/>
        <source>Could not start the schema upgrade: %1</source>
        <translation>Die Schema-Aktualisierung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="305"/>
        <source>Could not commit the schema upgrade: %1</source>
        <translation>Die Schema-Aktualisierung konnte nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureStore</name>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="98"/>
        <source>Could not create the folder for the capture store: %1</source>
        <translation>Der Ordner für den Mitschnitt-Speicher konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="110"/>
        <source>Could not open the capture store %1: %2</source>
        <translation>Der Mitschnitt-Speicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="114"/>
        <source>%1 is not a usable capture store: %2</source>
        <translation>%1 ist kein verwendbarer Mitschnitt-Speicher: %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureWindow</name>
    <message numerus="yes">
        <location filename="../ui/capture/capture_window.cpp" line="156"/>
        <source>%n exchange(s) shown</source>
        <translation>
            <numerusform>%n Austausch angezeigt</numerusform>
            <numerusform>%n Austausche angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="168"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="189"/>
        <source>Diagnostic rules: %1</source>
        <translation>Diagnoseregeln: %1</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="293"/>
        <source>Exchange %1 is not in this capture.</source>
        <translation>Austausch %1 ist nicht in diesem Mitschnitt.</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="306"/>
        <source>No capture</source>
        <translation>Kein Mitschnitt</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="308"/>
        <source>%1 (read-only) — McpScope</source>
        <extracomment>Window title of a capture opened offline: the file name, then that it is read-only</extracomment>
        <translation>%1 (schreibgeschützt) — McpScope</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="310"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="311"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="312"/>
        <source>Capture log</source>
        <translation>Mitschnittprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="313"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="314"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="315"/>
        <source>&amp;Open Capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="316"/>
        <source>Open &amp;Recent Capture</source>
        <translation>&amp;Zuletzt geöffnete Mitschnitte</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="317"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="318"/>
        <source>Read the file again: what was recorded into it since shows</source>
        <translation>Die Datei erneut lesen: Was seitdem aufgezeichnet wurde, erscheint</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="319"/>
        <source>&amp;Follow Changes</source>
        <translation>Änderungen &amp;folgen</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="320"/>
        <source>Reload by itself when another McpScope records into this file</source>
        <translation>Von selbst neu laden, wenn ein anderes McpScope in diese Datei aufzeichnet</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="321"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="322"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="323"/>
        <source>Export this capture as HAR, JSON, a capture bundle or an incident report, redacted</source>
        <translation>Diesen Mitschnitt geschwärzt als HAR, JSON, Mitschnittbündel oder Störungsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="339"/>
        <source>Open Capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="340"/>
        <source>Could not open %1 as a capture.</source>
        <translation>%1 konnte nicht als Mitschnitt geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="359"/>
        <source>Open Capture (read-only)</source>
        <translation>Mitschnitt öffnen (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="360"/>
        <source>McpScope captures (*.mcpscope *.sqlite *.db);;All files (*)</source>
        <translation>McpScope-Mitschnitte (*.mcpscope *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureWriter</name>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="159"/>
        <source>Could not open the capture store: %1</source>
        <translation>Der Mitschnitt-Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="175"/>
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation>Der Qt-SQLite-Treiber hat sein SQLite-Handle nicht herausgegeben.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="253"/>
        <source>Could not start a write transaction: %1</source>
        <translation>Schreibtransaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="302"/>
        <source>Could not commit captured data: %1</source>
        <translation>Mitgeschnittene Daten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="329"/>
        <source>Could not start a transaction for the call facts: %1</source>
        <translation>Für die Aufruffakten konnte keine Transaktion gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="348"/>
        <location filename="../core/capture/capture_writer.cpp" line="364"/>
        <location filename="../core/capture/capture_writer.cpp" line="369"/>
        <source>Could not commit the call facts: %1</source>
        <translation>Die Aufruffakten konnten nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="382"/>
        <source>Could not start an index transaction: %1</source>
        <translation>Index-Transaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="411"/>
        <source>Could not commit the search index: %1</source>
        <translation>Suchindex konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="508"/>
        <source>Could not start a transaction to settle open exchanges: %1</source>
        <translation>Es konnte keine Transaktion gestartet werden, um offene Austausche abzuschließen: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="515"/>
        <source>No answer before McpScope closed.</source>
        <translation>Keine Antwort, bevor McpScope beendet wurde.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="517"/>
        <source>The response was still streaming when McpScope closed.</source>
        <translation>Die Antwort wurde noch gestreamt, als McpScope beendet wurde.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="530"/>
        <source>Could not settle open exchanges: %1</source>
        <translation>Offene Austausche konnten nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="234"/>
        <source>The capture store could not prepare a statement: %1</source>
        <translation>Der Mitschnitt-Speicher konnte eine Anweisung nicht vorbereiten: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="290"/>
        <source>Writing the capture store failed: %1. Check free disk space and that the file is writable.</source>
        <translation>Schreiben in den Mitschnitt-Speicher fehlgeschlagen: %1. Prüfen Sie den freien Speicherplatz und ob die Datei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>mcpscope::CatalogKeychain</name>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="272"/>
        <source>The keychain refused to store a secret of the catalog: %1. Nothing was imported; secrets are never kept in plaintext.</source>
        <translation>Der Schlüsselbund hat sich geweigert, ein Geheimnis des Katalogs zu speichern: %1. Es wurde nichts importiert; Geheimnisse werden nie im Klartext aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="292"/>
        <source>Could not read %1 from the keychain: %2.</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="309"/>
        <source>Could not delete a secret of the catalog from the keychain: %1.</source>
        <translation>Ein Geheimnis des Katalogs konnte nicht aus dem Schlüsselbund gelöscht werden: %1.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="435"/>
        <source>The catalog already has a server named &quot;%1&quot;; this one is &quot;%2&quot;.</source>
        <translation>Der Katalog hat bereits einen Server namens „%1“; dieser heißt „%2“.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="464"/>
        <source>The catalog has no server named &quot;%1&quot;.</source>
        <translation>Der Katalog hat keinen Server namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="492"/>
        <source>The catalog has no server named &quot;%1&quot;; it is empty (import some with &quot;catalog import&quot;).</source>
        <translation>Der Katalog hat keinen Server namens „%1“; er ist leer (importieren Sie welche mit „catalog import“).</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="495"/>
        <source>The catalog has no server named &quot;%1&quot;; it has: %2.</source>
        <translation>Der Katalog hat keinen Server namens „%1“; er enthält: %2.</translation>
    </message>
</context>
<context>
    <name>mcpscope::CatalogPanel</name>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="176"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="177"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="177"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="177"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="178"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="179"/>
        <source>Add servers from an mcp.json, Claude Desktop, Cursor or VS Code configuration, or a registry server.json; secrets go to the keychain</source>
        <translation>Server aus einer Konfiguration von mcp.json, Claude Desktop, Cursor oder VS Code oder aus einer server.json einer Registry hinzufügen; Geheimnisse kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="182"/>
        <source>From File…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="185"/>
        <location filename="../ui/catalog/catalog_panel.cpp" line="244"/>
        <source>From %1</source>
        <extracomment>%1 is an application&apos;s name: Claude Desktop, Cursor, VS Code</extracomment>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="186"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="187"/>
        <source>Write the catalog as an mcp.json file</source>
        <translation>Den Katalog als mcp.json-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="188"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="189"/>
        <source>Remove the server and its secrets from the keychain</source>
        <translation>Den Server und seine Geheimnisse aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="190"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="191"/>
        <source>Open the Connect dialog for this server (or double-click it)</source>
        <translation>Den Verbindungsdialog für diesen Server öffnen (oder doppelklicken)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="234"/>
        <source>No servers yet: Import adds those of Claude Desktop, Cursor, VS Code or an mcp.json.</source>
        <translation>Noch keine Server: Importieren fügt die von Claude Desktop, Cursor, VS Code oder einer mcp.json hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="242"/>
        <source>%1 secret value(s) in the keychain</source>
        <translation>%1 geheime(r) Wert(e) im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="338"/>
        <source>An import or removal is under way; try again when it is done.</source>
        <translation>Ein Import oder Entfernen läuft gerade; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="364"/>
        <source>Imported %1 server(s) from %2.</source>
        <translation>%1 Server aus %2 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="379"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="401"/>
        <source>Wrote %1 server(s) to %2.</source>
        <translation>%1 Server nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="402"/>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="427"/>
        <source>Import MCP Servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="427"/>
        <source>MCP configuration (*.json);;All files (*)</source>
        <translation>MCP-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="440"/>
        <source>Export Secrets?</source>
        <translation>Geheimnisse exportieren?</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="441"/>
        <source>%1 secret value(s) are in the keychain. Write them into the file in clear? No writes [REDACTED] in their place.</source>
        <translation>%1 geheime(r) Wert(e) liegen im Schlüsselbund. Im Klartext in die Datei schreiben? „Nein“ schreibt [REDACTED] an ihre Stelle.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="450"/>
        <source>Export mcp.json</source>
        <translation>mcp.json exportieren</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="450"/>
        <source>MCP configuration (*.json)</source>
        <translation>MCP-Konfiguration (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="461"/>
        <source>Remove Server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="462"/>
        <source>Remove &quot;%1&quot; from the catalog, and its secrets from the keychain?</source>
        <translation>„%1“ aus dem Katalog und seine Geheimnisse aus dem Schlüsselbund entfernen?</translation>
    </message>
</context>
<context>
    <name>mcpscope::CompareInterfaceDialog</name>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="340"/>
        <source>Compare Interface With</source>
        <translation>Schnittstelle vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="342"/>
        <source>A &amp;recorded session</source>
        <translation>Eine &amp;aufgezeichnete Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="348"/>
        <source>A &amp;live server</source>
        <translation>Ein &amp;laufender Server</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="352"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="352"/>
        <source>stdio command</source>
        <translation>stdio-Befehl</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="356"/>
        <source>http://127.0.0.1:3001/mcp or a command line</source>
        <translation>http://127.0.0.1:3001/mcp oder eine Befehlszeile</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="366"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="393"/>
        <source>Give the command that starts the server.</source>
        <translation>Geben Sie den Befehl an, der den Server startet.</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="394"/>
        <source>Give the server&apos;s URL.</source>
        <translation>Geben Sie die URL des Servers an.</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="399"/>
        <source>Pick a recorded session.</source>
        <translation>Wählen Sie eine aufgezeichnete Sitzung.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectDialog</name>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="24"/>
        <source>Connect to MCP Server</source>
        <translation>Mit MCP-Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="29"/>
        <source>Auto (Streamable HTTP, then HTTP+SSE)</source>
        <translation>Automatisch (Streamable HTTP, dann HTTP+SSE)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="29"/>
        <source>Streamable HTTP</source>
        <translation>Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="30"/>
        <source>HTTP+SSE (2024-11-05)</source>
        <translation>HTTP+SSE (2024-11-05)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="30"/>
        <source>stdio (run a command)</source>
        <translation>stdio (Befehl ausführen)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="37"/>
        <source>How long to wait for each response</source>
        <translation>Wie lange auf jede Antwort gewartet wird</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="39"/>
        <source>HTTP+SSE is deprecated in 2026-07-28</source>
        <translation>HTTP+SSE ist in 2026-07-28 veraltet</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="44"/>
        <source>Auto (server/discover, then initialize)</source>
        <translation>Automatisch (server/discover, dann initialize)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="45"/>
        <source>Legacy (initialize, 2024-11-05 … 2025-11-25)</source>
        <translation>Klassisch (initialize, 2024-11-05 … 2025-11-25)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="46"/>
        <source>Modern (2026-07-28)</source>
        <translation>Modern (2026-07-28)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="48"/>
        <source>Which generation of MCP to speak: Auto asks server/discover and falls back to initialize when the server does not know it</source>
        <translation>Welche Generation von MCP gesprochen wird: Automatisch fragt server/discover und weicht auf initialize aus, wenn der Server es nicht kennt</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="54"/>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="55"/>
        <source>&amp;URL or command:</source>
        <translation>&amp;URL oder Befehl:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="56"/>
        <source>Protocol &amp;era:</source>
        <translation>Protokoll-&amp;Ära:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="58"/>
        <source>Request &amp;timeout:</source>
        <translation>Anfrage-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="63"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="65"/>
        <source>The largest answer (and SSE event) McpScope reads and keeps; a larger one fails with a clear error instead of being cut silently</source>
        <translation>Die größte Antwort (und das größte SSE-Ereignis), die McpScope liest und aufbewahrt; eine größere scheitert mit einer klaren Fehlermeldung, statt stillschweigend abgeschnitten zu werden</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="67"/>
        <source>Maximum &amp;body size:</source>
        <translation>Maximale &amp;Body-Größe:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="77"/>
        <source>Sign in with the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="77"/>
        <source>Sign in headless (no browser)</source>
        <translation>Headless anmelden (ohne Browser)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="78"/>
        <source>Step through the flow</source>
        <translation>Flow Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="80"/>
        <source>What happens when the server answers 401: the OAuth flow, shown in the session&apos;s Authorization tab</source>
        <translation>Was geschieht, wenn der Server mit 401 antwortet: der OAuth-Flow, angezeigt im Tab Autorisierung der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="84"/>
        <source>client id (optional)</source>
        <translation>Client-ID (optional)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="88"/>
        <source>client secret (optional)</source>
        <translation>Client-Secret (optional)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="91"/>
        <source>scope (optional)</source>
        <translation>Scope (optional)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="94"/>
        <source>On &amp;401:</source>
        <translation>Bei &amp;401:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="100"/>
        <source>OAuth &amp;client:</source>
        <translation>OAuth-&amp;Client:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="103"/>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="108"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="114"/>
        <source>&amp;Environment:</source>
        <translation>U&amp;mgebung:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="114"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="117"/>
        <source>One per line, e.g.
LOG_LEVEL=debug</source>
        <translation>Eine pro Zeile, z. B.
LOG_LEVEL=debug</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="118"/>
        <source>One per line, e.g.
X-Api-Key: …
(not remembered after the session)</source>
        <translation>Einer pro Zeile, z. B.
X-Api-Key: …
(wird nach der Sitzung nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="171"/>
        <source>HTTP+SSE is deprecated in 2026-07-28: a modern session needs Streamable HTTP or stdio.</source>
        <translation>HTTP+SSE ist in 2026-07-28 veraltet: Eine moderne Sitzung braucht Streamable HTTP oder stdio.</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="174"/>
        <source>deprecated in 2026-07-28</source>
        <translation>veraltet in 2026-07-28</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="211"/>
        <source>Enter the command that starts the server.</source>
        <translation>Geben Sie den Befehl ein, der den Server startet.</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="212"/>
        <source>Enter the server&apos;s URL.</source>
        <translation>Geben Sie die URL des Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="220"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="233"/>
        <source>&quot;%1&quot; is not NAME=value.</source>
        <translation>„%1“ hat nicht die Form NAME=Wert.</translation>
    </message>
</context>
<context>
    <name>mcpscope::Connection</name>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="97"/>
        <source>There is no capture store at %1.</source>
        <translation>Unter %1 gibt es keinen Mitschnittspeicher.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="104"/>
        <source>Could not open the capture store %1 for diagnostics: %2</source>
        <translation>Der Mitschnittspeicher %1 konnte für die Diagnose nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="117"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation>%1 ist kein McpScope-Mitschnittspeicher (kein Schema gefunden).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="122"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation>%1 wurde von einer neueren McpScope-Version geschrieben (Schema %2).</translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectionDoctor</name>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="46"/>
        <source>Host name resolves</source>
        <translation>Hostnamensauflösung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="47"/>
        <source>TCP connection</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="49"/>
        <source>TLS handshake and certificate</source>
        <translation>TLS-Handshake und Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="51"/>
        <source>HTTP answer</source>
        <translation>HTTP-Antwort</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="53"/>
        <source>CORS preflight</source>
        <translation>CORS-Preflight</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="55"/>
        <source>CORS on the real answer</source>
        <translation>CORS bei der eigentlichen Antwort</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="57"/>
        <source>initialize over Streamable HTTP</source>
        <translation>initialize über Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="59"/>
        <source>initialize over HTTP+SSE (2024-11-05)</source>
        <translation>initialize über HTTP+SSE (2024-11-05)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="61"/>
        <source>initialize over stdio</source>
        <translation>initialize über stdio</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="63"/>
        <source>Protocol version</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="65"/>
        <source>Server capabilities</source>
        <translation>Serverfähigkeiten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="67"/>
        <source>401 challenge</source>
        <translation>401-Challenge</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="69"/>
        <source>Protected resource metadata</source>
        <translation>Metadaten der geschützten Ressource</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="71"/>
        <source>Authorization server metadata</source>
        <translation>Metadaten des Autorisierungsservers</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="73"/>
        <source>Client registration and authentication</source>
        <translation>Client-Registrierung und -Authentifizierung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="75"/>
        <source>PKCE with S256</source>
        <translation>PKCE mit S256</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="77"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="79"/>
        <source>List tools</source>
        <translation>Tools auflisten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="81"/>
        <source>List resources</source>
        <translation>Ressourcen auflisten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="83"/>
        <source>List prompts</source>
        <translation>Prompts auflisten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="84"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="86"/>
        <source>Burst of pings (p50/p95)</source>
        <translation>Ping-Serie (p50/p95)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="88"/>
        <source>Repeated requests</source>
        <translation>Wiederholte Anfragen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="231"/>
        <source>Connectivity</source>
        <translation>Konnektivität</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="232"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="233"/>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="234"/>
        <source>MCP</source>
        <translation>MCP</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="235"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="236"/>
        <source>Basic operations</source>
        <translation>Grundfunktionen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="237"/>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="238"/>
        <source>Intermittency</source>
        <translation>Sporadische Fehler</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="595"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="795"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="612"/>
        <source>stdio: no network between McpScope and the server</source>
        <translation>stdio: kein Netzwerk zwischen McpScope und dem Server</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="737"/>
        <source>not run: the %1 stage failed</source>
        <translation>nicht ausgeführt: Stufe %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="787"/>
        <source>%1 failed at &quot;%2&quot;: %3 %4</source>
        <translation>%1 bei „%2“ fehlgeschlagen: %3 %4</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="792"/>
        <source>%1 failed.</source>
        <translation>%1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="796"/>
        <source>Cancelled before every check ran.</source>
        <translation>Abgebrochen, bevor alle Prüfungen ausgeführt wurden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="798"/>
        <source>The server requires sign-in and its authorization metadata is in order; run again with an OAuth mode (--oauth headless, browser or client-credentials) to check operations, performance and intermittency too.</source>
        <translation>Der Server erfordert eine Anmeldung, und seine Autorisierungsmetadaten sind in Ordnung; führen Sie die Prüfung erneut mit einem OAuth-Modus (--oauth headless, browser oder client-credentials) aus, um auch Grundfunktionen, Leistung und sporadische Fehler zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/connection_doctor.cpp" line="807"/>
        <source>Healthy, with %n warning(s): %1.</source>
        <translation>
            <numerusform>In Ordnung, mit %n Warnung: %1.</numerusform>
            <numerusform>In Ordnung, mit %n Warnungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="810"/>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="827"/>
        <source>The URL %1 names no host.</source>
        <translation>Die URL %1 enthält keinen Host.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="834"/>
        <source>%1 is an IP address: nothing to resolve.</source>
        <translation>%1 ist eine IP-Adresse: nichts aufzulösen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="842"/>
        <source>%1 did not resolve: %2</source>
        <translation>%1 wurde nicht aufgelöst: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="851"/>
        <source>%1 resolved to %2.</source>
        <translation>%1 aufgelöst zu %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="855"/>
        <source>No answer from DNS for %1 in time.</source>
        <translation>Keine rechtzeitige DNS-Antwort für %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="879"/>
        <source>Connected to %1 port %2.</source>
        <translation>Verbunden mit %1, Port %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="892"/>
        <source>%1 port %2: %3</source>
        <translation>%1 Port %2: %3</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="902"/>
        <source>No TCP connection to %1 port %2 within %3 s.</source>
        <translation>Keine TCP-Verbindung zu %1, Port %2, innerhalb von %3 s.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="921"/>
        <source>Plain http on a loopback host: no TLS to check.</source>
        <translation>Unverschlüsseltes http auf einem Loopback-Host: kein TLS zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="922"/>
        <source>The URL&apos;s scheme is %1, not http or https: no TLS to check.</source>
        <translation>Das Schema der URL ist %1, nicht http oder https: kein TLS zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="939"/>
        <source>%1, %2; certificate for %3 issued by %4, valid until %5.</source>
        <translation>%1, %2; Zertifikat für %3, ausgestellt von %4, gültig bis %5.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="963"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="967"/>
        <source>No TLS handshake with %1 in time.</source>
        <translation>Kein rechtzeitiger TLS-Handshake mit %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="994"/>
        <source>GET answered HTTP %1 %2 (first byte after %3 ms)%4.</source>
        <translation>GET beantwortet mit HTTP %1 %2 (erstes Byte nach %3 ms)%4.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="999"/>
        <source>, server &quot;%1&quot;</source>
        <translation>, Server „%1“</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1007"/>
        <source>No HTTP answer: %1</source>
        <translation>Keine HTTP-Antwort: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1011"/>
        <source>No HTTP answer within %1 s.</source>
        <translation>Keine HTTP-Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1042"/>
        <source>HTTP %1; origin %2 allowed, POST and %3 allowed.</source>
        <translation>HTTP %1; Origin %2 erlaubt, POST und %3 erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1049"/>
        <source>No answer to the preflight within %1 s.</source>
        <translation>Keine Antwort auf den Preflight innerhalb von %1 s.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1097"/>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1109"/>
        <source>HTTP %1 readable from origin %2; exposed headers: %3.</source>
        <translation>HTTP %1 von Origin %2 lesbar; freigegebene Header: %3.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1112"/>
        <source>none needed</source>
        <translation>keine erforderlich</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1118"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1367"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1437"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1636"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1665"/>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1120"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1637"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1666"/>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1136"/>
        <source>Not asked (--transport %1).</source>
        <translation>Nicht geprüft (--transport %1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1141"/>
        <source>Streamable HTTP answered; HTTP+SSE (2024-11-05), its deprecated predecessor, was not tried.</source>
        <translation>Streamable HTTP hat geantwortet; HTTP+SSE (2024-11-05), sein veralteter Vorgänger, wurde nicht versucht.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1180"/>
        <source>Initialized: %1 %2, protocol %3%4.</source>
        <translation>Initialisiert: %1 %2, Protokoll %3%4.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1184"/>
        <source>, with a session id</source>
        <translation>, mit Sitzungs-ID</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1198"/>
        <source>The server answers initialize with HTTP %1: it requires authorization (the Authentication stage follows it).</source>
        <translation>Der Server beantwortet initialize mit HTTP %1: Er erfordert Autorisierung (die Stufe Authentifizierung folgt).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1203"/>
        <source>HTTP+SSE</source>
        <translation>HTTP+SSE</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1204"/>
        <source>stdio</source>
        <translation>stdio</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1205"/>
        <source>Streamable HTTP</source>
        <translation>Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1206"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1226"/>
        <source>no initialize answer within %1 s</source>
        <translation>keine Antwort auf initialize innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1243"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1256"/>
        <source>Known after sign-in (see auth.sign_in).</source>
        <translation>Nach der Anmeldung bekannt (siehe auth.sign_in).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1248"/>
        <source>%1 negotiated (McpScope offers %2 and accepts %3).</source>
        <translation>%1 ausgehandelt (McpScope bietet %2 an und akzeptiert %3).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1264"/>
        <source>The server declares no capabilities.</source>
        <translation>Der Server deklariert keine Fähigkeiten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1265"/>
        <source>Declared: %1.</source>
        <translation>Deklariert: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1275"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1305"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1377"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1447"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1479"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1494"/>
        <source>The server did not ask for authorization.</source>
        <translation>Der Server hat keine Autorisierung verlangt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1276"/>
        <source>stdio servers take credentials from their environment.</source>
        <translation>stdio-Server beziehen Anmeldedaten aus ihrer Umgebung.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1294"/>
        <source>HTTP %1 with a Bearer challenge%2.</source>
        <translation>HTTP %1 mit Bearer-Challenge%2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1322"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1391"/>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1356"/>
        <source>At %1: resource %2, authorization servers %3%4.</source>
        <translation>Unter %1: Ressource %2, Autorisierungsserver %3%4.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1361"/>
        <source>, scopes %1</source>
        <translation>, Scopes %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1428"/>
        <source>At %1: issuer %2, authorization %3, token %4.</source>
        <translation>Unter %1: Aussteller %2, Autorisierung %3, Token %4.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1456"/>
        <source>pre-registered client %1</source>
        <translation>vorab registrierter Client %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1458"/>
        <source>Client ID Metadata Documents</source>
        <translation>Client ID Metadata Documents</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1460"/>
        <source>dynamic registration at %1</source>
        <translation>dynamische Registrierung unter %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1462"/>
        <source>client_secret_basic (not listed: the default)</source>
        <translation>client_secret_basic (nicht aufgeführt: Standard)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1472"/>
        <source>Registration: %1. Client authentication: %2.</source>
        <translation>Registrierung: %1. Client-Authentifizierung: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1487"/>
        <source>code_challenge_methods_supported: %1.</source>
        <translation>code_challenge_methods_supported: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1498"/>
        <source>Not asked: an OAuth mode (--oauth headless, browser or client-credentials) signs in and checks the rest.</source>
        <translation>Nicht geprüft: Ein OAuth-Modus (--oauth headless, browser oder client-credentials) meldet sich an und prüft den Rest.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1543"/>
        <source>, access token valid for %1 s</source>
        <translation>, Access-Token %1 s gültig</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1546"/>
        <source>Signed in (%1 client %2, scope &quot;%3&quot;%4); initialized with protocol %5.</source>
        <translation>Angemeldet (Client %2, %1, Scope „%3“%4); mit Protokoll %5 initialisiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1547"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1548"/>
        <source>from the vault</source>
        <translation>aus dem Tresor</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1571"/>
        <source>the sign-in</source>
        <translation>die Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1576"/>
        <source>the sign-in step “%1”</source>
        <translation>den Anmeldeschritt „%1“</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1578"/>
        <source>No sign-in within the time allowed.</source>
        <translation>Keine Anmeldung innerhalb der erlaubten Zeit.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1590"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1645"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1673"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1735"/>
        <source>Needs a signed-in session.</source>
        <translation>Erfordert eine angemeldete Sitzung.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1597"/>
        <source>The server does not declare %1.</source>
        <translation>Der Server deklariert %1 nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1625"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1630"/>
        <source> on the first page; more follow</source>
        <translation> auf der ersten Seite; weitere folgen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1662"/>
        <source>Answered in %1 ms.</source>
        <translation>Antwort nach %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1689"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1804"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1694"/>
        <source>%1 pings at once: all failed.</source>
        <translation>%1 Pings gleichzeitig: alle fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1695"/>
        <source>%1 pings at once: p50 %2 ms, p95 %3 ms, %4 failed.</source>
        <translation>%1 Pings gleichzeitig: p50 %2 ms, p95 %3 ms, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1758"/>
        <source>%1 of %2 %3 requests succeeded.</source>
        <translation>%1 von %2 %3-Anfragen erfolgreich.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1759"/>
        <source>%1 of %2 %3 requests succeeded (p50 %4 ms).</source>
        <translation>%1 von %2 %3-Anfragen erfolgreich (p50 %4 ms).</translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectionDoctorDialog</name>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="74"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="76"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="78"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="82"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="87"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="226"/>
        <source>the doctor&apos;s check “%1”</source>
        <translation>die Diagnoseprüfung „%1“</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="289"/>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="327"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="321"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="422"/>
        <source>Stopped at %1: %2</source>
        <translation>Angehalten bei %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="423"/>
        <source>Healthy: no stage failed (%1).</source>
        <translation>In Ordnung: keine Stufe fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="458"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="461"/>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="468"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="470"/>
        <source>Likely cause: %1</source>
        <translation>Wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="472"/>
        <source>What to do: %1</source>
        <translation>Vorgehen: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="478"/>
        <source>Exchanges: %1 (double-click the check to show them in the capture log)</source>
        <translation>Austausche: %1 (Doppelklick auf die Prüfung zeigt sie im Mitschnittprotokoll)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="490"/>
        <source>McpScope Connection Doctor: %1</source>
        <translation>McpScope-Verbindungsdiagnose: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="493"/>
        <source>[%1] %2 · %3: %4</source>
        <translation>[%1] %2 · %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="504"/>
        <source>Verdict: stopped at %1: %2</source>
        <translation>Ergebnis: angehalten bei %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="505"/>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="506"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="517"/>
        <source>Save the Doctor&apos;s Report</source>
        <translation>Diagnosebericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="519"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="526"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="554"/>
        <source>Connection Doctor</source>
        <translation>Verbindungsdiagnose</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="555"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="556"/>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="558"/>
        <source>The MCP server&apos;s URL, or with transport stdio the command that starts it</source>
        <translation>Die URL des MCP-Servers oder, bei Transport stdio, der Befehl, der ihn startet</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="563"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="563"/>
        <source>Streamable HTTP</source>
        <translation>Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="563"/>
        <source>HTTP+SSE</source>
        <translation>HTTP+SSE</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="563"/>
        <source>stdio</source>
        <translation>stdio</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="570"/>
        <source>No sign-in</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="570"/>
        <source>Headless (follow redirects)</source>
        <translation>Headless (Weiterleitungen folgen)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="570"/>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="571"/>
        <source>Client credentials</source>
        <translation>Client Credentials</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="574"/>
        <source>client id (optional)</source>
        <translation>Client-ID (optional)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="575"/>
        <source>client secret (optional)</source>
        <translation>Client-Secret (optional)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="576"/>
        <source>scope (optional)</source>
        <translation>Scope (optional)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="577"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="578"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="579"/>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="580"/>
        <source>Every check with its time and what was seen, as text</source>
        <translation>Jede Prüfung mit ihrer Zeit und dem Beobachteten, als Text</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="581"/>
        <source>&amp;Save JSON…</source>
        <translation>JSON &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="582"/>
        <source>The report as JSON, as mcpscope-cli doctor --json prints it</source>
        <translation>Der Bericht als JSON, wie ihn mcpscope-cli doctor --json ausgibt</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="583"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="584"/>
        <source>Stage / check</source>
        <translation>Stufe / Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="584"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="584"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="584"/>
        <source>What was seen</source>
        <translation>Beobachtung</translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectionInfoTab</name>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="77"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="78"/>
        <source>State:              %1</source>
        <translation>Zustand:            %1</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="79"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="79"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="80"/>
        <source>Protocol version:   %1</source>
        <translation>Protokollversion:   %1</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="81"/>
        <source>(not agreed yet)</source>
        <translation>(noch nicht ausgehandelt)</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="83"/>
        <source>Era:                %1</source>
        <translation>Ära:                %1</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="84"/>
        <source>modern (2026-07-28: server/discover, no session)</source>
        <translation>modern (2026-07-28: server/discover, keine Sitzung)</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="85"/>
        <source>legacy (the initialize handshake)</source>
        <translation>klassisch (der initialize-Handshake)</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="87"/>
        <source>Session id:         %1</source>
        <translation>Sitzungs-ID:        %1</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="87"/>
        <location filename="../ui/session/connection_info_tab.cpp" line="90"/>
        <location filename="../ui/session/connection_info_tab.cpp" line="113"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="88"/>
        <source>Transport:          %1</source>
        <translation>Transport:          %1</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="90"/>
        <source>Streams:            %1</source>
        <translation>Streams:            %1</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="93"/>
        <source>Unanswered requests (%1)</source>
        <translation>Unbeantwortete Anfragen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="96"/>
        <source>(none: every request has its answer)</source>
        <translation>(keine: Jede Anfrage hat ihre Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="98"/>
        <source>id %1  %2  waiting %3 s</source>
        <translation>ID %1  %2  wartet seit %3 s</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="102"/>
        <source>Server requests waiting for you: %1</source>
        <translation>Server-Anfragen, die auf Sie warten: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="104"/>
        <source>Server info</source>
        <translation>Serverinformationen</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="106"/>
        <source>Server capabilities (as answered)</source>
        <translation>Serverfähigkeiten (laut Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="108"/>
        <source>Client capabilities (as sent)</source>
        <translation>Client-Fähigkeiten (wie gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="111"/>
        <source>Server instructions</source>
        <translation>Server-Anweisungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/connection_info_tab.cpp" line="114"/>
        <source>%n character(s), shown above the tabs</source>
        <translation>
            <numerusform>%n Zeichen, über den Tabs angezeigt</numerusform>
            <numerusform>%n Zeichen, über den Tabs angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpscope::ConsoleTab</name>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="25"/>
        <source>History (messages sent this session)</source>
        <translation>Verlauf (in dieser Sitzung gesendete Nachrichten)</translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="31"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="33"/>
        <source>Send (Ctrl+Return in the editor)</source>
        <translation>Senden (Strg+Eingabe im Editor)</translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="60"/>
        <source>// Not sent: write a JSON-RPC request or notification with a method.</source>
        <translation>// Nicht gesendet: schreiben Sie eine JSON-RPC-Anfrage oder -Benachrichtigung mit method.</translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="82"/>
        <source>// Not sent: params must be a JSON object.</source>
        <translation>// Nicht gesendet: params muss ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>mcpscope::CountingDevice</name>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="86"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
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
    <name>mcpscope::ErrorBody</name>
    <message numerus="yes">
        <location filename="../core/oauth/error_body.cpp" line="290"/>
        <source>the server answered an HTML page (%n byte(s)), not JSON</source>
        <translation>
            <numerusform>der Server antwortete mit einer HTML-Seite (%n Byte), nicht mit JSON</numerusform>
            <numerusform>der Server antwortete mit einer HTML-Seite (%n Byte), nicht mit JSON</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/oauth/error_body.cpp" line="295"/>
        <source>%1, titled “%2”</source>
        <extracomment>%1 is what was said of the page so far, %2 its title</extracomment>
        <translation>%1 mit dem Titel „%2“</translation>
    </message>
    <message>
        <location filename="../core/oauth/error_body.cpp" line="300"/>
        <source>%1: %2</source>
        <extracomment>%1 is what was said of the page so far, %2 the head of its visible text</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::Evaluator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="117"/>
        <source>The schema nests (or refers) deeper than %1 levels.</source>
        <translation>Das Schema ist tiefer als %1 Ebenen verschachtelt (oder verweist so tief).</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="124"/>
        <source>No value is allowed here.</source>
        <translation>Hier ist kein Wert erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="139"/>
        <source>The schema refers to %1, which McpScope cannot resolve.</source>
        <translation>Das Schema verweist auf %1, was McpScope nicht auflösen kann.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="159"/>
        <source>Expected %1, got %2.</source>
        <translation>Erwartet %1, erhalten %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="166"/>
        <source>The value is not one of the allowed values.</source>
        <translation>Der Wert ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="170"/>
        <source>The value must equal the constant the schema gives.</source>
        <translation>Der Wert muss der Konstanten des Schemas gleichen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="179"/>
        <source>%1 is not a multiple of %2.</source>
        <translation>%1 ist kein Vielfaches von %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="186"/>
        <source>%1 is above the maximum %2.</source>
        <translation>%1 liegt über dem Maximum %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="188"/>
        <source>%1 is below the minimum %2.</source>
        <translation>%1 liegt unter dem Minimum %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="190"/>
        <source>%1 must be below %2.</source>
        <translation>%1 muss unter %2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="192"/>
        <source>%1 must be above %2.</source>
        <translation>%1 muss über %2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="200"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>Der Text hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="205"/>
        <source>The text has %1 characters; at least %2 are needed.</source>
        <translation>Der Text hat %1 Zeichen; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="212"/>
        <source>The text does not match the pattern %1.</source>
        <translation>Der Text passt nicht zum Muster %1.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="246"/>
        <source>The list has %1 items; at most %2 are allowed.</source>
        <translation>Die Liste hat %1 Einträge; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="251"/>
        <source>The list has %1 items; at least %2 are needed.</source>
        <translation>Die Liste hat %1 Einträge; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="259"/>
        <source>Items %1 and %2 are equal; items must be unique.</source>
        <translation>Die Einträge %1 und %2 sind gleich; Einträge müssen eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="272"/>
        <source>No item matches the schema&apos;s &quot;contains&quot;.</source>
        <translation>Kein Eintrag passt zum &quot;contains&quot; des Schemas.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="280"/>
        <source>The property &quot;%1&quot; is required.</source>
        <translation>Die Eigenschaft „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="284"/>
        <source>At most %1 properties are allowed.</source>
        <translation>Höchstens %1 Eigenschaften sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="289"/>
        <source>At least %1 properties are needed.</source>
        <translation>Mindestens %1 Eigenschaften sind nötig.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="312"/>
        <source>The property &quot;%1&quot; is not allowed.</source>
        <translation>Die Eigenschaft „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="322"/>
        <source>The property name &quot;%1&quot; is not allowed.</source>
        <translation>Der Eigenschaftsname „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="332"/>
        <source>&quot;%1&quot; requires &quot;%2&quot;.</source>
        <translation>„%1“ verlangt „%2“.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="353"/>
        <source>The value matches none of the allowed alternatives (anyOf).</source>
        <translation>Der Wert passt zu keiner der erlaubten Alternativen (anyOf).</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="363"/>
        <source>The value must match exactly one alternative (oneOf); it matches %1.</source>
        <translation>Der Wert muss genau einer Alternative entsprechen (oneOf); er passt zu %1.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="368"/>
        <source>The value matches a schema it must not match.</source>
        <translation>Der Wert passt zu einem Schema, zu dem er nicht passen darf.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ExchangeDetailView</name>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="106"/>
        <source>Replay…</source>
        <translation>Wiederholen…</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="108"/>
        <source>Send this request again, edited first, and compare the answers</source>
        <translation>Diese Anfrage erneut senden, vorher bearbeitet, und die Antworten vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="131"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="131"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="148"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="149"/>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="150"/>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="151"/>
        <source>Timing</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="160"/>
        <source>Select an exchange to see its headers, bodies and timing.</source>
        <translation>Wählen Sie einen Austausch, um Header, Bodys und Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="184"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="188"/>
        <source>%1 error: %2</source>
        <translation>%1-Fehler: %2</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="202"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="203"/>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="204"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="205"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="206"/>
        <source>HTTP version</source>
        <translation>HTTP-Version</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="209"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="210"/>
        <source>Request headers (%1)</source>
        <translation>Anfrage-Header (%1)</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="213"/>
        <source>Response headers (%1)</source>
        <translation>Antwort-Header (%1)</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="217"/>
        <source>TLS certificate chain</source>
        <translation>TLS-Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="219"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="220"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="221"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="222"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="223"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="229"/>
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation>Nur die ersten %1 von %2 Bytes wurden mitgeschnitten.</translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="239"/>
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
    <name>mcpscope::ExchangeReplay</name>
    <message>
        <location filename="../core/replay/exchange_replay.cpp" line="145"/>
        <source>%1 %2 was not replayed: the session to send it through is not open. Open it (or pick another), then replay again.</source>
        <translation>%1 %2 wurde nicht wiederholt: Die Sitzung, über die gesendet werden soll, ist nicht offen. Öffnen Sie sie (oder wählen Sie eine andere) und wiederholen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ExportDialog</name>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="495"/>
        <source>%1 KB written</source>
        <translation>%1 KB geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="542"/>
        <location filename="../ui/capture/export_dialog.cpp" line="543"/>
        <location filename="../ui/capture/export_dialog.cpp" line="567"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="544"/>
        <source>The current session</source>
        <translation>Die aktuelle Sitzung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="545"/>
        <source>The selected rows (%n exchange(s))</source>
        <translation>
            <numerusform>Die ausgewählten Zeilen (%n Austausch)</numerusform>
            <numerusform>Die ausgewählten Zeilen (%n Austausche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="546"/>
        <source>These sessions:</source>
        <translation>Diese Sitzungen:</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="547"/>
        <source>The whole capture</source>
        <translation>Der ganze Mitschnitt</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="548"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="549"/>
        <source>HAR 1.2 (.har)</source>
        <translation>HAR 1.2 (.har)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="550"/>
        <source>McpScope JSON (.json)</source>
        <translation>McpScope-JSON (.json)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="551"/>
        <source>Capture bundle (.mcpscope)</source>
        <translation>Mitschnittbündel (.mcpscope)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="552"/>
        <source>Incident report, Markdown (.md)</source>
        <translation>Störungsbericht, Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="553"/>
        <source>Incident report, HTML (.html)</source>
        <translation>Störungsbericht, HTML (.html)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="554"/>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="555"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="556"/>
        <source>Redaction review: what this export removes</source>
        <translation>Schwärzungsprüfung: Was dieser Export entfernt</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="557"/>
        <location filename="../ui/capture/export_dialog.cpp" line="830"/>
        <source>Every export is redacted. The store&apos;s rules run again over everything, then yours; each value removed is counted here.</source>
        <translation>Jeder Export wird geschwärzt. Die Regeln des Speichers laufen erneut über alles, dann Ihre; jeder entfernte Wert wird hier gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="559"/>
        <location filename="../ui/capture/export_dialog.cpp" line="561"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="559"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="559"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="560"/>
        <source>Your rules (saved for every export)</source>
        <translation>Ihre Regeln (für jeden Export gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="561"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="565"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="566"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="568"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="575"/>
        <source>e.g. X-Api-Key</source>
        <translation>z. B. X-Api-Key</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="576"/>
        <source>e.g. /params/arguments/password</source>
        <translation>z. B. /params/arguments/password</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="577"/>
        <source>e.g. sig</source>
        <translation>z. B. sig</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="578"/>
        <source>e.g. acct-[0-9]{6}</source>
        <translation>z. B. acct-[0-9]{6}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="615"/>
        <source>#%1 %2 (%n exchange(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n Austausch)</numerusform>
            <numerusform>#%1 %2 (%n Austausche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="658"/>
        <source>An incident report covers whole sessions: export the current session or chosen sessions to make one.</source>
        <translation>Ein Störungsbericht umfasst ganze Sitzungen: Exportieren Sie die aktuelle Sitzung oder ausgewählte Sitzungen, um einen zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="780"/>
        <source>Check at least one session to export.</source>
        <translation>Wählen Sie mindestens eine Sitzung zum Exportieren aus.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="788"/>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="802"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="811"/>
        <source>Nothing to remove: no secret found.</source>
        <translation>Nichts zu entfernen: kein Geheimnis gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="812"/>
        <source>%n value(s) will be removed in total.</source>
        <translation>
            <numerusform>Insgesamt wird %n Wert entfernt.</numerusform>
            <numerusform>Insgesamt werden %n Werte entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="834"/>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="847"/>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="848"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="849"/>
        <source>Capture bundles (*.mcpscope)</source>
        <translation>Mitschnittbündel (*.mcpscope)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="850"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="851"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="852"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="866"/>
        <source>Fix or remove the rule that is not valid first.</source>
        <translation>Berichtigen oder entfernen Sie zuerst die ungültige Regel.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="867"/>
        <source>Check at least one session.</source>
        <translation>Wählen Sie mindestens eine Sitzung aus.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="887"/>
        <source>The export cannot replace the capture it is made from.</source>
        <translation>Der Export kann den Mitschnitt, aus dem er entsteht, nicht ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="909"/>
        <source>Writing…</source>
        <translation>Schreibe…</translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="921"/>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="929"/>
        <source>%n value(s) redacted</source>
        <translation>
            <numerusform>%n Wert geschwärzt</numerusform>
            <numerusform>%n Werte geschwärzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="932"/>
        <source>Exported %n exchange(s) to %1 (%2); %3.</source>
        <translation>
            <numerusform>%n Austausch nach %1 exportiert (%2); %3.</numerusform>
            <numerusform>%n Austausche nach %1 exportiert (%2); %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="935"/>
        <source>Exported to %1 (%2); %3.</source>
        <translation>Nach %1 exportiert (%2); %3.</translation>
    </message>
</context>
<context>
    <name>mcpscope::FeatureListModel</name>
    <message>
        <location filename="../models/feature_list_model.cpp" line="29"/>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <location filename="../models/feature_list_model.cpp" line="31"/>
        <source>destructive</source>
        <translation>destruktiv</translation>
    </message>
    <message>
        <location filename="../models/feature_list_model.cpp" line="33"/>
        <source>idempotent</source>
        <translation>idempotent</translation>
    </message>
    <message>
        <location filename="../models/feature_list_model.cpp" line="35"/>
        <source>open world</source>
        <translation>offene Welt</translation>
    </message>
</context>
<context>
    <name>mcpscope::FeatureTab</name>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="59"/>
        <source>Save Blob…</source>
        <translation>Blob speichern…</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="56"/>
        <location filename="../ui/session/feature_tab.cpp" line="182"/>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="140"/>
        <source>Updated by the server at %1</source>
        <translation>Vom Server aktualisiert um %1</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="182"/>
        <source>Unsubscribe</source>
        <translation>Abo beenden</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="185"/>
        <source>Ask the server to send notifications/resources/updated for this resource</source>
        <translation>Den Server bitten, für diese Ressource notifications/resources/updated zu senden</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="186"/>
        <source>The server does not offer resource subscriptions</source>
        <translation>Der Server bietet keine Ressourcen-Abonnements an</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="284"/>
        <source>Subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="285"/>
        <source>Unsubscribed from %1</source>
        <translation>Abo von %1 beendet</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="318"/>
        <source>Save Blob</source>
        <translation>Blob speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="323"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::Findings</name>
    <message>
        <location filename="../core/common/findings.cpp" line="18"/>
        <source>Rate limited (HTTP 429)</source>
        <translation>Ratenbegrenzung (HTTP 429)</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="19"/>
        <source>Rate limited: the server answered %1 with HTTP 429 Too Many Requests. %2</source>
        <translation>Ratenbegrenzung: Der Server beantwortete %1 mit HTTP 429 Too Many Requests. %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="21"/>
        <source>The server limits how many requests a client may send in a while.</source>
        <translation>Der Server begrenzt, wie viele Anfragen ein Client in einem Zeitraum senden darf.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="23"/>
        <source>Slow down, wait and retry (mcpscope-cli --retry N does), or ask the operator for a higher limit.</source>
        <translation>Senden Sie langsamer, warten Sie und versuchen Sie es erneut (mcpscope-cli --retry N tut das), oder bitten Sie den Betreiber um ein höheres Limit.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="28"/>
        <source>Authorization required (HTTP 401)</source>
        <translation>Autorisierung erforderlich (HTTP 401)</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="29"/>
        <source>The server requires authorization.</source>
        <translation>Der Server verlangt eine Autorisierung.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="30"/>
        <source>Fix: sign in to it (OAuth: --oauth, or the Authorization tab) or add an Authorization header.</source>
        <translation>Abhilfe: Melden Sie sich an (OAuth: --oauth oder der Tab Autorisierung) oder fügen Sie einen Authorization-Header hinzu.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="35"/>
        <source>Access token expired</source>
        <translation>Access-Token abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="36"/>
        <source>Likely cause: the access token expired.</source>
        <translation>Wahrscheinliche Ursache: Das Access-Token ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="37"/>
        <source>Fix: refresh it (mcpscope-cli auth refresh, or Refresh in the token vault) or sign in again.</source>
        <translation>Abhilfe: Erneuern Sie es (mcpscope-cli auth refresh oder Erneuern im Token-Tresor) oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="42"/>
        <source>Token issued for another resource</source>
        <translation>Token für eine andere Ressource ausgestellt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="43"/>
        <source>Likely cause: the token was issued for another resource (audience).</source>
        <translation>Wahrscheinliche Ursache: Das Token wurde für eine andere Ressource (Audience) ausgestellt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="45"/>
        <source>Fix: sign in again with this server as the resource indicator (RFC 8707), which McpScope sends by default.</source>
        <translation>Abhilfe: Melden Sie sich erneut mit diesem Server als Ressourcenindikator (RFC 8707) an; McpScope sendet ihn standardmäßig.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="50"/>
        <source>Token not accepted</source>
        <translation>Token nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="51"/>
        <source>Likely cause: the token is not accepted (revoked, malformed, or from an issuer this server does not trust).</source>
        <translation>Wahrscheinliche Ursache: Das Token wird nicht akzeptiert (widerrufen, fehlerhaft oder von einem Aussteller, dem dieser Server nicht vertraut).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="55"/>
        <source>Fix: sign in again.</source>
        <translation>Abhilfe: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="57"/>
        <location filename="../core/common/findings.cpp" line="62"/>
        <source>Scope missing (step-up)</source>
        <translation>Scope fehlt (Step-up)</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="58"/>
        <source>Likely cause: the token lacks the scope &quot;%2&quot;.</source>
        <translation>Wahrscheinliche Ursache: Dem Token fehlt der Scope „%2“.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="59"/>
        <source>Fix: sign in again asking for it (step-up, e.g. --scope &quot;%2&quot;).</source>
        <translation>Abhilfe: Melden Sie sich erneut an und fordern Sie ihn an (Step-up, z. B. --scope „%2“).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="63"/>
        <source>Likely cause: the token lacks a scope this call needs.</source>
        <translation>Wahrscheinliche Ursache: Dem Token fehlt ein Scope, den dieser Aufruf braucht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="65"/>
        <source>Fix: sign in again asking for more scope (step-up).</source>
        <translation>Abhilfe: Melden Sie sich erneut an und fordern Sie mehr Scope an (Step-up).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="68"/>
        <source>Access refused (HTTP 403)</source>
        <translation>Zugriff verweigert (HTTP 403)</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="69"/>
        <source>Likely cause: the account or client has no access to this server.</source>
        <translation>Wahrscheinliche Ursache: Das Konto oder der Client hat keinen Zugriff auf diesen Server.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="71"/>
        <source>Fix: check that the account or client has access to this server.</source>
        <translation>Abhilfe: Prüfen Sie, ob das Konto oder der Client Zugriff auf diesen Server hat.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="74"/>
        <location filename="../core/common/findings.cpp" line="82"/>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="75"/>
        <source>The server answered %1 with HTTP %2 %3: %4</source>
        <translation>Der Server beantwortete %1 mit HTTP %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="76"/>
        <location filename="../core/common/findings.cpp" line="84"/>
        <source>The server refused the request or failed while handling it.</source>
        <translation>Der Server hat die Anfrage abgelehnt oder ist bei ihrer Bearbeitung gescheitert.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="78"/>
        <source>Read the answer in the capture; check the URL, the method and the server&apos;s logs.</source>
        <translation>Lesen Sie die Antwort im Mitschnitt; prüfen Sie die URL, die Methode und die Logs des Servers.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="83"/>
        <source>The server answered %1 with HTTP %2 %3.</source>
        <translation>Der Server beantwortete %1 mit HTTP %2 %3.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="86"/>
        <source>Check the URL, the method and the server&apos;s logs.</source>
        <translation>Prüfen Sie die URL, die Methode und die Logs des Servers.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="89"/>
        <source>Body larger than the cap</source>
        <translation>Body größer als die Obergrenze</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="90"/>
        <source>%1 is larger than the body cap of %2 MiB, so it was cut there and cannot be read.</source>
        <translation>%1 ist größer als die Body-Obergrenze von %2 MiB, wurde daher dort abgeschnitten und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="93"/>
        <source>The server sent more than McpScope keeps of one body or event.</source>
        <translation>Der Server hat mehr gesendet, als McpScope von einem Body oder Ereignis aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="95"/>
        <source>Raise the cap: --max-body MIB on the command line, or Maximum body size in the Connect dialog.</source>
        <translation>Erhöhen Sie die Obergrenze: --max-body MIB auf der Befehlszeile oder Maximale Body-Größe im Verbindungsdialog.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="100"/>
        <source>Byte order mark before JSON</source>
        <translation>Bytereihenfolgemarke vor dem JSON</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="101"/>
        <source>The answer to %1 starts with a UTF-8 byte order mark.</source>
        <translation>Die Antwort auf %1 beginnt mit einer UTF-8-Bytereihenfolgemarke.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="103"/>
        <source>McpScope read past it, but many clients (the TypeScript SDK among them) reject it as invalid JSON.</source>
        <translation>McpScope hat sie übersprungen, aber viele Clients (darunter das TypeScript-SDK) lehnen sie als ungültiges JSON ab.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="107"/>
        <source>The server should not send one.</source>
        <translation>Der Server sollte keine senden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="109"/>
        <source>Unexpected Content-Type</source>
        <translation>Unerwarteter Content-Type</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="110"/>
        <source>The answer to %1 has Content-Type &quot;%2&quot; instead of application/json or text/event-stream.</source>
        <translation>Die Antwort auf %1 hat den Content-Type „%2“ statt application/json oder text/event-stream.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="113"/>
        <source>McpScope read it as JSON, but the TypeScript SDK&apos;s client and others refuse it (&quot;Unexpected content type&quot;).</source>
        <translation>McpScope hat sie als JSON gelesen, aber der Client des TypeScript-SDK und andere lehnen sie ab („Unexpected content type“).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="117"/>
        <source>The server should send application/json.</source>
        <translation>Der Server sollte application/json senden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="121"/>
        <source>No response in time</source>
        <translation>Keine Antwort in der Zeit</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="122"/>
        <source>No response to %1 within %2 s.</source>
        <translation>Keine Antwort auf %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="123"/>
        <source>The server may be hung.</source>
        <translation>Der Server hängt möglicherweise.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="124"/>
        <source>Try again or raise the request timeout.</source>
        <translation>Versuchen Sie es erneut oder erhöhen Sie das Anfrage-Zeitlimit.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="126"/>
        <source>Server could not be started</source>
        <translation>Server konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="127"/>
        <source>Could not start %1: %2.</source>
        <translation>%1 konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="128"/>
        <source>The command was not found, or cannot be run.</source>
        <translation>Der Befehl wurde nicht gefunden oder kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="129"/>
        <source>Check the command and that it is installed.</source>
        <translation>Prüfen Sie den Befehl und ob er installiert ist.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="133"/>
        <source>Refresh token refused</source>
        <translation>Refresh-Token abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="134"/>
        <location filename="../core/common/findings.cpp" line="145"/>
        <location filename="../core/common/findings.cpp" line="155"/>
        <location filename="../core/common/findings.cpp" line="165"/>
        <location filename="../core/common/findings.cpp" line="174"/>
        <location filename="../core/common/findings.cpp" line="185"/>
        <location filename="../core/common/findings.cpp" line="193"/>
        <location filename="../core/common/findings.cpp" line="202"/>
        <location filename="../core/common/findings.cpp" line="212"/>
        <location filename="../core/common/findings.cpp" line="219"/>
        <location filename="../core/common/findings.cpp" line="226"/>
        <location filename="../core/common/findings.cpp" line="234"/>
        <location filename="../core/common/findings.cpp" line="242"/>
        <location filename="../core/common/findings.cpp" line="250"/>
        <location filename="../core/common/findings.cpp" line="259"/>
        <location filename="../core/common/findings.cpp" line="264"/>
        <source>The authorization server answered %1: %2</source>
        <translation>Der Autorisierungsserver antwortete %1: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="135"/>
        <source>The refresh token was refused: it expired, was revoked, or was already used once (servers that rotate refresh tokens accept each one only once).</source>
        <translation>Das Refresh-Token wurde abgelehnt: Es ist abgelaufen, wurde widerrufen oder schon einmal verwendet (Server, die Refresh-Tokens rotieren, akzeptieren jedes nur einmal).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="139"/>
        <source>Sign in again to get a new refresh token; if this keeps happening, make sure only one client uses the stored refresh token.</source>
        <translation>Melden Sie sich erneut an, um ein neues Refresh-Token zu erhalten; wenn das wiederholt passiert, stellen Sie sicher, dass nur ein Client das gespeicherte Refresh-Token verwendet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="144"/>
        <source>redirect_uri mismatch</source>
        <translation>redirect_uri stimmt nicht überein</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="146"/>
        <source>The redirect_uri of the token request differs from the one used in the authorization request.</source>
        <translation>Die redirect_uri der Token-Anfrage unterscheidet sich von der in der Autorisierungsanfrage.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="150"/>
        <source>Send exactly the same redirect_uri in both requests (scheme, host, port and path).</source>
        <translation>Senden Sie in beiden Anfragen genau dieselbe redirect_uri (Schema, Host, Port und Pfad).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="154"/>
        <source>PKCE verifier mismatch</source>
        <translation>PKCE-Verifier stimmt nicht überein</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="156"/>
        <source>The code_verifier does not match the code_challenge sent with the authorization request.</source>
        <translation>Der code_verifier passt nicht zur code_challenge der Autorisierungsanfrage.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="160"/>
        <source>Send the verifier generated for this flow; start the flow again if it was lost.</source>
        <translation>Senden Sie den für diesen Flow erzeugten Verifier; starten Sie den Flow neu, wenn er verloren ging.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="164"/>
        <source>Authorization code refused</source>
        <translation>Autorisierungscode abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="166"/>
        <source>The authorization code was refused: codes expire within minutes and can be used only once, and they must come with the same redirect_uri and a matching code_verifier.</source>
        <translation>Der Autorisierungscode wurde abgelehnt: Codes laufen binnen Minuten ab, gelten nur einmal und müssen mit derselben redirect_uri und einem passenden code_verifier kommen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="170"/>
        <source>Start the flow again and exchange the new code at once.</source>
        <translation>Starten Sie den Flow neu und tauschen Sie den neuen Code sofort ein.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="173"/>
        <source>Client not accepted</source>
        <translation>Client nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="175"/>
        <source>The authorization server did not accept the client&apos;s credentials (unknown client_id, wrong secret, or the wrong token endpoint authentication method).</source>
        <translation>Der Autorisierungsserver hat die Zugangsdaten des Clients nicht angenommen (unbekannte client_id, falsches Secret oder falsche Authentifizierungsmethode am Token-Endpunkt).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="179"/>
        <source>Check the client id and secret, and use the authentication method the client was registered with; a dynamically registered client may have expired: register again.</source>
        <translation>Prüfen Sie Client-ID und Secret und verwenden Sie die Authentifizierungsmethode, mit der der Client registriert wurde; ein dynamisch registrierter Client kann abgelaufen sein: registrieren Sie ihn neu.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="184"/>
        <source>Grant type not allowed</source>
        <translation>Grant-Typ nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="186"/>
        <source>This client is not allowed to use this grant type.</source>
        <translation>Dieser Client darf diesen Grant-Typ nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="187"/>
        <source>Register the client with the grant type (authorization_code, refresh_token or client_credentials).</source>
        <translation>Registrieren Sie den Client mit dem Grant-Typ (authorization_code, refresh_token oder client_credentials).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="192"/>
        <source>Scope refused</source>
        <translation>Scope abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="194"/>
        <source>A requested scope is unknown to the authorization server or not allowed for this client.</source>
        <translation>Ein angeforderter Scope ist dem Autorisierungsserver unbekannt oder für diesen Client nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="198"/>
        <source>Request only scopes listed in scopes_supported, or leave the scope out.</source>
        <translation>Fordern Sie nur Scopes aus scopes_supported an oder lassen Sie den Scope weg.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="201"/>
        <source>Resource indicator refused</source>
        <translation>Ressourcenindikator abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="203"/>
        <source>The authorization server does not accept the resource parameter (RFC 8707) sent.</source>
        <translation>Der Autorisierungsserver akzeptiert den gesendeten resource-Parameter (RFC 8707) nicht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="206"/>
        <source>Check that the resource is the MCP server&apos;s canonical URL as its protected resource metadata states, and that the authorization server knows it.</source>
        <translation>Prüfen Sie, ob die Ressource die kanonische URL des MCP-Servers ist, wie seine Protected-Resource-Metadaten angeben, und ob der Autorisierungsserver sie kennt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="211"/>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="213"/>
        <source>The user or the authorization server refused the request.</source>
        <translation>Der Benutzer oder der Autorisierungsserver hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="215"/>
        <source>Sign in again and approve the requested access, or ask for fewer scopes.</source>
        <translation>Melden Sie sich erneut an und genehmigen Sie den angeforderten Zugriff, oder fordern Sie weniger Scopes an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="218"/>
        <source>Grant type not supported</source>
        <translation>Grant-Typ nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="220"/>
        <source>The token endpoint does not support this grant type.</source>
        <translation>Der Token-Endpunkt unterstützt diesen Grant-Typ nicht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="222"/>
        <source>Check grant_types_supported in the authorization server metadata.</source>
        <translation>Prüfen Sie grant_types_supported in den Metadaten des Autorisierungsservers.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="225"/>
        <source>Response type not supported</source>
        <translation>Response-Type nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="227"/>
        <source>The authorization endpoint does not support response_type=code for this client.</source>
        <translation>Der Autorisierungsendpunkt unterstützt response_type=code für diesen Client nicht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="230"/>
        <source>Register the client for the authorization code flow.</source>
        <translation>Registrieren Sie den Client für den Authorization-Code-Flow.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="233"/>
        <source>Redirect URI refused</source>
        <translation>Redirect-URI abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="235"/>
        <source>The authorization server rejected the redirect URI.</source>
        <translation>Der Autorisierungsserver hat die Redirect-URI abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="236"/>
        <source>Register the exact redirect URI (for a native app, http://127.0.0.1 with any port is the usual form); a pre-registered client must use one of its registered URIs.</source>
        <translation>Registrieren Sie genau diese Redirect-URI (für eine native App ist http://127.0.0.1 mit beliebigem Port üblich); ein vorregistrierter Client muss eine seiner registrierten URIs verwenden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="241"/>
        <source>Client metadata refused</source>
        <translation>Client-Metadaten abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="243"/>
        <source>Dynamic registration refused the client metadata.</source>
        <translation>Die dynamische Registrierung hat die Client-Metadaten abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="244"/>
        <source>Look at the error description for the member it rejected (often redirect_uris or token_endpoint_auth_method).</source>
        <translation>Sehen Sie in der Fehlerbeschreibung nach, welches Feld abgelehnt wurde (oft redirect_uris oder token_endpoint_auth_method).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="249"/>
        <source>Malformed request</source>
        <translation>Fehlerhafte Anfrage</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="251"/>
        <source>The request is missing a parameter or has a malformed one.</source>
        <translation>Der Anfrage fehlt ein Parameter, oder einer ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="253"/>
        <source>Compare the request with the error description; PKCE (code_challenge with S256) and state are required.</source>
        <translation>Vergleichen Sie die Anfrage mit der Fehlerbeschreibung; PKCE (code_challenge mit S256) und state sind Pflicht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="258"/>
        <source>Authorization server failure</source>
        <translation>Fehler des Autorisierungsservers</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="260"/>
        <source>The authorization server had a problem of its own.</source>
        <translation>Der Autorisierungsserver hatte ein eigenes Problem.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="261"/>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="263"/>
        <source>OAuth error</source>
        <translation>OAuth-Fehler</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="265"/>
        <source>The authorization server answered with error &quot;%1&quot;.</source>
        <translation>Der Autorisierungsserver antwortete mit dem Fehler „%1“.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="267"/>
        <source>See the error description and the server&apos;s documentation.</source>
        <translation>Siehe Fehlerbeschreibung und Dokumentation des Servers.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="272"/>
        <source>Resource metadata unreachable</source>
        <translation>Ressourcen-Metadaten nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="273"/>
        <location filename="../core/common/findings.cpp" line="304"/>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="274"/>
        <source>The MCP server could not be reached for its metadata.</source>
        <translation>Der MCP-Server war für seine Metadaten nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="276"/>
        <source>Check the URL and the network.</source>
        <translation>Prüfen Sie die URL und das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="278"/>
        <source>Resource metadata malformed</source>
        <translation>Ressourcen-Metadaten fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="279"/>
        <source>The protected resource metadata document is malformed.</source>
        <translation>Das Protected-Resource-Metadaten-Dokument ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="281"/>
        <source>Fix the document the MCP server serves at %2.</source>
        <translation>Korrigieren Sie das Dokument, das der MCP-Server unter %2 ausliefert.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="283"/>
        <source>Metadata for another resource</source>
        <translation>Metadaten für eine andere Ressource</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="284"/>
        <source>The metadata is for resource %1, not for %2.</source>
        <translation>Die Metadaten gelten für die Ressource %1, nicht für %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="285"/>
        <source>The protected resource metadata names another resource: following it could send tokens to the wrong server.</source>
        <translation>Die Protected-Resource-Metadaten nennen eine andere Ressource: Ihnen zu folgen, könnte Tokens an den falschen Server schicken.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="289"/>
        <source>Make the server&apos;s metadata &quot;resource&quot; its own canonical URL.</source>
        <translation>Setzen Sie „resource“ in den Metadaten des Servers auf seine eigene kanonische URL.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="292"/>
        <source>No authorization server metadata</source>
        <translation>Keine Metadaten des Autorisierungsservers</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="293"/>
        <source>No metadata at any of: %1</source>
        <translation>Keine Metadaten unter: %1</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="294"/>
        <source>The authorization server publishes neither OAuth metadata (RFC 8414) nor OpenID Connect discovery where MCP looks for it.</source>
        <translation>Der Autorisierungsserver veröffentlicht dort, wo MCP sucht, weder OAuth-Metadaten (RFC 8414) noch OpenID Connect Discovery.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="298"/>
        <source>Serve the metadata at one of those URLs, or correct authorization_servers in the resource metadata.</source>
        <translation>Liefern Sie die Metadaten unter einer dieser URLs aus oder korrigieren Sie authorization_servers in den Ressourcen-Metadaten.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="303"/>
        <source>Authorization server unreachable</source>
        <translation>Autorisierungsserver nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="305"/>
        <source>The authorization server could not be reached.</source>
        <translation>Der Autorisierungsserver war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="306"/>
        <source>Check the issuer URL and the network.</source>
        <translation>Prüfen Sie die Aussteller-URL und das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="308"/>
        <source>Authorization server metadata malformed</source>
        <translation>Metadaten des Autorisierungsservers fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="309"/>
        <source>The authorization server metadata is malformed.</source>
        <translation>Die Metadaten des Autorisierungsservers sind fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="310"/>
        <source>Fix the document served at %2.</source>
        <translation>Korrigieren Sie das unter %2 ausgelieferte Dokument.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="312"/>
        <source>Issuer mismatch</source>
        <translation>Aussteller passt nicht</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="313"/>
        <source>The metadata&apos;s issuer is %1, but the resource named %2.</source>
        <translation>Der Aussteller der Metadaten ist %1, die Ressource nannte aber %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="315"/>
        <source>Issuer mismatch: the metadata does not belong to the authorization server the MCP server trusts (RFC 8414 §3.3), so it must not be used.</source>
        <translation>Aussteller passt nicht: Die Metadaten gehören nicht zu dem Autorisierungsserver, dem der MCP-Server vertraut (RFC 8414 §3.3), und dürfen nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="319"/>
        <source>Make the issuer in the metadata and authorization_servers in the resource metadata identical.</source>
        <translation>Machen Sie issuer in den Metadaten und authorization_servers in den Ressourcen-Metadaten identisch.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="324"/>
        <source>No PKCE with S256</source>
        <translation>Kein PKCE mit S256</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="325"/>
        <source>code_challenge_methods_supported is %1.</source>
        <translation>code_challenge_methods_supported ist %1.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="326"/>
        <source>The authorization server does not advertise PKCE with S256, which MCP requires; McpScope does not fall back to plain or no PKCE.</source>
        <translation>Der Autorisierungsserver bietet kein PKCE mit S256 an, das MCP verlangt; McpScope weicht nicht auf plain oder kein PKCE aus.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="330"/>
        <source>Enable S256 on the authorization server and list it in code_challenge_methods_supported.</source>
        <translation>Aktivieren Sie S256 auf dem Autorisierungsserver und führen Sie es in code_challenge_methods_supported auf.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="334"/>
        <source>No authorization endpoint</source>
        <translation>Kein Autorisierungsendpunkt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="335"/>
        <source>The metadata has no authorization_endpoint.</source>
        <translation>Die Metadaten haben keinen authorization_endpoint.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="336"/>
        <source>Without an authorization endpoint there is no authorization code flow.</source>
        <translation>Ohne Autorisierungsendpunkt gibt es keinen Authorization-Code-Flow.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="338"/>
        <source>Add authorization_endpoint to the metadata.</source>
        <translation>Ergänzen Sie authorization_endpoint in den Metadaten.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="340"/>
        <source>Redirect URI not receivable</source>
        <translation>Redirect-URI nicht empfangbar</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="341"/>
        <source>In browser mode McpScope receives the redirect itself, so the redirect URI must point at this machine&apos;s loopback address with a free port.</source>
        <translation>Im Browser-Modus empfängt McpScope die Weiterleitung selbst, daher muss die Redirect-URI auf die Loopback-Adresse dieses Rechners mit einem freien Port zeigen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="345"/>
        <source>Use a loopback redirect URI the client has registered (e.g. http://127.0.0.1:PORT/callback), free its port, or use headless mode.</source>
        <translation>Verwenden Sie eine Loopback-Redirect-URI, die der Client registriert hat (z. B. http://127.0.0.1:PORT/callback), geben Sie ihren Port frei oder verwenden Sie den Headless-Modus.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="349"/>
        <source>No port for the redirect</source>
        <translation>Kein Port für die Weiterleitung</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="350"/>
        <source>No local port for the redirect.</source>
        <translation>Kein lokaler Port für die Weiterleitung.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="351"/>
        <source>Free a port on 127.0.0.1, or set a redirect URI.</source>
        <translation>Geben Sie einen Port auf 127.0.0.1 frei oder legen Sie eine Redirect-URI fest.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="353"/>
        <source>Client credentials missing</source>
        <translation>Client-Zugangsdaten fehlen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="354"/>
        <source>The client credentials grant needs a pre-registered client id and secret.</source>
        <translation>Der Client-Credentials-Grant braucht eine vorregistrierte Client-ID und ein Secret.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="356"/>
        <source>A client acting on its own behalf authenticates with its credentials; there is no user to sign in.</source>
        <translation>Ein Client, der in eigenem Namen handelt, authentifiziert sich mit seinen Zugangsdaten; es gibt keinen Benutzer, der sich anmeldet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="360"/>
        <source>Enter the client id and secret the authorization server issued for this client.</source>
        <translation>Geben Sie die Client-ID und das Secret ein, die der Autorisierungsserver für diesen Client ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="364"/>
        <source>No way to register</source>
        <translation>Keine Möglichkeit zur Registrierung</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="365"/>
        <source>The server offers neither dynamic registration nor Client ID Metadata Documents.</source>
        <translation>Der Server bietet weder dynamische Registrierung noch Client ID Metadata Documents.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="368"/>
        <source>McpScope has no client id for this authorization server.</source>
        <translation>McpScope hat keine Client-ID für diesen Autorisierungsserver.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="370"/>
        <source>Register McpScope with the authorization server by hand and enter the client id (and secret) as a pre-registered client.</source>
        <translation>Registrieren Sie McpScope von Hand beim Autorisierungsserver und geben Sie Client-ID (und Secret) als vorregistrierten Client an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="375"/>
        <source>Registration endpoint unreachable</source>
        <translation>Registrierungsendpunkt nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="376"/>
        <source>The registration endpoint could not be reached.</source>
        <translation>Der Registrierungsendpunkt war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="377"/>
        <location filename="../core/common/findings.cpp" line="421"/>
        <location filename="../core/common/findings.cpp" line="463"/>
        <source>Check the network.</source>
        <translation>Prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="379"/>
        <source>Registration refused</source>
        <translation>Registrierung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="380"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="381"/>
        <source>Dynamic registration was refused.</source>
        <translation>Die dynamische Registrierung wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="382"/>
        <source>Check that the registration endpoint accepts public native clients, or use a pre-registered client.</source>
        <translation>Prüfen Sie, ob der Registrierungsendpunkt öffentliche native Clients annimmt, oder verwenden Sie einen vorregistrierten Client.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="387"/>
        <source>Registration answer malformed</source>
        <translation>Registrierungsantwort fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="388"/>
        <source>The registration endpoint&apos;s answer is not an RFC 7591 registration response.</source>
        <translation>Die Antwort des Registrierungsendpunkts ist keine Registrierungsantwort nach RFC 7591.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="391"/>
        <source>Fix the registration endpoint.</source>
        <translation>Korrigieren Sie den Registrierungsendpunkt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="393"/>
        <source>State mismatch</source>
        <translation>state stimmt nicht überein</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="394"/>
        <source>The redirect&apos;s state does not match the one McpScope sent: the response belongs to another request (or is forged), so it was refused.</source>
        <translation>Der state der Weiterleitung passt nicht zu dem, den McpScope gesendet hat: Die Antwort gehört zu einer anderen Anfrage (oder ist gefälscht) und wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="398"/>
        <source>The redirect did not carry this flow&apos;s state.</source>
        <translation>Die Weiterleitung trug nicht den state dieses Flows.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="399"/>
        <source>Start the flow again and finish it in the browser window it opens.</source>
        <translation>Starten Sie den Flow neu und schließen Sie ihn im geöffneten Browserfenster ab.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="402"/>
        <source>Issuer mismatch in the redirect (RFC 9207)</source>
        <translation>Aussteller in der Weiterleitung passt nicht (RFC 9207)</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="403"/>
        <source>The redirect names issuer %1, but the flow talks to %2 (RFC 9207): it was refused as a possible mix-up attack.</source>
        <translation>Die Weiterleitung nennt den Aussteller %1, der Flow spricht aber mit %2 (RFC 9207): Sie wurde als möglicher Mix-up-Angriff abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="407"/>
        <source>The redirect did not carry this flow&apos;s state (or named another issuer).</source>
        <translation>Die Weiterleitung trug nicht den state dieses Flows (oder nannte einen anderen Aussteller).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="409"/>
        <source>Check that the MCP server&apos;s authorization server and this response come from the same issuer, then start the flow again.</source>
        <translation>Prüfen Sie, ob der Autorisierungsserver des MCP-Servers und diese Antwort vom selben Aussteller stammen, und starten Sie den Flow dann neu.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="414"/>
        <source>No authorization code</source>
        <translation>Kein Autorisierungscode</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="415"/>
        <source>The redirect carries neither a code nor an error.</source>
        <translation>Die Weiterleitung enthält weder einen Code noch einen Fehler.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="416"/>
        <source>The authorization response is malformed.</source>
        <translation>Die Autorisierungsantwort ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="417"/>
        <source>Check the authorization server.</source>
        <translation>Prüfen Sie den Autorisierungsserver.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="419"/>
        <source>Authorization endpoint unreachable</source>
        <translation>Autorisierungsendpunkt nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="420"/>
        <source>The authorization endpoint could not be reached.</source>
        <translation>Der Autorisierungsendpunkt war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="423"/>
        <source>Sign-in needs a person</source>
        <translation>Anmeldung erfordert eine Person</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="424"/>
        <source>More than %1 redirects without reaching the redirect URI.</source>
        <translation>Mehr als %1 Weiterleitungen, ohne die Redirect-URI zu erreichen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="426"/>
        <source>The authorization server wants a person to sign in (a login page), which the headless mode cannot do.</source>
        <translation>Der Autorisierungsserver verlangt eine Anmeldung durch eine Person (eine Login-Seite), was der Headless-Modus nicht kann.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="430"/>
        <source>Use browser mode, or configure the authorization server to approve this client without interaction.</source>
        <translation>Verwenden Sie den Browser-Modus oder richten Sie den Autorisierungsserver so ein, dass er diesen Client ohne Interaktion genehmigt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="435"/>
        <source>Redirect URI not registered</source>
        <translation>Redirect-URI nicht registriert</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="436"/>
        <location filename="../core/common/findings.cpp" line="447"/>
        <source>HTTP %1 instead of a redirect: %2</source>
        <translation>HTTP %1 statt einer Weiterleitung: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="437"/>
        <source>The authorization server rejected the redirect URI %3: a pre-registered client accepts only the redirect URIs it registered.</source>
        <translation>Der Autorisierungsserver hat die Redirect-URI %3 abgelehnt: Ein vorregistrierter Client akzeptiert nur die Redirect-URIs, die er registriert hat.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="441"/>
        <source>Set one of the client&apos;s registered redirect URIs as the flow&apos;s redirect URI (Redirect URI in the flow inspector).</source>
        <translation>Setzen Sie eine der registrierten Redirect-URIs des Clients als Redirect-URI des Flows (Redirect-URI im Flow-Inspektor).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="446"/>
        <source>A page instead of a redirect</source>
        <translation>Eine Seite statt einer Weiterleitung</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="448"/>
        <source>The authorization endpoint answered with a page, not a redirect: it wants a person to sign in, or it rejected the request.</source>
        <translation>Der Autorisierungsendpunkt antwortete mit einer Seite statt einer Weiterleitung: Er verlangt eine Anmeldung durch eine Person, oder er hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="452"/>
        <source>Read the page in the captured response; use browser mode for an interactive sign-in.</source>
        <translation>Lesen Sie die Seite in der aufgezeichneten Antwort; verwenden Sie den Browser-Modus für eine interaktive Anmeldung.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="456"/>
        <source>No answer from the browser</source>
        <translation>Keine Antwort vom Browser</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="457"/>
        <source>No answer from the browser.</source>
        <translation>Keine Antwort vom Browser.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="458"/>
        <source>The sign-in was not finished in time.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="459"/>
        <source>Start the flow again.</source>
        <translation>Starten Sie den Flow neu.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="461"/>
        <source>Token endpoint unreachable</source>
        <translation>Token-Endpunkt nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="462"/>
        <source>The token endpoint could not be reached.</source>
        <translation>Der Token-Endpunkt war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="465"/>
        <source>Token response unusable</source>
        <translation>Token-Antwort unbrauchbar</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="466"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="467"/>
        <source>The token endpoint&apos;s answer is not a usable token response (RFC 6749 §5.1).</source>
        <translation>Die Antwort des Token-Endpunkts ist keine brauchbare Token-Antwort (RFC 6749 §5.1).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="470"/>
        <source>Fix the token endpoint: it must answer JSON with an access_token of type Bearer.</source>
        <translation>Korrigieren Sie den Token-Endpunkt: Er muss mit JSON antworten, das ein access_token vom Typ Bearer enthält.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="474"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="475"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="476"/>
        <source>You cancelled the flow.</source>
        <translation>Sie haben den Flow abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="477"/>
        <source>Start it again when ready.</source>
        <translation>Starten Sie ihn erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="480"/>
        <source>Credential bound to another issuer</source>
        <translation>Anmeldedaten an einen anderen Aussteller gebunden</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="481"/>
        <source>Credential %1 was issued by %2, but the authorization server metadata stored with it is %3&apos;s.</source>
        <translation>Die Anmeldedaten %1 wurden von %2 ausgestellt, aber die mit ihnen gespeicherten Metadaten des Autorisierungsservers sind die von %3.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="485"/>
        <source>Its tokens and client secret are sent only to their own issuer, so nothing was sent.</source>
        <translation>Ihre Tokens und das Client-Secret werden nur an ihren eigenen Aussteller gesendet, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="488"/>
        <source>Delete the credential and sign in again.</source>
        <translation>Löschen Sie die Anmeldedaten und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="490"/>
        <source>Credential without an issuer</source>
        <translation>Anmeldedaten ohne Aussteller</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="491"/>
        <source>The credential for %1 names no issuer, so it cannot be bound to one; nothing was stored.</source>
        <translation>Die Anmeldedaten für %1 nennen keinen Aussteller und können daher an keinen gebunden werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="495"/>
        <source>The authorization server metadata has no issuer.</source>
        <translation>Die Metadaten des Autorisierungsservers enthalten keinen issuer.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="496"/>
        <source>Fix the authorization server&apos;s metadata (RFC 8414 requires issuer), then sign in again.</source>
        <translation>Korrigieren Sie die Metadaten des Autorisierungsservers (RFC 8414 verlangt issuer) und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="499"/>
        <source>Credential for another resource</source>
        <translation>Anmeldedaten für eine andere Ressource</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="500"/>
        <source>Credential %1 was obtained for %2, not %3.</source>
        <translation>Die Anmeldedaten %1 wurden für %2 erhalten, nicht für %3.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="501"/>
        <source>An access token is sent only to the resource it was issued for, so nothing was sent.</source>
        <translation>Ein Access-Token wird nur an die Ressource gesendet, für die es ausgestellt wurde, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="504"/>
        <source>Sign in to %3 instead.</source>
        <translation>Melden Sie sich stattdessen bei %3 an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="506"/>
        <source>No refresh token</source>
        <translation>Kein Refresh-Token</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="507"/>
        <source>The credential for %1 has no refresh token.</source>
        <translation>Die Anmeldedaten für %1 enthalten kein Refresh-Token.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="508"/>
        <source>The authorization server issued none (it may need the offline_access scope, or not issue refresh tokens to this client).</source>
        <translation>Der Autorisierungsserver hat keines ausgestellt (er braucht vielleicht den Scope offline_access oder stellt diesem Client keine Refresh-Tokens aus).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="512"/>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="514"/>
        <source>No OS keychain</source>
        <translation>Kein Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="515"/>
        <source>No OS keychain is available (%1). Tokens are kept in memory for this session only and are lost when McpScope quits; nothing is written to disk.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Tokens werden nur für diese Sitzung im Speicher gehalten und gehen verloren, wenn McpScope beendet wird; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="519"/>
        <source>No keychain service answered (on Linux a Secret Service such as gnome-keyring or KWallet, locked or not running).</source>
        <translation>Kein Schlüsselbund-Dienst hat geantwortet (unter Linux ein Secret Service wie gnome-keyring oder KWallet, gesperrt oder nicht gestartet).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="523"/>
        <source>Start or unlock the OS keychain, then reopen McpScope.</source>
        <translation>Starten oder entsperren Sie den Schlüsselbund des Systems und öffnen Sie McpScope dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="528"/>
        <source>Host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="529"/>
        <source>Could not resolve the host name %1.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="530"/>
        <source>The name does not exist, or this machine&apos;s DNS cannot resolve it.</source>
        <translation>Den Namen gibt es nicht, oder das DNS dieses Rechners kann ihn nicht auflösen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="532"/>
        <source>Check the spelling of the URL, your DNS settings, and that this machine can reach the network the server is on.</source>
        <translation>Prüfen Sie die Schreibweise der URL, Ihre DNS-Einstellungen und ob dieser Rechner das Netzwerk des Servers erreicht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="537"/>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="538"/>
        <source>The connection to %1:%2 was refused.</source>
        <translation>Die Verbindung zu %1:%2 wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="539"/>
        <source>Nothing accepts connections there: the server is not running, or listens on another port or address.</source>
        <translation>Dort nimmt niemand Verbindungen an: Der Server läuft nicht oder lauscht auf einem anderen Port oder einer anderen Adresse.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="543"/>
        <source>Is the server running, and listening on that port and address?</source>
        <translation>Läuft der Server, und lauscht er auf diesem Port und dieser Adresse?</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="546"/>
        <source>No answer in time</source>
        <translation>Keine Antwort in der Zeit</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="547"/>
        <source>The server sent nothing for %1 s, so the request was given up.</source>
        <translation>Der Server hat %1 s lang nichts gesendet, daher wurde die Anfrage aufgegeben.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="549"/>
        <source>The server may be hung or overloaded.</source>
        <translation>Der Server hängt möglicherweise oder ist überlastet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="550"/>
        <source>Try again, or raise the timeout.</source>
        <translation>Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="552"/>
        <source>Request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="553"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="554"/>
        <source>It was stopped before it finished.</source>
        <translation>Sie wurde angehalten, bevor sie fertig war.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="555"/>
        <source>Send it again when ready.</source>
        <translation>Senden Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="557"/>
        <source>Connection closed before a response</source>
        <translation>Verbindung vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="558"/>
        <source>The server closed the connection before sending a response.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er eine Antwort gesendet hat.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="560"/>
        <source>It may have crashed, or expects a different protocol (HTTP vs HTTPS).</source>
        <translation>Er ist vielleicht abgestürzt oder erwartet ein anderes Protokoll (HTTP statt HTTPS oder umgekehrt).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="562"/>
        <source>Check the URL&apos;s scheme and the server&apos;s logs.</source>
        <translation>Prüfen Sie das Schema der URL und die Logs des Servers.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="564"/>
        <source>Connection closed mid-response</source>
        <translation>Verbindung mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="565"/>
        <source>The server closed the connection in the middle of the response (%1 bytes received). What arrived is kept below.</source>
        <translation>Der Server hat die Verbindung mitten in der Antwort geschlossen (%1 Bytes empfangen). Was angekommen ist, steht unten.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="569"/>
        <location filename="../core/common/findings.cpp" line="578"/>
        <source>The server may have crashed or hit a proxy timeout.</source>
        <translation>Der Server ist vielleicht abgestürzt oder in ein Proxy-Zeitlimit gelaufen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="570"/>
        <location filename="../core/common/findings.cpp" line="579"/>
        <source>Check the server&apos;s logs, and any proxy&apos;s timeouts, then try again.</source>
        <translation>Prüfen Sie die Logs des Servers und die Zeitlimits eines Proxys und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="573"/>
        <source>Body shorter than announced</source>
        <translation>Body kürzer als angekündigt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="574"/>
        <source>The server closed the connection in the middle of the response (%1 of %2 bytes received). What arrived is kept below.</source>
        <translation>Der Server hat die Verbindung mitten in der Antwort geschlossen (%1 von %2 Bytes empfangen). Was angekommen ist, steht unten.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="582"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="583"/>
        <source>The request failed: %1</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="584"/>
        <source>The network request failed below HTTP.</source>
        <translation>Die Netzwerkanfrage ist unterhalb von HTTP fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="585"/>
        <source>Check the URL, the network and any proxy settings.</source>
        <translation>Prüfen Sie die URL, das Netzwerk und etwaige Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="589"/>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="590"/>
        <location filename="../core/common/findings.cpp" line="601"/>
        <location filename="../core/common/findings.cpp" line="611"/>
        <location filename="../core/common/findings.cpp" line="620"/>
        <source>The TLS certificate of %1 was not accepted: %2.</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht akzeptiert: %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="591"/>
        <source>The certificate is not signed by an authority this machine trusts (it is self-signed, or an intermediate certificate is missing).</source>
        <translation>Das Zertifikat ist nicht von einer Stelle signiert, der dieser Rechner vertraut (es ist selbstsigniert, oder ein Zwischenzertifikat fehlt).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="595"/>
        <location filename="../core/common/findings.cpp" line="622"/>
        <source>If this is a development server with a self-signed certificate, add a TLS exception for this host; otherwise check the certificate chain below.</source>
        <translation>Wenn dies ein Entwicklungsserver mit selbstsigniertem Zertifikat ist, fügen Sie eine TLS-Ausnahme für diesen Host hinzu; andernfalls prüfen Sie die Zertifikatskette unten.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="600"/>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="602"/>
        <source>The certificate has expired or is not valid yet (or this machine&apos;s clock is wrong).</source>
        <translation>Das Zertifikat ist abgelaufen oder noch nicht gültig (oder die Uhr dieses Rechners geht falsch).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="605"/>
        <source>Renew the server&apos;s certificate and check this machine&apos;s clock; for a development server, a TLS exception for this host accepts it meanwhile.</source>
        <translation>Erneuern Sie das Zertifikat des Servers und prüfen Sie die Uhr dieses Rechners; für einen Entwicklungsserver akzeptiert eine TLS-Ausnahme für diesen Host es so lange.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="610"/>
        <source>Certificate for another host</source>
        <translation>Zertifikat für einen anderen Host</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="612"/>
        <source>The certificate was issued for another host name than the one in the URL.</source>
        <translation>Das Zertifikat wurde für einen anderen Hostnamen ausgestellt als den in der URL.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="614"/>
        <source>Connect with a name the certificate lists; for a development server, add a TLS exception for this host.</source>
        <translation>Verbinden Sie sich mit einem Namen, den das Zertifikat aufführt; für einen Entwicklungsserver fügen Sie eine TLS-Ausnahme für diesen Host hinzu.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="619"/>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="621"/>
        <source>The TLS handshake failed.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="631"/>
        <source>Error rate above its threshold</source>
        <translation>Fehlerrate über ihrem Schwellenwert</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="632"/>
        <source>The error rate reached %1 (threshold %2) over whole windows from %3 to %4.</source>
        <translation>Die Fehlerrate erreichte %1 (Schwellenwert %2) über ganze Fenster von %3 bis %4.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="635"/>
        <source>More calls failed than the threshold allows (HTTP 4xx or 5xx, network failures, JSON-RPC errors, tool results with isError): the troubleshooting guide alerts when the error rate stays above 2 % for 5 minutes.</source>
        <translation>Mehr Aufrufe sind fehlgeschlagen, als der Schwellenwert erlaubt (HTTP 4xx oder 5xx, Netzwerkfehler, JSON-RPC-Fehler, Werkzeugergebnisse mit isError): Der Leitfaden zur Fehlersuche alarmiert, wenn die Fehlerrate 5 Minuten lang über 2 % bleibt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="640"/>
        <source>Open the failed calls (this finding&apos;s evidence) and read what the server answered; the Analytics table by method or tool shows which one fails. Intermittent failures point at the network or an overloaded server, a steady failure at the request itself.</source>
        <translation>Öffnen Sie die fehlgeschlagenen Aufrufe (die Belege dieses Befunds) und lesen Sie, was der Server geantwortet hat; die Analysetabelle nach Methode oder Werkzeug zeigt, welcher fehlschlägt. Zeitweise Fehler deuten auf das Netzwerk oder einen überlasteten Server, ein dauerhafter Fehler auf die Anfrage selbst.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="646"/>
        <source>P95 latency above its baseline</source>
        <translation>P95-Latenz über ihrer Basislinie</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="647"/>
        <source>The P95 latency reached %1 the baseline (%5 ms against %6 ms; threshold %2) from %3 to %4.</source>
        <translation>Die P95-Latenz erreichte das %1 der Basislinie (%5 ms gegenüber %6 ms; Schwellenwert %2) von %3 bis %4.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="650"/>
        <source>Responses got slower than the baseline: the troubleshooting guide alerts when the P95 response time is more than twice the baseline. A slow tool, an overloaded server, a backend the server waits on or a slow network are the usual causes.</source>
        <translation>Die Antworten wurden langsamer als die Basislinie: Der Leitfaden zur Fehlersuche alarmiert, wenn die P95-Antwortzeit mehr als doppelt so hoch wie die Basislinie ist. Ein langsames Werkzeug, ein überlasteter Server, ein Backend, auf das der Server wartet, oder ein langsames Netzwerk sind die üblichen Ursachen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="655"/>
        <source>Open the slow calls (this finding&apos;s evidence) and compare their time to first byte with their total: a late first byte is the server&apos;s work, a long tail after it is the transfer. Compare with the baseline session&apos;s calls of the same method or tool.</source>
        <translation>Öffnen Sie die langsamen Aufrufe (die Belege dieses Befunds) und vergleichen Sie ihre Zeit bis zum ersten Byte mit ihrer Gesamtzeit: Ein spätes erstes Byte ist die Arbeit des Servers, ein langer Rest danach die Übertragung. Vergleichen Sie mit den Aufrufen derselben Methode oder desselben Werkzeugs in der Basissitzung.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="661"/>
        <source>Authentication failures above their threshold</source>
        <translation>Authentifizierungsfehler über ihrem Schwellenwert</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="662"/>
        <source>%1 of the calls failed authentication (threshold %2) from %3 to %4.</source>
        <translation>%1 der Aufrufe scheiterten an der Authentifizierung (Schwellenwert %2) von %3 bis %4.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="664"/>
        <source>Requests were refused for their credentials (HTTP 401, 403 insufficient_scope, invalid_token, invalid_grant or a failed refresh): the troubleshooting guide alerts when more than 5 % of requests fail authentication. Tokens that expire before they are refreshed, a revoked grant or a missing scope are the usual causes.</source>
        <translation>Anfragen wurden wegen ihrer Anmeldedaten abgewiesen (HTTP 401, 403 insufficient_scope, invalid_token, invalid_grant oder eine fehlgeschlagene Erneuerung): Der Leitfaden zur Fehlersuche alarmiert, wenn mehr als 5 % der Anfragen an der Authentifizierung scheitern. Tokens, die ablaufen, bevor sie erneuert werden, eine widerrufene Berechtigung oder ein fehlender Scope sind die üblichen Ursachen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="670"/>
        <source>Open the refused calls (this finding&apos;s evidence) and read their WWW-Authenticate challenge or token error: refresh tokens before they expire, sign in again after a revoked grant, or ask for the missing scope.</source>
        <translation>Öffnen Sie die abgewiesenen Aufrufe (die Belege dieses Befunds) und lesen Sie ihre WWW-Authenticate-Aufforderung oder den Token-Fehler: Erneuern Sie Tokens vor ihrem Ablauf, melden Sie sich nach einer widerrufenen Berechtigung neu an oder fordern Sie den fehlenden Scope an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="676"/>
        <source>Rate limit nearly used up</source>
        <translation>Ratenlimit fast ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="677"/>
        <source>Rate-limit use reached %1 (threshold %2) from %3 to %4.</source>
        <translation>Die Ausschöpfung des Ratenlimits erreichte %1 (Schwellenwert %2) von %3 bis %4.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="679"/>
        <source>The server&apos;s RateLimit or X-RateLimit headers show that the client used most of its quota, or the server answered 429 Too Many Requests: the troubleshooting guide alerts above 80 % use, before requests start failing.</source>
        <translation>Die RateLimit- oder X-RateLimit-Header des Servers zeigen, dass der Client den Großteil seines Kontingents verbraucht hat, oder der Server antwortete 429 Too Many Requests: Der Leitfaden zur Fehlersuche alarmiert ab 80 % Ausschöpfung, bevor Anfragen fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="684"/>
        <source>Send fewer requests or spread them out, honour Retry-After, cache what can be cached, or ask the operator for a higher limit.</source>
        <translation>Senden Sie weniger Anfragen oder verteilen Sie sie, beachten Sie Retry-After, speichern Sie Zwischenergebnisse, wo es geht, oder bitten Sie den Betreiber um ein höheres Limit.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="694"/>
        <source>Rate limited, with Retry-After</source>
        <translation>Ratenbegrenzung, mit Retry-After</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="695"/>
        <source>%1 was answered HTTP 429 Too Many Requests with Retry-After: %2 (seconds or a date).</source>
        <translation>%1 wurde mit HTTP 429 Too Many Requests und Retry-After: %2 (Sekunden oder ein Datum) beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="698"/>
        <source>The server limits how many requests a client may send in a while, and says when to try again.</source>
        <translation>Der Server begrenzt, wie viele Anfragen ein Client in einem Zeitraum senden darf, und gibt an, wann es erneut versucht werden kann.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="700"/>
        <source>Wait as long as Retry-After says before sending the request again, and send fewer requests (batch, cache, spread them out).</source>
        <translation>Warten Sie so lange, wie Retry-After angibt, bevor Sie die Anfrage erneut senden, und senden Sie weniger Anfragen (bündeln, zwischenspeichern, zeitlich verteilen).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="704"/>
        <source>Rate limited, without Retry-After</source>
        <translation>Ratenbegrenzung, ohne Retry-After</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="705"/>
        <source>%1 was answered HTTP 429 Too Many Requests without a Retry-After header.</source>
        <translation>%1 wurde mit HTTP 429 Too Many Requests ohne Retry-After-Header beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="707"/>
        <source>The server limits how many requests a client may send in a while but does not say when to try again, so clients guess; retrying at once makes it worse.</source>
        <translation>Der Server begrenzt, wie viele Anfragen ein Client in einem Zeitraum senden darf, gibt aber nicht an, wann es erneut versucht werden kann; Clients müssen raten, und sofortige Wiederholungen verschlimmern die Lage.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="711"/>
        <source>Back off exponentially with jitter (1 s, 2 s, 4 s, ...) before retrying; server operators should send Retry-After with every 429.</source>
        <translation>Warten Sie vor Wiederholungen exponentiell länger, mit Jitter (1 s, 2 s, 4 s, ...); Serverbetreiber sollten bei jeder 429 Retry-After senden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="715"/>
        <source>Retry sooner than Retry-After</source>
        <translation>Wiederholung vor Ablauf von Retry-After</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="716"/>
        <source>%1 was sent again %2 s after a 429 whose Retry-After asked to wait %3 s.</source>
        <translation>%1 wurde %2 s nach einer 429 erneut gesendet, deren Retry-After eine Wartezeit von %3 s verlangte.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="718"/>
        <source>The client retried without honouring Retry-After; servers may keep refusing, or block the client for longer.</source>
        <translation>Der Client hat die Anfrage wiederholt, ohne Retry-After zu beachten; Server können weiter ablehnen oder den Client länger sperren.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="721"/>
        <source>Wait at least Retry-After before retrying the same request (mcpscope-cli --retry N does); check the client&apos;s retry logic.</source>
        <translation>Warten Sie mindestens so lange wie Retry-After, bevor Sie dieselbe Anfrage wiederholen (wie mcpscope-cli --retry N); prüfen Sie die Wiederholungslogik des Clients.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="725"/>
        <source>Burst of server errors (HTTP 5xx)</source>
        <translation>Häufung von Serverfehlern (HTTP 5xx)</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="726"/>
        <source>%2 answered %1 requests with HTTP 5xx (%6) within %3 s, from %4 to %5 (a burst is %7 or more within %3 s).</source>
        <translation>%2 hat %1 Anfragen innerhalb von %3 s mit HTTP 5xx (%6) beantwortet, von %4 bis %5 (als Häufung gelten %7 oder mehr innerhalb von %3 s).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="729"/>
        <source>The server, or a proxy or gateway in front of it, is failing: a crash loop, an overloaded backend, a database it cannot reach, or a deployment in progress.</source>
        <translation>Der Server oder ein vorgeschalteter Proxy oder Gateway schlägt fehl: eine Absturzschleife, ein überlastetes Backend, eine nicht erreichbare Datenbank oder ein laufendes Deployment.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="733"/>
        <source>Open the failed answers (this finding&apos;s evidence) and the server&apos;s logs at those times; retry with backoff and check the server&apos;s health and its dependencies.</source>
        <translation>Öffnen Sie die fehlgeschlagenen Antworten (die Belege dieses Befunds) und die Serverprotokolle zu diesen Zeitpunkten; wiederholen Sie mit Backoff und prüfen Sie den Zustand des Servers und seiner Abhängigkeiten.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="738"/>
        <source>JSON declared, something else sent</source>
        <translation>JSON deklariert, etwas anderes gesendet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="739"/>
        <source>%1 declares Content-Type &quot;%2&quot; but its body is not JSON; it starts with: %3</source>
        <translation>%1 deklariert Content-Type „%2“, der Body ist aber kein JSON; er beginnt mit: %3</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="742"/>
        <source>A proxy, gateway or framework error page (HTML or plain text) was sent with the JSON content type, or the server writes text before the JSON.</source>
        <translation>Eine Fehlerseite eines Proxys, Gateways oder Frameworks (HTML oder Klartext) wurde mit dem JSON-Content-Type gesendet, oder der Server schreibt Text vor das JSON.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="745"/>
        <source>Read the body (this finding&apos;s evidence): an error page names the component that failed. The server must send JSON with application/json, and errors as JSON-RPC errors.</source>
        <translation>Lesen Sie den Body (die Belege dieses Befunds): Eine Fehlerseite nennt die fehlgeschlagene Komponente. Der Server muss JSON mit application/json senden und Fehler als JSON-RPC-Fehler.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="750"/>
        <source>Event stream declared, no events sent</source>
        <translation>Event-Stream deklariert, keine Events gesendet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="751"/>
        <source>%1 declares Content-Type text/event-stream but its body is not a Server-Sent Events stream; it starts with: %2</source>
        <translation>%1 deklariert Content-Type text/event-stream, der Body ist aber kein Server-Sent-Events-Stream; er beginnt mit: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="754"/>
        <source>The server labelled a plain (often JSON or HTML) answer as an event stream; SSE clients find no events in it and wait for an answer that never comes.</source>
        <translation>Der Server hat eine einfache Antwort (oft JSON oder HTML) als Event-Stream gekennzeichnet; SSE-Clients finden darin keine Events und warten auf eine Antwort, die nie kommt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="758"/>
        <source>Send JSON answers as application/json, or frame them as SSE events (&quot;event: message&quot;, &quot;data: ...&quot;, a blank line).</source>
        <translation>Senden Sie JSON-Antworten als application/json oder verpacken Sie sie als SSE-Events („event: message“, „data: ...“, eine Leerzeile).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="762"/>
        <source>Charset other than UTF-8</source>
        <translation>Anderer Zeichensatz als UTF-8</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="763"/>
        <source>%1 declares Content-Type &quot;%2&quot;: a charset other than UTF-8.</source>
        <translation>%1 deklariert Content-Type „%2“: einen anderen Zeichensatz als UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="765"/>
        <source>JSON exchanged between systems must be UTF-8 (RFC 8259) and MCP messages are UTF-8; a client that honours the declared charset decodes non-ASCII text wrongly.</source>
        <translation>Zwischen Systemen ausgetauschtes JSON muss UTF-8 sein (RFC 8259), und MCP-Nachrichten sind UTF-8; ein Client, der den deklarierten Zeichensatz beachtet, dekodiert Nicht-ASCII-Text falsch.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="769"/>
        <source>Encode the body as UTF-8 and declare charset=utf-8 (or no charset).</source>
        <translation>Kodieren Sie den Body als UTF-8 und deklarieren Sie charset=utf-8 (oder keinen Zeichensatz).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="772"/>
        <source>Body encoded as UTF-16</source>
        <translation>Body als UTF-16 kodiert</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="773"/>
        <source>The body of %1 starts with a %2 byte order mark: it is encoded as %2, not UTF-8.</source>
        <translation>Der Body von %1 beginnt mit einer %2-Bytereihenfolgemarkierung (BOM): Er ist als %2 kodiert, nicht als UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="776"/>
        <source>The server (often on Windows, or a PowerShell script) wrote its output as UTF-16; JSON parsers and MCP clients expect UTF-8.</source>
        <translation>Der Server (oft unter Windows oder ein PowerShell-Skript) hat seine Ausgabe als UTF-16 geschrieben; JSON-Parser und MCP-Clients erwarten UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="779"/>
        <source>Make the server write UTF-8 without a byte order mark.</source>
        <translation>Lassen Sie den Server UTF-8 ohne Bytereihenfolgemarkierung (BOM) schreiben.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="782"/>
        <source>Invalid UTF-8</source>
        <translation>Ungültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="783"/>
        <source>The body of %1 is not valid UTF-8: byte %3 at offset %2, near: %4</source>
        <translation>Der Body von %1 ist kein gültiges UTF-8: Byte %3 an Offset %2, in der Nähe von: %4</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="785"/>
        <source>The server sent text in another encoding (Latin-1, Windows-1252), cut a multi-byte character, or mixed binary data into text.</source>
        <translation>Der Server hat Text in einer anderen Kodierung (Latin-1, Windows-1252) gesendet, ein Multibyte-Zeichen abgeschnitten oder Binärdaten in Text gemischt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="788"/>
        <source>Encode all text as UTF-8; send binary data base64-encoded (MCP blob fields).</source>
        <translation>Kodieren Sie allen Text als UTF-8; senden Sie Binärdaten base64-kodiert (MCP-blob-Felder).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="792"/>
        <source>Non-printable characters</source>
        <translation>Nicht druckbare Zeichen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="793"/>
        <source>The body of %1 holds the control character %2 at byte %3, near: %4</source>
        <translation>Der Body von %1 enthält das Steuerzeichen %2 an Byte %3, in der Nähe von: %4</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="795"/>
        <source>Control characters (escape sequences, NUL, backspace) in text break parsers and terminals, and can hide or rewrite what a user reads (ANSI escapes retitle or clear a terminal).</source>
        <translation>Steuerzeichen (Escape-Sequenzen, NUL, Backspace) in Text stören Parser und Terminals und können verbergen oder umschreiben, was ein Benutzer liest (ANSI-Escapes ändern den Titel eines Terminals oder leeren es).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="799"/>
        <source>Strip or escape control characters other than tab and line ends from text before sending it; McpScope shows them as plain text.</source>
        <translation>Entfernen oder maskieren Sie Steuerzeichen außer Tabulator und Zeilenenden im Text, bevor Sie ihn senden; McpScope zeigt sie als reinen Text an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="803"/>
        <source>JSON that does not parse</source>
        <translation>Nicht parsbares JSON</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="804"/>
        <source>The body of %1 is not valid JSON: %2 at byte %3, near: %4</source>
        <translation>Der Body von %1 ist kein gültiges JSON: %2 an Byte %3, in der Nähe von: %4</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="806"/>
        <source>The server sent a cut or malformed JSON document: a crashed handler, a body cut by a proxy or size limit, a trailing comma, or text printed into the output.</source>
        <translation>Der Server hat ein abgeschnittenes oder fehlerhaftes JSON-Dokument gesendet: ein abgestürzter Handler, ein von einem Proxy oder einer Größenbegrenzung abgeschnittener Body, ein nachgestelltes Komma oder in die Ausgabe geschriebener Text.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="810"/>
        <source>Look at the body at that byte (this finding&apos;s evidence); fix the server&apos;s serialisation, or the proxy that cuts it.</source>
        <translation>Sehen Sie sich den Body an diesem Byte an (die Belege dieses Befunds); korrigieren Sie die Serialisierung des Servers oder den Proxy, der ihn abschneidet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="814"/>
        <source>Message violates the MCP schema</source>
        <translation>Nachricht verletzt das MCP-Schema</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="815"/>
        <source>The server&apos;s message for %1 does not match %2 of the MCP %3 schema: %4</source>
        <translation>Die Nachricht des Servers für %1 entspricht nicht %2 des MCP-Schemas %3: %4</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="817"/>
        <source>The server (or the SDK version it uses) sends a message shape this protocol version does not define: a missing required field, a wrong type, or an unknown content type. Strict clients reject such messages.</source>
        <translation>Der Server (oder die von ihm verwendete SDK-Version) sendet eine Nachrichtenform, die diese Protokollversion nicht definiert: ein fehlendes Pflichtfeld, ein falscher Typ oder ein unbekannter Inhaltstyp. Strikte Clients lehnen solche Nachrichten ab.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="821"/>
        <source>Fix the fields named by the JSON pointers above (see the %3 schema&apos;s %2), or upgrade the server&apos;s MCP SDK.</source>
        <translation>Korrigieren Sie die durch die JSON-Pointer oben benannten Felder (siehe %2 des Schemas %3) oder aktualisieren Sie das MCP-SDK des Servers.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="825"/>
        <source>Message violates the newest MCP schema</source>
        <translation>Nachricht verletzt das neueste MCP-Schema</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="826"/>
        <source>The server&apos;s message for %1 does not match %2 of the MCP %3 schema: %4 (the session&apos;s protocol version &quot;%5&quot; is not one McpScope has a schema for, so the newest was used).</source>
        <translation>Die Nachricht des Servers für %1 entspricht nicht %2 des MCP-Schemas %3: %4 (für die Protokollversion „%5“ der Sitzung hat McpScope kein Schema, daher wurde das neueste verwendet).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="830"/>
        <source>The session&apos;s protocol version is unknown (no initialize seen, or a revision newer than McpScope), so the message was checked against the newest schema; it may be valid in the server&apos;s revision.</source>
        <translation>Die Protokollversion der Sitzung ist unbekannt (kein initialize gesehen oder eine Revision, die neuer als McpScope ist), daher wurde die Nachricht gegen das neueste Schema geprüft; in der Revision des Servers ist sie möglicherweise gültig.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="834"/>
        <source>Check which protocol version the server speaks; if it is a known revision, fix the fields named by the JSON pointers above.</source>
        <translation>Prüfen Sie, welche Protokollversion der Server spricht; ist es eine bekannte Revision, korrigieren Sie die durch die JSON-Pointer oben benannten Felder.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="838"/>
        <source>Structured content breaks the tool&apos;s outputSchema</source>
        <translation>Strukturierter Inhalt verletzt das outputSchema des Tools</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="839"/>
        <source>The structuredContent of tool %1 does not match the outputSchema its tools/list entry declares: %2</source>
        <translation>Der structuredContent von Tool %1 entspricht nicht dem outputSchema, das sein tools/list-Eintrag deklariert: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="841"/>
        <source>The tool returns data of another shape than it declares (a wrong type, a missing required property); clients that validate structured output reject the result.</source>
        <translation>Das Tool liefert Daten in einer anderen Form als deklariert (ein falscher Typ, eine fehlende Pflichteigenschaft); Clients, die strukturierte Ausgaben validieren, lehnen das Ergebnis ab.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="845"/>
        <source>Make the tool&apos;s structuredContent match its outputSchema, or fix the outputSchema.</source>
        <translation>Passen Sie den structuredContent des Tools an sein outputSchema an oder korrigieren Sie das outputSchema.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="853"/>
        <source>redirect_uri differs between the requests</source>
        <translation>redirect_uri unterscheidet sich zwischen den Anfragen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="854"/>
        <source>The redirect_uri sent to the token endpoint, %1, differs from the one of the authorization request, %2; the authorization server answered %3: %4</source>
        <translation>Die an den Token-Endpunkt gesendete redirect_uri, %1, unterscheidet sich von der der Autorisierungsanfrage, %2; der Autorisierungsserver antwortete %3: %4</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="857"/>
        <source>An authorization code is exchanged only with exactly the redirect_uri it was issued for (RFC 6749 §4.1.3): scheme, host, port, path and a trailing slash all count.</source>
        <translation>Ein Autorisierungscode wird nur mit genau der redirect_uri eingelöst, für die er ausgestellt wurde (RFC 6749 §4.1.3): Schema, Host, Port, Pfad und ein abschließender Schrägstrich zählen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="861"/>
        <source>Send the same redirect_uri, character for character, in both requests (%2 here), and make it one the client registered.</source>
        <translation>Senden Sie in beiden Anfragen dieselbe redirect_uri, Zeichen für Zeichen (hier %2), und zwar eine, die der Client registriert hat.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="866"/>
        <source>Redirect URI differs from the registered ones</source>
        <translation>Redirect-URI weicht von den registrierten ab</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="867"/>
        <source>The authorization request sent redirect_uri %1, but client %2 registered %3; the authorization server answered HTTP %4.</source>
        <translation>Die Autorisierungsanfrage sendete redirect_uri %1, Client %2 hat aber %3 registriert; der Autorisierungsserver antwortete mit HTTP %4.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="870"/>
        <source>An authorization server accepts only a redirect URI the client registered, compared as a string: scheme, host, port, path and a trailing slash all count.</source>
        <translation>Ein Autorisierungsserver akzeptiert nur eine vom Client registrierte Redirect-URI, verglichen als Zeichenkette: Schema, Host, Port, Pfad und ein abschließender Schrägstrich zählen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="874"/>
        <source>Send one of the registered redirect URIs exactly, or register %1 too.</source>
        <translation>Senden Sie exakt eine der registrierten Redirect-URIs oder registrieren Sie zusätzlich %1.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="877"/>
        <source>Authorization code exchanged late</source>
        <translation>Autorisierungscode zu spät eingelöst</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="878"/>
        <source>The authorization code was exchanged %1 s after it was issued, and the authorization server answered %2: %3</source>
        <translation>Der Autorisierungscode wurde %1 s nach seiner Ausstellung eingelöst, und der Autorisierungsserver antwortete %2: %3</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="881"/>
        <source>Likely cause: the code expired first. Codes live briefly (RFC 6749 advises at most 10 minutes, many servers allow a minute or less); the redirect_uri matched and a code_verifier was sent, so those are not the cause. A code used twice is refused the same way.</source>
        <translation>Wahrscheinliche Ursache: Der Code war zuvor abgelaufen. Codes sind kurzlebig (RFC 6749 empfiehlt höchstens 10 Minuten, viele Server erlauben eine Minute oder weniger); die redirect_uri stimmte überein und ein code_verifier wurde gesendet, daher scheiden diese als Ursache aus. Ein zweimal verwendeter Code wird genauso abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="887"/>
        <source>Exchange the code as soon as the redirect brings it, once; start the flow again for a new code.</source>
        <translation>Lösen Sie den Code ein, sobald die Weiterleitung ihn liefert, und nur einmal; starten Sie den Ablauf für einen neuen Code erneut.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="892"/>
        <source>Authorization code used twice</source>
        <translation>Autorisierungscode zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="893"/>
        <source>The same authorization code was sent to the token endpoint a second time, and the authorization server answered %1: %2</source>
        <translation>Derselbe Autorisierungscode wurde ein zweites Mal an den Token-Endpunkt gesendet, und der Autorisierungsserver antwortete %1: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="896"/>
        <source>An authorization code can be exchanged only once (RFC 6749 §4.1.2); servers may revoke the tokens the first exchange issued.</source>
        <translation>Ein Autorisierungscode kann nur einmal eingelöst werden (RFC 6749 §4.1.2); Server können die beim ersten Einlösen ausgestellten Tokens widerrufen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="899"/>
        <source>Exchange each code once (no retry of a token request that was answered); start the flow again for a new code.</source>
        <translation>Lösen Sie jeden Code nur einmal ein (keine Wiederholung einer bereits beantworteten Token-Anfrage); starten Sie den Ablauf für einen neuen Code erneut.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="903"/>
        <source>Refresh token reused after rotation</source>
        <translation>Refresh-Token nach Rotation wiederverwendet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="904"/>
        <source>A refresh was refused (%1: %2) after an earlier refresh had rotated the refresh token.</source>
        <translation>Eine Aktualisierung wurde abgelehnt (%1: %2), nachdem eine frühere Aktualisierung das Refresh-Token rotiert hatte.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="907"/>
        <source>The authorization server rotates refresh tokens: each one is accepted once, and the refused request sent one that was already used (the guides&apos; TOKEN_REUSE). Servers then revoke the whole grant, as reuse looks like theft.</source>
        <translation>Der Autorisierungsserver rotiert Refresh-Tokens: Jedes wird nur einmal akzeptiert, und die abgelehnte Anfrage sendete eines, das bereits verwendet war (TOKEN_REUSE in den Leitfäden). Server widerrufen dann den gesamten Grant, da eine Wiederverwendung nach Diebstahl aussieht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="912"/>
        <source>Store the refresh token each refresh returns and use only the newest; make sure only one client or process refreshes the same grant. Sign in again now.</source>
        <translation>Speichern Sie das Refresh-Token, das jede Aktualisierung zurückgibt, und verwenden Sie nur das neueste; stellen Sie sicher, dass nur ein Client oder Prozess denselben Grant aktualisiert. Melden Sie sich jetzt erneut an.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="917"/>
        <source>No PKCE code_challenge</source>
        <translation>Keine PKCE-code_challenge</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="918"/>
        <source>The authorization request to %1 carries no code_challenge.</source>
        <translation>Die Autorisierungsanfrage an %1 enthält keine code_challenge.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="920"/>
        <source>MCP requires PKCE (RFC 7636) with S256 for every authorization code flow; servers that enforce it refuse the request or the code exchange.</source>
        <translation>MCP verlangt PKCE (RFC 7636) mit S256 für jeden Authorization-Code-Flow; Server, die dies erzwingen, lehnen die Anfrage oder den Code-Austausch ab.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="924"/>
        <source>Send code_challenge=BASE64URL(SHA256(code_verifier)) with code_challenge_method=S256, and the code_verifier with the token request.</source>
        <translation>Senden Sie code_challenge=BASE64URL(SHA256(code_verifier)) mit code_challenge_method=S256 und den code_verifier mit der Token-Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="929"/>
        <source>PKCE plain instead of S256</source>
        <translation>PKCE plain statt S256</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="930"/>
        <source>The authorization request to %1 uses code_challenge_method %2.</source>
        <translation>Die Autorisierungsanfrage an %1 verwendet code_challenge_method %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="932"/>
        <source>MCP requires the S256 method; plain (also the default when the method is left out) sends the verifier itself, and servers that require S256 refuse it.</source>
        <translation>MCP verlangt die Methode S256; plain (auch der Standard, wenn die Methode fehlt) sendet den Verifier selbst, und Server, die S256 verlangen, lehnen dies ab.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="936"/>
        <source>Send code_challenge_method=S256 with the SHA-256 challenge.</source>
        <translation>Senden Sie code_challenge_method=S256 mit der SHA-256-Challenge.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="939"/>
        <source>No PKCE code_verifier</source>
        <translation>Kein PKCE-code_verifier</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="940"/>
        <source>The token request to %1 carries no code_verifier, though the authorization request sent a code_challenge.</source>
        <translation>Die Token-Anfrage an %1 enthält keinen code_verifier, obwohl die Autorisierungsanfrage eine code_challenge gesendet hat.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="943"/>
        <source>The authorization server cannot check PKCE without the verifier and refuses the code (invalid_grant or invalid_request).</source>
        <translation>Der Autorisierungsserver kann PKCE ohne den Verifier nicht prüfen und lehnt den Code ab (invalid_grant oder invalid_request).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="946"/>
        <source>Send the code_verifier generated for this flow with the token request.</source>
        <translation>Senden Sie den für diesen Flow erzeugten code_verifier mit der Token-Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="949"/>
        <source>Client secret refused</source>
        <translation>Client-Secret abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="950"/>
        <source>Client %1 authenticated with %2 at %3, and the authorization server answered %4: %5</source>
        <translation>Client %1 hat sich mit %2 bei %3 authentifiziert, und der Autorisierungsserver antwortete %4: %5</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="953"/>
        <source>The client&apos;s credentials were not accepted: a wrong or expired secret, a client id this server does not know, or another authentication method than the one registered (the answer does not tell which).</source>
        <translation>Die Anmeldedaten des Clients wurden nicht akzeptiert: ein falsches oder abgelaufenes Secret, eine diesem Server unbekannte Client-ID oder eine andere Authentifizierungsmethode als die registrierte (die Antwort sagt nicht, welches davon).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="958"/>
        <source>Check the client secret (copied whole, not expired) and the registered token_endpoint_auth_method; register the client again if it was deleted.</source>
        <translation>Prüfen Sie das Client-Secret (vollständig kopiert, nicht abgelaufen) und die registrierte token_endpoint_auth_method; registrieren Sie den Client erneut, falls er gelöscht wurde.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="962"/>
        <source>Client unknown</source>
        <translation>Client unbekannt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="963"/>
        <source>Client %1 sent no credentials to %2, and the authorization server answered %3: %4</source>
        <translation>Client %1 hat keine Anmeldedaten an %2 gesendet, und der Autorisierungsserver antwortete %3: %4</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="966"/>
        <source>A public client (no secret) is refused this way when its client id is unknown here: registered at another authorization server or environment, expired, or deleted; or the client was registered as confidential and must authenticate.</source>
        <translation>Ein öffentlicher Client (ohne Secret) wird auf diese Weise abgelehnt, wenn seine Client-ID hier unbekannt ist: bei einem anderen Autorisierungsserver oder in einer anderen Umgebung registriert, abgelaufen oder gelöscht; oder der Client wurde als vertraulich registriert und muss sich authentifizieren.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="971"/>
        <source>Register the client with this authorization server (dynamic registration runs again when the stored client is removed), or send the credentials it was registered with.</source>
        <translation>Registrieren Sie den Client bei diesem Autorisierungsserver (die dynamische Registrierung läuft erneut, wenn der gespeicherte Client entfernt wird), oder senden Sie die Anmeldedaten, mit denen er registriert wurde.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="976"/>
        <source>Client registered elsewhere</source>
        <translation>Client anderswo registriert</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="977"/>
        <source>Client %1 was registered at %2, but the token request went to %3, which answered %4.</source>
        <translation>Client %1 wurde bei %2 registriert, aber die Token-Anfrage ging an %3, der mit %4 antwortete.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="980"/>
        <source>A client id is known only to the authorization server (and environment) that issued it.</source>
        <translation>Eine Client-ID ist nur dem Autorisierungsserver (und der Umgebung) bekannt, der sie ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="984"/>
        <source>Use a client registered at %3 (register there, or pick the credentials of that environment).</source>
        <translation>Verwenden Sie einen bei %3 registrierten Client (registrieren Sie sich dort oder wählen Sie die Anmeldedaten dieser Umgebung).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="989"/>
        <source>Requested scopes not granted</source>
        <translation>Angeforderte Scopes nicht gewährt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="990"/>
        <source>Requested scope &quot;%1&quot;, granted &quot;%2&quot;: missing %3.</source>
        <translation>Angeforderter Scope „%1“, gewährt „%2“: es fehlt %3.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="991"/>
        <source>The authorization server granted less than asked (RFC 6749 §5.1 scope): the user, a policy or the client&apos;s registration left those scopes out. Calls that need them fail with 403 insufficient_scope.</source>
        <translation>Der Autorisierungsserver hat weniger gewährt als angefordert (RFC 6749 §5.1 scope): der Benutzer, eine Richtlinie oder die Registrierung des Clients hat diese Scopes ausgelassen. Aufrufe, die sie benötigen, scheitern mit 403 insufficient_scope.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="996"/>
        <source>Register the client for those scopes (and the resource server&apos;s scopes_supported), or ask only for what is granted.</source>
        <translation>Registrieren Sie den Client für diese Scopes (und die scopes_supported des Ressourcenservers), oder fordern Sie nur an, was gewährt wird.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1001"/>
        <source>Access token used after it expired</source>
        <translation>Access-Token nach Ablauf verwendet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1002"/>
        <source>%1 refused the request with HTTP 401 at %2; the access token expired at %3 (%4 s before).</source>
        <translation>%1 hat die Anfrage mit HTTP 401 um %2 abgelehnt; das Access-Token ist um %3 abgelaufen (%4 s zuvor).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1005"/>
        <source>The token&apos;s lifetime (expires_in of the token response, or the JWT&apos;s exp) ran out and it was not refreshed before the call.</source>
        <translation>Die Lebensdauer des Tokens (expires_in der Token-Antwort oder exp des JWT) ist abgelaufen, und es wurde vor dem Aufruf nicht aktualisiert.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1009"/>
        <source>Refresh the token before it expires (a minute ahead), or on a 401 refresh once and retry; sign in again when the refresh fails.</source>
        <translation>Aktualisieren Sie das Token vor dem Ablauf (eine Minute vorher), oder bei einem 401 einmal aktualisieren und erneut versuchen; melden Sie sich erneut an, wenn die Aktualisierung fehlschlägt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1014"/>
        <source>Token for another audience</source>
        <translation>Token für eine andere Audience</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1015"/>
        <source>%1 refused the access token with HTTP 401; the token was issued for %2.</source>
        <translation>%1 hat das Access-Token mit HTTP 401 abgelehnt; das Token wurde für %2 ausgestellt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1017"/>
        <source>A resource server accepts only tokens whose audience (aud, or the resource they were requested for with RFC 8707) names it: this token is for another server.</source>
        <translation>Ein Ressourcenserver akzeptiert nur Tokens, deren Audience (aud oder die Ressource, für die sie mit RFC 8707 angefordert wurden) ihn nennt: dieses Token ist für einen anderen Server.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1021"/>
        <source>Request the token with resource=%1 (the server&apos;s canonical URL, as its resource metadata names it) and use each token only at its own server.</source>
        <translation>Fordern Sie das Token mit resource=%1 an (die kanonische URL des Servers, wie sie in seinen Ressourcen-Metadaten steht), und verwenden Sie jedes Token nur bei seinem eigenen Server.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1026"/>
        <source>Token not sent</source>
        <translation>Token nicht gesendet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1027"/>
        <source>%1 answered HTTP 401 to a request without an Authorization header, after an access token for it had been issued.</source>
        <translation>%1 antwortete HTTP 401 auf eine Anfrage ohne Authorization-Header, nachdem bereits ein Access-Token dafür ausgestellt worden war.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1030"/>
        <source>The client has a token but did not send it (a request built elsewhere, a proxy that strips the header, or a redirect to another origin that drops it).</source>
        <translation>Der Client hat ein Token, hat es aber nicht gesendet (eine anderswo erstellte Anfrage, ein Proxy, der den Header entfernt, oder eine Weiterleitung zu einem anderen Origin, die ihn verwirft).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1034"/>
        <source>Send &quot;Authorization: Bearer &lt;token&gt;&quot; on every request to the server, including the GET stream and the DELETE.</source>
        <translation>Senden Sie „Authorization: Bearer &lt;token&gt;“ bei jeder Anfrage an den Server, einschließlich des GET-Streams und des DELETE.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1038"/>
        <source>Malformed Authorization header</source>
        <translation>Fehlerhafter Authorization-Header</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1039"/>
        <source>%1 answered HTTP 401 to an Authorization header with scheme %2.</source>
        <translation>%1 antwortete HTTP 401 auf einen Authorization-Header mit dem Schema %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1041"/>
        <source>MCP servers expect &quot;Authorization: Bearer &lt;token&gt;&quot; (RFC 6750 §2.1): one space, the scheme Bearer, then the token; a bare token, another scheme or an empty token is refused.</source>
        <translation>MCP-Server erwarten „Authorization: Bearer &lt;token&gt;“ (RFC 6750 §2.1): ein Leerzeichen, das Schema Bearer, dann das Token; ein bloßes Token, ein anderes Schema oder ein leeres Token wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1046"/>
        <source>Send the header as &quot;Bearer &quot; followed by the access token.</source>
        <translation>Senden Sie den Header als „Bearer “, gefolgt vom Access-Token.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1049"/>
        <source>401 without WWW-Authenticate</source>
        <translation>401 ohne WWW-Authenticate</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1050"/>
        <source>%1 answered HTTP 401 without a WWW-Authenticate header.</source>
        <translation>%1 antwortete HTTP 401 ohne WWW-Authenticate-Header.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1052"/>
        <source>A 401 must say how to authenticate (RFC 9110 §11.6.1, RFC 6750 §3); without it an MCP client cannot find the resource metadata or the authorization server, and gives up.</source>
        <translation>Ein 401 muss angeben, wie man sich authentifiziert (RFC 9110 §11.6.1, RFC 6750 §3); ohne diese Angabe kann ein MCP-Client weder die Ressourcen-Metadaten noch den Autorisierungsserver finden und gibt auf.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1056"/>
        <source>Answer 401 with WWW-Authenticate: Bearer resource_metadata=&quot;…&quot; (a proxy in front of the server may be dropping it).</source>
        <translation>Antworten Sie mit 401 und WWW-Authenticate: Bearer resource_metadata=&quot;…&quot; (ein Proxy vor dem Server entfernt ihn möglicherweise).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1061"/>
        <source>401 without resource_metadata</source>
        <translation>401 ohne resource_metadata</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1062"/>
        <source>%1 answered HTTP 401 with WWW-Authenticate &quot;%2&quot;, which names no resource_metadata.</source>
        <translation>%1 antwortete HTTP 401 mit WWW-Authenticate „%2“, das keine resource_metadata nennt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1065"/>
        <source>MCP (2025-06-18 and later) has the server name its protected resource metadata (RFC 9728) in the challenge; clients then have to guess the well-known URL, and older ones fall back to 2025-03-26 discovery.</source>
        <translation>MCP (ab 2025-06-18) lässt den Server seine Protected Resource Metadata (RFC 9728) in der Challenge nennen; andernfalls müssen Clients die Well-known-URL erraten, und ältere greifen auf die Discovery von 2025-03-26 zurück.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1070"/>
        <source>Add resource_metadata=&quot;&lt;metadata URL&gt;&quot; to the Bearer challenge.</source>
        <translation>Fügen Sie der Bearer-Challenge resource_metadata=&quot;&lt;Metadaten-URL&gt;&quot; hinzu.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1073"/>
        <source>Metadata issuer differs from its URL</source>
        <translation>Issuer der Metadaten weicht von ihrer URL ab</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1074"/>
        <source>The metadata fetched from %2 names issuer %1, but that URL is the one of issuer %3.</source>
        <translation>Die von %2 abgerufenen Metadaten nennen den Issuer %1, aber diese URL gehört zum Issuer %3.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1077"/>
        <source>The issuer in authorization server metadata must be the one its well-known URL was built from (RFC 8414 §3.3), or clients refuse it: usually a proxy, a base URL setting or a trailing slash.</source>
        <translation>Der Issuer in den Metadaten des Autorisierungsservers muss derjenige sein, aus dem die Well-known-URL gebildet wurde (RFC 8414 §3.3), sonst lehnen Clients sie ab: meist ein Proxy, eine Basis-URL-Einstellung oder ein abschließender Schrägstrich.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1082"/>
        <source>Make the metadata&apos;s issuer exactly %3, or serve it under %1&apos;s own well-known URL.</source>
        <translation>Setzen Sie den Issuer der Metadaten genau auf %3, oder stellen Sie sie unter der eigenen Well-known-URL von %1 bereit.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1086"/>
        <source>Endpoint on another origin</source>
        <translation>Endpunkt auf einem anderen Origin</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1087"/>
        <source>The metadata of issuer %3 puts %1 on another origin: %2.</source>
        <translation>Die Metadaten des Issuers %3 legen %1 auf einen anderen Origin: %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1089"/>
        <source>Allowed, but unusual outside hosted identity providers: often a base URL setting of the server points at another environment or an internal host name.</source>
        <translation>Zulässig, aber außerhalb gehosteter Identity-Provider ungewöhnlich: oft verweist eine Basis-URL-Einstellung des Servers auf eine andere Umgebung oder einen internen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1093"/>
        <source>Check that %2 is the intended endpoint, reachable by clients.</source>
        <translation>Prüfen Sie, ob %2 der beabsichtigte Endpunkt ist und von Clients erreicht werden kann.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1096"/>
        <source>Grant types contradict response types</source>
        <translation>Grant-Typen widersprechen Response-Typen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1097"/>
        <source>The metadata lists response_types_supported %1 but grant_types_supported %2.</source>
        <translation>Die Metadaten führen response_types_supported %1, aber grant_types_supported %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1100"/>
        <source>The response type code and the grant type authorization_code belong together: one without the other means the authorization code flow cannot finish.</source>
        <translation>Der Response-Typ code und der Grant-Typ authorization_code gehören zusammen: das eine ohne das andere bedeutet, dass der Authorization-Code-Flow nicht abgeschlossen werden kann.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1104"/>
        <source>List code with authorization_code (and refresh_token when refresh tokens are issued), or correct the server&apos;s configuration.</source>
        <translation>Führen Sie code zusammen mit authorization_code auf (und refresh_token, wenn Refresh-Tokens ausgestellt werden), oder korrigieren Sie die Konfiguration des Servers.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1108"/>
        <source>Authorization server over plain http</source>
        <translation>Autorisierungsserver über unverschlüsseltes http</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1109"/>
        <source>%1 is %2, plain http on a host that is not loopback.</source>
        <translation>%1 ist %2, unverschlüsseltes http auf einem Host, der nicht Loopback ist.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1111"/>
        <source>OAuth 2.1 and MCP require TLS for the authorization server except on loopback: codes, secrets and tokens would travel unencrypted.</source>
        <translation>OAuth 2.1 und MCP verlangen TLS für den Autorisierungsserver, außer auf Loopback: Codes, Secrets und Tokens würden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1115"/>
        <source>Serve the authorization server over https.</source>
        <translation>Stellen Sie den Autorisierungsserver über https bereit.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1117"/>
        <source>Redirect loop</source>
        <translation>Weiterleitungsschleife</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1118"/>
        <source>The redirects came back to %1 after %2 hops without reaching a redirect URI.</source>
        <translation>Die Weiterleitungen kamen nach %2 Sprüngen zu %1 zurück, ohne eine Redirect-URI zu erreichen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1121"/>
        <source>The authorization server (or a proxy, or a login page) sends the browser round in a circle: often a session cookie that is not kept (SameSite, another host name), or a base URL that differs from the one the browser uses.</source>
        <translation>Der Autorisierungsserver (oder ein Proxy oder eine Anmeldeseite) schickt den Browser im Kreis: oft ein Sitzungscookie, das nicht erhalten bleibt (SameSite, anderer Hostname), oder eine Basis-URL, die von der im Browser verwendeten abweicht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1126"/>
        <source>Follow the evidence&apos;s Location headers to see where the circle closes; check the server&apos;s external URL and cookie settings.</source>
        <translation>Verfolgen Sie die Location-Header der Belege, um zu sehen, wo sich der Kreis schließt; prüfen Sie die externe URL und die Cookie-Einstellungen des Servers.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1130"/>
        <source>Clock skew (token times)</source>
        <translation>Uhrenabweichung (Token-Zeiten)</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1131"/>
        <source>A token&apos;s %1 is %2, %3 s ahead of this machine&apos;s clock (%4).</source>
        <translation>Das %1 eines Tokens ist %2, %3 s vor der Uhr dieses Rechners (%4).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1133"/>
        <source>The authorization server&apos;s clock and this machine&apos;s differ: a token &quot;issued in the future&quot; or not valid yet is refused by resource servers that check iat and nbf with little leeway.</source>
        <translation>Die Uhr des Autorisierungsservers und die dieses Rechners weichen voneinander ab: ein Token, das „in der Zukunft ausgestellt“ oder noch nicht gültig ist, wird von Ressourcenservern abgelehnt, die iat und nbf mit wenig Toleranz prüfen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1138"/>
        <source>Synchronise both clocks with NTP; resource servers should allow about 60 s of leeway.</source>
        <translation>Synchronisieren Sie beide Uhren per NTP; Ressourcenserver sollten etwa 60 s Toleranz erlauben.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1144"/>
        <source>Certificate expired (seen in the chain)</source>
        <translation>Zertifikat abgelaufen (in der Kette gesehen)</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1145"/>
        <source>The TLS certificate of %1 (&quot;%2&quot;) expired on %3; the request was made on %4.</source>
        <translation>Das TLS-Zertifikat von %1 („%2“) ist am %3 abgelaufen; die Anfrage erfolgte am %4.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1148"/>
        <source>The server still presents a certificate past its end date (or this machine&apos;s clock is far ahead).</source>
        <translation>Der Server präsentiert noch ein Zertifikat nach dessen Ablaufdatum (oder die Uhr dieses Rechners geht weit vor).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1150"/>
        <source>Renew the certificate and make the server load the new one (check that automatic renewal, e.g. ACME, runs); check this machine&apos;s clock.</source>
        <translation>Erneuern Sie das Zertifikat und lassen Sie den Server das neue laden (prüfen Sie, ob die automatische Erneuerung, z. B. ACME, läuft); prüfen Sie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1154"/>
        <source>Certificate not valid yet</source>
        <translation>Zertifikat noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1155"/>
        <source>The TLS certificate of %1 (&quot;%2&quot;) is valid only from %3; the request was made on %4.</source>
        <translation>Das TLS-Zertifikat von %1 („%2“) ist erst ab %3 gültig; die Anfrage erfolgte am %4.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1158"/>
        <source>The certificate was issued with a start date in the future, or this machine&apos;s clock is behind.</source>
        <translation>Das Zertifikat wurde mit einem Startdatum in der Zukunft ausgestellt, oder die Uhr dieses Rechners geht nach.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1160"/>
        <source>Check this machine&apos;s clock (and the server&apos;s, which issued or installed it); otherwise reissue the certificate with a start date that has passed.</source>
        <translation>Prüfen Sie die Uhr dieses Rechners (und die des Servers, der es ausgestellt oder installiert hat); andernfalls stellen Sie das Zertifikat mit einem bereits vergangenen Startdatum neu aus.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1165"/>
        <location filename="../core/common/findings.cpp" line="1376"/>
        <source>Certificate expires soon</source>
        <translation>Zertifikat läuft bald ab</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1166"/>
        <source>The TLS certificate of %1 (&quot;%2&quot;) expires on %3, %4 day(s) after this request.</source>
        <translation>Das TLS-Zertifikat von %1 („%2“) läuft am %3 ab, %4 Tag(e) nach dieser Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1169"/>
        <source>Certificates are valid for a fixed time; one that reaches its last 14 days has not been renewed yet, and clients will refuse it once it expires.</source>
        <translation>Zertifikate sind für eine feste Zeit gültig; eines, das seine letzten 14 Tage erreicht, wurde noch nicht erneuert, und Clients werden es nach dem Ablauf ablehnen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1172"/>
        <source>Renew it now, and check that automatic renewal (e.g. ACME/certbot) runs and that the server reloads the renewed certificate.</source>
        <translation>Erneuern Sie es jetzt, und prüfen Sie, ob die automatische Erneuerung (z. B. ACME/certbot) läuft und der Server das erneuerte Zertifikat neu lädt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1176"/>
        <source>Certificate names another host</source>
        <translation>Zertifikat nennt einen anderen Host</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1177"/>
        <source>The TLS certificate %1 presented (&quot;%2&quot;) does not list %1 among its names.</source>
        <translation>Das von %1 präsentierte TLS-Zertifikat („%2“) führt %1 nicht unter seinen Namen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1180"/>
        <source>The certificate was issued for other host names than the one in the URL: a certificate of another site, a shared server&apos;s or proxy&apos;s default certificate, or an IP address used where the certificate names a host.</source>
        <translation>Das Zertifikat wurde für andere Hostnamen ausgestellt als den in der URL: ein Zertifikat einer anderen Site, das Standardzertifikat eines geteilten Servers oder Proxys, oder eine IP-Adresse, wo das Zertifikat einen Host nennt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1184"/>
        <source>Connect with a host name the certificate lists, or issue a certificate that includes this one (subjectAltName).</source>
        <translation>Verbinden Sie sich mit einem Hostnamen, den das Zertifikat aufführt, oder stellen Sie ein Zertifikat aus, das diesen enthält (subjectAltName).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1188"/>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1189"/>
        <source>%1 presented a self-signed certificate (&quot;%2&quot;), which no authority this machine trusts vouches for.</source>
        <translation>%1 präsentierte ein selbstsigniertes Zertifikat („%2“), für das keine Zertifizierungsstelle bürgt, der dieser Rechner vertraut.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1191"/>
        <source>The certificate signs itself, as development servers&apos; certificates do; clients refuse it unless told to trust it.</source>
        <translation>Das Zertifikat signiert sich selbst, wie es Zertifikate von Entwicklungsservern tun; Clients lehnen es ab, sofern sie nicht angewiesen werden, ihm zu vertrauen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1194"/>
        <source>Use a certificate from a public or company CA (e.g. Let&apos;s Encrypt, or mkcert&apos;s local CA in development); for a development server, add a TLS exception for this host.</source>
        <translation>Verwenden Sie ein Zertifikat einer öffentlichen oder firmeneigenen CA (z. B. Let&apos;s Encrypt oder in der Entwicklung die lokale CA von mkcert); fügen Sie für einen Entwicklungsserver eine TLS-Ausnahme für diesen Host hinzu.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1199"/>
        <source>Incomplete certificate chain</source>
        <translation>Unvollständige Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1200"/>
        <source>%1 sent its certificate (&quot;%2&quot;) without the intermediate certificate that signed it (&quot;%3&quot;), so the chain cannot be verified (OpenSSL: UNABLE_TO_GET_ISSUER_CERT_LOCALLY).</source>
        <translation>%1 hat sein Zertifikat („%2“) ohne das Zwischenzertifikat gesendet, das es signiert hat („%3“), daher kann die Kette nicht verifiziert werden (OpenSSL: UNABLE_TO_GET_ISSUER_CERT_LOCALLY).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1204"/>
        <source>The server is configured with the leaf certificate alone instead of the full chain. Browsers often fill the gap from their cache or by fetching the intermediate; Node, Python and Qt clients do not.</source>
        <translation>Der Server ist nur mit dem Leaf-Zertifikat statt mit der vollständigen Kette konfiguriert. Browser füllen die Lücke oft aus ihrem Cache oder durch Abrufen des Zwischenzertifikats; Node-, Python- und Qt-Clients tun das nicht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1208"/>
        <source>Serve the full chain: the leaf followed by its intermediates in one PEM file (certbot&apos;s fullchain.pem, not cert.pem).</source>
        <translation>Stellen Sie die vollständige Kette bereit: das Leaf-Zertifikat gefolgt von seinen Zwischenzertifikaten in einer PEM-Datei (fullchain.pem von certbot, nicht cert.pem).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1212"/>
        <source>Certificate authority not trusted</source>
        <translation>Zertifizierungsstelle nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1213"/>
        <source>The certificate chain %1 sent ends at &quot;%2&quot;, issued by &quot;%3&quot;, an authority this machine does not trust.</source>
        <translation>Die von %1 gesendete Zertifikatskette endet bei „%2“, ausgestellt von „%3“, einer Zertifizierungsstelle, der dieser Rechner nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1216"/>
        <source>A private or company CA, or a TLS-inspecting proxy, signed the certificate, and its root is not in this machine&apos;s trust store.</source>
        <translation>Eine private oder firmeneigene CA oder ein TLS-inspizierender Proxy hat das Zertifikat signiert, und dessen Root ist nicht im Vertrauensspeicher dieses Rechners.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1219"/>
        <source>Add that root CA to the system&apos;s trust store (Node clients: NODE_EXTRA_CA_CERTS), or use a certificate from a public CA.</source>
        <translation>Fügen Sie diese Root-CA dem Vertrauensspeicher des Systems hinzu (Node-Clients: NODE_EXTRA_CA_CERTS), oder verwenden Sie ein Zertifikat einer öffentlichen CA.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1223"/>
        <source>Weak TLS version</source>
        <translation>Schwache TLS-Version</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1224"/>
        <source>%1 negotiated %2, a TLS version older than 1.2.</source>
        <translation>%1 hat %2 ausgehandelt, eine TLS-Version älter als 1.2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1225"/>
        <source>TLS 1.0 and 1.1 are deprecated (RFC 8996); current clients and libraries refuse them by default.</source>
        <translation>TLS 1.0 und 1.1 sind veraltet (RFC 8996); aktuelle Clients und Bibliotheken lehnen sie standardmäßig ab.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1227"/>
        <source>Enable TLS 1.2 and 1.3 on the server (or the proxy in front of it) and turn the older versions off.</source>
        <translation>Aktivieren Sie TLS 1.2 und 1.3 auf dem Server (oder dem vorgeschalteten Proxy) und schalten Sie die älteren Versionen ab.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1230"/>
        <source>No common TLS version</source>
        <translation>Keine gemeinsame TLS-Version</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1231"/>
        <source>The TLS handshake with %1 failed on the protocol version: %2.</source>
        <translation>Der TLS-Handshake mit %1 ist an der Protokollversion gescheitert: %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1233"/>
        <source>The server offers only TLS versions this client refuses (TLS 1.0 or 1.1), or only newer ones than it supports.</source>
        <translation>Der Server bietet nur TLS-Versionen an, die dieser Client ablehnt (TLS 1.0 oder 1.1), oder nur neuere, als er unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1236"/>
        <source>Enable TLS 1.2 and 1.3 on the server (or the proxy in front of it).</source>
        <translation>Aktivieren Sie TLS 1.2 und 1.3 auf dem Server (oder dem vorgeschalteten Proxy).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1239"/>
        <source>Clock skew</source>
        <translation>Uhrenabweichung</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1240"/>
        <source>%1 answered with Date: %2, %3 s off this machine&apos;s clock at the time of the answer (more than %4 s).</source>
        <translation>%1 antwortete mit Date: %2, %3 s abweichend von der Uhr dieses Rechners zum Zeitpunkt der Antwort (mehr als %4 s).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1242"/>
        <source>One of the two clocks is wrong. Tokens carry times (iat, nbf, exp) that both sides check, so a skew of minutes makes fresh tokens look expired or not valid yet, and certificates look expired.</source>
        <translation>Eine der beiden Uhren geht falsch. Tokens enthalten Zeiten (iat, nbf, exp), die beide Seiten prüfen, daher lässt eine Abweichung von Minuten frische Tokens abgelaufen oder noch nicht gültig erscheinen, und Zertifikate abgelaufen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1246"/>
        <source>Synchronise both machines&apos; clocks with NTP (timedatectl set-ntp true, or the OS&apos;s time settings).</source>
        <translation>Synchronisieren Sie die Uhren beider Rechner per NTP (timedatectl set-ntp true oder die Zeiteinstellungen des Betriebssystems).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1250"/>
        <source>Streamable HTTP sent to an SSE endpoint</source>
        <translation>Streamable HTTP an einen SSE-Endpunkt gesendet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1251"/>
        <source>An initialize request was POSTed to %1 (answered %2), but this server speaks the older HTTP+SSE transport: its event stream is at %3.</source>
        <translation>Eine initialize-Anfrage wurde per POST an %1 gesendet (Antwort %2), aber dieser Server spricht den älteren HTTP+SSE-Transport: sein Event-Stream liegt unter %3.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1254"/>
        <source>The URL is a 2024-11-05 HTTP+SSE endpoint (a GET opens an event stream whose first event names where to POST), while the client used Streamable HTTP, which POSTs to the endpoint itself (usually /mcp).</source>
        <translation>Die URL ist ein HTTP+SSE-Endpunkt von 2024-11-05 (ein GET öffnet einen Event-Stream, dessen erstes Event nennt, wohin gePOSTet wird), während der Client Streamable HTTP verwendet hat, das an den Endpunkt selbst POSTet (meist /mcp).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1258"/>
        <source>Use the server&apos;s Streamable HTTP endpoint if it has one (often /mcp instead of /sse), or choose the HTTP+SSE transport for this URL.</source>
        <translation>Verwenden Sie den Streamable-HTTP-Endpunkt des Servers, falls vorhanden (oft /mcp statt /sse), oder wählen Sie für diese URL den HTTP+SSE-Transport.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1262"/>
        <source>SSE client at a Streamable HTTP endpoint</source>
        <translation>SSE-Client an einem Streamable-HTTP-Endpunkt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1263"/>
        <source>An HTTP+SSE event stream was opened with GET %1 (answered %2), but the server speaks Streamable HTTP there: %3 answers initialize.</source>
        <translation>Ein HTTP+SSE-Event-Stream wurde mit GET %1 geöffnet (Antwort %2), aber der Server spricht dort Streamable HTTP: %3 beantwortet initialize.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1266"/>
        <source>The URL is a Streamable HTTP endpoint (POST a message to it), while the client used the older HTTP+SSE transport, which expects a GET event stream with an endpoint event (usually /sse).</source>
        <translation>Die URL ist ein Streamable-HTTP-Endpunkt (senden Sie eine Nachricht per POST dorthin), während der Client den älteren HTTP+SSE-Transport verwendet hat, der einen GET-Event-Stream mit einem endpoint-Event erwartet (meist /sse).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1270"/>
        <source>Choose the Streamable HTTP transport for this URL, or use the server&apos;s HTTP+SSE endpoint if it still offers one (often /sse).</source>
        <translation>Wählen Sie für diese URL den Streamable-HTTP-Transport, oder verwenden Sie den HTTP+SSE-Endpunkt des Servers, falls er noch einen anbietet (oft /sse).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1274"/>
        <source>Not an MCP endpoint</source>
        <translation>Kein MCP-Endpunkt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1275"/>
        <source>%1 does not speak the chosen transport (%2): initialize was answered %3.</source>
        <translation>%1 spricht den gewählten Transport (%2) nicht: initialize wurde mit %3 beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1277"/>
        <source>Nothing at this URL understands MCP over this transport: a web page, another API, a path the server does not serve, or a proxy that answers for it.</source>
        <translation>Nichts unter dieser URL versteht MCP über diesen Transport: eine Webseite, eine andere API, ein Pfad, den der Server nicht bedient, oder ein Proxy, der an seiner Stelle antwortet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1281"/>
        <source>Check the URL (the MCP endpoint is often /mcp, or /sse for the older transport) and the transport; the server&apos;s documentation or start-up log names its endpoint.</source>
        <translation>Prüfen Sie die URL (der MCP-Endpunkt ist oft /mcp, oder /sse beim älteren Transport) und den Transport; die Dokumentation oder das Startprotokoll des Servers nennt seinen Endpunkt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1286"/>
        <source>Listening stream answered without an event stream</source>
        <translation>Listening-Stream ohne Event-Stream beantwortet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1287"/>
        <source>The listening GET stream at %1 was answered %2, neither an event stream nor 405.</source>
        <translation>Der Listening-GET-Stream unter %1 wurde mit %2 beantwortet, weder ein Event-Stream noch 405.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1290"/>
        <source>The specification asks a server to answer the listening GET with text/event-stream, or 405 Method Not Allowed when it offers none; anything else leaves a client guessing whether the session still works.</source>
        <translation>Die Spezifikation verlangt, dass ein Server den Listening-GET mit text/event-stream beantwortet, oder mit 405 Method Not Allowed, wenn er keinen anbietet; alles andere lässt einen Client im Unklaren, ob die Sitzung noch funktioniert.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1294"/>
        <source>Answer the GET with an event stream, or with 405 when the server sends nothing outside requests.</source>
        <translation>Beantworten Sie den GET mit einem Event-Stream, oder mit 405, wenn der Server außerhalb von Anfragen nichts sendet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1297"/>
        <source>Session lost</source>
        <translation>Sitzung verloren</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1298"/>
        <source>The server no longer knows session %1: %3 was answered HTTP %2 after the session had been established.</source>
        <translation>Der Server kennt die Sitzung %1 nicht mehr: %3 wurde mit HTTP %2 beantwortet, nachdem die Sitzung aufgebaut worden war.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1301"/>
        <source>The server forgot the session: it restarted, the session expired, or a load balancer sent the request to another instance that keeps sessions in memory.</source>
        <translation>Der Server hat die Sitzung vergessen: er wurde neu gestartet, die Sitzung ist abgelaufen, oder ein Load Balancer hat die Anfrage an eine andere Instanz geschickt, die Sitzungen im Speicher hält.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1305"/>
        <source>Reconnect to start a new session; on the server, keep sessions in shared storage or use sticky routing, and clients should initialize again on 404 as the specification asks.</source>
        <translation>Verbinden Sie sich neu, um eine neue Sitzung zu starten; halten Sie Sitzungen auf dem Server in gemeinsamem Speicher oder verwenden Sie Sticky Routing, und Clients sollten bei 404 erneut initialisieren, wie es die Spezifikation verlangt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1310"/>
        <source>Event stream dropped without event ids</source>
        <translation>Event-Stream ohne Event-IDs abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1311"/>
        <source>The event stream answering %1 at %2 ended before its response, and its events carried no id, so it cannot be resumed.</source>
        <translation>Der Event-Stream, der %1 unter %2 beantwortete, endete vor seiner Antwort, und seine Events trugen keine ID, daher kann er nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1314"/>
        <source>The server (or a proxy&apos;s timeout) closed the stream early and sent no event ids, so a client cannot resume it with Last-Event-ID: the answer is lost.</source>
        <translation>Der Server (oder das Timeout eines Proxys) hat den Stream vorzeitig geschlossen und keine Event-IDs gesendet, daher kann ein Client ihn nicht mit Last-Event-ID fortsetzen: die Antwort ist verloren.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1318"/>
        <source>Give events ids (an event store in the server SDK) so clients can resume; find why the stream closed (server logs, proxy idle timeouts, buffering).</source>
        <translation>Versehen Sie Events mit IDs (ein Event Store im Server-SDK), damit Clients fortsetzen können; finden Sie heraus, warum der Stream geschlossen wurde (Serverprotokolle, Leerlauf-Timeouts des Proxys, Pufferung).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1330"/>
        <source>Slow calls</source>
        <translation>Langsame Aufrufe</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1331"/>
        <source>%1 took %2 ms at the 95th percentile over %3 calls (the slowest %4 ms); the troubleshooting guide alerts above %5 ms.</source>
        <translation>%1 dauerte beim 95. Perzentil %2 ms über %3 Aufrufe (der langsamste %4 ms); der Leitfaden zur Fehlerbehebung warnt ab %5 ms.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1334"/>
        <source>The server answers this call slowly: a slow tool or backend it waits on, an overloaded server, or a slow network between the two. Clients that give up after a fixed time (often 30 s) fail when it gets slower still.</source>
        <translation>Der Server beantwortet diesen Aufruf langsam: ein langsames Tool oder Backend, auf das er wartet, ein überlasteter Server oder ein langsames Netzwerk zwischen beiden. Clients, die nach einer festen Zeit aufgeben (oft 30 s), scheitern, wenn es noch langsamer wird.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1339"/>
        <source>Open the slow calls (this finding&apos;s evidence) and compare their time to first byte with their total: a late first byte is the server&apos;s work, a long tail after it is the transfer. Make the tool faster, report progress for long operations, or raise the client&apos;s timeout.</source>
        <translation>Öffnen Sie die langsamen Aufrufe (die Belege dieses Befunds) und vergleichen Sie ihre Zeit bis zum ersten Byte mit ihrer Gesamtzeit: ein spätes erstes Byte ist die Arbeit des Servers, ein langer Rest danach die Übertragung. Machen Sie das Tool schneller, melden Sie den Fortschritt langer Vorgänge, oder erhöhen Sie das Timeout des Clients.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1348"/>
        <location filename="../core/common/findings.cpp" line="1500"/>
        <source>Intermittent failures</source>
        <translation>Sporadische Fehler</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1349"/>
        <source>%1 failed %2 of %3 times and succeeded in between, within %4 minutes (first failure: %5).</source>
        <translation>%1 ist %2 von %3 Mal fehlgeschlagen und zwischendurch erfolgreich gewesen, innerhalb von %4 Minuten (erster Fehler: %5).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1352"/>
        <source>The same request works sometimes and fails other times: an overloaded or restarting server, one bad instance behind a load balancer, a backend that times out, or an unstable network. A request that is wrong fails every time.</source>
        <translation>Dieselbe Anfrage funktioniert manchmal und scheitert andere Male: ein überlasteter oder neu startender Server, eine fehlerhafte Instanz hinter einem Load Balancer, ein Backend mit Timeout oder ein instabiles Netzwerk. Eine fehlerhafte Anfrage scheitert jedes Mal.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1357"/>
        <source>Compare the failed calls with the ones that succeeded (this finding&apos;s evidence): the time they failed, the status or network error. Retry server errors with exponential backoff, and ask the server&apos;s operator about instances, restarts and timeouts.</source>
        <translation>Vergleichen Sie die fehlgeschlagenen Aufrufe mit den erfolgreichen (die Belege dieses Befunds): den Zeitpunkt des Fehlers, den Status oder Netzwerkfehler. Wiederholen Sie Serverfehler mit exponentiellem Backoff, und fragen Sie den Betreiber des Servers nach Instanzen, Neustarts und Timeouts.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1367"/>
        <source>Plain HTTP to a remote server</source>
        <translation>Unverschlüsseltes HTTP zu einem entfernten Server</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1368"/>
        <source>%1 is plain http on a host that is not loopback: tokens and tool data cross the network unencrypted.</source>
        <translation>%1 ist unverschlüsseltes http auf einem Host, der nicht Loopback ist: Tokens und Tool-Daten gehen unverschlüsselt über das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1370"/>
        <source>The server is reached without TLS. MCP requires HTTPS for authorization endpoints and remote servers.</source>
        <translation>Der Server wird ohne TLS erreicht. MCP verlangt HTTPS für Autorisierungsendpunkte und entfernte Server.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1373"/>
        <source>Serve the MCP endpoint over HTTPS (a reverse proxy with a certificate will do) and use its https URL.</source>
        <translation>Stellen Sie den MCP-Endpunkt über HTTPS bereit (ein Reverse Proxy mit Zertifikat genügt), und verwenden Sie seine https-URL.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1377"/>
        <source>The TLS certificate of %1 expires on %2, in %3 days.</source>
        <translation>Das TLS-Zertifikat von %1 läuft am %2 ab, in %3 Tagen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1379"/>
        <source>The certificate is close to the end of its validity; clients will refuse it once it has passed.</source>
        <translation>Das Zertifikat ist kurz vor dem Ende seiner Gültigkeit; Clients werden es ablehnen, sobald diese überschritten ist.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1381"/>
        <source>Renew the certificate now and make sure renewal is automated (e.g. ACME with a timer).</source>
        <translation>Erneuern Sie das Zertifikat jetzt und stellen Sie sicher, dass die Erneuerung automatisiert ist (z. B. ACME mit einem Timer).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1385"/>
        <source>CORS preflight refused</source>
        <translation>CORS-Preflight abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1386"/>
        <source>The CORS preflight OPTIONS %1 from origin %2 was answered HTTP %3 with Access-Control-Allow-Origin &quot;%4&quot;.</source>
        <translation>Der CORS-Preflight OPTIONS %1 von Origin %2 wurde mit HTTP %3 und Access-Control-Allow-Origin „%4“ beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1389"/>
        <source>A browser-based MCP client (such as the Inspector in direct mode) sends this preflight before every POST; without a 2xx answer that allows its origin, the browser blocks the request.</source>
        <translation>Ein browserbasierter MCP-Client (etwa der Inspector im Direktmodus) sendet diesen Preflight vor jedem POST; ohne eine 2xx-Antwort, die seinen Origin erlaubt, blockiert der Browser die Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1393"/>
        <source>Answer OPTIONS on the MCP endpoint with 204 and Access-Control-Allow-Origin set to the client&apos;s origin (or *), e.g. with the cors middleware.</source>
        <translation>Beantworten Sie OPTIONS am MCP-Endpunkt mit 204 und Access-Control-Allow-Origin, gesetzt auf den Origin des Clients (oder *), z. B. mit der cors-Middleware.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1398"/>
        <source>CORS preflight does not allow what MCP sends</source>
        <translation>CORS-Preflight erlaubt nicht, was MCP sendet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1399"/>
        <source>The CORS preflight of %1 does not allow %2 (Access-Control-Allow-Methods: &quot;%3&quot;, Access-Control-Allow-Headers: &quot;%4&quot;).</source>
        <translation>Der CORS-Preflight von %1 erlaubt %2 nicht (Access-Control-Allow-Methods: „%3“, Access-Control-Allow-Headers: „%4“).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1402"/>
        <source>A browser-based MCP client sends POST with Authorization, Content-Type, Mcp-Session-Id, Mcp-Protocol-Version and Last-Event-Id; the browser refuses to send what the preflight does not allow (a wildcard does not cover Authorization).</source>
        <translation>Ein browserbasierter MCP-Client sendet POST mit Authorization, Content-Type, Mcp-Session-Id, Mcp-Protocol-Version und Last-Event-Id; der Browser verweigert das Senden dessen, was der Preflight nicht erlaubt (ein Platzhalter deckt Authorization nicht ab).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1407"/>
        <source>List POST, GET and DELETE in Access-Control-Allow-Methods and each of those headers by name in Access-Control-Allow-Headers.</source>
        <translation>Führen Sie POST, GET und DELETE in Access-Control-Allow-Methods und jeden dieser Header namentlich in Access-Control-Allow-Headers auf.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1411"/>
        <source>Answer not readable by a browser client</source>
        <translation>Antwort für einen Browser-Client nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1412"/>
        <source>A browser-based client could not use the answer to POST %1 from origin %2: %3</source>
        <translation>Ein browserbasierter Client konnte die Antwort auf POST %1 von Origin %2 nicht verwenden: %3</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1415"/>
        <source>Browsers hide a cross-origin answer without a matching Access-Control-Allow-Origin, and hide every header not listed in Access-Control-Expose-Headers: the client then loses the session id or the authorization challenge.</source>
        <translation>Browser verbergen eine Cross-Origin-Antwort ohne passendes Access-Control-Allow-Origin und verbergen jeden Header, der nicht in Access-Control-Expose-Headers aufgeführt ist: der Client verliert dann die Sitzungs-ID oder die Autorisierungs-Challenge.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1420"/>
        <source>Send Access-Control-Allow-Origin on every answer (not only the preflight) and list Mcp-Session-Id and WWW-Authenticate in Access-Control-Expose-Headers.</source>
        <translation>Senden Sie Access-Control-Allow-Origin bei jeder Antwort (nicht nur beim Preflight), und führen Sie Mcp-Session-Id und WWW-Authenticate in Access-Control-Expose-Headers auf.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1425"/>
        <source>No MCP transport answered</source>
        <translation>Kein MCP-Transport hat geantwortet</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1426"/>
        <source>%1 did not initialize over any transport tried: %2</source>
        <translation>%1 wurde über keinen der versuchten Transporte initialisiert: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1427"/>
        <source>The URL does not lead to an MCP endpoint: another path (/mcp for Streamable HTTP, /sse for the 2024-11-05 HTTP+SSE transport), a web page or proxy in front of it, or a server that does not speak MCP.</source>
        <translation>Die URL führt nicht zu einem MCP-Endpunkt: ein anderer Pfad (/mcp für Streamable HTTP, /sse für den HTTP+SSE-Transport von 2024-11-05), eine vorgeschaltete Webseite oder ein Proxy, oder ein Server, der kein MCP spricht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1431"/>
        <source>Check the endpoint path in the server&apos;s documentation or logs (Streamable HTTP servers usually serve /mcp, older ones /sse), and that nothing in front of it answers instead.</source>
        <translation>Prüfen Sie den Endpunktpfad in der Dokumentation oder den Protokollen des Servers (Streamable-HTTP-Server bedienen meist /mcp, ältere /sse), und dass nichts Vorgeschaltetes stattdessen antwortet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1436"/>
        <source>No Streamable HTTP</source>
        <translation>Kein Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1437"/>
        <source>%1 did not initialize over Streamable HTTP (%2); the older HTTP+SSE transport (2024-11-05) is tried next.</source>
        <translation>%1 wurde nicht über Streamable HTTP initialisiert (%2); als Nächstes wird der ältere HTTP+SSE-Transport (2024-11-05) versucht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1440"/>
        <source>The server speaks only the deprecated HTTP+SSE transport, or the URL is its /sse endpoint: clients that speak only the current transport cannot connect.</source>
        <translation>Der Server spricht nur den veralteten HTTP+SSE-Transport, oder die URL ist sein /sse-Endpunkt: Clients, die nur den aktuellen Transport sprechen, können keine Verbindung herstellen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1444"/>
        <source>Use the server&apos;s Streamable HTTP endpoint (usually /mcp) if it has one, or upgrade the server to an SDK that serves Streamable HTTP.</source>
        <translation>Verwenden Sie den Streamable-HTTP-Endpunkt des Servers (meist /mcp), falls vorhanden, oder aktualisieren Sie den Server auf ein SDK, das Streamable HTTP bereitstellt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1448"/>
        <source>401 without a Bearer challenge</source>
        <translation>401 ohne Bearer-Challenge</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1449"/>
        <source>%1 answered HTTP %2 without a Bearer challenge (WWW-Authenticate: &quot;%3&quot;).</source>
        <translation>%1 antwortete HTTP %2 ohne Bearer-Challenge (WWW-Authenticate: „%3“).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1452"/>
        <source>An MCP client learns where to sign in from the 401&apos;s WWW-Authenticate: Bearer header (with resource_metadata, RFC 9728); without it no client can start the OAuth flow.</source>
        <translation>Ein MCP-Client erfährt aus dem Header WWW-Authenticate: Bearer des 401 (mit resource_metadata, RFC 9728), wo er sich anmelden muss; ohne ihn kann kein Client den OAuth-Flow starten.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1456"/>
        <source>Answer unauthenticated requests with 401 and WWW-Authenticate: Bearer resource_metadata=&quot;&lt;the protected resource metadata URL&gt;&quot;.</source>
        <translation>Beantworten Sie nicht authentifizierte Anfragen mit 401 und WWW-Authenticate: Bearer resource_metadata=&quot;&lt;URL der Protected Resource Metadata&gt;&quot;.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1460"/>
        <source>No protected resource metadata</source>
        <translation>Keine Protected Resource Metadata</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1461"/>
        <source>%1 requires authorization but publishes no protected resource metadata: tried %2.</source>
        <translation>%1 verlangt Autorisierung, veröffentlicht aber keine Protected Resource Metadata: versucht wurde %2.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1464"/>
        <source>MCP clients find the authorization server through the protected resource metadata (RFC 9728), named by resource_metadata in the 401 or served at /.well-known/oauth-protected-resource.</source>
        <translation>MCP-Clients finden den Autorisierungsserver über die Protected Resource Metadata (RFC 9728), die über resource_metadata im 401 genannt oder unter /.well-known/oauth-protected-resource bereitgestellt werden.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1468"/>
        <source>Serve the metadata (resource, authorization_servers) at the well-known URL and name it in the 401&apos;s WWW-Authenticate header.</source>
        <translation>Stellen Sie die Metadaten (resource, authorization_servers) unter der Well-known-URL bereit und nennen Sie sie im WWW-Authenticate-Header des 401.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1472"/>
        <source>Basic operation failed</source>
        <translation>Grundlegende Operation fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1473"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1474"/>
        <source>The server initialized but refused or failed a basic request every client sends.</source>
        <translation>Der Server wurde initialisiert, hat aber eine grundlegende Anfrage, die jeder Client sendet, abgelehnt oder nicht ausführen können.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1477"/>
        <source>Read the server&apos;s answer and logs for this method; a server should answer the lists of the capabilities it declares, and ping always.</source>
        <translation>Lesen Sie die Antwort und die Protokolle des Servers zu dieser Methode; ein Server sollte die Listen der von ihm deklarierten Capabilities beantworten, und ping immer.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1481"/>
        <source>Requests failed under a short burst</source>
        <translation>Anfragen bei einem kurzen Burst fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1482"/>
        <source>%1 of %2 pings sent at once failed; the first: %3</source>
        <translation>%1 von %2 gleichzeitig gesendeten Pings fehlgeschlagen; der erste: %3</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1483"/>
        <source>The server (or a proxy or rate limiter in front of it) cannot take a handful of concurrent requests.</source>
        <translation>Der Server (oder ein vorgeschalteter Proxy oder Rate Limiter) verkraftet eine Handvoll gleichzeitiger Anfragen nicht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1485"/>
        <source>Check the server&apos;s concurrency limits, worker pool and rate limits, and its logs at the time of the burst.</source>
        <translation>Prüfen Sie die Nebenläufigkeitsgrenzen, den Worker-Pool und die Rate Limits des Servers sowie seine Protokolle zum Zeitpunkt des Bursts.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1489"/>
        <source>Slow answers</source>
        <translation>Langsame Antworten</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1490"/>
        <source>Of %1 pings sent at once, the p95 latency was %2 ms (p50 %3 ms), above %4 ms.</source>
        <translation>Von %1 gleichzeitig gesendeten Pings betrug die p95-Latenz %2 ms (p50 %3 ms), über %4 ms.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1493"/>
        <source>The troubleshooting guide alerts when the P95 response time exceeds 2 seconds: the server, its host or the network is slow or overloaded.</source>
        <translation>Der Leitfaden zur Fehlerbehebung warnt, wenn die P95-Antwortzeit 2 Sekunden überschreitet: der Server, sein Host oder das Netzwerk ist langsam oder überlastet.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1496"/>
        <source>Compare time to first byte with total time in the Connection Doctor&apos;s exchanges; profile the server and the path to it.</source>
        <translation>Vergleichen Sie in den Austauschen der Verbindungsdiagnose die Zeit bis zum ersten Byte mit der Gesamtzeit; analysieren Sie den Server und den Weg dorthin per Profiling.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1501"/>
        <source>%1 of %2 identical %3 requests failed, the others succeeded; the first failure: %4</source>
        <translation>%1 von %2 identischen %3-Anfragen fehlgeschlagen, die übrigen erfolgreich; der erste Fehler: %4</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1504"/>
        <source>Failures that come and go point at an unstable network, a load balancer with a bad backend, a rate limiter or an overloaded server.</source>
        <translation>Fehler, die kommen und gehen, deuten auf ein instabiles Netzwerk, einen Load Balancer mit fehlerhaftem Backend, einen Rate Limiter oder einen überlasteten Server hin.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1507"/>
        <source>Look at the failed exchanges&apos; status and timing; check each backend behind the load balancer and the server&apos;s logs at those times.</source>
        <translation>Sehen Sie sich Status und Timing der fehlgeschlagenen Austausche an; prüfen Sie jedes Backend hinter dem Load Balancer und die Protokolle des Servers zu diesen Zeitpunkten.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1513"/>
        <source>Headers did not match the body</source>
        <translation>Header passten nicht zum Body</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1514"/>
        <source>The server refused %1 with HeaderMismatch (-32020): %2</source>
        <translation>Der Server hat %1 mit HeaderMismatch (-32020) abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1516"/>
        <source>MCP 2026-07-28 mirrors the method, the name and the arguments a tool designates (x-mcp-header) into Mcp-Method, Mcp-Name and Mcp-Param-* headers; the server found one missing or different from the body. A proxy that rewrites headers, or a tool schema that changed since tools/list, causes it too.</source>
        <translation>MCP 2026-07-28 spiegelt die Methode, den Namen und die Argumente, die ein Tool bestimmt (x-mcp-header), in die Header Mcp-Method, Mcp-Name und Mcp-Param-*; der Server fand einen davon fehlend oder abweichend vom Body. Auch ein Proxy, der Header umschreibt, oder ein Tool-Schema, das sich seit tools/list geändert hat, verursacht das.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1522"/>
        <source>List the tools again and retry; compare the request&apos;s headers with its body in the exchange; check what sits between client and server.</source>
        <translation>Listen Sie die Tools erneut auf und versuchen Sie es noch einmal; vergleichen Sie im Austausch die Header der Anfrage mit ihrem Body; prüfen Sie, was zwischen Client und Server sitzt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1526"/>
        <source>The server needs a client capability</source>
        <translation>Der Server braucht eine Client-Fähigkeit</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1527"/>
        <source>The server refused %1 for want of client capabilities (-32021): %2</source>
        <translation>Der Server hat %1 mangels Client-Fähigkeiten abgelehnt (-32021): %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1529"/>
        <source>In MCP 2026-07-28 each request declares the client&apos;s capabilities in _meta; this request needs one McpScope did not declare for it.</source>
        <translation>In MCP 2026-07-28 deklariert jede Anfrage die Fähigkeiten des Clients in _meta; diese Anfrage braucht eine, die McpScope für sie nicht deklariert hat.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1532"/>
        <source>Enable the capability (elicitation, sampling, roots) in the session&apos;s settings, or use the tool without it.</source>
        <translation>Aktivieren Sie die Fähigkeit (Elicitation, Sampling, Roots) in den Einstellungen der Sitzung, oder verwenden Sie das Tool ohne sie.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1536"/>
        <source>Tool excluded: invalid x-mcp-header</source>
        <translation>Tool ausgeschlossen: ungültiger x-mcp-header</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1537"/>
        <source>Tool &quot;%1&quot; was left out of tools/list: %2</source>
        <translation>Tool „%1“ wurde aus tools/list weggelassen: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1538"/>
        <source>MCP 2026-07-28 lets a tool&apos;s inputSchema mirror arguments into Mcp-Param-* headers with x-mcp-header, and requires clients to reject a tool whose declaration is invalid (empty, not a header token, duplicate, on a non-primitive or unreachable property).</source>
        <translation>MCP 2026-07-28 lässt das inputSchema eines Tools Argumente mit x-mcp-header in Mcp-Param-*-Header spiegeln und verlangt, dass Clients ein Tool mit ungültiger Deklaration ablehnen (leer, kein Header-Token, doppelt, an einer nicht primitiven oder unerreichbaren Eigenschaft).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1543"/>
        <source>Fix the tool&apos;s inputSchema on the server; the other tools stay usable.</source>
        <translation>Korrigieren Sie das inputSchema des Tools auf dem Server; die übrigen Tools bleiben nutzbar.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1547"/>
        <source>server/discover answer breaks the schema</source>
        <translation>Antwort auf server/discover verletzt das Schema</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1548"/>
        <source>The server/discover result does not match the 2026-07-28 schema: %1</source>
        <translation>Das Ergebnis von server/discover entspricht nicht dem Schema von 2026-07-28: %1</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1550"/>
        <source>The server implements discovery incompletely or for a draft of the revision. McpScope used what it could read.</source>
        <translation>Der Server implementiert die Erkennung unvollständig oder nach einem Entwurf der Revision. McpScope hat verwendet, was es lesen konnte.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1553"/>
        <source>Compare the result with DiscoverResult in the 2026-07-28 schema and fix the server.</source>
        <translation>Vergleichen Sie das Ergebnis mit DiscoverResult im Schema von 2026-07-28 und korrigieren Sie den Server.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1557"/>
        <source>The server kept asking for input</source>
        <translation>Der Server fragte immer wieder nach Eingaben</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1558"/>
        <source>The server kept asking for input on %1 (%2 rounds); McpScope gave up.</source>
        <translation>Der Server fragte bei %1 immer wieder nach Eingaben (%2 Runden); McpScope hat aufgegeben.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1560"/>
        <source>A multi round-trip request answered input_required again and again: the server does not accept the answers, or loops.</source>
        <translation>Eine Anfrage mit mehreren Runden wurde immer wieder mit input_required beantwortet: Der Server nimmt die Antworten nicht an oder dreht sich im Kreis.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1563"/>
        <source>Look at the rounds in the capture: the inputResponses sent and what the server asked for each time.</source>
        <translation>Sehen Sie sich die Runden im Mitschnitt an: die gesendeten inputResponses und wonach der Server jeweils gefragt hat.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1567"/>
        <source>No protocol version in common</source>
        <translation>Keine gemeinsame Protokollversion</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1568"/>
        <source>The server refused protocol version %1 and supports only: %2</source>
        <translation>Der Server hat die Protokollversion %1 abgelehnt und unterstützt nur: %2</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1570"/>
        <source>The server does not speak a revision McpScope speaks in this era.</source>
        <translation>Der Server spricht keine Revision, die McpScope in dieser Ära spricht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1572"/>
        <source>Choose another era (--era legacy or modern), or upgrade the server or McpScope.</source>
        <translation>Wählen Sie eine andere Ära (--era legacy oder modern), oder aktualisieren Sie den Server oder McpScope.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1579"/>
        <source>Issuer missing from the redirect (RFC 9207)</source>
        <translation>Aussteller fehlt in der Weiterleitung (RFC 9207)</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1580"/>
        <source>The authorization server %1 advertises authorization_response_iss_parameter_supported, but its redirect carries no iss: the code was not redeemed (a possible mix-up attack).</source>
        <translation>Der Autorisierungsserver %1 gibt authorization_response_iss_parameter_supported an, aber seine Weiterleitung trägt kein iss: Der Code wurde nicht eingelöst (möglicher Mix-up-Angriff).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1584"/>
        <source>A server that says it sends iss must send it with every authorization response; a response without it may come from another server.</source>
        <translation>Ein Server, der angibt, iss zu senden, muss es mit jeder Autorisierungsantwort senden; eine Antwort ohne iss kann von einem anderen Server stammen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1587"/>
        <source>Check the authorization server&apos;s redirect (or its metadata, if it does not send iss), then start the flow again.</source>
        <translation>Prüfen Sie die Weiterleitung des Autorisierungsservers (oder seine Metadaten, falls er kein iss sendet) und starten Sie den Flow dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1591"/>
        <source>No assertion for the JWT bearer grant</source>
        <translation>Keine Assertion für den JWT-Bearer-Grant</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1592"/>
        <source>The %1 flow needs %2, and none was given.</source>
        <translation>Der Flow „%1“ braucht %2, und nichts davon wurde angegeben.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1593"/>
        <source>Workload identity presents a JWT from the workload&apos;s identity provider; enterprise-managed authorization presents the user&apos;s ID token to the enterprise IdP.</source>
        <translation>Workload-Identität legt ein JWT vom Identity-Provider des Workloads vor; die unternehmensverwaltete Autorisierung legt das ID-Token des Benutzers dem Unternehmens-IdP vor.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1597"/>
        <source>Give it: --assertion FILE (workload identity), or --idp-token-endpoint, --idp-client-id and --id-token FILE (enterprise-managed).</source>
        <translation>Geben Sie es an: --assertion DATEI (Workload-Identität) oder --idp-token-endpoint, --idp-client-id und --id-token DATEI (unternehmensverwaltet).</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1601"/>
        <source>DPoP nonce refused again</source>
        <translation>DPoP-Nonce erneut abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1602"/>
        <source>%1 asked for a new DPoP nonce %2 times in a row; McpScope stops here rather than loop.</source>
        <translation>%1 hat %2-mal hintereinander eine neue DPoP-Nonce verlangt; McpScope hört hier auf, statt sich im Kreis zu drehen.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1605"/>
        <source>The server answers every proof with use_dpop_nonce: its nonce changes faster than it is used, or it does not accept the nonce it issued.</source>
        <translation>Der Server beantwortet jeden Nachweis mit use_dpop_nonce: Seine Nonce ändert sich schneller, als sie verwendet wird, oder er akzeptiert die selbst ausgegebene Nonce nicht.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1608"/>
        <source>Check the server&apos;s DPoP nonce handling (RFC 9449 §8, §9), then try again.</source>
        <translation>Prüfen Sie den Umgang des Servers mit DPoP-Nonces (RFC 9449 §8, §9) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1612"/>
        <source>The IdP&apos;s token exchange answer is unusable</source>
        <translation>Die Token-Exchange-Antwort des IdP ist unbrauchbar</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1613"/>
        <source>The identity provider&apos;s token exchange answer is not an ID-JAG: %1</source>
        <translation>Die Token-Exchange-Antwort des Identity-Providers ist kein ID-JAG: %1</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1615"/>
        <source>RFC 8693 answers carry access_token and issued_token_type; an ID-JAG has issued_token_type urn:ietf:params:oauth:token-type:id-jag.</source>
        <translation>Antworten nach RFC 8693 tragen access_token und issued_token_type; ein ID-JAG hat issued_token_type urn:ietf:params:oauth:token-type:id-jag.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1618"/>
        <source>Check that the IdP supports Identity Assertion JWT Authorization Grants for this client, audience and resource.</source>
        <translation>Prüfen Sie, ob der IdP Identity Assertion JWT Authorization Grants für diesen Client, diese Audience und diese Ressource unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1734"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1736"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1738"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_checks.cpp" line="73"/>
        <source>missing</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../core/vault/vault_checks.cpp" line="17"/>
        <source>(no issuer)</source>
        <translation>(kein Aussteller)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/rules_oauth.cpp" line="126"/>
        <source>(none: plain by default)</source>
        <translation>(keine: standardmäßig plain)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/rules_oauth.cpp" line="298"/>
        <source>(its id is in the redacted Basic header)</source>
        <translation>(ihre ID steht im geschwärzten Basic-Header)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/rules_oauth.cpp" line="383"/>
        <source>(none: a bare value)</source>
        <translation>(keines: ein bloßer Wert)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/rules_oauth.cpp" line="447"/>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>mcpscope::FindingsModel</name>
    <message>
        <location filename="../models/findings_model.cpp" line="103"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/findings_model.cpp" line="105"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../models/findings_model.cpp" line="107"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../models/findings_model.cpp" line="109"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/findings_model.cpp" line="111"/>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
</context>
<context>
    <name>mcpscope::FindingsStore</name>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="69"/>
        <location filename="../core/capture/findings_store.cpp" line="96"/>
        <source>Could not open the capture store %1 for findings: %2</source>
        <translation>Der Mitschnitt-Speicher %1 konnte für Befunde nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="78"/>
        <source>The capture store %1 has no findings table yet: open it with the capture store first, which upgrades it.</source>
        <translation>Der Mitschnitt-Speicher %1 hat noch keine Befundtabelle: Öffnen Sie ihn zuerst als Mitschnitt-Speicher, das aktualisiert ihn.</translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="105"/>
        <source>The capture store %1 was written before findings were recorded.</source>
        <translation>Der Mitschnittspeicher %1 wurde geschrieben, bevor Befunde aufgezeichnet wurden.</translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="132"/>
        <location filename="../core/capture/findings_store.cpp" line="160"/>
        <source>The findings store is not open.</source>
        <translation>Der Befundspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="139"/>
        <location filename="../core/capture/findings_store.cpp" line="153"/>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="168"/>
        <location filename="../core/capture/findings_store.cpp" line="173"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
</context>
<context>
    <name>mcpscope::FindingsTreeModel</name>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="253"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="255"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="259"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="268"/>
        <source>#%1</source>
        <extracomment>A finding&apos;s session: its number, then its name</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="268"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="305"/>
        <source>Exchange #%1</source>
        <translation>Austausch #%1</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="310"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="312"/>
        <source>#%1  %2  %3 %4 → %5</source>
        <extracomment>An evidence exchange: its number, time, method, URL and status</extracomment>
        <translation>#%1  %2  %3 %4 → %5</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="444"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="446"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="448"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="450"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="452"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>mcpscope::FindingsView</name>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="281"/>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="282"/>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="283"/>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/findings_view.cpp" line="286"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/findings_view.cpp" line="287"/>
        <source>%1 of %n finding(s) shown</source>
        <translation>
            <numerusform>%1 von %n Befund angezeigt</numerusform>
            <numerusform>%1 von %n Befunden angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="290"/>
        <source>No findings in this capture. McpScope&apos;s rules look at every exchange as it is captured, imported or opened, and the Connection Doctor (Tools menu) walks a server through the troubleshooting guides&apos; checks on demand; what they find is listed here.</source>
        <translation>Keine Befunde in diesem Mitschnitt. Die Regeln von McpScope prüfen jeden Austausch, sobald er mitgeschnitten, importiert oder geöffnet wird, und die Verbindungsdiagnose (Menü Werkzeuge) führt einen Server auf Wunsch durch die Prüfungen der Fehlerbehebungsleitfäden; was sie finden, steht hier.</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="294"/>
        <source>The severity buttons or the filter hide every finding.</source>
        <translation>Die Schweregrad-Schalter oder der Filter blenden jeden Befund aus.</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="295"/>
        <source>Select a finding to see what was seen, its cause, the fix and the exchanges that show it.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, was beobachtet wurde, seine Ursache, die Abhilfe und die Austausche, die ihn zeigen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/findings_view.cpp" line="315"/>
        <source>%1 · %n finding(s)</source>
        <translation>
            <numerusform>%1 · %n Befund</numerusform>
            <numerusform>%1 · %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="319"/>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="320"/>
        <location filename="../ui/diagnostics/findings_view.cpp" line="338"/>
        <source>Likely cause: %1</source>
        <translation>Wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="322"/>
        <location filename="../ui/diagnostics/findings_view.cpp" line="340"/>
        <source>What to do: %1</source>
        <translation>Vorgehen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/findings_view.cpp" line="326"/>
        <source>Evidence: %n exchange(s) (Show in Log lists them)</source>
        <translation>
            <numerusform>Belege: %n Austausch („Im Protokoll zeigen“ listet ihn auf)</numerusform>
            <numerusform>Belege: %n Austausche („Im Protokoll zeigen“ listet sie auf)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="336"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="341"/>
        <source>Evidence: none recorded</source>
        <translation>Belege: keine aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="342"/>
        <source>Evidence: exchange %1 (double-click the finding to show it in the capture log)</source>
        <translation>Belege: Austausch %1 (doppelklicken Sie auf den Befund, um ihn im Mitschnittprotokoll anzuzeigen)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="346"/>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="378"/>
        <source>the findings “%1”</source>
        <extracomment>Where the log&apos;s filter came from: a finding&apos;s (or a kind&apos;s) title</extracomment>
        <translation>die Befunde „%1“</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="379"/>
        <source>the finding “%1”</source>
        <translation>den Befund „%1“</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="385"/>
        <source>Filter findings (title, kind, summary)…</source>
        <translation>Befunde filtern (Titel, Art, Zusammenfassung)…</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="386"/>
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="387"/>
        <source>Show warnings</source>
        <translation>Warnungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="388"/>
        <source>Show notes</source>
        <translation>Hinweise anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="389"/>
        <source>Show in Log</source>
        <translation>Im Protokoll zeigen</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="390"/>
        <source>Show the selected finding&apos;s exchanges in the capture log</source>
        <translation>Die Austausche des ausgewählten Befunds im Mitschnittprotokoll anzeigen</translation>
    </message>
</context>
<context>
    <name>mcpscope::Handler</name>
    <message>
        <location filename="../core/export/har_reader.cpp" line="143"/>
        <source>a string of %1 bytes is longer than the import limit (%2 bytes)</source>
        <translation>eine Zeichenkette von %1 Bytes ist länger als die Importgrenze (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="172"/>
        <source>the file has no &quot;log&quot; object: it is JSON, but not a HAR</source>
        <translation>die Datei hat kein „log“-Objekt: Sie ist JSON, aber kein HAR</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="174"/>
        <source>log.entries is missing (HAR 1.2 requires it)</source>
        <translation>log.entries fehlt (HAR 1.2 verlangt es)</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="274"/>
        <source>a payload of more than %1 bytes is longer than the import limit</source>
        <translation>eine Nutzlast von mehr als %1 Bytes ist länger als die Importgrenze</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="297"/>
        <source>the top level is not an object: not a HAR</source>
        <translation>die oberste Ebene ist kein Objekt: kein HAR</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="304"/>
        <location filename="../core/export/har_reader.cpp" line="359"/>
        <source>an entry must be an object</source>
        <translation>ein Eintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="325"/>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="329"/>
        <source>the top level is an array: not a HAR</source>
        <translation>die oberste Ebene ist ein Array: kein HAR</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="338"/>
        <source>&quot;log&quot; must be an object</source>
        <translation>„log“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="342"/>
        <source>&quot;log&quot; appears more than once</source>
        <translation>„log“ kommt mehr als einmal vor</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="349"/>
        <source>log.entries must be an array</source>
        <translation>log.entries muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="351"/>
        <source>log.entries appears more than once</source>
        <translation>log.entries kommt mehr als einmal vor</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="461"/>
        <source>%1.%2 is missing (HAR 1.2 requires it)</source>
        <translation>%1.%2 fehlt (HAR 1.2 verlangt es)</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="464"/>
        <source>%1.%2 must be %3</source>
        <translation>%1.%2 muss %3 sein</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="474"/>
        <source>an ISO 8601 date and time</source>
        <translation>ein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="487"/>
        <location filename="../core/export/har_reader.cpp" line="532"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="493"/>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="499"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="513"/>
        <source>base64, as its _encoding says</source>
        <translation>Base64, wie sein _encoding angibt</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="538"/>
        <source>a number from 0 to 999</source>
        <translation>eine Zahl von 0 bis 999</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="553"/>
        <source>base64, as its encoding says</source>
        <translation>Base64, wie seine Kodierung angibt</translation>
    </message>
</context>
<context>
    <name>mcpscope::HarReader</name>
    <message>
        <location filename="../core/export/har_reader.cpp" line="596"/>
        <source>The HAR import was stopped.</source>
        <translation>Der HAR-Import wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="603"/>
        <source>The HAR file is not open for reading.</source>
        <translation>Die HAR-Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="614"/>
        <source>at byte %1, in entry %2</source>
        <translation>bei Byte %1, in Eintrag %2</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="615"/>
        <source>at byte %1</source>
        <translation>bei Byte %1</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="622"/>
        <source>Not a usable HAR %1: %2.</source>
        <translation>Kein verwendbares HAR %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="627"/>
        <source>The HAR file ends early %1: it is cut short (%2).</source>
        <translation>Die HAR-Datei endet vorzeitig %1: Sie ist abgeschnitten (%2).</translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="631"/>
        <source>The HAR file is not valid JSON %1: %2</source>
        <translation>Die HAR-Datei ist kein gültiges JSON %1: %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::HarWriter</name>
    <message>
        <location filename="../core/export/har_writer.cpp" line="1010"/>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::HeadGuard</name>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="92"/>
        <source>The request head is over %1 bytes.</source>
        <translation>Der Anfragekopf ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="95"/>
        <source>Send the body with a Content-Length; chunked bodies are not accepted.</source>
        <translation>Senden Sie den Body mit Content-Length; Bodys mit Chunked-Kodierung werden nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="99"/>
        <source>The request body is over the mock&apos;s cap of %1 bytes.</source>
        <translation>Der Anfrage-Body überschreitet die Obergrenze des Mocks von %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>mcpscope::HistoryTab</name>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="77"/>
        <source>The answer of the selected call</source>
        <translation>Die Antwort des ausgewählten Aufrufs</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="85"/>
        <source>Open in form</source>
        <translation>Im Formular öffnen</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="87"/>
        <source>Put the tool and its arguments in the Tools tab&apos;s form</source>
        <translation>Das Werkzeug und seine Argumente in das Formular im Tab Werkzeuge übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="88"/>
        <location filename="../ui/session/history_tab.cpp" line="276"/>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="90"/>
        <source>Call the tool again with the same arguments, in this session</source>
        <translation>Das Werkzeug in dieser Sitzung erneut mit denselben Argumenten aufrufen</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="91"/>
        <source>Edit and replay…</source>
        <translation>Bearbeiten und wiederholen…</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="93"/>
        <source>Show exchange</source>
        <translation>Austausch anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="95"/>
        <source>The HTTP exchanges that carried the call, in the capture log</source>
        <translation>Die HTTP-Austausche, die den Aufruf übertrugen, im Mitschnittprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="132"/>
        <location filename="../ui/session/history_tab.cpp" line="208"/>
        <source>No tool calls yet: the calls made to this server, in this session and earlier ones, are listed here.</source>
        <translation>Noch keine Werkzeugaufrufe: Die Aufrufe an diesen Server, in dieser Sitzung und früheren, werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="176"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="179"/>
        <source>Tool error: %1</source>
        <translation>Werkzeugfehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="183"/>
        <source>JSON-RPC error %1</source>
        <translation>JSON-RPC-Fehler %1</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="187"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="194"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="197"/>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="198"/>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/history_tab.cpp" line="210"/>
        <source>%n call(s) to this server, newest first (this session and earlier ones; kept in the capture store).</source>
        <translation>
            <numerusform>%n Aufruf an diesen Server, neueste zuerst (diese Sitzung und frühere; im Mitschnittspeicher aufbewahrt).</numerusform>
            <numerusform>%n Aufrufe an diesen Server, neueste zuerst (diese Sitzung und frühere; im Mitschnittspeicher aufbewahrt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="242"/>
        <source>Not connected: reconnect to replay the call.</source>
        <translation>Nicht verbunden: Verbinden Sie sich neu, um den Aufruf zu wiederholen.</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="247"/>
        <source>Replaying %1…</source>
        <translation>Wiederhole %1…</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="251"/>
        <source>%1 replayed.</source>
        <translation>%1 wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="252"/>
        <source>%1 replayed: %2</source>
        <translation>Wiederholung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="265"/>
        <source>Edit and replay %1</source>
        <translation>%1 bearbeiten und wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="267"/>
        <source>Arguments of %1 (JSON object):</source>
        <translation>Argumente von %1 (JSON-Objekt):</translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="285"/>
        <source>Not replayed: the arguments are not a JSON object.</source>
        <translation>Nicht wiederholt: Die Argumente sind kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>mcpscope::HttpCall</name>
    <message>
        <location filename="../core/net/http_client.cpp" line="112"/>
        <source>TLS errors ignored by the exception for this host: %1</source>
        <translation>TLS-Fehler durch die Ausnahme für diesen Host ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="156"/>
        <source>The body was %1 bytes; only the first %2 bytes were captured.</source>
        <translation>Der Body hatte %1 Bytes; nur die ersten %2 Bytes wurden mitgeschnitten.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ImageStrip</name>
    <message>
        <location filename="../ui/common/image_strip.cpp" line="51"/>
        <source>%1: %2 bytes of %3 that do not decode as an image</source>
        <translation>%1: %2 Bytes %3, die sich nicht als Bild dekodieren lassen</translation>
    </message>
    <message>
        <location filename="../ui/common/image_strip.cpp" line="66"/>
        <source>%1 · %2×%3 · %4 bytes</source>
        <translation>%1 · %2×%3 · %4 Bytes</translation>
    </message>
</context>
<context>
    <name>mcpscope::Importer</name>
    <message>
        <location filename="../core/export/har_import.cpp" line="82"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="138"/>
        <location filename="../core/export/har_import.cpp" line="174"/>
        <location filename="../core/export/har_import.cpp" line="385"/>
        <source>The capture store could not create a session for the import.</source>
        <translation>Der Mitschnittspeicher konnte keine Sitzung für den Import anlegen.</translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="180"/>
        <location filename="../core/export/har_import.cpp" line="278"/>
        <location filename="../core/export/har_import.cpp" line="348"/>
        <source>The capture store could not reserve ids for the import.</source>
        <translation>Der Mitschnittspeicher konnte keine IDs für den Import reservieren.</translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="227"/>
        <source>The HAR has no response for this request.</source>
        <translation>Das HAR enthält keine Antwort auf diese Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="240"/>
        <source>log.entries[%1].response.content: encoding &quot;%2&quot; is not one McpScope knows; the body is stored as the HAR has it.</source>
        <translation>log.entries[%1].response.content: Die Kodierung „%2“ kennt McpScope nicht; der Inhalt wird so gespeichert, wie das HAR ihn enthält.</translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="434"/>
        <source>The capture store wrote %1 of the %2 imported exchanges.</source>
        <translation>Der Mitschnittspeicher hat %1 der %2 importierten Austausche geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="448"/>
        <source>A finding of a kind this McpScope does not know (%1) was left out.</source>
        <translation>Ein Befund einer Art, die dieses McpScope nicht kennt (%1), wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::IncidentReport</name>
    <message>
        <location filename="../core/export/incident_report.cpp" line="269"/>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="273"/>
        <source>(%1 bytes of binary data, not shown)</source>
        <translation>(%1 Bytes Binärdaten, nicht angezeigt)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="282"/>
        <source>[cut here: %1 of %2 bytes shown]</source>
        <translation>[hier gekürzt: %1 von %2 Bytes angezeigt]</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="288"/>
        <source>[the capture kept only part of this body: %1 bytes were received]</source>
        <translation>[der Mitschnitt hat nur einen Teil dieses Inhalts behalten: %1 Bytes wurden empfangen]</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="309"/>
        <source>The capture store has no session %1: list them with &apos;mcpscope-cli sessions&apos;.</source>
        <translation>Der Mitschnittspeicher hat keine Sitzung %1: Auflisten mit &apos;mcpscope-cli sessions&apos;.</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="373"/>
        <source>%1 (asked for; no answer)</source>
        <translation>%1 (angefragt; keine Antwort)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="384"/>
        <source>JSON-RPC error %1: %2</source>
        <translation>JSON-RPC-Fehler %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="393"/>
        <source>tool error (isError)</source>
        <translation>Werkzeugfehler (isError)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="441"/>
        <source>HTTP (no MCP session)</source>
        <translation>HTTP (keine MCP-Sitzung)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="443"/>
        <source>stdio</source>
        <translation>stdio</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="445"/>
        <source>HTTP+SSE (2024-11-05)</source>
        <translation>HTTP+SSE (2024-11-05)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="447"/>
        <source>Streamable HTTP</source>
        <translation>Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="500"/>
        <source>stream closed by the client</source>
        <translation>Stream vom Client geschlossen</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="502"/>
        <source>no listening stream offered</source>
        <translation>kein Empfangs-Stream angeboten</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="504"/>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="506"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="508"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="535"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="557"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="557"/>
        <source>no HTTP response</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="560"/>
        <source>network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="571"/>
        <location filename="../core/export/incident_report.cpp" line="600"/>
        <source>JSON-RPC error</source>
        <translation>JSON-RPC-Fehler</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="571"/>
        <location filename="../core/export/incident_report.cpp" line="600"/>
        <source>tool error</source>
        <translation>Werkzeugfehler</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="575"/>
        <source>Exchange %1: %2</source>
        <translation>Austausch %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="590"/>
        <source>(no response)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="598"/>
        <source>Message %1: %2</source>
        <translation>Nachricht %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="606"/>
        <source>(the request was not captured)</source>
        <translation>(die Anfrage wurde nicht mitgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="621"/>
        <source>Likely cause:</source>
        <translation>Wahrscheinliche Ursache:</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="621"/>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="623"/>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="676"/>
        <location filename="../core/export/incident_report.cpp" line="816"/>
        <location filename="../core/export/incident_report.cpp" line="846"/>
        <source>McpScope incident report</source>
        <translation>McpScope-Störungsbericht</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="677"/>
        <location filename="../core/export/incident_report.cpp" line="848"/>
        <source>Generated %1 by McpScope %2. Secrets were redacted before the capture was stored and again for this report; every text that came from a server is shown as plain text.</source>
        <translation>Erstellt %1 von McpScope %2. Geheimnisse wurden vor dem Speichern des Mitschnitts und erneut für diesen Bericht geschwärzt; jeder Text, der von einem Server stammt, wird als reiner Text gezeigt.</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="683"/>
        <location filename="../core/export/incident_report.cpp" line="854"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="689"/>
        <location filename="../core/export/incident_report.cpp" line="862"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="693"/>
        <location filename="../core/export/incident_report.cpp" line="865"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="693"/>
        <source>session kind</source>
        <translation>Sitzungsart</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="695"/>
        <location filename="../core/export/incident_report.cpp" line="866"/>
        <source>Protocol version</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="696"/>
        <location filename="../core/export/incident_report.cpp" line="867"/>
        <source>unknown (no initialize answer)</source>
        <translation>unbekannt (keine Antwort auf initialize)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="698"/>
        <location filename="../core/export/incident_report.cpp" line="869"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="698"/>
        <location filename="../core/export/incident_report.cpp" line="869"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="699"/>
        <location filename="../core/export/incident_report.cpp" line="870"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="700"/>
        <location filename="../core/export/incident_report.cpp" line="871"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="702"/>
        <location filename="../core/export/incident_report.cpp" line="873"/>
        <source>still open (last seen %1)</source>
        <translation>noch offen (zuletzt gesehen %1)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="703"/>
        <location filename="../core/export/incident_report.cpp" line="875"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="705"/>
        <location filename="../core/export/incident_report.cpp" line="877"/>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="705"/>
        <location filename="../core/export/incident_report.cpp" line="878"/>
        <source>%1 HTTP exchanges, %2 JSON-RPC messages, %3 failing</source>
        <translation>%1 HTTP-Austausche, %2 JSON-RPC-Nachrichten, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="711"/>
        <location filename="../core/export/incident_report.cpp" line="885"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="717"/>
        <source>%1 lines; the first %2, the last %3 and every failure are shown. Failing lines start with !.</source>
        <translation>%1 Zeilen; die ersten %2, die letzten %3 und jeder Fehler werden gezeigt. Fehlerzeilen beginnen mit !.</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="724"/>
        <source>Failing lines start with !.</source>
        <translation>Fehlerzeilen beginnen mit !.</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="729"/>
        <location filename="../core/export/incident_report.cpp" line="742"/>
        <source>  … %1 lines left out …</source>
        <translation>  … %1 Zeilen ausgelassen …</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="745"/>
        <location filename="../core/export/incident_report.cpp" line="898"/>
        <source>(nothing was captured)</source>
        <translation>(nichts wurde mitgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="748"/>
        <location filename="../core/export/incident_report.cpp" line="928"/>
        <source>Failing exchanges</source>
        <translation>Fehlgeschlagene Austausche</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="750"/>
        <location filename="../core/export/incident_report.cpp" line="768"/>
        <location filename="../core/export/incident_report.cpp" line="930"/>
        <location filename="../core/export/incident_report.cpp" line="948"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="752"/>
        <location filename="../core/export/incident_report.cpp" line="933"/>
        <source>The first %1 of %2 are shown.</source>
        <translation>Die ersten %1 von %2 werden gezeigt.</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="760"/>
        <location filename="../core/export/incident_report.cpp" line="901"/>
        <location filename="../core/export/incident_report.cpp" line="940"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="762"/>
        <location filename="../core/export/incident_report.cpp" line="942"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="766"/>
        <location filename="../core/export/incident_report.cpp" line="946"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="775"/>
        <location filename="../core/export/incident_report.cpp" line="955"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="777"/>
        <location filename="../core/export/incident_report.cpp" line="957"/>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="781"/>
        <location filename="../core/export/incident_report.cpp" line="961"/>
        <source>exchange %1</source>
        <translation>Austausch %1</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="783"/>
        <location filename="../core/export/incident_report.cpp" line="963"/>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="785"/>
        <location filename="../core/export/incident_report.cpp" line="965"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="790"/>
        <location filename="../core/export/incident_report.cpp" line="903"/>
        <location filename="../core/export/incident_report.cpp" line="971"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="792"/>
        <location filename="../core/export/incident_report.cpp" line="973"/>
        <source>No request was answered.</source>
        <translation>Keine Anfrage wurde beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="795"/>
        <location filename="../core/export/incident_report.cpp" line="977"/>
        <source>Method / tool</source>
        <translation>Methode / Werkzeug</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="795"/>
        <location filename="../core/export/incident_report.cpp" line="978"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="796"/>
        <location filename="../core/export/incident_report.cpp" line="981"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="864"/>
        <source>Server software</source>
        <translation>Server-Software</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="865"/>
        <source>%1 (session kind %2)</source>
        <translation>%1 (Sitzungsart %2)</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="892"/>
        <source>%1 lines; the first %2, the last %3 and every failure are shown.</source>
        <translation>%1 Zeilen; die ersten %2, die letzten %3 und jeder Fehler werden gezeigt.</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="901"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="902"/>
        <source>JSON-RPC</source>
        <translation>JSON-RPC</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="903"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="908"/>
        <source>… %1 lines left out …</source>
        <translation>… %1 Zeilen ausgelassen …</translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="1005"/>
        <source>Could not write the incident report: %1</source>
        <translation>Der Störungsbericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::InterfaceDiffView</name>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="131"/>
        <source>Interface: %1 ↔ %2</source>
        <translation>Schnittstelle: %1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="144"/>
        <source>Old: %1
New: %2</source>
        <translation>Alt: %1
Neu: %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="145"/>
        <source>Reading both interfaces…</source>
        <translation>Beide Schnittstellen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="163"/>
        <location filename="../ui/replay/interface_diff_view.cpp" line="166"/>
        <location filename="../ui/replay/interface_diff_view.cpp" line="169"/>
        <location filename="../ui/replay/interface_diff_view.cpp" line="183"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="197"/>
        <source>Interface of %1</source>
        <translation>Schnittstelle von %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="226"/>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="235"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="236"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="237"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="238"/>
        <source>Resource templates</source>
        <translation>Ressourcenvorlagen</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="239"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="251"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="255"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="259"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="279"/>
        <source>%1 (not compared: one side never listed them)</source>
        <translation>%1 (nicht verglichen: eine Seite hat sie nie aufgelistet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/interface_diff_view.cpp" line="280"/>
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="295"/>
        <source>No changes: the two interfaces are the same.</source>
        <translation>Keine Änderungen: Die beiden Schnittstellen sind gleich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/interface_diff_view.cpp" line="298"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="314"/>
        <location filename="../ui/replay/interface_diff_view.cpp" line="316"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>Pointer</source>
        <translation>Pointer</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>mcpscope::InterfaceSnapshotJob</name>
    <message>
        <location filename="../core/replay/interface_diff.cpp" line="363"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonChangeModel</name>
    <message>
        <location filename="../models/json_change_model.cpp" line="21"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="31"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="33"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="37"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="54"/>
        <source>(whole document)</source>
        <translation>(ganzes Dokument)</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="103"/>
        <source>JSON pointer</source>
        <translation>JSON-Pointer</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="105"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="107"/>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="109"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonDiff</name>
    <message>
        <location filename="../core/replay/json_diff.cpp" line="594"/>
        <source>The JSON is nested more than %1 levels deep, so it was not compared. Compare a member further down instead.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt und wurde daher nicht verglichen. Vergleichen Sie stattdessen ein tiefer liegendes Element.</translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonSchemaValidator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="480"/>
        <source>The schema is too complex to evaluate (over %1 steps); validation stopped.</source>
        <translation>Das Schema ist zu komplex (über %1 Schritte); die Prüfung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonTreeView</name>
    <message>
        <location filename="../ui/common/json_view.cpp" line="167"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="167"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonView</name>
    <message>
        <location filename="../ui/common/json_view.cpp" line="200"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="205"/>
        <source>Copy the JSON text to the clipboard</source>
        <translation>Den JSON-Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="221"/>
        <source>Copied %1 lines</source>
        <translation>%1 Zeilen kopiert</translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="234"/>
        <source>%1 lines, in the order the server sent</source>
        <translation>%1 Zeilen, in der Reihenfolge, in der der Server sie sandte</translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="235"/>
        <source>Not valid JSON: shown as received</source>
        <translation>Kein gültiges JSON: wie empfangen angezeigt</translation>
    </message>
</context>
<context>
    <name>mcpscope::JwtViewer</name>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="26"/>
        <source>Paste a JWT (header.payload.signature)</source>
        <translation>JWT einfügen (header.payload.signature)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="32"/>
        <source>https://issuer.example/jwks</source>
        <translation>https://issuer.example/jwks</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="33"/>
        <source>Expected issuer:</source>
        <translation>Erwarteter Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="34"/>
        <source>Expected audience:</source>
        <translation>Erwartete Zielgruppe (aud):</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="35"/>
        <source>JWKS URL:</source>
        <translation>JWKS URL:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="36"/>
        <source>Verify Signature</source>
        <translation>Signatur prüfen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="82"/>
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
        <location filename="../ui/oauth/jwt_viewer.cpp" line="93"/>
        <source>signature: not verified yet (%1)</source>
        <translation>Signatur: noch nicht geprüft (%1)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="106"/>
        <source>
Enter the issuer&apos;s JWKS URL to verify the signature.</source>
        <translation>
Geben Sie die JWKS-URL des Ausstellers an, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="118"/>
        <source>✗ signature: the JWKS could not be fetched (%1)</source>
        <translation>✗ Signatur: Das JWKS konnte nicht abgerufen werden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="119"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="123"/>
        <source>✓ signature: %1, verified with the issuer&apos;s key</source>
        <translation>✓ Signatur: %1, mit dem Schlüssel des Ausstellers geprüft</translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="124"/>
        <source>✗ signature: %1</source>
        <translation>✗ Signatur: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::LegacySseTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="491"/>
        <source>An event on the SSE stream</source>
        <translation>Ein Ereignis im SSE-Stream</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="506"/>
        <source>the SSE stream</source>
        <translation>den SSE-Stream</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="508"/>
        <source>The SSE endpoint answered HTTP %1 instead of an event stream.</source>
        <translation>Der SSE-Endpunkt antwortete mit HTTP %1 statt mit einem Ereignisstrom.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="509"/>
        <source>The server closed the SSE stream; every answer travels on it, so no pending request can be answered any more.</source>
        <translation>Der Server hat den SSE-Stream geschlossen; alle Antworten laufen darüber, daher kann keine ausstehende Anfrage mehr beantwortet werden.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="513"/>
        <source>No endpoint event arrived: %1</source>
        <translation>Kein endpoint-Ereignis angekommen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="520"/>
        <source>the SSE stream is closed</source>
        <translation>der SSE-Stream ist geschlossen</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="522"/>
        <source>the SSE stream is open, waiting for its endpoint event</source>
        <translation>der SSE-Stream ist offen und wartet auf sein endpoint-Ereignis</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="523"/>
        <source>the SSE stream is open; messages are posted to %1</source>
        <translation>der SSE-Stream ist offen; Nachrichten gehen per POST an %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::LogPage</name>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="682"/>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="683"/>
        <source>Copy request body</source>
        <translation>Request-Body kopieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="684"/>
        <source>Copy response body</source>
        <translation>Response-Body kopieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="685"/>
        <source>Compare responses</source>
        <translation>Antworten vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="686"/>
        <source>Select two rows to compare their responses</source>
        <translation>Zwei Zeilen auswählen, um ihre Antworten zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="687"/>
        <location filename="../ui/capture/log_page.cpp" line="1008"/>
        <source>Replay…</source>
        <translation>Wiederholen…</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="688"/>
        <source>Send this request again, edited first, and compare the answers</source>
        <translation>Diese Anfrage erneut senden, vorher bearbeitet, und die Antworten vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="711"/>
        <source>Export Selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="713"/>
        <source>Export the selected exchanges (HAR, JSON or a capture bundle), redacted</source>
        <translation>Die ausgewählten Austausche geschwärzt exportieren (HAR, JSON oder Mitschnittbündel)</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="659"/>
        <source>Exchange %1 carried no JSON-RPC message.</source>
        <translation>Austausch %1 hat keine JSON-RPC-Nachricht übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="689"/>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="690"/>
        <source>The HTTP exchanges, with the MCP call each carried</source>
        <translation>Die HTTP-Austausche, jeweils mit dem MCP-Aufruf, den sie übertrugen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="691"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="693"/>
        <source>The JSON-RPC messages: a request and its answer on one row</source>
        <translation>Die JSON-RPC-Nachrichten: eine Anfrage und ihre Antwort in einer Zeile</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="694"/>
        <source>Clear all</source>
        <translation>Alle aufheben</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="695"/>
        <source>Lift every filter</source>
        <translation>Alle Filter aufheben</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="696"/>
        <location filename="../ui/capture/log_page.cpp" line="710"/>
        <source>Show exchange</source>
        <translation>Austausch anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="698"/>
        <source>The HTTP exchange that carried this message: headers, bodies, timing, TLS</source>
        <translation>Der HTTP-Austausch, der diese Nachricht übertrug: Header, Bodys, Zeitverlauf, TLS</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="699"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="701"/>
        <source>The request as a curl command; values the capture redacted stay redacted</source>
        <translation>Die Anfrage als curl-Befehl; im Mitschnitt geschwärzte Werte bleiben geschwärzt</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="702"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="703"/>
        <source>Show in session</source>
        <translation>In der Sitzung anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="704"/>
        <source>Filter by this method</source>
        <translation>Nach dieser Methode filtern</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="705"/>
        <source>Filter by this tool</source>
        <translation>Nach diesem Werkzeug filtern</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="706"/>
        <source>Filter by this session</source>
        <translation>Nach dieser Sitzung filtern</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="707"/>
        <source>Filter by this status</source>
        <translation>Nach diesem Status filtern</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="708"/>
        <source>Show messages</source>
        <translation>Nachrichten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="709"/>
        <source>The JSON-RPC messages this exchange carried</source>
        <translation>Die JSON-RPC-Nachrichten, die dieser Austausch übertrug</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="715"/>
        <source>Search (full text), or filter: method:tools/call tool:echo status:4xx latency:&gt;500ms</source>
        <translation>Suchen (Volltext) oder filtern: method:tools/call tool:echo status:4xx latency:&gt;500ms</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="717"/>
        <source>Free words search URLs and bodies. Filters: method:&lt;JSON-RPC or HTTP method&gt;, tool:&lt;name or uri&gt;, status:&lt;4xx|404|failed&gt;, latency:&lt;&gt;500ms|&lt;2s&gt;, session:&lt;id&gt;, after:&lt;ISO time&gt;, before:&lt;ISO time&gt;</source>
        <translation>Freie Wörter durchsuchen URLs und Bodys. Filter: method:&lt;JSON-RPC- oder HTTP-Methode&gt;, tool:&lt;Name oder URI&gt;, status:&lt;4xx|404|failed&gt;, latency:&lt;&gt;500ms|&lt;2s&gt;, session:&lt;ID&gt;, after:&lt;ISO-Zeit&gt;, before:&lt;ISO-Zeit&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/log_page.cpp" line="722"/>
        <source>Filtered: %n exchange(s) from Analytics</source>
        <translation>
            <numerusform>Gefiltert: %n Austausch aus der Analyse</numerusform>
            <numerusform>Gefiltert: %n Austausche aus der Analyse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/log_page.cpp" line="724"/>
        <source>Filtered: %n exchange(s) of %1</source>
        <translation>
            <numerusform>Gefiltert: %n Austausch von %1</numerusform>
            <numerusform>Gefiltert: %n Austausche von %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="726"/>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="727"/>
        <source>Show every exchange again</source>
        <translation>Wieder alle Austausche zeigen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="732"/>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="742"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="742"/>
        <source>1xx informational</source>
        <translation>1xx Information</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="742"/>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="743"/>
        <source>3xx redirect</source>
        <translation>3xx Umleitung</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="743"/>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="743"/>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="744"/>
        <source>Failed (no response)</source>
        <translation>Fehlgeschlagen (keine Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="776"/>
        <source>%1  ×</source>
        <extracomment>A filter chip: the filter, then × to remove it</extracomment>
        <translation>%1  ×</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="777"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="803"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="809"/>
        <source>HTTP method %1</source>
        <translation>HTTP-Methode %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/log_page.cpp" line="822"/>
        <source>%n chosen exchange(s)</source>
        <translation>
            <numerusform>%n ausgewählter Austausch</numerusform>
            <numerusform>%n ausgewählte Austausche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="861"/>
        <source>text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1050"/>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1050"/>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1052"/>
        <source>(message %1, exchange %2)</source>
        <translation>(Nachricht %1, Austausch %2)</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1053"/>
        <source>(message %1)</source>
        <translation>(Nachricht %1)</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1055"/>
        <source>after %1 ms</source>
        <translation>nach %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1071"/>
        <location filename="../ui/capture/log_page.cpp" line="1146"/>
        <location filename="../ui/capture/log_page.cpp" line="1170"/>
        <source>Exchange %1 is no longer in the capture file.</source>
        <translation>Austausch %1 ist nicht mehr in der Aufzeichnungsdatei.</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1078"/>
        <source>Copied as curl. Values the capture redacted (tokens, secrets) stay redacted.</source>
        <translation>Als curl kopiert. Im Mitschnitt geschwärzte Werte (Tokens, Geheimnisse) bleiben geschwärzt.</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1155"/>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1162"/>
        <source>Compare responses: #%1 and #%2</source>
        <translation>Antworten vergleichen: #%1 und #%2</translation>
    </message>
</context>
<context>
    <name>mcpscope::LoopbackReceiver</name>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="56"/>
        <source>Could not listen on 127.0.0.1 for the redirect: %1</source>
        <translation>Auf 127.0.0.1 konnte nicht auf die Weiterleitung gewartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="66"/>
        <source>%1 is not a redirect URI McpScope can receive: it takes http:// on 127.0.0.1, [::1] or localhost with a port.</source>
        <translation>%1 ist keine Redirect-URI, die McpScope empfangen kann: Es nimmt http:// auf 127.0.0.1, [::1] oder localhost mit Port an.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="73"/>
        <source>Could not listen on %1 port %2 for the redirect: %3</source>
        <translation>Auf %1, Port %2 konnte nicht auf die Weiterleitung gewartet werden: %3</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="132"/>
        <source>Not here</source>
        <translation>Nicht hier</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="132"/>
        <source>This address only takes the authorization response.</source>
        <translation>Diese Adresse nimmt nur die Autorisierungsantwort an.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="136"/>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="137"/>
        <source>McpScope already received the authorization response. You can close this tab.</source>
        <translation>McpScope hat die Autorisierungsantwort bereits erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="148"/>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="154"/>
        <source>Sign-in did not complete</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="154"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="156"/>
        <source>The authorization server answered &quot;%1&quot;. Return to McpScope for the details.</source>
        <translation>Der Autorisierungsserver antwortete „%1“. Die Einzelheiten finden Sie in McpScope.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="159"/>
        <source>McpScope received the authorization response. You can close this tab and return to McpScope.</source>
        <translation>McpScope hat die Autorisierungsantwort erhalten. Sie können diesen Tab schließen und zu McpScope zurückkehren.</translation>
    </message>
</context>
<context>
    <name>mcpscope::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="450"/>
        <source>%n exchange(s) shown</source>
        <translation>
            <numerusform>%n Austausch angezeigt</numerusform>
            <numerusform>%n Austausche angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>Capture store: %1</source>
        <translation>Mitschnitt-Speicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221"/>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>%1 %2 → %3 in %4 ms</source>
        <translation>%1 %2 → %3 in %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>Diagnostic rules: %1</source>
        <translation>Diagnoseregeln: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296"/>
        <source>Import a Capture</source>
        <translation>Mitschnitt importieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>HAR files and capture bundles (*.har *.mcpscope);;All files (*)</source>
        <translation>HAR-Dateien und Mitschnittbündel (*.har *.mcpscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="364"/>
        <source>About McpScope</source>
        <translation>Über McpScope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365"/>
        <source>McpScope %1
A workbench for debugging OAuth-protected MCP servers.
Captures are stored in %2</source>
        <translation>McpScope %1
Eine Werkbank zur Fehlersuche an OAuth-geschützten MCP-Servern.
Mitschnitte liegen in %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="378"/>
        <source>McpScope</source>
        <translation>McpScope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="379"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="380"/>
        <source>&amp;New Request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381"/>
        <source>&amp;Connect to MCP Server…</source>
        <translation>Mit MCP-Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>Capture log</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="389"/>
        <source>Export sessions as HAR, JSON, a capture bundle or an incident report, redacted</source>
        <translation>Sitzungen geschwärzt als HAR, JSON, Mitschnittbündel oder Störungsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="390"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="391"/>
        <source>Import a HAR or a .mcpscope capture bundle as new sessions</source>
        <translation>Ein HAR oder ein .mcpscope-Mitschnittbündel als neue Sitzungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="392"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="393"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="394"/>
        <source>&amp;Find in Captures</source>
        <translation>In Mitschnitten &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="395"/>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="396"/>
        <source>&amp;Follow New Exchanges</source>
        <translation>Neuen &amp;Austauschen folgen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="402"/>
        <source>&amp;OAuth</source>
        <translation>&amp;OAuth</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <source>OAuth &amp;Flow Inspector…</source>
        <translation>OAuth-&amp;Flow-Inspektor …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="404"/>
        <source>Token &amp;Vault</source>
        <translation>Token-&amp;Tresor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="405"/>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="406"/>
        <source>&amp;Analytics…</source>
        <translation>&amp;Analyse…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="408"/>
        <source>Latency, errors, authentication and rate limiting over the whole store or chosen sessions</source>
        <translation>Latenz, Fehler, Authentifizierung und Ratenbegrenzung über den ganzen Speicher oder ausgewählte Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="410"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="411"/>
        <source>Connection &amp;Doctor…</source>
        <translation>&amp;Verbindungsdiagnose…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>Check a server stage by stage (connectivity, HTTP, CORS, MCP, authentication, operations, performance, intermittency) and say where it fails and why</source>
        <translation>Einen Server Stufe für Stufe prüfen (Konnektivität, HTTP, CORS, MCP, Authentifizierung, Operationen, Performance, sporadische Fehler) und angeben, wo und warum er scheitert</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="415"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="416"/>
        <source>&amp;About McpScope</source>
        <translation>Ü&amp;ber McpScope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="417"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="419"/>
        <source>Connect, open a capture, import a HAR, or pick a recent server</source>
        <translation>Verbinden, einen Mitschnitt öffnen, ein HAR importieren oder einen zuletzt verwendeten Server wählen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="420"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="421"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="592"/>
        <source>HTTP requests %1</source>
        <translation>HTTP-Anfragen %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="653"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="837"/>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="892"/>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="901"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nichts wurde aus %1 importiert: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="904"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="930"/>
        <source>Imported %n session(s) from %1</source>
        <translation>
            <numerusform>%n Sitzung aus %1 importiert</numerusform>
            <numerusform>%n Sitzungen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="932"/>
        <source>: %n exchange(s).</source>
        <translation>
            <numerusform>: %n Austausch.</numerusform>
            <numerusform>: %n Austausche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1053"/>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1059"/>
        <source>&amp;Regression Run…</source>
        <translation>&amp;Regressionslauf…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1062"/>
        <source>Compare &amp;Interface With…</source>
        <translation>&amp;Schnittstelle vergleichen mit…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1065"/>
        <source>&amp;Mock This Session</source>
        <translation>Diese Sitzung &amp;mocken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1069"/>
        <source>&amp;Copy Session Id</source>
        <translation>Sitzungs-ID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1125"/>
        <source>Mock This Session</source>
        <translation>Diese Sitzung mocken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="578"/>
        <source>Sending %1 %2…</source>
        <translation>Sende %1 %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="383"/>
        <source>&amp;Open Capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="385"/>
        <source>Open a capture store or a .mcpscope bundle read-only, in a window of its own</source>
        <translation>Einen Mitschnittspeicher oder ein .mcpscope-Bündel schreibgeschützt in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="386"/>
        <source>Open &amp;Recent Capture</source>
        <translation>&amp;Zuletzt geöffnete Mitschnitte</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="617"/>
        <source>Plain HTTP request (no session headers)</source>
        <translation>Reine HTTP-Anfrage (ohne Sitzungs-Header)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="698"/>
        <location filename="../ui/main_window.cpp" line="722"/>
        <source>OAuth flow</source>
        <translation>OAuth-Flow</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="714"/>
        <source>Could not open a browser; open this URL yourself: %1</source>
        <translation>Es konnte kein Browser geöffnet werden; öffnen Sie diese URL selbst: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="733"/>
        <source>Token vault</source>
        <translation>Token-Tresor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="754"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="807"/>
        <source>Exchange %1 is not in the capture log.</source>
        <translation>Austausch %1 ist nicht im Mitschnitt.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="397"/>
        <source>&amp;Palette</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="399"/>
        <source>&amp;System</source>
        <extracomment>The palette follows the desktop&apos;s</extracomment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="400"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>mcpscope::McpAuthorizer</name>
    <message>
        <location filename="../core/session/mcp_authorizer.cpp" line="53"/>
        <source>The stored credential is gone.</source>
        <translation>Die gespeicherten Anmeldedaten sind nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>mcpscope::McpCallText</name>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="25"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="26"/>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="31"/>
        <source>error %1: %2</source>
        <extracomment>A JSON-RPC error: its code and the server&apos;s message</extracomment>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="46"/>
        <source>isError</source>
        <translation>isError</translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="46"/>
        <source>isError: %1</source>
        <translation>isError: %1</translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="88"/>
        <source>answer to request %1</source>
        <extracomment>An exchange that carried the client&apos;s answer to a server request</extracomment>
        <translation>Antwort auf Anfrage %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/mcp_call_info.cpp" line="93"/>
        <source>%n message(s): %1</source>
        <extracomment>The methods a stream brought: &quot;3 messages: ping, …&quot;</extracomment>
        <translation>
            <numerusform>%n Nachricht: %1</numerusform>
            <numerusform>%n Nachrichten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpscope::McpClient</name>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="119"/>
        <source>The session was restarted.</source>
        <translation>Die Sitzung wurde neu gestartet.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="156"/>
        <source>The server requires authorization (HTTP %1) to open its event stream. Sign in to it (OAuth) or add an Authorization header.</source>
        <translation>Der Server verlangt eine Autorisierung (HTTP %1), um seinen Ereignisstrom zu öffnen. Melden Sie sich an (OAuth) oder fügen Sie einen Authorization-Header hinzu.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="163"/>
        <source>The server still refuses its event stream (HTTP %1) after %2 authorizations.</source>
        <translation>Der Server verweigert seinen Ereignisstrom nach %2 Autorisierungen weiterhin (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="174"/>
        <source>Authorization failed: %1</source>
        <translation>Autorisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="200"/>
        <source>The server still refuses %1 (HTTP %2) after %3 authorizations; McpScope stops here rather than loop. The server may ask for a scope the authorization server never grants.</source>
        <translation>Der Server lehnt %1 nach %3 Autorisierungen weiterhin ab (HTTP %2); McpScope hört hier auf, statt endlos zu wiederholen. Der Server verlangt vielleicht einen Scope, den der Autorisierungsserver nie gewährt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="228"/>
        <source>Authorization for %1 failed: %2</source>
        <translation>Autorisierung für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="281"/>
        <source>Could not connect: Streamable HTTP was refused (%1), and the HTTP+SSE fallback failed too (%2).</source>
        <translation>Verbindung fehlgeschlagen: Streamable HTTP wurde abgelehnt (%1), und der Rückgriff auf HTTP+SSE ist ebenfalls gescheitert (%2).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="285"/>
        <location filename="../core/mcp/mcp_client.cpp" line="412"/>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="381"/>
        <source>server/discover lists %1.</source>
        <translation>server/discover führt %1 auf.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="390"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="394"/>
        <source>The server does not support protocol version %1: its server/discover lists %2. Connect in the legacy era (or auto) instead.</source>
        <translation>Der Server unterstützt die Protokollversion %1 nicht: Sein server/discover führt %2 auf. Verbinden Sie sich stattdessen in der klassischen Ära (oder automatisch).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="400"/>
        <source>its server/discover lists %1, not %2</source>
        <translation>sein server/discover führt %1 auf, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="417"/>
        <source>The server did not answer server/discover as a %1 server, so it most likely speaks only the legacy era (initialize); connect with era legacy or auto. What it answered: %2</source>
        <translation>Der Server hat server/discover nicht wie ein %1-Server beantwortet und spricht daher sehr wahrscheinlich nur die klassische Ära (initialize); verbinden Sie sich mit der Ära klassisch oder automatisch. Seine Antwort: %2</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="429"/>
        <source>The server does not speak MCP %1 (server/discover: %2); using the initialize handshake of the legacy era.</source>
        <translation>Der Server spricht MCP %1 nicht (server/discover: %2); der initialize-Handshake der klassischen Ära wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="464"/>
        <source>Streamable HTTP was refused (%1); trying the HTTP+SSE transport.</source>
        <translation>Streamable HTTP wurde abgelehnt (%1); versuche den HTTP+SSE-Transport.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="474"/>
        <source>The server did not complete initialize: %1</source>
        <translation>Der Server hat initialize nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="482"/>
        <source>The server answered initialize with protocol version %1, a revision of the modern era, which has no initialize: the server mixes the eras. Connect with era modern to speak %1 without initialize.</source>
        <translation>Der Server hat initialize mit der Protokollversion %1 beantwortet, einer Revision der modernen Ära, die kein initialize kennt: Der Server vermischt die Ären. Verbinden Sie sich mit der Ära modern, um %1 ohne initialize zu sprechen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="492"/>
        <source>The server answered with protocol version &quot;%1&quot;, which McpScope does not speak (it speaks %2). Upgrade McpScope or configure the server for one of those.</source>
        <translation>Der Server antwortete mit Protokollversion „%1“, die McpScope nicht spricht (es spricht %2). Aktualisieren Sie McpScope oder stellen Sie den Server auf eine davon ein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="527"/>
        <location filename="../core/mcp/mcp_client.cpp" line="554"/>
        <source>The params of %1 are not a JSON object.</source>
        <translation>Die params von %1 sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="544"/>
        <source>Not sent: a request id is a string or an integer.</source>
        <translation>Nicht gesendet: Eine Anfrage-ID ist ein String oder eine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="546"/>
        <source>Not sent: a request with id %1 is still waiting for its answer; give this one another id.</source>
        <translation>Nicht gesendet: Eine Anfrage mit der ID %1 wartet noch auf ihre Antwort; geben Sie dieser eine andere ID.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="700"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="712"/>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="721"/>
        <source>The session was closed, so %1 was not sent. Reconnect to start a new session.</source>
        <translation>Die Sitzung wurde geschlossen, daher wurde %1 nicht gesendet. Verbinden Sie sich neu, um eine neue Sitzung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="755"/>
        <source>The server answered request id %1, which is not pending (unknown, or already answered or timed out).</source>
        <translation>Der Server beantwortete die Anfrage-ID %1, die nicht aussteht (unbekannt, schon beantwortet oder abgelaufen).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="768"/>
        <source>The server&apos;s answer to %1 has no resultType, which %2 servers must send (it answers like an earlier revision); taken as complete.</source>
        <translation>Die Antwort des Servers auf %1 hat keinen resultType, den %2-Server senden müssen (er antwortet wie eine frühere Revision); sie wird als vollständig genommen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="799"/>
        <source>%1 failed with JSON-RPC error %2: %3</source>
        <translation>%1 scheiterte mit JSON-RPC-Fehler %2: %3</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="828"/>
        <source>The server reused request id %1 while that request is still waiting; the second one is refused.</source>
        <translation>Der Server hat die Anfrage-ID %1 erneut verwendet, während diese Anfrage noch wartet; die zweite wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="892"/>
        <source>Progress for token %1, which belongs to no active request.</source>
        <translation>Fortschritt für Token %1, das zu keiner laufenden Anfrage gehört.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="957"/>
        <source>The session was closed.</source>
        <translation>Die Sitzung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="977"/>
        <source>Ignored a message the server sent: %1</source>
        <translation>Eine Nachricht des Servers wurde ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="984"/>
        <source>The server&apos;s answer to %1 cannot be read: %2</source>
        <translation>Die Antwort des Servers auf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="986"/>
        <source>The server sent a message that cannot be read while %1 was the only request waiting, so it was most likely its answer: %2</source>
        <translation>Der Server hat eine nicht lesbare Nachricht gesendet, während %1 die einzige wartende Anfrage war; sie war daher höchstwahrscheinlich deren Antwort: %2</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1079"/>
        <source>The server refused protocol version %1 for %2 although it lists %3; retrying once with %4.</source>
        <translation>Der Server hat die Protokollversion %1 für %2 abgelehnt, obwohl er %3 aufführt; einmaliger neuer Versuch mit %4.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1097"/>
        <source>The server kept asking for input (%1 rounds) on %2; McpScope stopped there rather than loop.</source>
        <translation>Der Server fragte bei %2 immer wieder nach Eingaben (%1 Runden); McpScope hat dort aufgehört, statt sich im Kreis zu drehen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1106"/>
        <source>%1 asked for input McpScope cannot act on: %2</source>
        <translation>%1 hat nach einer Eingabe gefragt, mit der McpScope nichts anfangen kann: %2</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1146"/>
        <source>%1 needs an answer to the server&apos;s %2 input request &quot;%3&quot;, which McpScope could not give: %4</source>
        <translation>%1 braucht eine Antwort auf die %2-Eingabeanfrage „%3“ des Servers, die McpScope nicht geben konnte: %4</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1168"/>
        <source>The request that asked for it ended.</source>
        <translation>Die Anfrage, die danach fragte, ist beendet.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1219"/>
        <source>subscriptions/listen belongs to MCP %1; this session speaks the legacy era, where the listening stream and resources/subscribe deliver notifications.</source>
        <translation>subscriptions/listen gehört zu MCP %1; diese Sitzung spricht die klassische Ära, in der der Lausch-Stream und resources/subscribe die Benachrichtigungen liefern.</translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSession</name>
    <message>
        <location filename="../core/session/mcp_session.cpp" line="57"/>
        <source>This session was opened before; a session is opened once. Start a new one.</source>
        <translation>Diese Sitzung wurde bereits geöffnet; eine Sitzung wird nur einmal geöffnet. Beginnen Sie eine neue.</translation>
    </message>
    <message>
        <location filename="../core/session/mcp_session.cpp" line="62"/>
        <source>A stdio session needs the command line that starts the server.</source>
        <translation>Eine stdio-Sitzung braucht die Befehlszeile, die den Server startet.</translation>
    </message>
    <message>
        <location filename="../core/session/mcp_session.cpp" line="70"/>
        <source>MCP %1</source>
        <translation>MCP %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSessionView</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="59"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="61"/>
        <source>Start a new session with the same server and transport</source>
        <translation>Eine neue Sitzung mit demselben Server und Transport beginnen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="102"/>
        <source>Answer…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="104"/>
        <source>Open the Server requests tab</source>
        <translation>Den Tab Server-Anfragen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="140"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="140"/>
        <source>The server&apos;s tools: call one with a form or JSON</source>
        <translation>Die Tools des Servers: eines mit Formular oder JSON aufrufen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="141"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="141"/>
        <source>The server&apos;s resources: read and subscribe</source>
        <translation>Die Ressourcen des Servers: lesen und abonnieren</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="142"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="142"/>
        <source>Resource templates, filled in field by field</source>
        <translation>Ressourcenvorlagen, Feld für Feld ausgefüllt</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="143"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="143"/>
        <source>The server&apos;s prompts, with completions</source>
        <translation>Die Prompts des Servers, mit Vervollständigungen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="145"/>
        <source>Every tool call to this server, this session and earlier ones</source>
        <translation>Jeder Werkzeugaufruf an diesen Server, in dieser und früheren Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="147"/>
        <source>Sampling, elicitation and roots requests waiting for your answer</source>
        <translation>Sampling-, Elicitation- und Roots-Anfragen, die auf Ihre Antwort warten</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="148"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="146"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="510"/>
        <source>Server requests</source>
        <translation>Server-Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="151"/>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="154"/>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="144"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="168"/>
        <source>Could not connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="176"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="178"/>
        <source>Edit connection…</source>
        <translation>Verbindung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="180"/>
        <source>Show exchanges</source>
        <translation>Austausche anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="182"/>
        <source>The HTTP exchanges of this attempt, in the capture log</source>
        <translation>Die HTTP-Austausche dieses Versuchs, im Mitschnittprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="332"/>
        <source>%1 %2 · %3 · protocol %4 · %5 · capabilities: %6</source>
        <translation>%1 %2 · %3 · Protokoll %4 · %5 · Fähigkeiten: %6</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="334"/>
        <source>Modern</source>
        <translation>Modern</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="334"/>
        <source>Legacy</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="337"/>
        <source>The modern era of MCP (2026-07-28): server/discover, no session, multi round-trip requests</source>
        <translation>Die moderne Ära von MCP (2026-07-28): server/discover, keine Sitzung, Anfragen mit mehreren Runden</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="339"/>
        <source>The legacy era of MCP: the initialize handshake</source>
        <translation>Die klassische Ära von MCP: der initialize-Handshake</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="195"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="400"/>
        <source>Reconnecting to %1…</source>
        <translation>Verbinde neu mit %1 …</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="302"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="386"/>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="361"/>
        <source>Server instructions: %1</source>
        <translation>Server-Anweisungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="362"/>
        <source>Show or hide the instructions the server gave</source>
        <translation>Die Anweisungen des Servers ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="393"/>
        <source>session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="294"/>
        <source>MCP %1</source>
        <translation>MCP %1</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="149"/>
        <source>Notifications and log messages from the server</source>
        <translation>Benachrichtigungen und Protokollmeldungen des Servers</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="150"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="150"/>
        <source>A raw JSON-RPC console</source>
        <translation>Eine rohe JSON-RPC-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="151"/>
        <source>The OAuth flow of this session, step by step</source>
        <translation>Der OAuth-Flow dieser Sitzung, Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="152"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="153"/>
        <source>Connection info: both sides&apos; capabilities, streams and unanswered requests</source>
        <translation>Verbindungsinfo: die Fähigkeiten beider Seiten, Streams und unbeantwortete Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="154"/>
        <source>This session&apos;s charts, live</source>
        <translation>Die Diagramme dieser Sitzung, live</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="192"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="300"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="494"/>
        <source>No exchange was recorded for this attempt.</source>
        <translation>Für diesen Versuch wurde kein Austausch aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="502"/>
        <source>The server is waiting for your answer: %1</source>
        <translation>Der Server wartet auf Ihre Antwort: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/mcp_session_view.cpp" line="503"/>
        <source>The server is waiting for %n answer(s) from you.</source>
        <translation>
            <numerusform>Der Server wartet auf %n Antwort von Ihnen.</numerusform>
            <numerusform>Der Server wartet auf %n Antworten von Ihnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="509"/>
        <source>Server requests (%1)</source>
        <translation>Server-Anfragen (%1)</translation>
    </message>
</context>
<context>
    <name>mcpscope::MessagesModel</name>
    <message>
        <location filename="../models/messages_model.cpp" line="252"/>
        <source>Sent by McpScope</source>
        <translation>Von McpScope gesendet</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="252"/>
        <source>Received from the server</source>
        <translation>Vom Server empfangen</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="259"/>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="259"/>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="264"/>
        <source>(error)</source>
        <extracomment>An answer whose request is not in the store</extracomment>
        <translation>(Fehler)</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="264"/>
        <source>(response)</source>
        <translation>(Antwort)</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="271"/>
        <source>notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="289"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="291"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="293"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="295"/>
        <source>Tool / resource</source>
        <translation>Werkzeug / Ressource</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="297"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="299"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="301"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="303"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>mcpscope::MockHttpEndpoint</name>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="221"/>
        <source>Origin %1 is not allowed: the mock answers pages served from this machine only.</source>
        <translation>Origin %1 ist nicht erlaubt: Der Mock antwortet nur Seiten, die von diesem Rechner ausgeliefert werden.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="227"/>
        <source>Host %1 is not this machine; the mock bound to a loopback address answers only localhost names.</source>
        <translation>Host %1 ist nicht dieser Rechner; der an eine Loopback-Adresse gebundene Mock antwortet nur auf localhost-Namen.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="232"/>
        <source>Nothing here: the mock serves its MCP endpoint at /mcp.</source>
        <translation>Hier ist nichts: Der Mock bietet seinen MCP-Endpunkt unter /mcp an.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="239"/>
        <source>The mock sends no server-initiated messages; there is no stream to open.</source>
        <translation>Der Mock sendet keine vom Server ausgehenden Nachrichten; es gibt keinen Stream zum Öffnen.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="247"/>
        <source>The Mcp-Session-Id header is missing.</source>
        <translation>Der Header Mcp-Session-Id fehlt.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="250"/>
        <source>No such session: it ended or never existed.</source>
        <translation>Keine solche Sitzung: Sie wurde beendet oder hat nie existiert.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="262"/>
        <source>The request body is over the mock&apos;s cap of %1 bytes.</source>
        <translation>Der Anfrage-Body überschreitet die Obergrenze des Mocks von %1 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="267"/>
        <source>Parse error: the body is not JSON (%1 at offset %2).</source>
        <translation>Parse error: Der Body ist kein JSON (%1 bei Offset %2).</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="287"/>
        <source>Bad Request: the Mcp-Session-Id header is missing; send initialize first.</source>
        <translation>Bad Request: Der Header Mcp-Session-Id fehlt; senden Sie zuerst initialize.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="292"/>
        <source>No such session: it ended or never existed; initialize again.</source>
        <translation>Keine solche Sitzung: Sie wurde beendet oder hat nie existiert; senden Sie erneut initialize.</translation>
    </message>
</context>
<context>
    <name>mcpscope::MockPanel</name>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="43"/>
        <source>Mock of %1</source>
        <translation>Mock von %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="47"/>
        <source>Serving the recorded session %1 as an MCP server (Streamable HTTP).</source>
        <translation>Die aufgezeichnete Sitzung %1 wird als MCP-Server angeboten (Streamable HTTP).</translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="52"/>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="62"/>
        <source>C&amp;onnect to Mock</source>
        <translation>Mit Mock &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="64"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="76"/>
        <source>URL copied.</source>
        <translation>URL kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="95"/>
        <source>Cannot mock the session: %1</source>
        <translation>Die Sitzung kann nicht gemockt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="106"/>
        <source>Cannot start the mock: %1</source>
        <translation>Der Mock kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="113"/>
        <source>Listening.</source>
        <translation>Lauscht.</translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="124"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/mock_panel.cpp" line="139"/>
        <source>%n request(s) answered</source>
        <translation>
            <numerusform>%n Anfrage beantwortet</numerusform>
            <numerusform>%n Anfragen beantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpscope::MockResponder</name>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="139"/>
        <source>Expected one JSON-RPC message (an object); batches are not accepted.</source>
        <translation>Erwartet wurde eine JSON-RPC-Nachricht (ein Objekt); Batches werden nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="147"/>
        <source>The message has no method.</source>
        <translation>Die Nachricht hat keine Methode.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="152"/>
        <source>A request id must be a string or a number.</source>
        <translation>Eine Anfrage-ID muss ein String oder eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="209"/>
        <source>Method not found: the recorded session %1 never called %2, so the mock has no answer for it.</source>
        <translation>Method not found: Die aufgezeichnete Sitzung %1 hat %2 nie aufgerufen, daher hat der Mock keine Antwort darauf.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="222"/>
        <source>No recorded %1 matches this request. The closest recorded request is message %2 (%1 %3); it first differs at %4 (%5 change(s)). Send the recorded parameters, or ignore the member with --ignore POINTER.</source>
        <translation>Kein aufgezeichnetes %1 passt zu dieser Anfrage. Die ähnlichste aufgezeichnete Anfrage ist Nachricht %2 (%1 %3); sie weicht zuerst bei %4 ab (%5 Änderung(en)). Senden Sie die aufgezeichneten Parameter oder ignorieren Sie das Element mit --ignore POINTER.</translation>
    </message>
</context>
<context>
    <name>mcpscope::MockScript</name>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="96"/>
        <source>The store has no session %1; &apos;mcpscope-cli sessions --store FILE&apos; lists the sessions it has.</source>
        <translation>Der Speicher hat keine Sitzung %1; „mcpscope-cli sessions --store FILE“ listet seine Sitzungen auf.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="105"/>
        <source>Session %1 recorded no answered JSON-RPC request, so there is nothing to serve; pick an MCP session.</source>
        <translation>Sitzung %1 hat keine beantwortete JSON-RPC-Anfrage aufgezeichnet, daher gibt es nichts anzubieten; wählen Sie eine MCP-Sitzung.</translation>
    </message>
</context>
<context>
    <name>mcpscope::MockServer</name>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="361"/>
        <source>The mock is already listening.</source>
        <translation>Der Mock lauscht bereits.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="368"/>
        <source>The mock could not listen on %1 port %2: %3. Pick another port (--port 0 picks a free one).</source>
        <translation>Der Mock konnte nicht auf %1 Port %2 lauschen: %3. Wählen Sie einen anderen Port (--port 0 wählt einen freien).</translation>
    </message>
</context>
<context>
    <name>mcpscope::MockStdioServer</name>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="414"/>
        <source>The mock is already reading.</source>
        <translation>Der Mock liest bereits.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="437"/>
        <source>Parse error: a line over %1 bytes was dropped.</source>
        <translation>Parse error: Eine Zeile mit mehr als %1 Bytes wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="444"/>
        <source>Parse error: the line is not JSON (%1).</source>
        <translation>Parse error: Die Zeile ist kein JSON (%1).</translation>
    </message>
</context>
<context>
    <name>mcpscope::NewRequestDialog</name>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="21"/>
        <source>New Request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="37"/>
        <source>One per line, e.g.
Accept: application/json</source>
        <translation>Einer pro Zeile, z. B.
Accept: application/json</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="41"/>
        <source>Request body (optional)</source>
        <translation>Anfrage-Body (optional)</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="43"/>
        <source>Give up when the server sends nothing for this long</source>
        <translation>Aufgeben, wenn der Server so lange nichts sendet</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="44"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="45"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="46"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="47"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="48"/>
        <source>Idle &amp;timeout:</source>
        <translation>Leerlauf-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="52"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>mcpscope::NotificationsTab</name>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="26"/>
        <source>Server log level:</source>
        <translation>Log-Stufe des Servers:</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="30"/>
        <source>(server default)</source>
        <translation>(Vorgabe des Servers)</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="35"/>
        <location filename="../ui/session/notifications_tab.cpp" line="83"/>
        <source>logging/setLevel: the least severe level the server should send</source>
        <translation>logging/setLevel: die niedrigste Stufe, die der Server senden soll</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="42"/>
        <source>deprecated in 2026-07-28</source>
        <translation>veraltet in 2026-07-28</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="44"/>
        <source>Logging is deprecated in MCP 2026-07-28: the level travels in each request&apos;s _meta; servers are to log to stderr or OpenTelemetry instead</source>
        <translation>Logging ist in MCP 2026-07-28 veraltet: Die Stufe reist im _meta jeder Anfrage mit; Server sollen stattdessen nach stderr oder OpenTelemetry protokollieren</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="61"/>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="63"/>
        <source>server stderr: %1</source>
        <translation>Server-stderr: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="81"/>
        <source>The least severe level the server should send, in every request&apos;s _meta (deprecated in 2026-07-28)</source>
        <translation>Die niedrigste Stufe, die der Server senden soll, im _meta jeder Anfrage (veraltet in 2026-07-28)</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="109"/>
        <source>Server log level set to %1 (sent with every request)</source>
        <translation>Protokollstufe des Servers auf %1 gesetzt (mit jeder Anfrage gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="116"/>
        <source>Server log level set to %1</source>
        <translation>Log-Stufe des Servers auf %1 gesetzt</translation>
    </message>
</context>
<context>
    <name>mcpscope::OAuthFlow</name>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="189"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="191"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="193"/>
        <source>waiting for you</source>
        <translation>wartet auf Sie</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="195"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="197"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="199"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="101"/>
        <source>Protected resource metadata</source>
        <translation>Protected-Resource-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="78"/>
        <source>proofs sent</source>
        <translation>gesendete Nachweise</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="79"/>
        <source>latest proof</source>
        <translation>letzter Nachweis</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="80"/>
        <source>%1 %2, jti %3%4%5</source>
        <translation>%1 %2, jti %3%4%5</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="82"/>
        <source>, ath (bound token)</source>
        <translation>, ath (gebundenes Token)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="83"/>
        <source>, nonce %1</source>
        <translation>, Nonce %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="87"/>
        <source>nonce from %1</source>
        <translation>Nonce von %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="102"/>
        <source>Find out which authorization server protects the MCP server (RFC 9728): from the resource_metadata of the 401 answer, else from the path-based and then the root well-known URI.</source>
        <translation>Herausfinden, welcher Autorisierungsserver den MCP-Server schützt (RFC 9728): aus resource_metadata der 401-Antwort, sonst von der pfadbasierten und dann der Wurzel-Well-Known-URI.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="106"/>
        <source>Authorization server metadata</source>
        <translation>Metadaten des Autorisierungsservers</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="107"/>
        <source>Read the authorization server&apos;s endpoints and capabilities (RFC 8414 or OpenID Connect Discovery, in the order MCP gives); its issuer must be the one the resource named, and it must support PKCE with S256.</source>
        <translation>Endpunkte und Fähigkeiten des Autorisierungsservers lesen (RFC 8414 oder OpenID Connect Discovery, in der von MCP vorgegebenen Reihenfolge); sein Aussteller muss der von der Ressource genannte sein, und er muss PKCE mit S256 unterstützen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="113"/>
        <source>Client registration</source>
        <translation>Client-Registrierung</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="114"/>
        <source>Become a client of the authorization server: pre-registered credentials, a Client ID Metadata Document URL when the server supports them, else dynamic client registration (RFC 7591).</source>
        <translation>Client des Autorisierungsservers werden: vorregistrierte Zugangsdaten, eine Client-ID-Metadata-Document-URL, wenn der Server sie unterstützt, sonst dynamische Client-Registrierung (RFC 7591).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="120"/>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="121"/>
        <source>Ask the user&apos;s consent at the authorization endpoint with PKCE (S256), state, the resource indicator (RFC 8707) and the chosen scope; the answer comes back to the redirect URI with a code.</source>
        <translation>Am Autorisierungsendpunkt die Zustimmung des Benutzers einholen, mit PKCE (S256), state, dem Ressourcenindikator (RFC 8707) und dem gewählten Scope; die Antwort kommt mit einem Code an die Redirect-URI zurück.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="126"/>
        <source>Token exchange</source>
        <translation>Token-Austausch</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="127"/>
        <source>Trade the code and the PKCE verifier for an access token (and a refresh token) at the token endpoint, authenticating the client as registered.</source>
        <translation>Den Code und den PKCE-Verifier am Token-Endpunkt gegen ein Access-Token (und ein Refresh-Token) eintauschen, mit der Client-Authentifizierung wie registriert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="131"/>
        <source>Scope step-up</source>
        <translation>Scope-Erweiterung</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="132"/>
        <source>The server refused a request for want of scope (403 insufficient_scope): authorize again asking for the union of the scope already granted and the scope now required, so nothing granted is lost.</source>
        <translation>Der Server hat eine Anfrage mangels Scope abgelehnt (403 insufficient_scope): erneut autorisieren und dabei die Vereinigung aus bereits gewährtem und nun verlangtem Scope anfordern, damit nichts Gewährtes verloren geht.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="136"/>
        <source>Authorization server changed</source>
        <translation>Autorisierungsserver gewechselt</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="137"/>
        <source>The resource now names another authorization server than the last flow used: credentials belong to the server that issued them, so McpScope registers anew with the new one and never presents the old client.</source>
        <translation>Die Ressource nennt jetzt einen anderen Autorisierungsserver als der letzte Flow: Anmeldedaten gehören dem Server, der sie ausgestellt hat; daher registriert sich McpScope beim neuen neu und legt den alten Client nie vor.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="141"/>
        <source>DPoP proof of possession</source>
        <translation>DPoP-Besitznachweis</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="142"/>
        <source>Bind the tokens to a key pair (RFC 9449): every token request and every request presenting the token carries a fresh proof (a JWT signed with the key: method, URL, time, a unique jti and, at the resource, the token&apos;s hash); the token travels with the DPoP scheme, and a server asking for a nonce gets the request again with it.</source>
        <translation>Die Tokens an ein Schlüsselpaar binden (RFC 9449): Jede Token-Anfrage und jede Anfrage, die das Token vorlegt, trägt einen frischen Nachweis (ein mit dem Schlüssel signiertes JWT: Methode, URL, Zeit, eine eindeutige jti und bei der Ressource der Hash des Tokens); das Token reist mit dem DPoP-Schema, und ein Server, der eine Nonce verlangt, erhält die Anfrage erneut mit ihr.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="148"/>
        <source>Identity assertion (ID-JAG)</source>
        <translation>Identitäts-Assertion (ID-JAG)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="149"/>
        <source>Trade the user&apos;s ID token at the enterprise identity provider for an Identity Assertion JWT Authorization Grant (RFC 8693 token exchange) whose audience is the MCP server&apos;s authorization server; it is then presented with the JWT bearer grant.</source>
        <translation>Das ID-Token des Benutzers beim Identity-Provider des Unternehmens gegen einen Identity Assertion JWT Authorization Grant eintauschen (Token Exchange nach RFC 8693), dessen Audience der Autorisierungsserver des MCP-Servers ist; dieser wird dann mit dem JWT-Bearer-Grant vorgelegt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="179"/>
        <source>nonce retry (MCP server)</source>
        <translation>Nonce-Wiederholung (MCP-Server)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="180"/>
        <source>use_dpop_nonce: the request is sent again with nonce %1</source>
        <translation>use_dpop_nonce: Die Anfrage wird mit Nonce %1 erneut gesendet</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="235"/>
        <source>resource_metadata (from WWW-Authenticate)</source>
        <translation>resource_metadata (aus WWW-Authenticate)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="241"/>
        <source>scope (from WWW-Authenticate)</source>
        <translation>Scope (aus WWW-Authenticate)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="413"/>
        <source>authorization server (fallback)</source>
        <translation>Autorisierungsserver (Ausweichlösung)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="415"/>
        <source>The MCP server publishes no protected resource metadata; trying its own origin as the authorization server, as MCP 2025-03-26 did.</source>
        <translation>Der MCP-Server veröffentlicht keine Protected-Resource-Metadaten; sein eigener Ursprung wird als Autorisierungsserver versucht, wie in MCP 2025-03-26.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="418"/>
        <source>No protected resource metadata (RFC 9728): MCP 2025-06-18 and later require it.</source>
        <translation>Keine Protected-Resource-Metadaten (RFC 9728): MCP ab 2025-06-18 verlangt sie.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="433"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="520"/>
        <source>tried</source>
        <translation>versucht</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="434"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="521"/>
        <source>%1 → HTTP %2</source>
        <translation>%1 → HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="451"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="805"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="911"/>
        <source>resource</source>
        <translation>resource</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="452"/>
        <source>authorization_servers</source>
        <translation>authorization_servers</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="455"/>
        <source>scopes_supported</source>
        <translation>scopes_supported</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="459"/>
        <source>The resource names %1 authorization servers; McpScope uses the first, %2.</source>
        <translation>Die Ressource nennt %1 Autorisierungsserver; McpScope verwendet den ersten, %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="463"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="565"/>
        <source>Found at %1.</source>
        <translation>Gefunden unter %1.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="466"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="467"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="469"/>
        <source>Registering anew with %1; the client of %2 is not used there.</source>
        <translation>Neue Registrierung bei %1; der Client von %2 wird dort nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="494"/>
        <source>default endpoints (2025-03-26)</source>
        <translation>Standardendpunkte (2025-03-26)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="495"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="499"/>
        <source>No authorization server metadata either: using the 2025-03-26 default endpoints /authorize, /token and /register.</source>
        <translation>Auch keine Metadaten des Autorisierungsservers: Es werden die Standardendpunkte von 2025-03-26 verwendet: /authorize, /token und /register.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="503"/>
        <source>No metadata; using the 2025-03-26 default endpoints.</source>
        <translation>Keine Metadaten; es werden die Standardendpunkte von 2025-03-26 verwendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="532"/>
        <source>The metadata&apos;s issuer is %1; the server&apos;s origin %2 was only a guess (2025-03-26), so it is accepted.</source>
        <translation>Der Aussteller der Metadaten ist %1; der Ursprung des Servers %2 war nur eine Annahme (2025-03-26), daher wird er akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="543"/>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="544"/>
        <source>authorization_endpoint</source>
        <translation>authorization_endpoint</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="546"/>
        <source>token_endpoint</source>
        <translation>token_endpoint</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="549"/>
        <source>registration_endpoint</source>
        <translation>registration_endpoint</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="551"/>
        <source>code_challenge_methods_supported</source>
        <translation>code_challenge_methods_supported</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="555"/>
        <source>%1 uses plain http on a host that is not loopback: codes and tokens travel unencrypted.</source>
        <translation>%1 verwendet unverschlüsseltes http auf einem Host, der nicht Loopback ist: Codes und Tokens werden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="598"/>
        <source>redirect_uri</source>
        <translation>redirect_uri</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="604"/>
        <source>No client id given: the assertion alone identifies the caller.</source>
        <translation>Keine Client-ID angegeben: Die Assertion allein identifiziert den Aufrufer.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="624"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="698"/>
        <source>client_id</source>
        <translation>client_id</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="626"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="700"/>
        <source>client_secret</source>
        <translation>client_secret</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="627"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="701"/>
        <source>token endpoint authentication</source>
        <translation>Authentifizierung am Token-Endpunkt</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="629"/>
        <source>Using the pre-registered client.</source>
        <translation>Der vorregistrierte Client wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="638"/>
        <source>client_id (metadata document URL)</source>
        <translation>client_id (URL des Metadaten-Dokuments)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="641"/>
        <source>The server supports Client ID Metadata Documents: the client id is the document&apos;s URL.</source>
        <translation>Der Server unterstützt Client ID Metadata Documents: Die Client-ID ist die URL des Dokuments.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="702"/>
        <source>Registered dynamically.</source>
        <translation>Dynamisch registriert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="728"/>
        <source>the credential&apos;s key, from the keychain</source>
        <translation>der Schlüssel der Anmeldedaten, aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="734"/>
        <source>this session&apos;s key</source>
        <translation>der Schlüssel dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="743"/>
        <source>a new EC P-256 key pair</source>
        <translation>ein neues EC-P-256-Schlüsselpaar</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="747"/>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="749"/>
        <source>DPoP was asked for (--dpop)</source>
        <translation>DPoP wurde verlangt (--dpop)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="750"/>
        <source>the resource asked for DPoP and the authorization server supports ES256</source>
        <translation>die Ressource verlangte DPoP und der Autorisierungsserver unterstützt ES256</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="751"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="781"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="752"/>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="753"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="782"/>
        <source>JWK thumbprint (cnf.jkt)</source>
        <translation>JWK-Fingerabdruck (cnf.jkt)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="755"/>
        <source>The authorization server does not list ES256 in dpop_signing_alg_values_supported; DPoP proofs are sent anyway.</source>
        <translation>Der Autorisierungsserver führt ES256 nicht in dpop_signing_alg_values_supported auf; DPoP-Nachweise werden trotzdem gesendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="758"/>
        <source>Token requests and requests with the token carry a DPoP proof.</source>
        <translation>Token-Anfragen und Anfragen mit dem Token tragen einen DPoP-Nachweis.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="781"/>
        <source>the stored credential&apos;s key, from the keychain</source>
        <translation>der Schlüssel der gespeicherten Anmeldedaten, aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="784"/>
        <source>The stored token is bound to this key; refreshes and requests carry its proofs.</source>
        <translation>Das gespeicherte Token ist an diesen Schlüssel gebunden; Erneuerungen und Anfragen tragen seine Nachweise.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="791"/>
        <source>enterprise-managed authorization</source>
        <translation>unternehmensverwaltete Autorisierung</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="792"/>
        <source>the IdP&apos;s token endpoint and the user&apos;s ID token</source>
        <translation>den Token-Endpunkt des IdP und das ID-Token des Benutzers</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="801"/>
        <source>IdP token endpoint</source>
        <translation>Token-Endpunkt des IdP</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="803"/>
        <source>subject_token (ID token)</source>
        <translation>subject_token (ID-Token)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="804"/>
        <source>audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="827"/>
        <source>ID-JAG</source>
        <translation>ID-JAG</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="828"/>
        <source>issued_token_type</source>
        <translation>issued_token_type</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="830"/>
        <source>The IdP issued an ID-JAG for %1.</source>
        <translation>Der IdP hat ein ID-JAG für %1 ausgestellt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="848"/>
        <source>No authorization step: the workload presents its identity JWT.</source>
        <translation>Kein Autorisierungsschritt: Der Workload legt sein Identitäts-JWT vor.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="849"/>
        <source>No authorization step: the enterprise IdP vouches for the user.</source>
        <translation>Kein Autorisierungsschritt: Der IdP des Unternehmens bürgt für den Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="854"/>
        <source>workload identity</source>
        <translation>Workload-Identität</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="854"/>
        <source>an assertion</source>
        <translation>eine Assertion</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="861"/>
        <source>assertion (workload JWT)</source>
        <translation>Assertion (Workload-JWT)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="873"/>
        <source>No authorization step: the client credentials grant has no user.</source>
        <translation>Kein Autorisierungsschritt: Der Client-Credentials-Grant hat keinen Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="802"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="832"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="860"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="874"/>
        <source>grant_type</source>
        <translation>grant_type</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="907"/>
        <source>code_verifier</source>
        <translation>code_verifier</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="908"/>
        <source>code_challenge (S256)</source>
        <translation>code_challenge (S256)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="910"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="912"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="1096"/>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="913"/>
        <source>(none: omitted)</source>
        <translation>(keiner: weggelassen)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="914"/>
        <source>authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="935"/>
        <source>Waiting for you to sign in in the browser.</source>
        <translation>Wartet darauf, dass Sie sich im Browser anmelden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="947"/>
        <source>Edit the authorization URL if you like, then send it to the browser.</source>
        <translation>Bearbeiten Sie die Autorisierungs-URL nach Wunsch und senden Sie sie dann an den Browser.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="681"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="819"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="987"/>
        <source>HTTP %1: %2 %3</source>
        <translation>HTTP %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="243"/>
        <source>challenge scheme</source>
        <translation>Challenge-Schema</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="246"/>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="247"/>
        <source>required (from WWW-Authenticate)</source>
        <translation>verlangt (aus WWW-Authenticate)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="248"/>
        <source>(not named)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="249"/>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="251"/>
        <source>Authorizing again for the union of the granted and the required scope.</source>
        <translation>Erneute Autorisierung für die Vereinigung aus gewährtem und verlangtem Scope.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="283"/>
        <source>The step “%1” failed: %2 %3 %4</source>
        <extracomment>One sentence: %1 is the step&apos;s title (e.g. Authorization), %2 what happened, %3 the likely cause, %4 the fix</extracomment>
        <translation>Der Schritt „%1“ ist fehlgeschlagen: %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="988"/>
        <source>HTTP %1 instead of a redirect: %2</source>
        <translation>HTTP %1 statt einer Weiterleitung: %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1018"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1020"/>
        <source>iss (RFC 9207)</source>
        <translation>iss (RFC 9207)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1021"/>
        <source>Received the authorization code.</source>
        <translation>Autorisierungscode erhalten.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1049"/>
        <source>nonce retry (authorization server)</source>
        <translation>Nonce-Wiederholung (Autorisierungsserver)</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1050"/>
        <source>use_dpop_nonce: the token request is sent again with nonce %1</source>
        <translation>use_dpop_nonce: Die Token-Anfrage wird mit Nonce %1 erneut gesendet</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1064"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1069"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1079"/>
        <source>token_type</source>
        <translation>token_type</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1082"/>
        <source>The access token is bound to the key: it is sent as &quot;Authorization: DPoP …&quot; with a proof carrying its hash.</source>
        <translation>Das Access-Token ist an den Schlüssel gebunden: Es wird als „Authorization: DPoP …“ mit einem Nachweis gesendet, der seinen Hash trägt.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1085"/>
        <source>The authorization server issued a %1 token despite the DPoP proof: it is used as a Bearer token.</source>
        <translation>Der Autorisierungsserver hat trotz des DPoP-Nachweises ein %1-Token ausgestellt: Es wird als Bearer-Token verwendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1089"/>
        <source>The server did not bind the token (token_type %1).</source>
        <translation>Der Server hat das Token nicht gebunden (token_type %1).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1093"/>
        <source>access_token</source>
        <translation>access_token</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1095"/>
        <source>refresh_token</source>
        <translation>refresh_token</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1098"/>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1100"/>
        <source>Tokens received.</source>
        <translation>Tokens erhalten.</translation>
    </message>
</context>
<context>
    <name>mcpscope::OAuthFlowView</name>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="57"/>
        <source>The first line must be &quot;METHOD URL&quot;.</source>
        <translation>Die erste Zeile muss „METHODE URL“ lauten.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="113"/>
        <source>Browser (sign in on this machine)</source>
        <translation>Browser (auf diesem Rechner anmelden)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="114"/>
        <source>Headless (follow redirects, no browser)</source>
        <translation>Headless (Weiterleitungen folgen, ohne Browser)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="115"/>
        <source>Client credentials (no user)</source>
        <translation>Client-Credentials (ohne Benutzer)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="116"/>
        <source>Step mode: pause before each request</source>
        <translation>Schrittmodus: vor jeder Anfrage anhalten</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="121"/>
        <source>MCP server:</source>
        <translation>MCP-Server:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="126"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="130"/>
        <source>pre-registered client id (optional)</source>
        <translation>vorregistrierte Client-ID (optional)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="134"/>
        <source>client secret (optional)</source>
        <translation>Client-Secret (optional)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="137"/>
        <source>scope (default: as the spec chooses)</source>
        <translation>Scope (Standard laut Spezifikation)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="140"/>
        <source>client metadata document URL (optional)</source>
        <translation>Metadaten-Dokument-URL (optional)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="145"/>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="149"/>
        <source>redirect URI (default: a loopback port of McpScope&apos;s choosing)</source>
        <translation>Redirect-URI (Standard: ein von McpScope gewählter Loopback-Port)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="151"/>
        <source>A pre-registered client accepts only the redirect URIs it registered: enter one of them. In browser mode McpScope listens there, so it must be http://127.0.0.1, [::1] or localhost with a port.</source>
        <translation>Ein vorregistrierter Client akzeptiert nur die Redirect-URIs, die er registriert hat: Geben Sie eine davon ein. Im Browser-Modus wartet McpScope dort auf die Antwort, daher muss sie http://127.0.0.1, [::1] oder localhost mit Port sein.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="154"/>
        <source>Redirect URI:</source>
        <translation>Redirect-URI:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="157"/>
        <source>Start Flow</source>
        <translation>Flow starten</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="159"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="162"/>
        <source>Copy Sign-in URL</source>
        <translation>Anmelde-URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="164"/>
        <source>Copy the authorization URL, to open it in a browser yourself</source>
        <translation>Die Autorisierungs-URL kopieren, um sie selbst in einem Browser zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="193"/>
        <source>Reveal secrets</source>
        <translation>Geheimnisse anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="197"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="197"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="206"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="215"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="220"/>
        <source>Step mode: the next request, as it will be sent. Edit it (method and URL, headers, blank line, body) and press Send.</source>
        <translation>Schrittmodus: die nächste Anfrage, so wie sie gesendet wird. Bearbeiten Sie sie (Methode und URL, Header, Leerzeile, Body) und drücken Sie Senden.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="226"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="232"/>
        <source>Next request</source>
        <translation>Nächste Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="235"/>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="259"/>
        <source>Sign-in URL copied to the clipboard.</source>
        <translation>Anmelde-URL in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="287"/>
        <source>Authorized: tokens received.</source>
        <translation>Autorisiert: Tokens erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="326"/>
        <source>Enter the MCP server&apos;s URL first.</source>
        <translation>Geben Sie zuerst die URL des MCP-Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="387"/>
        <source>Likely cause: %1</source>
        <translation>Wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="388"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="402"/>
        <source>•••••••• (%n character(s))</source>
        <translation>
            <numerusform>•••••••• (%n Zeichen)</numerusform>
            <numerusform>•••••••• (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="410"/>
        <source>Exchange #%1</source>
        <translation>Austausch #%1</translation>
    </message>
</context>
<context>
    <name>mcpscope::PromptsTab</name>
    <message>
        <location filename="../ui/session/prompts_tab.cpp" line="10"/>
        <source>Get</source>
        <translation>Abrufen</translation>
    </message>
</context>
<context>
    <name>mcpscope::RecentCaptures</name>
    <message>
        <location filename="../ui/capture/recent_captures.cpp" line="38"/>
        <source>No recent captures</source>
        <translation>Keine zuletzt geöffneten Mitschnitte</translation>
    </message>
    <message>
        <location filename="../ui/capture/recent_captures.cpp" line="40"/>
        <source>&amp;Clear Recent Captures</source>
        <translation>Liste zuletzt geöffneter Mitschnitte &amp;leeren</translation>
    </message>
</context>
<context>
    <name>mcpscope::RecordedSession</name>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="90"/>
        <source>The capture store has no session %1. &apos;mcpscope-cli sessions --store FILE&apos; lists the sessions it has.</source>
        <translation>Der Mitschnitt-Speicher hat keine Sitzung %1. „mcpscope-cli sessions --store FILE“ listet seine Sitzungen auf.</translation>
    </message>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="98"/>
        <source>Session %1 recorded no MCP messages (it may be a plain HTTP or OAuth session), so there is nothing to replay.</source>
        <translation>Sitzung %1 hat keine MCP-Nachrichten aufgezeichnet (vielleicht eine reine HTTP- oder OAuth-Sitzung), daher gibt es nichts zu wiederholen.</translation>
    </message>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="113"/>
        <source>Message %1 of session %2 is not one readable JSON-RPC message (%3), so the session cannot be replayed.</source>
        <translation>Nachricht %1 der Sitzung %2 ist keine lesbare JSON-RPC-Nachricht (%3), daher kann die Sitzung nicht wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="117"/>
        <source>a batch</source>
        <translation>ein Batch</translation>
    </message>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="199"/>
        <source>Session %1 recorded no request from the client, so there is nothing to replay.</source>
        <translation>Sitzung %1 hat keine Anfrage des Clients aufgezeichnet, daher gibt es nichts zu wiederholen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::RedactionRules</name>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="145"/>
        <source>The header name &quot;%1&quot; is not a header name.</source>
        <translation>Der Header-Name „%1“ ist kein Header-Name.</translation>
    </message>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="149"/>
        <source>The query parameter name &quot;%1&quot; is not a parameter name.</source>
        <translation>Der Abfrageparameter-Name „%1“ ist kein Parametername.</translation>
    </message>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="154"/>
        <source>The JSON pointer &quot;%1&quot; is not valid: it must start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1 (write ~0 for &apos;~&apos; and ~1 for &apos;/&apos;).</source>
        <translation>Der JSON-Zeiger „%1“ ist ungültig: Er muss mit &apos;/&apos; beginnen, und auf &apos;~&apos; muss 0 oder 1 folgen (~0 für &apos;~&apos; und ~1 für &apos;/&apos;).</translation>
    </message>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="161"/>
        <source>The regular expression &quot;%1&quot; is not valid: %2 (at offset %3).</source>
        <translation>Der reguläre Ausdruck „%1“ ist ungültig: %2 (bei Position %3).</translation>
    </message>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="166"/>
        <source>The regular expression &quot;%1&quot; matches an empty text: it would redact between every character. Make it match something.</source>
        <translation>Der reguläre Ausdruck „%1“ passt auf leeren Text: Er würde zwischen jedem Zeichen schwärzen. Er muss auf etwas passen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::RegressionRunView</name>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="159"/>
        <source>Cannot run session %1: %2</source>
        <translation>Sitzung %1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="176"/>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="176"/>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="187"/>
        <source>Give the command that starts the server.</source>
        <translation>Geben Sie den Befehl an, der den Server startet.</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="188"/>
        <source>Give the server&apos;s URL.</source>
        <translation>Geben Sie die URL des Servers an.</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="196"/>
        <source>Regression run of session %1</source>
        <translation>Regressionslauf der Sitzung %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="206"/>
        <source>Running against %1…</source>
        <translation>Läuft gegen %1…</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="218"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="253"/>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="256"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="260"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="273"/>
        <source>%1 → %2 ms</source>
        <translation>%1 → %2 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/regression_run_view.cpp" line="292"/>
        <source>Stopped after %n call(s).</source>
        <translation>
            <numerusform>Nach %n Aufruf gestoppt.</numerusform>
            <numerusform>Nach %n Aufrufen gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="295"/>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="299"/>
        <source>Every call matches the recording.</source>
        <translation>Jeder Aufruf stimmt mit der Aufzeichnung überein.</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="300"/>
        <source>Some calls differ from the recording.</source>
        <translation>Einige Aufrufe weichen von der Aufzeichnung ab.</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="322"/>
        <source>recorded #%1 %2</source>
        <translation>aufgezeichnet #%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="325"/>
        <source>replayed #%1 %2</source>
        <translation>wiederholt #%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="333"/>
        <source>%1 same, %2 changed, %3 failed</source>
        <translation>%1 gleich, %2 geändert, %3 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/regression_run_view.cpp" line="339"/>
        <source>(%1 of %n call(s))</source>
        <translation>
            <numerusform>(%1 von %n Aufruf)</numerusform>
            <numerusform>(%1 von %n Aufrufen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="348"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="349"/>
        <source>&amp;Run Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="365"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="366"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="367"/>
        <source>stdio command</source>
        <translation>stdio-Befehl</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="368"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="369"/>
        <source>http://127.0.0.1:3001/mcp or a command line</source>
        <translation>http://127.0.0.1:3001/mcp oder eine Befehlszeile</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="370"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>Recorded → replayed</source>
        <translation>Aufgezeichnet → wiederholt</translation>
    </message>
</context>
<context>
    <name>mcpscope::ReplayDialog</name>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="212"/>
        <location filename="../ui/replay/replay_dialog.cpp" line="440"/>
        <location filename="../ui/replay/replay_dialog.cpp" line="519"/>
        <source>Replay #%1</source>
        <translation>Wiederholung #%1</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="216"/>
        <source>Replaying %1 (exchange #%2, %3)</source>
        <translation>Wiederholung von %1 (Austausch #%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="220"/>
        <source>Replaying %1 %2 (exchange #%3, %4)</source>
        <translation>Wiederholung von %1 %2 (Austausch #%3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="225"/>
        <source>Replaying exchange #%1: %2</source>
        <translation>Wiederholung von Austausch #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="227"/>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="228"/>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="229"/>
        <source>HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="231"/>
        <source>The JSON-RPC request, sent through an MCP session</source>
        <translation>Die JSON-RPC-Anfrage, über eine MCP-Sitzung gesendet</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="232"/>
        <source>This exchange carried no JSON-RPC request</source>
        <translation>Dieser Austausch enthielt keine JSON-RPC-Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="233"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="234"/>
        <source>Params (JSON):</source>
        <translation>Params (JSON):</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="235"/>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="236"/>
        <source>Name: value, one per line</source>
        <translation>Name: Wert, einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="237"/>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="243"/>
        <source>Redacted in the capture: %1. A redacted value is not sent: type the real value in its place, or send through an MCP session, which adds its own Authorization.</source>
        <translation>Im Mitschnitt geschwärzt: %1. Ein geschwärzter Wert wird nicht gesendet: Geben Sie an seiner Stelle den echten Wert ein, oder senden Sie über eine MCP-Sitzung, die ihre eigene Authorization hinzufügt.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="247"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="248"/>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="249"/>
        <source>Send the arguments although they do not validate</source>
        <translation>Die Argumente senden, obwohl sie nicht gültig sind</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="276"/>
        <source>(no open MCP session: connect one first)</source>
        <translation>(keine offene MCP-Sitzung: verbinden Sie zuerst eine)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="296"/>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="299"/>
        <source>Not valid JSON: %1 at character %2.</source>
        <translation>Kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="302"/>
        <source>The params must be a JSON object.</source>
        <translation>Die Params müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="318"/>
        <source>The arguments do not validate against the input schema of %1 on this server: %2</source>
        <translation>Die Argumente sind gegen das Eingabeschema von %1 auf diesem Server nicht gültig: %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="322"/>
        <source>Valid JSON; the arguments validate against the input schema of %1.</source>
        <translation>Gültiges JSON; die Argumente sind gegen das Eingabeschema von %1 gültig.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="376"/>
        <source>Nothing was sent: the params are not valid JSON (%1 at character %2). Correct them and send again.</source>
        <translation>Nichts wurde gesendet: Die Params sind kein gültiges JSON (%1 bei Zeichen %2). Korrigieren Sie sie und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="380"/>
        <source>Nothing was sent: the params must be a JSON object.</source>
        <translation>Nichts wurde gesendet: Die Params müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="387"/>
        <source>Nothing was sent: there is no connected MCP session to send to. Connect to a server (File ▸ Connect…), then replay again.</source>
        <translation>Nichts wurde gesendet: Es gibt keine verbundene MCP-Sitzung als Ziel. Verbinden Sie sich mit einem Server (Datei ▸ Verbinden…) und wiederholen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="400"/>
        <source>Nothing was sent: the arguments do not validate against the input schema of %1 on %2. Edit them, or choose Send anyway to see what the server says.</source>
        <translation>Nichts wurde gesendet: Die Argumente sind gegen das Eingabeschema von %1 auf %2 nicht gültig. Bearbeiten Sie sie, oder wählen Sie „Trotzdem senden“, um zu sehen, was der Server sagt.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="415"/>
        <source>Sending %1 to %2…</source>
        <translation>%1 wird an %2 gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="428"/>
        <source>The replay got no answer: %1</source>
        <translation>Die Wiederholung hat keine Antwort erhalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="430"/>
        <source>Replayed as message #%1 (exchange #%2) in %3 ms.</source>
        <translation>Wiederholt als Nachricht #%1 (Austausch #%2) in %3 ms.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="437"/>
        <location filename="../ui/replay/replay_dialog.cpp" line="517"/>
        <source>Original #%1</source>
        <translation>Original #%1</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="441"/>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="456"/>
        <source>Nothing was sent: the method is empty.</source>
        <translation>Nichts wurde gesendet: Die Methode ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="461"/>
        <source>Nothing was sent: %1 is not a valid URL (scheme://host/path).</source>
        <translation>Nichts wurde gesendet: %1 ist keine gültige URL (schema://host/pfad).</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="472"/>
        <source>Nothing was sent: header line %1 is not &quot;Name: value&quot;.</source>
        <translation>Nichts wurde gesendet: Header-Zeile %1 hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="483"/>
        <source>Nothing was sent: the session to send through is not open (it may have been closed). Pick another, or connect again.</source>
        <translation>Nichts wurde gesendet: Die Sitzung, über die gesendet werden soll, ist nicht offen (sie wurde vielleicht geschlossen). Wählen Sie eine andere oder verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="492"/>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="506"/>
        <source>The replay got no response: %1</source>
        <translation>Die Wiederholung hat keine Antwort erhalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="510"/>
        <source>Replayed as exchange #%1: HTTP %2 in %3 ms.</source>
        <translation>Wiederholt als Austausch #%1: HTTP %2 in %3 ms.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ResourcesTab</name>
    <message>
        <location filename="../ui/session/resources_tab.cpp" line="10"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
</context>
<context>
    <name>mcpscope::ResultView</name>
    <message>
        <location filename="../ui/session/result_view.cpp" line="216"/>
        <source>Show exchange</source>
        <translation>Austausch anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="218"/>
        <source>Show the HTTP exchange that carried this call in the log</source>
        <translation>Den HTTP-Austausch, der diesen Aufruf übertrug, im Protokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="219"/>
        <source>Render Markdown</source>
        <translation>Markdown darstellen</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="221"/>
        <source>Show text content as Markdown (raw HTML is never rendered)</source>
        <translation>Textinhalt als Markdown anzeigen (rohes HTML wird nie dargestellt)</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="253"/>
        <source>Structured content</source>
        <translation>Strukturierter Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="260"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="263"/>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="305"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="309"/>
        <source>Tool error (isError)</source>
        <translation>Werkzeugfehler (isError)</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="312"/>
        <source>JSON-RPC error %1</source>
        <translation>JSON-RPC-Fehler %1</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="315"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="320"/>
        <source>Failed: HTTP %1</source>
        <translation>Fehlgeschlagen: HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="320"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="327"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="372"/>
        <source>No result came back.</source>
        <translation>Es kam kein Ergebnis zurück.</translation>
    </message>
</context>
<context>
    <name>mcpscope::SchemaForm</name>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="113"/>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="116"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="119"/>
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="179"/>
        <location filename="../ui/common/schema_form.cpp" line="216"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="380"/>
        <source>Add item</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="416"/>
        <source>Remove this item</source>
        <translation>Dieses Element entfernen</translation>
    </message>
</context>
<context>
    <name>mcpscope::ServerCatalog</name>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="199"/>
        <source>Could not read the server catalog %1: %2.</source>
        <translation>Der Serverkatalog %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="210"/>
        <source>The server catalog %1 cannot be read: %2 It was left as it is; fix it, or name another with --catalog.</source>
        <translation>Der Serverkatalog %1 kann nicht gelesen werden: %2 Er wurde unverändert gelassen; korrigieren Sie ihn, oder nennen Sie mit --catalog einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="217"/>
        <source>%1 is not an McpScope server catalog (no &quot;format&quot;: &quot;%2&quot;). It was left as it is.</source>
        <translation>%1 ist kein Serverkatalog von McpScope (kein „format“: „%2“). Er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="222"/>
        <source>The server catalog %1 was written by a newer McpScope (version %2); this one reads version %3.</source>
        <translation>Der Serverkatalog %1 wurde von einem neueren McpScope geschrieben (Version %2); dieses liest Version %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="234"/>
        <source>The server catalog %1 cannot be read: %2</source>
        <translation>Der Serverkatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="238"/>
        <source>The server catalog %1 names &quot;%2&quot; twice; rename one.</source>
        <translation>Der Serverkatalog %1 nennt „%2“ zweimal; benennen Sie einen um.</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="273"/>
        <source>The server catalog has no file to go to.</source>
        <translation>Der Serverkatalog hat keine Datei, in die er geschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="277"/>
        <source>Could not create the folder for the server catalog: %1</source>
        <translation>Der Ordner für den Server-Katalog konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="288"/>
        <source>Could not make %1 private (0600): %2.</source>
        <translation>%1 konnte nicht privat gemacht werden (0600): %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="294"/>
        <location filename="../core/catalog/server_catalog.cpp" line="299"/>
        <source>Could not write the server catalog %1: %2.</source>
        <translation>Der Serverkatalog %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ServerRequestsTab</name>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="52"/>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="86"/>
        <location filename="../ui/session/server_requests_tab.cpp" line="301"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="87"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="92"/>
        <source>Send the answer in the editor</source>
        <translation>Die Antwort aus dem Editor senden</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="94"/>
        <source>Refuse: elicitation answers action &quot;decline&quot;; other requests get a JSON-RPC error</source>
        <translation>Ablehnen: Elicitation antwortet mit action „decline“, andere Anfragen erhalten einen JSON-RPC-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="96"/>
        <source>Dismiss: elicitation answers action &quot;cancel&quot;; other requests get a JSON-RPC error</source>
        <translation>Verwerfen: Elicitation antwortet mit action „cancel“, andere Anfragen erhalten einen JSON-RPC-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="190"/>
        <source>The server asks: %1. Answer it in Server requests.</source>
        <translation>Der Server fragt: %1. Antworten Sie unter Server-Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="204"/>
        <source>The server withdrew its %1 request.</source>
        <translation>Der Server hat seine %1-Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="205"/>
        <source>The server withdrew its %1 request: %2</source>
        <translation>Der Server hat seine %1-Anfrage zurückgezogen: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="218"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="220"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="222"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="224"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="226"/>
        <source>withdrawn by the server</source>
        <translation>vom Server zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="228"/>
        <source>could not be answered</source>
        <translation>konnte nicht beantwortet werden</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="250"/>
        <source>%1 — %2 · deprecated in 2026-07-28</source>
        <translation>%1 — %2 · veraltet in 2026-07-28</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="254"/>
        <source>Sampling and roots are deprecated in MCP 2026-07-28; they still work</source>
        <translation>Sampling und Roots sind in MCP 2026-07-28 veraltet; sie funktionieren noch</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="272"/>
        <source>Requests the server sends (sampling, elicitation, roots) wait here for your answer.</source>
        <translation>Anfragen des Servers (Sampling, Elicitation, Roots) warten hier auf Ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="275"/>
        <source>The server sent %1.</source>
        <translation>Der Server hat %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="287"/>
        <source>Content to send (JSON)</source>
        <translation>Zu sendender Inhalt (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="288"/>
        <source>Result to send (JSON)</source>
        <translation>Zu sendendes Ergebnis (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="301"/>
        <source>Done (accept)</source>
        <translation>Erledigt (annehmen)</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="314"/>
        <source>Status of this request: %1</source>
        <translation>Status dieser Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="319"/>
        <source>Open the URL, finish there, then press Done. The server learns only that you accepted.</source>
        <translation>Öffnen Sie die URL, schließen Sie dort ab und drücken Sie dann Erledigt. Der Server erfährt nur, dass Sie angenommen haben.</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="326"/>
        <source>Valid JSON object</source>
        <translation>Gültiges JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="331"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation>Kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="332"/>
        <source>The answer must be a JSON object</source>
        <translation>Die Antwort muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="339"/>
        <source>Does not match the requested schema: %1%2</source>
        <translation>Passt nicht zum angeforderten Schema: %1%2</translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="346"/>
        <source>Matches the requested schema</source>
        <translation>Passt zum angeforderten Schema</translation>
    </message>
</context>
<context>
    <name>mcpscope::SessionListModel</name>
    <message numerus="yes">
        <location filename="../models/session_list_model.cpp" line="53"/>
        <source>%1 (%n exchange(s))</source>
        <translation>
            <numerusform>%1 (%n Austausch)</numerusform>
            <numerusform>%1 (%n Austausche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/session_list_model.cpp" line="55"/>
        <source>%1
Started %2</source>
        <translation>%1
Gestartet %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::SessionReader</name>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="249"/>
        <source>The diagnostics could not %1 in the capture store: %2</source>
        <translation>Die Diagnose konnte im Mitschnittspeicher nicht %1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="289"/>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="344"/>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="362"/>
        <source>read the exchanges</source>
        <translation>die Austausche lesen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="375"/>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="395"/>
        <source>read the messages</source>
        <translation>die Nachrichten lesen</translation>
    </message>
</context>
<context>
    <name>mcpscope::SessionReplay</name>
    <message>
        <location filename="../core/replay/session_replay.cpp" line="131"/>
        <source>Replay of session %1</source>
        <translation>Wiederholung der Sitzung %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/session_replay.cpp" line="211"/>
        <source>Sent anyway: the recorded arguments do not validate against the tool&apos;s current inputSchema (%1: %2; %n problem(s)).</source>
        <translation>
            <numerusform>Trotzdem gesendet: Die aufgezeichneten Argumente sind gegen das aktuelle inputSchema des Tools nicht gültig (%1: %2; %n Problem).</numerusform>
            <numerusform>Trotzdem gesendet: Die aufgezeichneten Argumente sind gegen das aktuelle inputSchema des Tools nicht gültig (%1: %2; %n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/replay/session_replay.cpp" line="282"/>
        <source>The recorded session has no answer to %1 left to give.</source>
        <translation>Die aufgezeichnete Sitzung hat keine Antwort auf %1 mehr übrig.</translation>
    </message>
</context>
<context>
    <name>mcpscope::SseParser</name>
    <message>
        <location filename="../core/mcp/sse_parser.cpp" line="124"/>
        <source>An SSE event larger than %1 bytes was dropped.</source>
        <translation>Ein SSE-Ereignis größer als %1 Bytes wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::StdioTransport</name>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="37"/>
        <source>The server process %1 crashed.</source>
        <translation>Der Serverprozess %1 ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="38"/>
        <source>The server process %1 exited with code %2.</source>
        <translation>Der Serverprozess %1 endete mit Code %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="76"/>
        <source>The server wrote a line that is not JSON-RPC: %1 (%2)</source>
        <translation>Der Server schrieb eine Zeile, die kein JSON-RPC ist: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="86"/>
        <source>The server wrote a line longer than %1 MiB; it was dropped.</source>
        <translation>Der Server schrieb eine Zeile, die länger als %1 MiB ist; sie wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::StreamableHttpTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="67"/>
        <source>modern era: no listening GET stream</source>
        <translation>moderne Ära: kein lauschender GET-Stream</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="69"/>
        <source>the listening GET stream is open</source>
        <translation>der lauschende GET-Stream ist offen</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="70"/>
        <source>no listening GET stream open</source>
        <translation>kein lauschender GET-Stream offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/mcp/http_transports.cpp" line="71"/>
        <source>%n POST response stream(s) open</source>
        <translation>
            <numerusform>%n POST-Antwort-Stream offen</numerusform>
            <numerusform>%n POST-Antwort-Streams offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="176"/>
        <source>The answer to %1</source>
        <translation>Die Antwort auf %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="190"/>
        <source>An event on the stream answering %1</source>
        <translation>Ein Ereignis im Stream, der %1 beantwortet</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="238"/>
        <source>The server no longer knows session %1 (HTTP 404). Reconnect to start a new session.</source>
        <translation>Der Server kennt die Sitzung %1 nicht mehr (HTTP 404). Verbinden Sie sich neu, um eine neue Sitzung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="241"/>
        <source>The server no longer knows session %1 (HTTP 400; the spec asks for 404). Reconnect to start a new session.</source>
        <translation>Der Server kennt die Sitzung %1 nicht mehr (HTTP 400; die Spezifikation verlangt 404). Verbinden Sie neu, um eine neue Sitzung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="289"/>
        <source>The server&apos;s answer to %1 cannot be read: %2 The body (%3 bytes) is kept in the capture.</source>
        <translation>Die Antwort des Servers auf %1 kann nicht gelesen werden: %2 Der Body (%3 Bytes) bleibt im Mitschnitt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="304"/>
        <source>The server&apos;s JSON answer to %1 holds no response to it (%2 message(s), none with its id), and no other answer can come on this request.</source>
        <translation>Die JSON-Antwort des Servers auf %1 enthält keine Response darauf (%2 Nachricht(en), keine mit ihrer ID), und auf diese Anfrage kann keine weitere Antwort mehr kommen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="319"/>
        <source>The server closed it.</source>
        <translation>Der Server hat ihn geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="322"/>
        <source>The event stream answering %1 ended before the response, and the server sent no event id to resume it from, so the answer can no longer come. %2</source>
        <translation>Der Ereignisstrom, der %1 beantwortet, endete vor der Response, und der Server hat keine Event-ID gesendet, ab der er fortgesetzt werden könnte; die Antwort kann daher nicht mehr kommen. %2</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="355"/>
        <source>The optional listening GET stream failed: %1 The session goes on; messages the server sends outside a request will not arrive.</source>
        <translation>Der optionale GET-Stream zum Mithören ist fehlgeschlagen: %1 Die Sitzung läuft weiter; Nachrichten, die der Server außerhalb einer Anfrage sendet, kommen nicht an.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="358"/>
        <source>The server answered the optional listening GET stream with HTTP %1 (the spec asks for 405 when it offers none). The session goes on; messages the server sends outside a request will not arrive.</source>
        <translation>Der Server beantwortete den optionalen GET-Stream zum Mithören mit HTTP %1 (die Spezifikation verlangt 405, wenn er keinen anbietet). Die Sitzung läuft weiter; Nachrichten, die der Server außerhalb einer Anfrage sendet, kommen nicht an.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="369"/>
        <source>The stream answering %1 ended before the response, and the server refused to resume it (%2), so the answer can no longer come.</source>
        <translation>Der Stream, der %1 beantwortet, endete vor der Response, und der Server hat die Fortsetzung abgelehnt (%2); die Antwort kann daher nicht mehr kommen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="373"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="374"/>
        <source>The resumed stream answering %1 ended before the response without an event id to resume from, so the answer can no longer come.</source>
        <translation>Der fortgesetzte Stream, der %1 beantwortet, endete vor der Response ohne Event-ID, ab der er fortgesetzt werden könnte; die Antwort kann daher nicht mehr kommen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::TemplatesTab</name>
    <message>
        <location filename="../ui/session/templates_tab.cpp" line="10"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/session/templates_tab.cpp" line="16"/>
        <source>template variable</source>
        <translation>Vorlagenvariable</translation>
    </message>
</context>
<context>
    <name>mcpscope::TokenResponse</name>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="171"/>
        <source>The token exchange answer is not JSON: %1</source>
        <translation>Die Token-Exchange-Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="185"/>
        <source>The answer has no access_token.</source>
        <translation>Die Antwort hat kein access_token.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="190"/>
        <source>issued_token_type is &quot;%1&quot;, not an ID-JAG (%2).</source>
        <translation>issued_token_type ist „%1“, kein ID-JAG (%2).</translation>
    </message>
</context>
<context>
    <name>mcpscope::TokenVault</name>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="149"/>
        <source>Could not create the folder for the token vault: %1</source>
        <translation>Der Ordner für den Token-Tresor konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="158"/>
        <source>Could not open the token vault&apos;s database %1: %2</source>
        <translation>Die Datenbank des Token-Tresors %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="192"/>
        <source>Could not prepare the token vault&apos;s database (%1): %2</source>
        <translation>Die Datenbank des Token-Tresors konnte nicht vorbereitet werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="199"/>
        <source>The token vault&apos;s database is busy or read-only: %1</source>
        <translation>Die Datenbank des Token-Tresors ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="207"/>
        <source>The token vault %1 was written by a newer McpScope (schema %2); this one knows schema %3. Use the newer McpScope, or another --vault file.</source>
        <translation>Der Token-Tresor %1 wurde von einem neueren McpScope geschrieben (Schema %2); dieses kennt Schema %3. Verwenden Sie das neuere McpScope oder eine andere --vault-Datei.</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="249"/>
        <source>The token vault&apos;s database %1 has lost its identity (the vault table is empty); it is left as it is. Move it aside to start a new vault.</source>
        <translation>Die Datenbank %1 des Token-Tresors hat ihre Identität verloren (die Tabelle vault ist leer); sie bleibt, wie sie ist. Verschieben Sie sie, um einen neuen Tresor anzulegen.</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="267"/>
        <source>This vault file is a copy of %1. Credentials belong to the vault that obtained them, so the copy&apos;s were removed from it (the original keeps them). Sign in again to use this copy.</source>
        <translation>Diese Tresordatei ist eine Kopie von %1. Anmeldedaten gehören zu dem Tresor, der sie erhalten hat; daher wurden sie aus der Kopie entfernt (das Original behält sie). Melden Sie sich erneut an, um diese Kopie zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/vault/token_vault.cpp" line="287"/>
        <source>%n credential(s) stored by an older McpScope were removed from this vault: their keychain entries did not say which vault file or issuer they belonged to, so they could have been another vault&apos;s tokens. Sign in again.</source>
        <translation>
            <numerusform>%n Anmeldedatensatz, von einem älteren McpScope gespeichert, wurde aus diesem Tresor entfernt: Sein Schlüsselbund-Eintrag gab nicht an, zu welcher Tresordatei oder welchem Aussteller er gehört, daher hätten es die Tokens eines anderen Tresors sein können. Melden Sie sich erneut an.</numerusform>
            <numerusform>%n Anmeldedatensätze, von einem älteren McpScope gespeichert, wurden aus diesem Tresor entfernt: Ihre Schlüsselbund-Einträge gaben nicht an, zu welcher Tresordatei oder welchem Aussteller sie gehören, daher hätten es die Tokens eines anderen Tresors sein können. Melden Sie sich erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="352"/>
        <source>The keychain refused to store a secret: %1</source>
        <translation>Der Schlüsselbund hat das Speichern eines Geheimnisses abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="366"/>
        <source>The secret is not in this session&apos;s memory (no keychain).</source>
        <translation>Das Geheimnis ist nicht im Speicher dieser Sitzung (kein Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="377"/>
        <source>Could not read a secret from the keychain: %1</source>
        <translation>Ein Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="400"/>
        <source>Could not delete a secret from the keychain: %1</source>
        <translation>Ein Geheimnis konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="433"/>
        <source>Could not save the credential: %1</source>
        <translation>Die Anmeldedaten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="551"/>
        <location filename="../core/vault/token_vault.cpp" line="565"/>
        <location filename="../core/vault/token_vault.cpp" line="592"/>
        <location filename="../core/vault/token_vault.cpp" line="803"/>
        <location filename="../core/vault/token_vault.cpp" line="831"/>
        <location filename="../core/vault/token_vault.cpp" line="842"/>
        <source>No credential %1 in the vault.</source>
        <translation>Keine Anmeldedaten %1 im Tresor.</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="661"/>
        <source>Refresh failed (%1 %2). %3 %4</source>
        <translation>Erneuern fehlgeschlagen (%1 %2). %3 %4</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="742"/>
        <source>The revocation endpoint answered HTTP %1: %2</source>
        <translation>Der Widerrufsendpunkt antwortete HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="764"/>
        <source>%1 does not advertise an introspection endpoint (RFC 7662).</source>
        <translation>%1 bietet keinen Introspektionsendpunkt an (RFC 7662).</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="781"/>
        <source>The introspection endpoint answered HTTP %1: %2</source>
        <translation>Der Introspektionsendpunkt antwortete HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="812"/>
        <source>Could not delete the credential: %1</source>
        <translation>Die Anmeldedaten konnten nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::ToolsTab</name>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="165"/>
        <location filename="../ui/session/tools_tab.cpp" line="354"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="168"/>
        <source>Input schema</source>
        <translation>Eingabeschema</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="173"/>
        <source>Arguments (JSON)</source>
        <translation>Argumente (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="185"/>
        <location filename="../ui/session/tools_tab.cpp" line="427"/>
        <source>Call</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="187"/>
        <source>Call the tool (Ctrl+Return)</source>
        <translation>Das Tool aufrufen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="191"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="200"/>
        <source>Pin result</source>
        <translation>Ergebnis anheften</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="202"/>
        <source>Keep this result to compare a later call with</source>
        <translation>Dieses Ergebnis behalten, um einen späteren Aufruf damit zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="203"/>
        <source>Compare with pinned</source>
        <translation>Mit angeheftetem vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="214"/>
        <source>The result appears here.</source>
        <translation>Hier erscheint das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="129"/>
        <source>Search tools</source>
        <translation>Tools durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="254"/>
        <source>1 tool</source>
        <translation>1 Tool</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="254"/>
        <source>%1 tools</source>
        <translation>%1 Tools</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="255"/>
        <source>%1 of %2 tools</source>
        <translation>%1 von %2 Tools</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="277"/>
        <source>The server lists no tool &quot;%1&quot; now; it opens when the server lists it.</source>
        <translation>Der Server führt jetzt kein Tool „%1“ auf; es öffnet sich, sobald der Server es aufführt.</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="354"/>
        <source>Form (no arguments)</source>
        <translation>Formular (keine Argumente)</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="369"/>
        <source>Valid JSON object</source>
        <translation>Gültiges JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="371"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation>Kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="372"/>
        <source>Arguments must be a JSON object</source>
        <translation>Argumente müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="381"/>
        <source>Fill in the arguments; they are checked against the input schema as you edit</source>
        <translation>Füllen Sie die Argumente aus; sie werden während der Bearbeitung gegen das Eingabeschema geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/tools_tab.cpp" line="387"/>
        <source>Does not match the input schema: %1%2 (%n problem(s))</source>
        <translation>
            <numerusform>Passt nicht zum Eingabeschema: %1%2 (%n Problem)</numerusform>
            <numerusform>Passt nicht zum Eingabeschema: %1%2 (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="394"/>
        <source>Valid against the input schema</source>
        <translation>Gültig laut Eingabeschema</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="414"/>
        <source>Retry in %1 s</source>
        <translation>Erneut in %1 s</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="419"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="455"/>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="456"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="476"/>
        <source>%1 at %2</source>
        <extracomment>A kept tool result: the tool&apos;s name and the time of the call</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="485"/>
        <source>structuredContent matches the tool&apos;s outputSchema</source>
        <translation>structuredContent passt zum outputSchema des Tools</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="486"/>
        <source>structuredContent does not match the outputSchema: %1%2</source>
        <translation>structuredContent passt nicht zum outputSchema: %1%2</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="493"/>
        <source>The tool declares an outputSchema but returned no structuredContent</source>
        <translation>Das Tool deklariert ein outputSchema, lieferte aber kein structuredContent</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="498"/>
        <source>The server needs you to open these URLs first, then call the tool again:</source>
        <translation>Der Server möchte, dass Sie zuerst diese URLs öffnen und das Tool dann erneut aufrufen:</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="520"/>
        <source>Pinned the result of %1</source>
        <translation>Ergebnis von %1 angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="528"/>
        <source>Compare tool results</source>
        <translation>Tool-Ergebnisse vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="529"/>
        <source>pinned: %1</source>
        <translation>angeheftet: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="530"/>
        <source>last: %1</source>
        <translation>letztes: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="538"/>
        <source>Pin a result first, then call the tool again</source>
        <translation>Erst ein Ergebnis anheften, dann das Tool erneut aufrufen</translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="539"/>
        <source>Compare %1 with the last result</source>
        <translation>%1 mit dem letzten Ergebnis vergleichen</translation>
    </message>
</context>
<context>
    <name>mcpscope::UriTemplate</name>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="89"/>
        <source>The URI template has a &apos;}&apos; without &apos;{&apos; at character %1.</source>
        <translation>Die URI-Vorlage enthält bei Zeichen %1 ein &apos;}&apos; ohne &apos;{&apos;.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="99"/>
        <source>The URI template has a &apos;{&apos; at character %1 that is never closed.</source>
        <translation>Die URI-Vorlage enthält bei Zeichen %1 ein &apos;{&apos;, das nie geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="109"/>
        <source>The URI template uses the reserved operator &apos;%1&apos;.</source>
        <translation>Die URI-Vorlage verwendet den reservierten Operator &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="123"/>
        <source>The URI template has an invalid prefix length in &quot;%1&quot;.</source>
        <translation>Die URI-Vorlage hat in „%1“ eine ungültige Präfixlänge.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="129"/>
        <source>The URI template has an invalid variable name &quot;%1&quot;.</source>
        <translation>Die URI-Vorlage hat einen ungültigen Variablennamen „%1“.</translation>
    </message>
</context>
<context>
    <name>mcpscope::VaultView</name>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="41"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="44"/>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="47"/>
        <source>in %1:%2</source>
        <translation>in %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="64"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="64"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="64"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="64"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="65"/>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="65"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="75"/>
        <source>Refresh</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="76"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="77"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="78"/>
        <source>Copy as Authorization Header</source>
        <translation>Als Authorization-Header kopieren</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="79"/>
        <source>Introspect</source>
        <translation>Introspektion</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="86"/>
        <source>Ask the authorization server what it knows about the access token (RFC 7662)</source>
        <translation>Den Autorisierungsserver fragen, was er über das Access-Token weiß (RFC 7662)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="87"/>
        <source>Get a new access token with the refresh token</source>
        <translation>Mit dem Refresh-Token ein neues Access-Token holen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="89"/>
        <source>Revoke the tokens at the authorization server (RFC 7009), then delete them here</source>
        <translation>Die Tokens beim Autorisierungsserver widerrufen (RFC 7009) und dann hier löschen</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="90"/>
        <source>Forget the tokens here; the authorization server is not told</source>
        <translation>Die Tokens hier vergessen; der Autorisierungsserver erfährt nichts davon</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="96"/>
        <source>Refresh ahead of expiry:</source>
        <translation>Vor Ablauf erneuern:</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="100"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="102"/>
        <source>Tokens are refreshed this long before they expire (at half the lifetime when they live less than twice as long)</source>
        <translation>Tokens werden so lange vor ihrem Ablauf erneuert (bei halber Laufzeit, wenn sie weniger als doppelt so lange gelten)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="118"/>
        <source>Token Introspection</source>
        <translation>Token-Introspektion</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="171"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="171"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="197"/>
        <source>no expiry given</source>
        <translation>kein Ablauf angegeben</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="225"/>
        <source>Token refreshed.</source>
        <translation>Token erneuert.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="236"/>
        <source>Tokens revoked and deleted.</source>
        <translation>Tokens widerrufen und gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="247"/>
        <source>Tokens deleted from the vault.</source>
        <translation>Tokens aus dem Tresor gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="256"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="259"/>
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="259"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="262"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="263"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="266"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="266"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="268"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="269"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="278"/>
        <source>Expires (exp):</source>
        <translation>Läuft ab (exp):</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="279"/>
        <source>Issued (iat):</source>
        <translation>Ausgestellt (iat):</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="280"/>
        <source>Not before (nbf):</source>
        <translation>Gültig ab (nbf):</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="281"/>
        <source>Signed in (auth_time):</source>
        <translation>Angemeldet (auth_time):</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="292"/>
        <source>%1 %2 (%3)</source>
        <extracomment>%1 the claim (e.g. &quot;Expires (exp):&quot;), %2 a local date and time, %3 how far from now</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="318"/>
        <source>The token is active.</source>
        <translation>Das Token ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="319"/>
        <source>The token is not active.</source>
        <translation>Das Token ist nicht aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="332"/>
        <source>Authorization header copied to the clipboard.</source>
        <translation>Authorization-Header in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>mcpscope::Walk</name>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="49"/>
        <source>its inputSchema is nested too deeply to check its x-mcp-header declarations.</source>
        <translation>sein inputSchema ist zu tief verschachtelt, um seine x-mcp-header-Deklarationen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="82"/>
        <source>the schema root</source>
        <translation>die Wurzel des Schemas</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="84"/>
        <source>x-mcp-header at %1 is not reachable from the schema root through &quot;properties&quot; alone (it sits under items, a composition, a condition, $defs or $ref).</source>
        <translation>x-mcp-header bei %1 ist von der Wurzel des Schemas nicht allein über „properties“ erreichbar (es steht unter items, einer Komposition, einer Bedingung, $defs oder $ref).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="91"/>
        <source>x-mcp-header of %1 is not a string.</source>
        <translation>x-mcp-header von %1 ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="96"/>
        <source>x-mcp-header of %1 is empty.</source>
        <translation>x-mcp-header von %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="101"/>
        <source>x-mcp-header &quot;%1&quot; of %2 has a character an HTTP header name cannot hold (U+%3).</source>
        <translation>x-mcp-header „%1“ von %2 enthält ein Zeichen, das ein HTTP-Headername nicht enthalten darf (U+%3).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="110"/>
        <source>x-mcp-header &quot;%1&quot; is on %2, whose type is not string, integer or boolean.</source>
        <translation>x-mcp-header „%1“ steht an %2, dessen Typ weder string noch integer noch boolean ist.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="116"/>
        <source>x-mcp-header &quot;%1&quot; is declared twice (header names are case-insensitive).</source>
        <translation>x-mcp-header „%1“ ist zweimal deklariert (Headernamen unterscheiden keine Groß- und Kleinschreibung).</translation>
    </message>
</context>
<context>
    <name>mcpscope::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="134"/>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="138"/>
        <source>%1 — %2</source>
        <extracomment>A catalog server in the welcome page&apos;s list: its name, then what it runs or where it is</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="141"/>
        <source>Connect to %1 (from the server catalog)</source>
        <translation>Mit %1 verbinden (aus dem Serverkatalog)</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="187"/>
        <source>Welcome to McpScope</source>
        <translation>Willkommen bei McpScope</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="188"/>
        <source>A workbench for MCP servers, OAuth-protected or not: connect, see every message and byte, and find out why something failed.</source>
        <translation>Eine Werkbank für MCP-Server, mit oder ohne OAuth-Schutz: verbinden, jede Nachricht und jedes Byte sehen und herausfinden, warum etwas fehlschlug.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="190"/>
        <source>&amp;Connect to an MCP Server…</source>
        <translation>Mit einem MCP-Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="191"/>
        <source>A URL (Streamable HTTP or SSE) or a command run over stdio; a 401 starts the OAuth flow. Ctrl+K from anywhere.</source>
        <translation>Eine URL (Streamable HTTP oder SSE) oder ein Befehl über stdio; eine 401-Antwort startet den OAuth-Flow. Von überall mit Strg+K.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="193"/>
        <source>Open a Ca&amp;pture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="194"/>
        <source>Read a capture store or a .mcpscope bundle, read-only, in a window of its own.</source>
        <translation>Einen Mitschnitt-Speicher oder ein .mcpscope-Bündel schreibgeschützt in einem eigenen Fenster lesen.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="196"/>
        <source>&amp;Import a HAR…</source>
        <translation>HAR &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="197"/>
        <source>Bring a browser&apos;s HAR or a capture bundle into the live store, with its findings.</source>
        <translation>Das HAR eines Browsers oder ein Mitschnittbündel samt Befunden in den aktuellen Mitschnitt-Speicher übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="199"/>
        <source>Recent &amp;servers</source>
        <translation>Zuletzt verwendete &amp;Server</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="200"/>
        <source>No servers yet. Servers you connect to, and those in the server catalog (Servers, on the left), are listed here.</source>
        <translation>Noch keine Server. Hier erscheinen die Server, mit denen Sie sich verbinden, und die des Serverkatalogs (Server, links).</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="202"/>
        <source>Captures are recorded in</source>
        <translation>Mitschnitte werden gespeichert in</translation>
    </message>
</context>
<context>
    <name>mcpscope::Writer</name>
    <message>
        <location filename="../core/export/har_writer.cpp" line="782"/>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
</TS>
