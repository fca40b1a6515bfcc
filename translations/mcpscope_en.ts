<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_main.cpp" line="86"/>
        <source>McpScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope</name>
    <message>
        <location filename="../core/mcp/sse_endpoint.cpp" line="12"/>
        <source>The server's endpoint event names another origin (%1); refusing to send messages there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="137"/>
        <source>The registration answer has no client_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="148"/>
        <source>The introspection answer has no boolean &quot;active&quot; member (RFC 7662).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="321"/>
        <source>… %1 more bytes not shown
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="342"/>
        <source>The body starts with a UTF-8 byte order mark; strict JSON parsers reject it. Remove the BOM on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="347"/>
        <source>The Content-Type says JSON but the body does not parse: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="353"/>
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="369"/>
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �. Check the server&apos;s charset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="24"/>
        <source>&quot;%1&quot; is not a header: write it as Name: value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="27"/>
        <source>Header values cannot contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="37"/>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="43"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="51"/>
        <source>A JSON-RPC message must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="54"/>
        <source>The message lacks &quot;jsonrpc&quot;: &quot;2.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="60"/>
        <source>&quot;method&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="64"/>
        <source>&quot;params&quot; of %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="67"/>
        <source>Request ids must be strings or integers (MCP forbids null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="77"/>
        <source>An error response needs a numeric &quot;code&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="86"/>
        <source>A response must carry the id of its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="92"/>
        <source>The message is neither a request, a notification nor a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="182"/>
        <source>The message is %1 bytes, over the %2-byte limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="185"/>
        <source>The message nests deeper than %1 levels; refusing to parse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="190"/>
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="195"/>
        <source>An empty JSON-RPC batch is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="44"/>
        <source>The JWT&apos;s %1 is not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="48"/>
        <source>The JWT&apos;s %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="151"/>
        <source>The token is %1 bytes; McpScope decodes JWTs up to 64 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="164"/>
        <source>This is an encrypted JWT (JWE, five parts); McpScope shows signed JWTs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/oauth/jwt.cpp" line="165"/>
        <source>This is not a JWT: it has %n part(s), a signed JWT has three.</source>
        <translation>
            <numerusform>This is not a JWT: it has %n part, a signed JWT has three.</numerusform>
            <numerusform>This is not a JWT: it has %n parts, a signed JWT has three.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="167"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="170"/>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="175"/>
        <source>The JWT&apos;s signature is not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="194"/>
        <source>The token is unsigned (alg &quot;none&quot;): it proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="197"/>
        <source>The token uses %1; McpScope verifies RS256, PS256, ES256 and EdDSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="197"/>
        <source>no alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="220"/>
        <source>The JWKS has no %1 signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="221"/>
        <source>The JWKS has no key with kid &quot;%1&quot; (the issuer may have rotated its keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="223"/>
        <source>The token names no kid and the JWKS has several %1 keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="226"/>
        <source>The JWKS key for this token is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="231"/>
        <source>The ES256 signature has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="248"/>
        <source>The %1 signature does not verify with the issuer&apos;s key: the token was altered or signed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="260"/>
        <source>The private key is not a PEM key McpScope can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="270"/>
        <source>McpScope signs with EC P-256, RSA or Ed25519 keys only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="290"/>
        <location filename="../core/oauth/jwt.cpp" line="296"/>
        <source>OpenSSL could not sign the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="314"/>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="314"/>
        <source>expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="316"/>
        <source>no expiry claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="322"/>
        <source>valid since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="322"/>
        <source>not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="327"/>
        <source>issued by &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="334"/>
        <source>for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="23"/>
        <source>The %1 is %2 bytes; McpScope reads documents up to 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="28"/>
        <source>The %1 is not valid JSON: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="30"/>
        <source>The %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="42"/>
        <source>In the %1, &quot;%2&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="53"/>
        <location filename="../core/oauth/oauth_metadata.cpp" line="58"/>
        <source>In the %1, &quot;%2&quot; must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="72"/>
        <source>The %1 has no &quot;%2&quot;, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="78"/>
        <source>In the %1, &quot;%2&quot; is not an http(s) URL: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="86"/>
        <source>protected resource metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="103"/>
        <source>The %1 has no &quot;resource&quot;, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="106"/>
        <source>The %1 lists no &quot;authorization_servers&quot;; MCP requires at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="117"/>
        <source>authorization server metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="127"/>
        <source>The %1 has no &quot;issuer&quot;, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="20"/>
        <source>The refresh token was refused: it expired, was revoked, or was already used once (servers that rotate refresh tokens accept each one only once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="22"/>
        <source>Sign in again to get a new refresh token; if this keeps happening, make sure only one client uses the stored refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="25"/>
        <source>The redirect_uri of the token request differs from the one used in the authorization request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="26"/>
        <source>Send exactly the same redirect_uri in both requests (scheme, host, port and path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="28"/>
        <source>The code_verifier does not match the code_challenge sent with the authorization request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="29"/>
        <source>Send the verifier generated for this flow; start the flow again if it was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="30"/>
        <source>The authorization code was refused: codes expire within minutes and can be used only once, and they must come with the same redirect_uri and a matching code_verifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="32"/>
        <source>Start the flow again and exchange the new code at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="35"/>
        <source>The authorization server did not accept the client&apos;s credentials (unknown client_id, wrong secret, or the wrong token endpoint authentication method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="37"/>
        <source>Check the client id and secret, and use the authentication method the client was registered with; a dynamically registered client may have expired: register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="40"/>
        <source>This client is not allowed to use this grant type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="41"/>
        <source>Register the client with the grant type (authorization_code, refresh_token or client_credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="43"/>
        <source>A requested scope is unknown to the authorization server or not allowed for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="44"/>
        <source>Request only scopes listed in scopes_supported, or leave the scope out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="46"/>
        <source>The authorization server does not accept the resource parameter (RFC 8707) sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="47"/>
        <source>Check that the resource is the MCP server&apos;s canonical URL as its protected resource metadata states, and that the authorization server knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="50"/>
        <source>The user or the authorization server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="51"/>
        <source>Sign in again and approve the requested access, or ask for fewer scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="53"/>
        <source>The token endpoint does not support this grant type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="54"/>
        <source>Check grant_types_supported in the authorization server metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="56"/>
        <source>The authorization endpoint does not support response_type=code for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="57"/>
        <source>Register the client for the authorization code flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="59"/>
        <source>The authorization server rejected the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="60"/>
        <source>Register the exact redirect URI (for a native app, http://127.0.0.1 with any port is the usual form); a pre-registered client must use one of its registered URIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="63"/>
        <source>Dynamic registration refused the client metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="64"/>
        <source>Look at the error description for the member it rejected (often redirect_uris or token_endpoint_auth_method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="67"/>
        <source>The request is missing a parameter or has a malformed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="68"/>
        <source>Compare the request with the error description; PKCE (code_challenge with S256) and state are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="71"/>
        <source>The authorization server had a problem of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="71"/>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="73"/>
        <source>The authorization server answered with error &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="74"/>
        <source>See the error description and the server&apos;s documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="84"/>
        <source>The token endpoint answered with something that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="103"/>
        <source>The token endpoint&apos;s answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="107"/>
        <source>The token endpoint issued a &quot;%1&quot; token; MCP uses Bearer tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="95"/>
        <source>The WWW-Authenticate header is %1 bytes long; McpScope reads at most 16 KiB of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="105"/>
        <source>The WWW-Authenticate header has no auth scheme at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="137"/>
        <location filename="../core/oauth/www_authenticate.cpp" line="167"/>
        <source>The WWW-Authenticate header has an unexpected &apos;%1&apos; at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="154"/>
        <source>The WWW-Authenticate parameter &quot;%1&quot; has a quoted value that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/www_authenticate.cpp" line="162"/>
        <source>The WWW-Authenticate header has more than %1 parameters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::AuthorizationTab</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="224"/>
        <source>The server requires authorization (HTTP 401): signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="225"/>
        <source>The server asks for more scope (HTTP 403): signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="229"/>
        <source>Could not open a browser; open this URL yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="239"/>
        <source>authorized by %1 (scope: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="240"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::BodyPane</name>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="34"/>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="34"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="34"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="35"/>
        <source>How to show the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="47"/>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureModel</name>
    <message>
        <location filename="../models/capture_model.cpp" line="274"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="276"/>
        <source>%1 · streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="281"/>
        <source>%1 (cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="295"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="297"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="299"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="301"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="303"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="305"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="307"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="309"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="311"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureReader</name>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="82"/>
        <source>Could not open the capture store %1 for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="88"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="91"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="104"/>
        <source>Reading %1 from the capture store failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="130"/>
        <source>the exchange list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="171"/>
        <location filename="../core/capture/capture_reader.cpp" line="198"/>
        <source>search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="220"/>
        <source>exchange rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="254"/>
        <source>an exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="287"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="307"/>
        <source>the exchange count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="325"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureSchema</name>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="88"/>
        <source>The capture store rejected a statement: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="119"/>
        <source>The file is not a readable SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="125"/>
        <source>This capture store has schema version %1, but this McpScope knows only up to %2. Open it with a newer McpScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="132"/>
        <source>Could not start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="145"/>
        <source>Could not commit the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureStore</name>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="32"/>
        <source>Could not create the folder %1 for the capture store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="41"/>
        <source>Could not open the capture store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="45"/>
        <source>%1 is not a usable capture store: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureWriter</name>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="138"/>
        <source>Could not open the capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="152"/>
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="202"/>
        <source>Could not start a write transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="232"/>
        <source>Could not commit captured data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="248"/>
        <source>Could not start an index transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="271"/>
        <source>Could not commit the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="185"/>
        <source>The capture store could not prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="225"/>
        <source>Writing the capture store failed: %1. Check free disk space and that the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectDialog</name>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="21"/>
        <source>Connect to MCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="25"/>
        <source>Auto (Streamable HTTP, then HTTP+SSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="25"/>
        <source>Streamable HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="25"/>
        <source>HTTP+SSE (2024-11-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="26"/>
        <source>stdio (run a command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="32"/>
        <source>How long to wait for each response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="33"/>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="34"/>
        <source>&amp;URL or command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="35"/>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="42"/>
        <source>Sign in with the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="42"/>
        <source>Sign in headless (no browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="42"/>
        <source>Step through the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="43"/>
        <source>What happens when the server answers 401: the OAuth flow, shown in the session&apos;s Authorization tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="46"/>
        <source>client id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="49"/>
        <source>client secret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="51"/>
        <source>scope (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="57"/>
        <source>On &amp;401:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="61"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="66"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="66"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="68"/>
        <source>One per line, e.g.
LOG_LEVEL=debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="69"/>
        <source>One per line, e.g.
X-Api-Key: …
(not remembered after the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="116"/>
        <source>Enter the command that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="117"/>
        <source>Enter the server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="124"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="137"/>
        <source>&quot;%1&quot; is not NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ConsoleTab</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="246"/>
        <source>History (messages sent this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="250"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="251"/>
        <source>Send (Ctrl+Return in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="585"/>
        <source>// Not sent: write a JSON-RPC request or notification with a method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Evaluator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="106"/>
        <source>The schema nests (or refers) deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="113"/>
        <source>No value is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="128"/>
        <source>The schema refers to %1, which McpScope cannot resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="146"/>
        <source>Expected %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="151"/>
        <source>The value is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="154"/>
        <source>The value must equal the constant the schema gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="162"/>
        <source>%1 is not a multiple of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="167"/>
        <source>%1 is above the maximum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="169"/>
        <source>%1 is below the minimum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="171"/>
        <source>%1 must be below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="173"/>
        <source>%1 must be above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="180"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="182"/>
        <source>The text has %1 characters; at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="186"/>
        <source>The text does not match the pattern %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="215"/>
        <source>The list has %1 items; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="217"/>
        <source>The list has %1 items; at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="222"/>
        <source>Items %1 and %2 are equal; items must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="232"/>
        <source>No item matches the schema&apos;s &quot;contains&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="240"/>
        <source>The property &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="242"/>
        <source>At most %1 properties are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="244"/>
        <source>At least %1 properties are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="266"/>
        <source>The property &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="274"/>
        <source>The property name &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="283"/>
        <source>&quot;%1&quot; requires &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="302"/>
        <source>The value matches none of the allowed alternatives (anyOf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="310"/>
        <source>The value must match exactly one alternative (oneOf); it matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="313"/>
        <source>The value matches a schema it must not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ExchangeDetailView</name>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="118"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="118"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="132"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="133"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="134"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="135"/>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="142"/>
        <source>Select an exchange to see its headers, bodies and timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="164"/>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="167"/>
        <source>%1 error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="180"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="181"/>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="182"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="183"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="184"/>
        <source>HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="185"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="186"/>
        <source>Request headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="189"/>
        <source>Response headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="193"/>
        <source>TLS certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="195"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="196"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="197"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="198"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="199"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="206"/>
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="212"/>
        <source>Waiting (time to first byte)  %1
Content download              %2
Total                         %3
Response size                 %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::FeatureTab</name>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="51"/>
        <source>Save Blob…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="48"/>
        <location filename="../ui/session/feature_tab.cpp" line="165"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="129"/>
        <source>Updated by the server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="165"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="166"/>
        <source>Ask the server to send notifications/resources/updated for this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="167"/>
        <source>The server does not offer resource subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="277"/>
        <source>Subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="277"/>
        <source>Unsubscribed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="320"/>
        <source>// %1: the blob is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="326"/>
        <source>// %1: image of %2 bytes, previewed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="330"/>
        <source>// %1: blob of %2 bytes
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="340"/>
        <source>Save Blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="345"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::HttpCall</name>
    <message>
        <location filename="../core/net/http_client.cpp" line="109"/>
        <source>TLS errors ignored by the exception for this host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="136"/>
        <source>Could not resolve the host name %1. Check the spelling of the URL, your DNS settings, and that this machine can reach the network the server is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="141"/>
        <source>The connection to %1:%2 was refused. Is the server running, and listening on that port and address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="149"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="151"/>
        <source>The server sent nothing for %1 s, so the request was given up. The server may be hung or overloaded; try again, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="157"/>
        <source>The server closed the connection in the middle of the response (%1 bytes received). What arrived is kept below; the server may have crashed or hit a proxy timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="161"/>
        <source>The server closed the connection before sending a response. It may have crashed, or expects a different protocol (HTTP vs HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="165"/>
        <source>The TLS certificate of %1 was not accepted: %2. If this is a development server with a self-signed certificate, add a TLS exception for this host; otherwise check the certificate chain below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="172"/>
        <source>The request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="180"/>
        <source>The server closed the connection in the middle of the response (%1 of %2 bytes received). What arrived is kept below; the server may have crashed or hit a proxy timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="186"/>
        <source>The body was %1 bytes; only the first %2 bytes were captured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ImageStrip</name>
    <message>
        <location filename="../ui/common/image_strip.cpp" line="51"/>
        <source>%1: %2 bytes of %3 that do not decode as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/image_strip.cpp" line="61"/>
        <source>%1 · %2×%3 · %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonSchemaValidator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="419"/>
        <source>The schema is too complex to evaluate (over %1 steps); validation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JwtViewer</name>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="24"/>
        <source>Paste a JWT (header.payload.signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="30"/>
        <source>https://issuer.example/jwks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="31"/>
        <source>Expected issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="32"/>
        <source>Expected audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="33"/>
        <source>JWKS URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="34"/>
        <source>Verify Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="80"/>
        <source>// header
%1
// claims
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="89"/>
        <source>signature: not verified yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="101"/>
        <source>
Enter the issuer&apos;s JWKS URL to verify the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="113"/>
        <source>✗ signature: the JWKS could not be fetched (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="114"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="117"/>
        <source>✓ signature: %1, verified with the issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="118"/>
        <source>✗ signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::LegacySseTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="252"/>
        <source>The server&apos;s endpoint event names another origin (%1); refusing to send messages there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="266"/>
        <source>Ignored a message the server sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="287"/>
        <source>The SSE endpoint answered HTTP %1 instead of an event stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="288"/>
        <source>The server closed the SSE stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="290"/>
        <source>No endpoint event arrived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="314"/>
        <source>HTTP %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::LogPage</name>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>Search URLs and bodies (full text)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="279"/>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>1xx informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>3xx redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>Failed (no response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="277"/>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="278"/>
        <source>Copy request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="279"/>
        <source>Copy response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="280"/>
        <source>Compare responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="281"/>
        <source>Select two rows to compare their responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="403"/>
        <source>Exchange %1 is no longer in the capture file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="412"/>
        <source>#%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="419"/>
        <source>Compare responses: #%1 and #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::LoopbackReceiver</name>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="50"/>
        <source>Could not listen on 127.0.0.1 for the redirect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="99"/>
        <source>Not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="100"/>
        <source>This address only takes the authorization response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="104"/>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="104"/>
        <source>McpScope already received the authorization response. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="109"/>
        <source>The redirect&apos;s state does not match the one McpScope sent: the response belongs to another request (or is forged), so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="111"/>
        <location filename="../core/oauth/loopback_receiver.cpp" line="121"/>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="118"/>
        <source>The redirect names issuer %1, but the flow talks to %2 (RFC 9207): it was refused as a possible mix-up attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="127"/>
        <source>Sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="127"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="128"/>
        <source>The authorization server answered &quot;%1&quot;. Return to McpScope for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="130"/>
        <source>McpScope received the authorization response. You can close this tab and return to McpScope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="165"/>
        <location filename="../ui/main_window.cpp" line="170"/>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>%n exchange(s) shown</source>
        <translation>
            <numerusform>%n exchange shown</numerusform>
            <numerusform>%n exchanges shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="178"/>
        <source>Capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181"/>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="182"/>
        <source>%1 %2 → %3 in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242"/>
        <source>About McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>McpScope %1
A workbench for debugging OAuth-protected MCP servers.
Captures are stored in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="256"/>
        <source>McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="257"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="258"/>
        <source>&amp;New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>&amp;Connect to MCP Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="260"/>
        <source>Capture log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="261"/>
        <source>&amp;Open Capture Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="263"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="264"/>
        <source>&amp;Find in Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="265"/>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266"/>
        <source>&amp;Follow New Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>&amp;OAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268"/>
        <source>OAuth &amp;Flow Inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="269"/>
        <source>Token &amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="271"/>
        <source>&amp;About McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="272"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="273"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="363"/>
        <source>HTTP requests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="368"/>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="412"/>
        <location filename="../ui/main_window.cpp" line="430"/>
        <source>OAuth flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>Could not open a browser; open this URL yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="439"/>
        <source>Token vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="447"/>
        <location filename="../ui/main_window.cpp" line="453"/>
        <source>Open Capture Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="448"/>
        <source>McpScope captures (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" />
        <source>&amp;Palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main_window.cpp" />
        <source>&amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main_window.cpp" />
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main_window.cpp" />
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mcpscope::McpAuthorizer</name>
    <message>
        <location filename="../core/oauth/mcp_authorizer.cpp" line="41"/>
        <source>The stored credential is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpClient</name>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="119"/>
        <source>The session was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="152"/>
        <source>The server requires authorization (HTTP %1) to open its event stream. Sign in to it (OAuth) or add an Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="158"/>
        <source>The server still refuses its event stream (HTTP %1) after %2 authorizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="168"/>
        <source>Authorization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="183"/>
        <source>The server requires authorization (HTTP 401) for %1. Sign in to it (OAuth) or add an Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="186"/>
        <source>The token lacks a scope the server requires for %1 (HTTP 403 insufficient_scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="191"/>
        <source>The server still refuses %1 (HTTP %2) after %3 authorizations; McpScope stops here rather than loop. The server may ask for a scope the authorization server never grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="218"/>
        <source>Authorization for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="257"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="307"/>
        <source>Streamable HTTP was refused (%1); trying the HTTP+SSE transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="315"/>
        <source>The server did not complete initialize: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="322"/>
        <source>The server answered with protocol version &quot;%1&quot;, which McpScope does not speak (it speaks %2). Upgrade McpScope or configure the server for one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="370"/>
        <source>No response to %1 within %2 s. The server may be hung; try again or raise the request timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="427"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="439"/>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="458"/>
        <source>The server answered request id %1, which is not pending (unknown, or already answered or timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="470"/>
        <source>%1 failed with JSON-RPC error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="498"/>
        <source>The server reused request id %1 while that request is still waiting; the second one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="548"/>
        <source>Progress for token %1, which belongs to no active request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="605"/>
        <source>The session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSessionView</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="65"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="66"/>
        <source>Start a new session with the same server and transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="131"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="140"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="166"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="190"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="212"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="215"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="418"/>
        <source>Server requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="220"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="257"/>
        <source>JSON-RPC console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="236"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="287"/>
        <source>Reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="296"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="298"/>
        <source>session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="321"/>
        <source>MCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="335"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="361"/>
        <source>%1 %2 · protocol %3 · %4 · capabilities: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="418"/>
        <source>Server requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::NewRequestDialog</name>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="20"/>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="36"/>
        <source>One per line, e.g.
Accept: application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="40"/>
        <source>Request body (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="41"/>
        <source>Give up when the server sends nothing for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="42"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="43"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="44"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="45"/>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="46"/>
        <source>Idle &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="50"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::NotificationsTab</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="198"/>
        <source>Server log level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="201"/>
        <source>(server default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="205"/>
        <source>logging/setLevel: the least severe level the server should send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="303"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="305"/>
        <source>server stderr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="427"/>
        <source>Server log level set to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::OAuthFlow</name>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="48"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="50"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="52"/>
        <source>waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="54"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="56"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="58"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="80"/>
        <source>Protected resource metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="81"/>
        <source>Find out which authorization server protects the MCP server (RFC 9728): from the resource_metadata of the 401 answer, else from the path-based and then the root well-known URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="84"/>
        <source>Authorization server metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="85"/>
        <source>Read the authorization server&apos;s endpoints and capabilities (RFC 8414 or OpenID Connect Discovery, in the order MCP gives); its issuer must be the one the resource named, and it must support PKCE with S256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="89"/>
        <source>Client registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="90"/>
        <source>Become a client of the authorization server: pre-registered credentials, a Client ID Metadata Document URL when the server supports them, else dynamic client registration (RFC 7591).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="93"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="94"/>
        <source>Ask the user&apos;s consent at the authorization endpoint with PKCE (S256), state, the resource indicator (RFC 8707) and the chosen scope; the answer comes back to the redirect URI with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="97"/>
        <source>Token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="98"/>
        <source>Trade the code and the PKCE verifier for an access token (and a refresh token) at the token endpoint, authenticating the client as registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="108"/>
        <source>resource_metadata (from WWW-Authenticate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="113"/>
        <source>scope (from WWW-Authenticate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="128"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="128"/>
        <source>You cancelled the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="128"/>
        <source>Start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="138"/>
        <source>%1 failed: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="236"/>
        <source>authorization server (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="238"/>
        <source>The MCP server publishes no protected resource metadata; trying its own origin as the authorization server, as MCP 2025-03-26 did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="240"/>
        <source>No protected resource metadata (RFC 9728): MCP 2025-06-18 and later require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="250"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="339"/>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="251"/>
        <source>The MCP server could not be reached for its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="251"/>
        <source>Check the URL and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="255"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="344"/>
        <source>tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="255"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="344"/>
        <source>%1 → HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="262"/>
        <source>The protected resource metadata document is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="263"/>
        <source>Fix the document the MCP server serves at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="275"/>
        <source>The metadata is for resource %1, not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="276"/>
        <source>The protected resource metadata names another resource: following it could send tokens to the wrong server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="278"/>
        <source>Make the server&apos;s metadata &quot;resource&quot; its own canonical URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="284"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="549"/>
        <source>resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="285"/>
        <source>authorization_servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="287"/>
        <source>scopes_supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="289"/>
        <source>The resource names %1 authorization servers; McpScope uses the first, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="292"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="396"/>
        <source>Found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="315"/>
        <source>default endpoints (2025-03-26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="316"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="318"/>
        <source>No authorization server metadata either: using the 2025-03-26 default endpoints /authorize, /token and /register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="320"/>
        <source>No metadata; using the 2025-03-26 default endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="328"/>
        <source>No metadata at any of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="329"/>
        <source>The authorization server publishes neither OAuth metadata (RFC 8414) nor OpenID Connect discovery where MCP looks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="331"/>
        <source>Serve the metadata at one of those URLs, or correct authorization_servers in the resource metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="340"/>
        <source>The authorization server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="340"/>
        <source>Check the issuer URL and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="351"/>
        <source>The authorization server metadata is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="352"/>
        <source>Fix the document served at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="357"/>
        <source>The metadata&apos;s issuer is %1; the server&apos;s origin %2 was only a guess (2025-03-26), so it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="363"/>
        <source>The metadata&apos;s issuer is %1, but the resource named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="364"/>
        <source>Issuer mismatch: the metadata does not belong to the authorization server the MCP server trusts (RFC 8414 §3.3), so it must not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="366"/>
        <source>Make the issuer in the metadata and authorization_servers in the resource metadata identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="370"/>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="371"/>
        <source>authorization_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="372"/>
        <source>token_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="374"/>
        <source>registration_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="375"/>
        <source>code_challenge_methods_supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="378"/>
        <source>%1 uses plain http on a host that is not loopback: codes and tokens travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="381"/>
        <source>code_challenge_methods_supported is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="383"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="385"/>
        <source>The authorization server does not advertise PKCE with S256, which MCP requires; McpScope does not fall back to plain or no PKCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="387"/>
        <source>Enable S256 on the authorization server and list it in code_challenge_methods_supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="391"/>
        <source>The metadata has no authorization_endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="392"/>
        <source>Without an authorization endpoint there is no authorization code flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="393"/>
        <source>Add authorization_endpoint to the metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="410"/>
        <source>No local port for the redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="410"/>
        <source>Free a port on 127.0.0.1, or set a redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="418"/>
        <source>redirect_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="421"/>
        <source>The client credentials grant needs a pre-registered client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="422"/>
        <source>A client acting on its own behalf authenticates with its credentials; there is no user to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="423"/>
        <source>Enter the client id and secret the authorization server issued for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="430"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="499"/>
        <source>client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="432"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="501"/>
        <source>client_secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="433"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="502"/>
        <source>token endpoint authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="434"/>
        <source>Using the pre-registered client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="440"/>
        <source>client_id (metadata document URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="442"/>
        <source>The server supports Client ID Metadata Documents: the client id is the document&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="447"/>
        <source>The server offers neither dynamic registration nor Client ID Metadata Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="448"/>
        <source>McpScope has no client id for this authorization server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="449"/>
        <source>Register McpScope with the authorization server by hand and enter the client id (and secret) as a pre-registered client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="475"/>
        <source>The registration endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="475"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="597"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="680"/>
        <source>Check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="481"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="482"/>
        <source>Dynamic registration was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="483"/>
        <source>Check that the registration endpoint accepts public native clients, or use a pre-registered client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="494"/>
        <source>The registration answer has no client_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="495"/>
        <source>The registration endpoint&apos;s answer is not an RFC 7591 registration response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="496"/>
        <source>Fix the registration endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="503"/>
        <source>Registered dynamically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="515"/>
        <source>No authorization step: the client credentials grant has no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="516"/>
        <source>grant_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="546"/>
        <source>code_verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="547"/>
        <source>code_challenge (S256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="548"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="550"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="698"/>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="550"/>
        <source>(none: omitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="551"/>
        <source>authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="560"/>
        <source>The redirect did not carry this flow&apos;s state (or named another issuer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="561"/>
        <source>Start the flow again and finish it in the browser window it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="567"/>
        <source>No answer from the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="568"/>
        <source>The sign-in was not finished in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="568"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="640"/>
        <source>Start the flow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="570"/>
        <source>Waiting for you to sign in in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="581"/>
        <source>Edit the authorization URL if you like, then send it to the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="597"/>
        <source>The authorization endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="608"/>
        <source>More than 10 redirects without reaching the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="609"/>
        <source>The authorization server wants a person to sign in (a login page), which the headless mode cannot do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="611"/>
        <source>Use browser mode, or configure the authorization server to approve this client without interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="620"/>
        <source>HTTP %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="624"/>
        <source>HTTP %1 instead of a redirect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="627"/>
        <source>The authorization endpoint answered with a page, not a redirect: it wants a person to sign in, or it rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="629"/>
        <source>Read the page in the captured response; use browser mode for an interactive sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="638"/>
        <source>The redirect&apos;s state is &quot;%1&quot;, not the &quot;%2&quot; sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="639"/>
        <source>The authorization response does not belong to this request (or was forged); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="645"/>
        <source>The redirect names issuer %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="646"/>
        <source>Issuer mismatch in the authorization response (RFC 9207): a possible mix-up attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="647"/>
        <source>Check that the MCP server&apos;s authorization server and this response come from the same issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="653"/>
        <source>The authorization server answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="659"/>
        <source>The redirect carries neither a code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="660"/>
        <source>The authorization response is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="660"/>
        <source>Check the authorization server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="663"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="665"/>
        <source>iss (RFC 9207)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="666"/>
        <source>Received the authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="680"/>
        <source>The token endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="685"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="686"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="695"/>
        <source>access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="697"/>
        <source>refresh_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="700"/>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="701"/>
        <source>Tokens received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::OAuthFlowView</name>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="50"/>
        <source>The first line must be &quot;METHOD URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="102"/>
        <source>Browser (sign in on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="102"/>
        <source>Headless (follow redirects, no browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="103"/>
        <source>Client credentials (no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="104"/>
        <source>Step mode: pause before each request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="108"/>
        <source>MCP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="111"/>
        <source>pre-registered client id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="114"/>
        <source>client secret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="116"/>
        <source>scope (default: as the spec chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="118"/>
        <source>client metadata document URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="123"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="126"/>
        <source>Start Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="127"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="129"/>
        <source>Copy Sign-in URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="130"/>
        <source>Copy the authorization URL, to open it in a browser yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="149"/>
        <source>Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="151"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="151"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="159"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="166"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="170"/>
        <source>Step mode: the next request, as it will be sent. Edit it (method and URL, headers, blank line, body) and press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="175"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="180"/>
        <source>Next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="182"/>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="206"/>
        <source>Sign-in URL copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="229"/>
        <source>Authorized: tokens received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="266"/>
        <source>Enter the MCP server&apos;s URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="321"/>
        <source>Likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="322"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="341"/>
        <source>Exchange #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::PromptsTab</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="169"/>
        <source>Get</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ResourcesTab</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="134"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="143"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::SchemaForm</name>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="100"/>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="102"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="104"/>
        <source>JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="163"/>
        <location filename="../ui/common/schema_form.cpp" line="195"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="349"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="395"/>
        <source>Remove this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ServerRequestsTab</name>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="46"/>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="74"/>
        <location filename="../ui/session/server_requests_tab.cpp" line="255"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="75"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="76"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="77"/>
        <source>Send the answer in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="78"/>
        <source>Refuse: elicitation answers action &quot;decline&quot;; other requests get a JSON-RPC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="79"/>
        <source>Dismiss: elicitation answers action &quot;cancel&quot;; other requests get a JSON-RPC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="169"/>
        <source>The server asks: %1. Answer it in Server requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="181"/>
        <source>The server withdrew its %1 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="182"/>
        <source>The server withdrew its %1 request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="194"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="196"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="198"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="200"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="202"/>
        <source>withdrawn by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="204"/>
        <source>could not be answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="231"/>
        <source>Requests the server sends (sampling, elicitation, roots) wait here for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="233"/>
        <source>The server sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="242"/>
        <source>Content to send (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="242"/>
        <source>Result to send (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="255"/>
        <source>Done (accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="268"/>
        <source>Status of this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="273"/>
        <source>Open the URL, finish there, then press Done. The server learns only that you accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="279"/>
        <source>Valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="282"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="283"/>
        <source>The answer must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="289"/>
        <source>Does not match the requested schema: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="294"/>
        <source>Matches the requested schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::SessionListModel</name>
    <message numerus="yes">
        <location filename="../models/session_list_model.cpp" line="32"/>
        <source>%1 (%n exchange(s))</source>
        <translation>
            <numerusform>%1 (%n exchange)</numerusform>
            <numerusform>%1 (%n exchanges)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/session_list_model.cpp" line="34"/>
        <source>%1
Started %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::SseParser</name>
    <message>
        <location filename="../core/mcp/sse_parser.cpp" line="123"/>
        <source>An SSE event larger than %1 bytes was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::StdioTransport</name>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="21"/>
        <source>Could not start %1: %2. Check the command and that it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="30"/>
        <source>The server process %1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="31"/>
        <source>The server process %1 exited with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="67"/>
        <source>The server wrote a line that is not JSON-RPC: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="77"/>
        <source>The server wrote a line longer than %1 bytes; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::StreamableHttpTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="124"/>
        <source>Ignored a message the server sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="150"/>
        <source>The server no longer knows session %1 (HTTP 404). Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="152"/>
        <source>The server no longer knows session %1 (HTTP 400; the spec asks for 404). Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="188"/>
        <source>HTTP %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::TemplatesTab</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="134"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="143"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="148"/>
        <source>template variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::TokenVault</name>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="90"/>
        <source>Could not open the token vault&apos;s database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="98"/>
        <source>Could not create the token vault&apos;s table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="111"/>
        <source>No OS keychain is available (%1). Tokens are kept in memory for this session only and are lost when McpScope quits; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="142"/>
        <source>The keychain refused to store a secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="155"/>
        <source>The secret is not in this session&apos;s memory (no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="164"/>
        <source>Could not read a secret from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="185"/>
        <source>Could not delete a secret from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="212"/>
        <source>Could not save the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="323"/>
        <source>No credential %1 in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="343"/>
        <source>The credential for %1 has no refresh token; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="370"/>
        <source>Refresh failed (%1 %2). %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="442"/>
        <source>The revocation endpoint answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="467"/>
        <source>%1 does not advertise an introspection endpoint (RFC 7662).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="483"/>
        <source>The introspection endpoint answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="499"/>
        <source>Could not delete the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ToolsTab</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="93"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="465"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="95"/>
        <source>Input schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="100"/>
        <source>Arguments (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="109"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="111"/>
        <source>Call the tool (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="124"/>
        <source>The result appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="465"/>
        <source>Form (no arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="478"/>
        <source>Valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="480"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="481"/>
        <source>Arguments must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/mcp_session_view.cpp" line="490"/>
        <source>Does not match the input schema: %1%2 (%n problem(s))</source>
        <translation>
            <numerusform>Does not match the input schema: %1%2 (%n problem)</numerusform>
            <numerusform>Does not match the input schema: %1%2 (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="495"/>
        <source>Valid against the input schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Retry in %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="524"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="525"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="538"/>
        <source>// The tool reported an error (isError: true)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="543"/>
        <source>// structuredContent matches the tool&apos;s outputSchema
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="544"/>
        <source>// structuredContent does not match the outputSchema: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="549"/>
        <source>// The tool declares an outputSchema but returned no structuredContent
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="560"/>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="566"/>
        <source>// The server needs you to open these URLs first, then call the tool again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="572"/>
        <source>// %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="103"/>
        <source>Pin result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="105"/>
        <source>Keep this result to compare a later call with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="106"/>
        <source>Compare with pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="311"/>
        <source>%1 at %2</source>
        <extracomment>A kept tool result: the tool&apos;s name and the time of the call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="377"/>
        <source>Pinned the result of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="385"/>
        <source>Compare tool results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="386"/>
        <source>pinned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="387"/>
        <source>last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="395"/>
        <source>Pin a result first, then call the tool again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="396"/>
        <source>Compare %1 with the last result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::UriTemplate</name>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="87"/>
        <source>The URI template has a &apos;}&apos; without &apos;{&apos; at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="96"/>
        <source>The URI template has a &apos;{&apos; at character %1 that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="106"/>
        <source>The URI template uses the reserved operator &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="119"/>
        <source>The URI template has an invalid prefix length in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="124"/>
        <source>The URI template has an invalid variable name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::VaultView</name>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="28"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="31"/>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="32"/>
        <source>in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45"/>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="53"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="54"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="55"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="56"/>
        <source>Copy as Authorization Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="57"/>
        <source>Introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="58"/>
        <source>Ask the authorization server what it knows about the access token (RFC 7662)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="59"/>
        <source>Get a new access token with the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="60"/>
        <source>Revoke the tokens at the authorization server (RFC 7009), then delete them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="61"/>
        <source>Forget the tokens here; the authorization server is not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="67"/>
        <source>Refresh ahead of expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="70"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="71"/>
        <source>Tokens are refreshed this long before they expire (at half the lifetime when they live less than twice as long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="85"/>
        <source>Token Introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="123"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="123"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="144"/>
        <source>no expiry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="185"/>
        <source>Token refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="195"/>
        <source>Tokens revoked and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="205"/>
        <source>Tokens deleted from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="218"/>
        <source>The token is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="218"/>
        <source>The token is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="231"/>
        <source>Authorization header copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::DiffView</name>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="230"/>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="236"/>
        <source>not one JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/diff_view.cpp" line="253"/>
        <source>… %n more line(s) not shown here; the change list covers the whole document</source>
        <translation>
            <numerusform>… %n more line not shown here; the change list covers the whole document</numerusform>
            <numerusform>… %n more lines not shown here; the change list covers the whole document</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="270"/>
        <source>“%1” is not valid JSON (%2), so there is nothing to compare. Check that the body is complete (not cut at the capture cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="525"/>
        <source>Old: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="526"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="529"/>
        <source>Time: %1 ms → %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="730"/>
        <source>“%1” is not a JSON pointer: a rule starts with “/”, for example /result/_meta, /content/*/annotations or /**/timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="785"/>
        <source>Nothing compared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="787"/>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="789"/>
        <source>Not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/diff_view.cpp" line="791"/>
        <source>No differences; %n ignore rule(s)</source>
        <translation>
            <numerusform>No differences; %n ignore rule</numerusform>
            <numerusform>No differences; %n ignore rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/diff_view.cpp" line="794"/>
        <source>%1 changed, %2 added, %3 removed; %n ignore rule(s)</source>
        <translation>
            <numerusform>%1 changed, %2 added, %3 removed; %n ignore rule</numerusform>
            <numerusform>%1 changed, %2 added, %3 removed; %n ignore rules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="803"/>
        <source>Comparing in the background; the window stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="831"/>
        <location filename="../ui/replay/diff_view.cpp" line="835"/>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="832"/>
        <source>Go to the previous change (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="833"/>
        <location filename="../ui/replay/diff_view.cpp" line="836"/>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="834"/>
        <source>Go to the next change (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="837"/>
        <source>Ignore rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="838"/>
        <source>Ignore volatile members (id, _meta, timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="840"/>
        <source>JSON pointer, e.g. /content/*/annotations or /**/date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="841"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="842"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="843"/>
        <source>Ignore selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="844"/>
        <source>Add the selected change&apos;s pointer as a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="845"/>
        <source>The selected text, line by line: - old, + new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="847"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/diff_view.cpp" line="849"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonChangeModel</name>
    <message>
        <location filename="../models/json_change_model.cpp" line="23"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="57"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="59"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="63"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="80"/>
        <source>(whole document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="129"/>
        <source>JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="131"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="133"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="135"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
