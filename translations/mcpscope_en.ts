<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_main.cpp" line="121"/>
        <source>McpScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope</name>
    <message>
        <location filename="../core/mcp/sse_endpoint.cpp" line="13"/>
        <source>The server&apos;s endpoint event names another origin (%1); refusing to send messages there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="131"/>
        <source>The registration answer has no client_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="142"/>
        <source>The introspection answer has no boolean &quot;active&quot; member (RFC 7662).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="323"/>
        <source>… %1 more bytes not shown
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="344"/>
        <source>The body starts with a UTF-8 byte order mark; strict JSON parsers reject it. Remove the BOM on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="349"/>
        <source>The Content-Type says JSON but the body does not parse: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="356"/>
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="372"/>
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �. Check the server&apos;s charset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="24"/>
        <source>&quot;%1&quot; is not a header: write it as Name: value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="32"/>
        <source>Header values cannot contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="42"/>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="48"/>
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
        <location filename="../core/mcp/json_rpc.cpp" line="65"/>
        <source>&quot;params&quot; of %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="69"/>
        <source>Request ids must be strings or integers (MCP forbids null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="80"/>
        <source>An error response needs a numeric &quot;code&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="90"/>
        <source>A response must carry the id of its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="96"/>
        <source>The message is neither a request, a notification nor a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="189"/>
        <source>The message is %1 bytes, over the %2-byte limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="194"/>
        <source>The message nests deeper than %1 levels; refusing to parse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="199"/>
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="206"/>
        <source>An empty JSON-RPC batch is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="52"/>
        <source>The JWT&apos;s %1 is not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="56"/>
        <source>The JWT&apos;s %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="167"/>
        <source>The token is %1 bytes; McpScope decodes JWTs up to 64 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="182"/>
        <source>This is an encrypted JWT (JWE, five parts); McpScope shows signed JWTs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/oauth/jwt.cpp" line="183"/>
        <source>This is not a JWT: it has %n part(s), a signed JWT has three.</source>
        <translation>
            <numerusform>This is not a JWT: it has %n part, a signed JWT has three.</numerusform>
            <numerusform>This is not a JWT: it has %n parts, a signed JWT has three.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="186"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="189"/>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="194"/>
        <source>The JWT&apos;s signature is not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="214"/>
        <source>The token is unsigned (alg &quot;none&quot;): it proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="217"/>
        <source>The token uses %1; McpScope verifies RS256, PS256, ES256 and EdDSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="218"/>
        <source>no alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="244"/>
        <source>The JWKS has no %1 signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="245"/>
        <source>The JWKS has no key with kid &quot;%1&quot; (the issuer may have rotated its keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="249"/>
        <source>The token names no kid and the JWKS has several %1 keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="252"/>
        <source>The JWKS key for this token is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="258"/>
        <source>The ES256 signature has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="277"/>
        <source>The %1 signature does not verify with the issuer&apos;s key: the token was altered or signed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="292"/>
        <source>The private key is not a PEM key McpScope can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="303"/>
        <source>McpScope signs with EC P-256, RSA or Ed25519 keys only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="328"/>
        <location filename="../core/oauth/jwt.cpp" line="334"/>
        <source>OpenSSL could not sign the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="357"/>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="358"/>
        <source>expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="360"/>
        <source>no expiry claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="366"/>
        <source>valid since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="367"/>
        <source>not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="373"/>
        <source>issued by &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/jwt.cpp" line="382"/>
        <source>for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="24"/>
        <source>The %1 is %2 bytes; McpScope reads documents up to 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="30"/>
        <source>The %1 is not valid JSON: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="34"/>
        <source>The %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="46"/>
        <source>In the %1, &quot;%2&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="58"/>
        <location filename="../core/oauth/oauth_metadata.cpp" line="63"/>
        <source>In the %1, &quot;%2&quot; must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="79"/>
        <source>The %1 has no &quot;%2&quot;, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="85"/>
        <source>In the %1, &quot;%2&quot; is not an http(s) URL: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="94"/>
        <source>protected resource metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="112"/>
        <source>The %1 has no &quot;resource&quot;, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="116"/>
        <source>The %1 lists no &quot;authorization_servers&quot;; MCP requires at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="127"/>
        <source>authorization server metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_metadata.cpp" line="138"/>
        <source>The %1 has no &quot;issuer&quot;, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="76"/>
        <source>The token endpoint answered with something that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="105"/>
        <source>The token endpoint&apos;s answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="110"/>
        <source>The token endpoint issued a &quot;%1&quot; token; MCP uses Bearer tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="100"/>
        <source>The WWW-Authenticate header is %1 bytes long; McpScope reads at most 16 KiB of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="110"/>
        <source>The WWW-Authenticate header has no auth scheme at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="144"/>
        <location filename="../core/net/www_authenticate.cpp" line="178"/>
        <source>The WWW-Authenticate header has an unexpected &apos;%1&apos; at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="161"/>
        <source>The WWW-Authenticate parameter &quot;%1&quot; has a quoted value that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/www_authenticate.cpp" line="171"/>
        <source>The WWW-Authenticate header has more than %1 parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="42"/>
        <source>The capture store&apos;s findings could not be %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="90"/>
        <source>Could not move %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="114"/>
        <source>Could not create the folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="118"/>
        <location filename="../core/common/private_files.cpp" line="129"/>
        <source>Could not make the folder %1 private (0700): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="121"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="144"/>
        <location filename="../core/common/private_files.cpp" line="171"/>
        <source>Could not create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="149"/>
        <location filename="../core/common/private_files.cpp" line="155"/>
        <location filename="../core/common/private_files.cpp" line="178"/>
        <source>Could not make %1 private (0600): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/private_files.cpp" line="183"/>
        <location filename="../core/common/private_files.cpp" line="188"/>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="63"/>
        <source>The server refused %1 with HTTP %2, error &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="67"/>
        <source>The server refused %1 with HTTP %2, error &quot;%3&quot;: &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="72"/>
        <source>The server refused %1 with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="108"/>
        <source>It asks to wait %1 s before trying again (Retry-After).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="110"/>
        <source>It did not say how long to wait (no Retry-After header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_refusal.cpp" line="157"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::AuthorizationTab</name>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="27"/>
        <source>The server requires authorization (HTTP 401): signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="28"/>
        <source>The server asks for more scope (HTTP 403): signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="33"/>
        <source>Could not open a browser; open this URL yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="37"/>
        <source>authorized by %1 (scope: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/authorization_tab.cpp" line="39"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::BodyPane</name>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="37"/>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="37"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="37"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="38"/>
        <source>How to show the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="52"/>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureIds</name>
    <message>
        <location filename="../core/capture/capture_ids.cpp" line="72"/>
        <source>Could not open the capture store to reserve row ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_ids.cpp" line="171"/>
        <source>Could not reserve row ids in the capture store: %1. Another program may hold it locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureModel</name>
    <message>
        <location filename="../models/capture_model.cpp" line="275"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="277"/>
        <source>%1 · streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="282"/>
        <source>%1 (cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="297"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="299"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="301"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="303"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="305"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="307"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="309"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="311"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="313"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureReader</name>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="83"/>
        <source>Could not open the capture store %1 for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="89"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="92"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="106"/>
        <source>Reading %1 from the capture store failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="133"/>
        <source>the exchange list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="176"/>
        <location filename="../core/capture/capture_reader.cpp" line="208"/>
        <source>search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="231"/>
        <source>exchange rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="266"/>
        <location filename="../core/capture/capture_reader.cpp" line="298"/>
        <source>an exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="312"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="332"/>
        <source>the exchange count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="352"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureSchema</name>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="118"/>
        <source>The capture store rejected a statement: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="167"/>
        <source>The file is not a readable SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="175"/>
        <source>This capture store has schema version %1, but this McpScope knows only up to %2. Open it with a newer McpScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="160"/>
        <source>Could not start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="194"/>
        <source>Could not commit the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureStore</name>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="96"/>
        <source>Could not create the folder for the capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="108"/>
        <source>Could not open the capture store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="112"/>
        <source>%1 is not a usable capture store: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureWriter</name>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="149"/>
        <source>Could not open the capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="165"/>
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="239"/>
        <source>Could not start a write transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="273"/>
        <source>Could not commit captured data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="291"/>
        <source>Could not start an index transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="320"/>
        <source>Could not commit the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="221"/>
        <source>The capture store could not prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="265"/>
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
        <location filename="../ui/session/connect_dialog.cpp" line="26"/>
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
        <location filename="../ui/session/connect_dialog.cpp" line="40"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="42"/>
        <source>The largest answer (and SSE event) McpScope reads and keeps; a larger one fails with a clear error instead of being cut silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="44"/>
        <source>Maximum &amp;body size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="51"/>
        <source>Sign in with the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="51"/>
        <source>Sign in headless (no browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="52"/>
        <source>Step through the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="54"/>
        <source>What happens when the server answers 401: the OAuth flow, shown in the session&apos;s Authorization tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="57"/>
        <source>client id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="60"/>
        <source>client secret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="62"/>
        <source>scope (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="70"/>
        <source>On &amp;401:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="76"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="82"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="82"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="85"/>
        <source>One per line, e.g.
LOG_LEVEL=debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="86"/>
        <source>One per line, e.g.
X-Api-Key: …
(not remembered after the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="134"/>
        <source>Enter the command that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="135"/>
        <source>Enter the server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="143"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="156"/>
        <source>&quot;%1&quot; is not NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ConsoleTab</name>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="24"/>
        <source>History (messages sent this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="30"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="32"/>
        <source>Send (Ctrl+Return in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="59"/>
        <source>// Not sent: write a JSON-RPC request or notification with a method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Evaluator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="111"/>
        <source>The schema nests (or refers) deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="118"/>
        <source>No value is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="133"/>
        <source>The schema refers to %1, which McpScope cannot resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="153"/>
        <source>Expected %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="160"/>
        <source>The value is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="164"/>
        <source>The value must equal the constant the schema gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="173"/>
        <source>%1 is not a multiple of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="180"/>
        <source>%1 is above the maximum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="182"/>
        <source>%1 is below the minimum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="184"/>
        <source>%1 must be below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="186"/>
        <source>%1 must be above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="194"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="199"/>
        <source>The text has %1 characters; at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="206"/>
        <source>The text does not match the pattern %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="240"/>
        <source>The list has %1 items; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="245"/>
        <source>The list has %1 items; at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="253"/>
        <source>Items %1 and %2 are equal; items must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="266"/>
        <source>No item matches the schema&apos;s &quot;contains&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="274"/>
        <source>The property &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="278"/>
        <source>At most %1 properties are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="283"/>
        <source>At least %1 properties are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="306"/>
        <source>The property &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="316"/>
        <source>The property name &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="326"/>
        <source>&quot;%1&quot; requires &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="347"/>
        <source>The value matches none of the allowed alternatives (anyOf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="357"/>
        <source>The value must match exactly one alternative (oneOf); it matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="362"/>
        <source>The value matches a schema it must not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ExchangeDetailView</name>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="113"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="113"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="130"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="131"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="132"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="133"/>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="140"/>
        <source>Select an exchange to see its headers, bodies and timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="154"/>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="159"/>
        <source>%1 error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="173"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="174"/>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="175"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="176"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="177"/>
        <source>HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="180"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="181"/>
        <source>Request headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="184"/>
        <source>Response headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="188"/>
        <source>TLS certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="190"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="191"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="192"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="193"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="194"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="200"/>
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="210"/>
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
        <location filename="../ui/session/feature_tab.cpp" line="56"/>
        <source>Save Blob…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="53"/>
        <location filename="../ui/session/feature_tab.cpp" line="167"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="131"/>
        <source>Updated by the server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="167"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="170"/>
        <source>Ask the server to send notifications/resources/updated for this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="171"/>
        <source>The server does not offer resource subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="263"/>
        <source>Subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="264"/>
        <source>Unsubscribed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="309"/>
        <source>// %1: the blob is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="315"/>
        <source>// %1: image of %2 bytes, previewed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="321"/>
        <source>// %1: blob of %2 bytes
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="334"/>
        <source>Save Blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="339"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Findings</name>
    <message>
        <location filename="../core/oauth/oauth_checks.cpp" line="74"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault_checks.cpp" line="17"/>
        <source>(no issuer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::FindingsModel</name>
    <message>
        <location filename="../models/findings_model.cpp" line="103"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_model.cpp" line="105"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_model.cpp" line="107"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_model.cpp" line="109"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_model.cpp" line="111"/>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::FindingsPage</name>
    <message>
        <location filename="../ui/capture/findings_page.cpp" line="139"/>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/findings_page.cpp" line="141"/>
        <source>Likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/findings_page.cpp" line="143"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/findings_page.cpp" line="144"/>
        <source>Evidence: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/findings_page.cpp" line="145"/>
        <source>Evidence: exchange %1 (double-click the finding to show it in the capture log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/findings_page.cpp" line="153"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpscope::FindingsStore</name>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="66"/>
        <source>Could not open the capture store %1 for findings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="75"/>
        <source>The capture store %1 has no findings table yet: open it with the capture store first, which upgrades it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="103"/>
        <location filename="../core/capture/findings_store.cpp" line="126"/>
        <source>The findings store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="119"/>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="135"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::HttpCall</name>
    <message>
        <location filename="../core/net/http_client.cpp" line="110"/>
        <source>TLS errors ignored by the exception for this host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="149"/>
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
        <location filename="../ui/common/image_strip.cpp" line="66"/>
        <source>%1 · %2×%3 · %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonDiff</name>
    <message>
        <location filename="../core/replay/json_diff.cpp" line="386"/>
        <source>The JSON is nested more than %1 levels deep, so it was not compared. Compare a member further down instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonSchemaValidator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="474"/>
        <source>The schema is too complex to evaluate (over %1 steps); validation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JwtViewer</name>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="26"/>
        <source>Paste a JWT (header.payload.signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="32"/>
        <source>https://issuer.example/jwks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="33"/>
        <source>Expected issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="34"/>
        <source>Expected audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="35"/>
        <source>JWKS URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="36"/>
        <source>Verify Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="82"/>
        <source>// header
%1
// claims
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="93"/>
        <source>signature: not verified yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="106"/>
        <source>
Enter the issuer&apos;s JWKS URL to verify the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="118"/>
        <source>✗ signature: the JWKS could not be fetched (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="119"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="123"/>
        <source>✓ signature: %1, verified with the issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/jwt_viewer.cpp" line="124"/>
        <source>✗ signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::LegacySseTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="419"/>
        <source>An event on the SSE stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="434"/>
        <source>the SSE stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="436"/>
        <source>The SSE endpoint answered HTTP %1 instead of an event stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="437"/>
        <source>The server closed the SSE stream; every answer travels on it, so no pending request can be answered any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="441"/>
        <source>No endpoint event arrived: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::LogPage</name>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="205"/>
        <source>Search URLs and bodies (full text)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="210"/>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="220"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="220"/>
        <source>1xx informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="220"/>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="221"/>
        <source>3xx redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="221"/>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="221"/>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="222"/>
        <source>Failed (no response)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::LoopbackReceiver</name>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="56"/>
        <source>Could not listen on 127.0.0.1 for the redirect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="66"/>
        <source>%1 is not a redirect URI McpScope can receive: it takes http:// on 127.0.0.1, [::1] or localhost with a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="73"/>
        <source>Could not listen on %1 port %2 for the redirect: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="131"/>
        <source>Not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="131"/>
        <source>This address only takes the authorization response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="135"/>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="136"/>
        <source>McpScope already received the authorization response. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="147"/>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="153"/>
        <source>Sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="153"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="155"/>
        <source>The authorization server answered &quot;%1&quot;. Return to McpScope for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="158"/>
        <source>McpScope received the authorization response. You can close this tab and return to McpScope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="136"/>
        <location filename="../ui/main_window.cpp" line="153"/>
        <source>%n exchange(s) shown</source>
        <translation>
            <numerusform>%n exchange shown</numerusform>
            <numerusform>%n exchanges shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>Capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>%1 %2 → %3 in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>About McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>McpScope %1
A workbench for debugging OAuth-protected MCP servers.
Captures are stored in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>&amp;New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="239"/>
        <source>&amp;Connect to MCP Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>Capture log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>&amp;Open Capture Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>&amp;Find in Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="245"/>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>&amp;Follow New Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252"/>
        <source>&amp;OAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253"/>
        <source>OAuth &amp;Flow Inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="254"/>
        <source>Token &amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="255"/>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="256"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="257"/>
        <source>&amp;About McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="258"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="318"/>
        <source>HTTP requests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="326"/>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="375"/>
        <location filename="../ui/main_window.cpp" line="399"/>
        <source>OAuth flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="391"/>
        <source>Could not open a browser; open this URL yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="409"/>
        <source>Token vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="450"/>
        <source>Exchange %1 is not in the capture log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="484"/>
        <location filename="../ui/main_window.cpp" line="490"/>
        <source>Open Capture Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="485"/>
        <source>McpScope captures (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>&amp;Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="249"/>
        <source>&amp;System</source>
        <extracomment>The palette follows the desktop&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="251"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpAuthorizer</name>
    <message>
        <location filename="../core/session/mcp_authorizer.cpp" line="52"/>
        <source>The stored credential is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpClient</name>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="132"/>
        <source>The session was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="169"/>
        <source>The server requires authorization (HTTP %1) to open its event stream. Sign in to it (OAuth) or add an Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="176"/>
        <source>The server still refuses its event stream (HTTP %1) after %2 authorizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="187"/>
        <source>Authorization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="208"/>
        <source>The server still refuses %1 (HTTP %2) after %3 authorizations; McpScope stops here rather than loop. The server may ask for a scope the authorization server never grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="236"/>
        <source>Authorization for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="277"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="340"/>
        <source>Streamable HTTP was refused (%1); trying the HTTP+SSE transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="349"/>
        <source>The server did not complete initialize: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="357"/>
        <source>The server answered with protocol version &quot;%1&quot;, which McpScope does not speak (it speaks %2). Upgrade McpScope or configure the server for one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="466"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="478"/>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="487"/>
        <source>The session was closed, so %1 was not sent. Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="510"/>
        <source>The server answered request id %1, which is not pending (unknown, or already answered or timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="522"/>
        <source>%1 failed with JSON-RPC error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="551"/>
        <source>The server reused request id %1 while that request is still waiting; the second one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="605"/>
        <source>Progress for token %1, which belongs to no active request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="669"/>
        <source>The session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="689"/>
        <source>Ignored a message the server sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="696"/>
        <source>The server&apos;s answer to %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="698"/>
        <source>The server sent a message that cannot be read while %1 was the only request waiting, so it was most likely its answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSession</name>
    <message>
        <location filename="../core/session/mcp_session.cpp" line="53"/>
        <source>This session was opened before; a session is opened once. Start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/mcp_session.cpp" line="58"/>
        <source>A stdio session needs the command line that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/mcp_session.cpp" line="66"/>
        <source>MCP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSessionView</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="46"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="48"/>
        <source>Start a new session with the same server and transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="63"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="65"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="67"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="69"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="71"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="73"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="233"/>
        <source>Server requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="76"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="78"/>
        <source>JSON-RPC console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="203"/>
        <source>Reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="147"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="194"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="196"/>
        <source>session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="140"/>
        <source>MCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="145"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="162"/>
        <source>%1 %2 · protocol %3 · %4 · capabilities: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="232"/>
        <source>Server requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::NewRequestDialog</name>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="21"/>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="37"/>
        <source>One per line, e.g.
Accept: application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="41"/>
        <source>Request body (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="43"/>
        <source>Give up when the server sends nothing for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="44"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="45"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="46"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="47"/>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="48"/>
        <source>Idle &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/new_request_dialog.cpp" line="52"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::NotificationsTab</name>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="25"/>
        <source>Server log level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="29"/>
        <source>(server default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="34"/>
        <source>logging/setLevel: the least severe level the server should send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="50"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="52"/>
        <source>server stderr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="89"/>
        <source>Server log level set to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::OAuthFlow</name>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="53"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="55"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="57"/>
        <source>waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="59"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="61"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="63"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="87"/>
        <source>Protected resource metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="91"/>
        <source>Find out which authorization server protects the MCP server (RFC 9728): from the resource_metadata of the 401 answer, else from the path-based and then the root well-known URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="98"/>
        <source>Authorization server metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="102"/>
        <source>Read the authorization server&apos;s endpoints and capabilities (RFC 8414 or OpenID Connect Discovery, in the order MCP gives); its issuer must be the one the resource named, and it must support PKCE with S256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="111"/>
        <source>Client registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="115"/>
        <source>Become a client of the authorization server: pre-registered credentials, a Client ID Metadata Document URL when the server supports them, else dynamic client registration (RFC 7591).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="123"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="127"/>
        <source>Ask the user&apos;s consent at the authorization endpoint with PKCE (S256), state, the resource indicator (RFC 8707) and the chosen scope; the answer comes back to the redirect URI with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="135"/>
        <source>Token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="139"/>
        <source>Trade the code and the PKCE verifier for an access token (and a refresh token) at the token endpoint, authenticating the client as registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="152"/>
        <source>resource_metadata (from WWW-Authenticate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="158"/>
        <source>scope (from WWW-Authenticate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="183"/>
        <source>%1 failed: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="302"/>
        <source>authorization server (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="304"/>
        <source>The MCP server publishes no protected resource metadata; trying its own origin as the authorization server, as MCP 2025-03-26 did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="307"/>
        <source>No protected resource metadata (RFC 9728): MCP 2025-06-18 and later require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="322"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="401"/>
        <source>tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="323"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="402"/>
        <source>%1 → HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="340"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="622"/>
        <source>resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="341"/>
        <source>authorization_servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="344"/>
        <source>scopes_supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="348"/>
        <source>The resource names %1 authorization servers; McpScope uses the first, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="352"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="446"/>
        <source>Found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="375"/>
        <source>default endpoints (2025-03-26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="376"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="380"/>
        <source>No authorization server metadata either: using the 2025-03-26 default endpoints /authorize, /token and /register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="384"/>
        <source>No metadata; using the 2025-03-26 default endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="413"/>
        <source>The metadata&apos;s issuer is %1; the server&apos;s origin %2 was only a guess (2025-03-26), so it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="424"/>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="425"/>
        <source>authorization_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="427"/>
        <source>token_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="430"/>
        <source>registration_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="432"/>
        <source>code_challenge_methods_supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="436"/>
        <source>%1 uses plain http on a host that is not loopback: codes and tokens travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="477"/>
        <source>redirect_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="494"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="566"/>
        <source>client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="496"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="568"/>
        <source>client_secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="497"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="569"/>
        <source>token endpoint authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="499"/>
        <source>Using the pre-registered client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="508"/>
        <source>client_id (metadata document URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="511"/>
        <source>The server supports Client ID Metadata Documents: the client id is the document&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="570"/>
        <source>Registered dynamically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="584"/>
        <source>No authorization step: the client credentials grant has no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="585"/>
        <source>grant_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="618"/>
        <source>code_verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="619"/>
        <source>code_challenge (S256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="621"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="623"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="766"/>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="624"/>
        <source>(none: omitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="625"/>
        <source>authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="646"/>
        <source>Waiting for you to sign in in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="658"/>
        <source>Edit the authorization URL if you like, then send it to the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="549"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="698"/>
        <source>HTTP %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="699"/>
        <source>HTTP %1 instead of a redirect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="728"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="730"/>
        <source>iss (RFC 9207)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="731"/>
        <source>Received the authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="756"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="757"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="763"/>
        <source>access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="765"/>
        <source>refresh_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="768"/>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="770"/>
        <source>Tokens received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::OAuthFlowView</name>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="57"/>
        <source>The first line must be &quot;METHOD URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="113"/>
        <source>Browser (sign in on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="114"/>
        <source>Headless (follow redirects, no browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="115"/>
        <source>Client credentials (no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="116"/>
        <source>Step mode: pause before each request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="121"/>
        <source>MCP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="126"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="130"/>
        <source>pre-registered client id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="134"/>
        <source>client secret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="137"/>
        <source>scope (default: as the spec chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="140"/>
        <source>client metadata document URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="145"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="149"/>
        <source>redirect URI (default: a loopback port of McpScope&apos;s choosing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="151"/>
        <source>A pre-registered client accepts only the redirect URIs it registered: enter one of them. In browser mode McpScope listens there, so it must be http://127.0.0.1, [::1] or localhost with a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="154"/>
        <source>Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="157"/>
        <source>Start Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="159"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="162"/>
        <source>Copy Sign-in URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="164"/>
        <source>Copy the authorization URL, to open it in a browser yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="187"/>
        <source>Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="191"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="191"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="199"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="208"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="213"/>
        <source>Step mode: the next request, as it will be sent. Edit it (method and URL, headers, blank line, body) and press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="219"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="225"/>
        <source>Next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="228"/>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="252"/>
        <source>Sign-in URL copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="280"/>
        <source>Authorized: tokens received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="319"/>
        <source>Enter the MCP server&apos;s URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="377"/>
        <source>Likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="378"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="400"/>
        <source>Exchange #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::PromptsTab</name>
    <message>
        <location filename="../ui/session/prompts_tab.cpp" line="10"/>
        <source>Get</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ResourcesTab</name>
    <message>
        <location filename="../ui/session/resources_tab.cpp" line="10"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::SchemaForm</name>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="111"/>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="114"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="117"/>
        <source>JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="177"/>
        <location filename="../ui/common/schema_form.cpp" line="214"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="363"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="399"/>
        <source>Remove this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ServerRequestsTab</name>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="52"/>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="86"/>
        <location filename="../ui/session/server_requests_tab.cpp" line="280"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="87"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="88"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="92"/>
        <source>Send the answer in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="94"/>
        <source>Refuse: elicitation answers action &quot;decline&quot;; other requests get a JSON-RPC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="96"/>
        <source>Dismiss: elicitation answers action &quot;cancel&quot;; other requests get a JSON-RPC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="190"/>
        <source>The server asks: %1. Answer it in Server requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="204"/>
        <source>The server withdrew its %1 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="205"/>
        <source>The server withdrew its %1 request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="218"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="220"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="222"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="224"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="226"/>
        <source>withdrawn by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="228"/>
        <source>could not be answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="251"/>
        <source>Requests the server sends (sampling, elicitation, roots) wait here for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="254"/>
        <source>The server sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="266"/>
        <source>Content to send (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="267"/>
        <source>Result to send (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="280"/>
        <source>Done (accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="293"/>
        <source>Status of this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="298"/>
        <source>Open the URL, finish there, then press Done. The server learns only that you accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="305"/>
        <source>Valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="310"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="311"/>
        <source>The answer must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="318"/>
        <source>Does not match the requested schema: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="325"/>
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
        <location filename="../core/mcp/sse_parser.cpp" line="124"/>
        <source>An SSE event larger than %1 bytes was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::StdioTransport</name>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="37"/>
        <source>The server process %1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="38"/>
        <source>The server process %1 exited with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="76"/>
        <source>The server wrote a line that is not JSON-RPC: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="86"/>
        <source>The server wrote a line longer than %1 MiB; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::StreamableHttpTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="140"/>
        <source>The answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="154"/>
        <source>An event on the stream answering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="197"/>
        <source>The server no longer knows session %1 (HTTP 404). Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="200"/>
        <source>The server no longer knows session %1 (HTTP 400; the spec asks for 404). Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="232"/>
        <source>The server&apos;s answer to %1 cannot be read: %2 The body (%3 bytes) is kept in the capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="244"/>
        <source>The server&apos;s JSON answer to %1 holds no response to it (%2 message(s), none with its id), and no other answer can come on this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="259"/>
        <source>The server closed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="262"/>
        <source>The event stream answering %1 ended before the response, and the server sent no event id to resume it from, so the answer can no longer come. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="295"/>
        <source>The optional listening GET stream failed: %1 The session goes on; messages the server sends outside a request will not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="298"/>
        <source>The server answered the optional listening GET stream with HTTP %1 (the spec asks for 405 when it offers none). The session goes on; messages the server sends outside a request will not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="309"/>
        <source>The stream answering %1 ended before the response, and the server refused to resume it (%2), so the answer can no longer come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="313"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="314"/>
        <source>The resumed stream answering %1 ended before the response without an event id to resume from, so the answer can no longer come.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::TemplatesTab</name>
    <message>
        <location filename="../ui/session/templates_tab.cpp" line="10"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/templates_tab.cpp" line="16"/>
        <source>template variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::TokenVault</name>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="155"/>
        <source>Could not open the token vault&apos;s database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="189"/>
        <source>Could not prepare the token vault&apos;s database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="196"/>
        <source>The token vault&apos;s database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="204"/>
        <source>The token vault %1 was written by a newer McpScope (schema %2); this one knows schema %3. Use the newer McpScope, or another --vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="256"/>
        <source>This vault file is a copy of %1. Credentials belong to the vault that obtained them, so the copy&apos;s were removed from it (the original keeps them). Sign in again to use this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/vault/token_vault.cpp" line="276"/>
        <source>%n credential(s) stored by an older McpScope were removed from this vault: their keychain entries did not say which vault file or issuer they belonged to, so they could have been another vault&apos;s tokens. Sign in again.</source>
        <translation>
            <numerusform>%n credential stored by an older McpScope was removed from this vault: its keychain entry did not say which vault file or issuer it belonged to, so it could have been another vault&apos;s tokens. Sign in again.</numerusform>
            <numerusform>%n credentials stored by an older McpScope were removed from this vault: their keychain entries did not say which vault file or issuer they belonged to, so they could have been another vault&apos;s tokens. Sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="341"/>
        <source>The keychain refused to store a secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="355"/>
        <source>The secret is not in this session&apos;s memory (no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="366"/>
        <source>Could not read a secret from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="389"/>
        <source>Could not delete a secret from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="422"/>
        <source>Could not save the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="540"/>
        <location filename="../core/vault/token_vault.cpp" line="554"/>
        <location filename="../core/vault/token_vault.cpp" line="581"/>
        <location filename="../core/vault/token_vault.cpp" line="768"/>
        <source>No credential %1 in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="635"/>
        <source>Refresh failed (%1 %2). %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="712"/>
        <source>The revocation endpoint answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="734"/>
        <source>%1 does not advertise an introspection endpoint (RFC 7662).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="753"/>
        <source>The introspection endpoint answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="777"/>
        <source>Could not delete the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ToolsTab</name>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="66"/>
        <location filename="../ui/session/tools_tab.cpp" line="187"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="69"/>
        <source>Input schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="74"/>
        <source>Arguments (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="86"/>
        <location filename="../ui/session/tools_tab.cpp" line="255"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="88"/>
        <source>Call the tool (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="92"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="107"/>
        <source>The result appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="187"/>
        <source>Form (no arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="201"/>
        <source>Valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="203"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="204"/>
        <source>Arguments must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/tools_tab.cpp" line="215"/>
        <source>Does not match the input schema: %1%2 (%n problem(s))</source>
        <translation>
            <numerusform>Does not match the input schema: %1%2 (%n problem)</numerusform>
            <numerusform>Does not match the input schema: %1%2 (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="222"/>
        <source>Valid against the input schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="242"/>
        <source>Retry in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="247"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="279"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="280"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="297"/>
        <source>// The tool reported an error (isError: true)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="305"/>
        <source>// structuredContent matches the tool&apos;s outputSchema
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="306"/>
        <source>// structuredContent does not match the outputSchema: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="312"/>
        <source>// The tool declares an outputSchema but returned no structuredContent
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="325"/>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="332"/>
        <source>// The server needs you to open these URLs first, then call the tool again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="343"/>
        <source>// %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::UriTemplate</name>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="89"/>
        <source>The URI template has a &apos;}&apos; without &apos;{&apos; at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="99"/>
        <source>The URI template has a &apos;{&apos; at character %1 that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="109"/>
        <source>The URI template uses the reserved operator &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="123"/>
        <source>The URI template has an invalid prefix length in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="129"/>
        <source>The URI template has an invalid variable name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::VaultView</name>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="39"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="42"/>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="45"/>
        <source>in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="62"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="62"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="62"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="62"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="63"/>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="63"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="71"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="72"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="73"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="74"/>
        <source>Copy as Authorization Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="75"/>
        <source>Introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="82"/>
        <source>Ask the authorization server what it knows about the access token (RFC 7662)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="83"/>
        <source>Get a new access token with the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="85"/>
        <source>Revoke the tokens at the authorization server (RFC 7009), then delete them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="86"/>
        <source>Forget the tokens here; the authorization server is not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="92"/>
        <source>Refresh ahead of expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="96"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="98"/>
        <source>Tokens are refreshed this long before they expire (at half the lifetime when they live less than twice as long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="114"/>
        <source>Token Introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="166"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="166"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="187"/>
        <source>no expiry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="215"/>
        <source>Token refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="226"/>
        <source>Tokens revoked and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="237"/>
        <source>Tokens deleted from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="252"/>
        <source>The token is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="253"/>
        <source>The token is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="266"/>
        <source>Authorization header copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
