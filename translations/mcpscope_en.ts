<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>JsonTreeView</name>
    <message>
        <location filename="../ui/common/json_view.cpp" line="121"/>
        <source>more not shown: see the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_main.cpp" line="152"/>
        <source>McpScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/session/result_view.cpp" line="101"/>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="102"/>
        <source>Image (%1, %2), previewed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="103"/>
        <source>Image (%1): the data is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="106"/>
        <source>Audio (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="107"/>
        <source>Audio (%1): the data is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="110"/>
        <source>Embedded resource: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="112"/>
        <source>Resource link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="122"/>
        <source>Content of type &quot;%1&quot; (see Raw JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="139"/>
        <source>%1: the blob is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="142"/>
        <source>%1: image of %2 bytes, previewed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="144"/>
        <source>%1: blob of %2 bytes</source>
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
        <location filename="../core/oauth/oauth_types.cpp" line="122"/>
        <source>The token endpoint issued a &quot;%1&quot; token; MCP uses Bearer (or DPoP-bound) tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="144"/>
        <source>The registration answer has no client_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="155"/>
        <source>The introspection answer has no boolean &quot;active&quot; member (RFC 7662).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="142"/>
        <source>… %1 more bytes not shown
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="163"/>
        <source>The body starts with a UTF-8 byte order mark; strict JSON parsers reject it. Remove the BOM on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="168"/>
        <source>The Content-Type says JSON but the body does not parse: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="175"/>
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="191"/>
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
        <location filename="../core/mcp/json_rpc.cpp" line="55"/>
        <source>A JSON-RPC message must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="58"/>
        <source>The message lacks &quot;jsonrpc&quot;: &quot;2.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="64"/>
        <source>&quot;method&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="69"/>
        <source>&quot;params&quot; of %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="73"/>
        <source>Request ids must be strings or integers (MCP forbids null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="84"/>
        <source>An error response needs a numeric &quot;code&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="94"/>
        <source>A response must carry the id of its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="100"/>
        <source>The message is neither a request, a notification nor a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="244"/>
        <source>The message is %1 bytes, over the %2-byte limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="249"/>
        <source>The message nests deeper than %1 levels; refusing to parse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="254"/>
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="261"/>
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
        <location filename="../core/oauth/oauth_types.cpp" line="86"/>
        <source>The token endpoint answered with something that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="115"/>
        <source>The token endpoint&apos;s answer has no access_token.</source>
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
        <location filename="../core/capture/findings_store.cpp" line="44"/>
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
    <message>
        <location filename="../core/replay/interface_diff.cpp" line="297"/>
        <source>The session recorded no initialize result and no complete list of tools, resources, templates or prompts, so there is no interface to compare. Record a session that connects and lists them (mcpscope-cli tools list --store FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="530"/>
        <source>The capture store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="137"/>
        <location filename="../ui/capture/export_dialog.cpp" line="153"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="149"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="205"/>
        <source>The capture holds no session to bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="225"/>
        <source>An incident report covers sessions: there is none to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="260"/>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="262"/>
        <source>JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="264"/>
        <location filename="../ui/capture/export_dialog.cpp" line="275"/>
        <source>Query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="265"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="271"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="273"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="277"/>
        <source>Your rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="279"/>
        <source>Known secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="433"/>
        <source>The thresholds could not be evaluated: reading the call facts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="677"/>
        <source>Bad threshold &quot;%1&quot;: %2 Write a threshold as errors&gt;2%, p95&gt;2x, auth&gt;5% or ratelimit&gt;80%, optionally with a window such as @10m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="693"/>
        <source>there is no &quot;&gt;&quot; between the metric and its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="701"/>
        <source>&quot;%1&quot; is not a metric (errors, p95, auth or ratelimit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="705"/>
        <source>the limit of %1 is a percentage and needs a %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="711"/>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="724"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="713"/>
        <source>the percentage must be at least 0 and below 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="720"/>
        <source>the limit of p95 is a factor of the baseline and needs an x (2x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="726"/>
        <source>the factor must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="741"/>
        <source>the window &quot;%1&quot; is not a duration (a number with ms, s, m or h, e.g. 10m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="751"/>
        <source>the window must be at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="753"/>
        <source>the window must be longer than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_thresholds.cpp" line="839"/>
        <source>Could not open the capture store %1 to evaluate thresholds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="42"/>
        <source>The diagnostics could not %1 in the capture store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="145"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="154"/>
        <source>list the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="527"/>
        <source>read the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="539"/>
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="542"/>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="544"/>
        <source>store the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="579"/>
        <source>read the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="585"/>
        <source>The diagnostics run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="744"/>
        <source>store the watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="54"/>
        <source>Server &quot;%1&quot;: &quot;args&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="61"/>
        <source>Server &quot;%1&quot;: argument %2 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="63"/>
        <source>Argument %1 was a number or boolean; it is passed as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="79"/>
        <source>Server &quot;%1&quot;: &quot;%2&quot; is not an object of names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="83"/>
        <source>%1 %2 is null (the editor would unset it); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="90"/>
        <source>Server &quot;%1&quot;: %2 &quot;%3&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="92"/>
        <source>%1 %2 was a number or boolean; it is passed as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="122"/>
        <source>Server &quot;%1&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="132"/>
        <source>Server &quot;%1&quot;: &quot;%2&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="145"/>
        <source>Its type &quot;%1&quot; is not one McpScope knows; it was read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="151"/>
        <source>Server &quot;%1&quot; has neither a command nor a url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="184"/>
        <source>Fields McpScope does not use were kept as they are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="197"/>
        <source>Uses the VS Code input &quot;%1&quot; (%2), a password VS Code asks for: McpScope sends &quot;${input:%1}&quot; as written; put the value in its place before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="200"/>
        <source>Uses the VS Code input &quot;%1&quot; (%2), which VS Code asks for: McpScope sends &quot;${input:%1}&quot; as written; put the value in its place before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="203"/>
        <source>not declared in inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="215"/>
        <source>&quot;%1&quot; is not an object of servers by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="231"/>
        <source>&quot;inputs&quot; is not a list; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="278"/>
        <source>The argument &quot;%1&quot; has no value in server.json; fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="296"/>
        <source>%1 %2 is required and has no value in server.json; fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="321"/>
        <source>The URL&apos;s variables %1 have no default; fill them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="335"/>
        <source>server.json: &quot;packages&quot; and &quot;remotes&quot; must be lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="347"/>
        <source>server.json: a package is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="353"/>
        <source>server.json: a package has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="384"/>
        <source>Packages of type &quot;%1&quot; are installed, not run: start it yourself and change the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="413"/>
        <source>Start it first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="415"/>
        <source>server.json: package %1 serves %2 but names no url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="429"/>
        <source>server.json: a remote is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="439"/>
        <source>server.json: a remote has no url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="449"/>
        <source>server.json lists no packages and no remotes: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="478"/>
        <source>Another server in the file is named &quot;%1&quot;; this one is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="497"/>
        <source>The file holds a JSON %1, not an object: no servers in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="498"/>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="498"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="503"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="507"/>
        <source>%1 has neither &quot;mcpServers&quot; (mcp.json, Claude Desktop, Cursor), &quot;servers&quot; (VS Code) nor &quot;packages&quot;/&quot;remotes&quot; (server.json): no servers to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="515"/>
        <source>%1 has no &quot;mcpServers&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="524"/>
        <source>The file&apos;s other settings (%1) are not servers; they were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="535"/>
        <source>%1 has no &quot;servers&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="543"/>
        <source>The other settings of settings.json (%1) were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="565"/>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="568"/>
        <source>%1 is larger than 8 MiB: not a configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_formats.cpp" line="573"/>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="144"/>
        <source>The keychain did not answer within a minute; is the Secret Service (gnome-keyring, KWallet) running and unlocked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="226"/>
        <source>The keychain has no entry for %1 of the server &quot;%2&quot;; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="149"/>
        <source>The file is %1 bytes long; a configuration file over %2 bytes is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="171"/>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="197"/>
        <source>something follows the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="204"/>
        <source>Line %1, column %2: not valid JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="88"/>
        <source>Server %1 of the catalog has no name or no kind (stdio, http, sse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/modern_era.cpp" line="68"/>
        <source>The server answered input_required with neither inputRequests nor requestState, so there is nothing to answer or echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/modern_era.cpp" line="74"/>
        <source>The server&apos;s inputRequests is not an object of requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/modern_era.cpp" line="83"/>
        <source>The server&apos;s input request &quot;%1&quot; is not a request (it needs a method and, if any, object params).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/modern_era.cpp" line="107"/>
        <source>The server/discover result is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="58"/>
        <source>A DPoP key must be an EC P-256 key (ES256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="62"/>
        <source>The DPoP key&apos;s public point cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="97"/>
        <source>OpenSSL could not make an EC P-256 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="102"/>
        <source>OpenSSL could not write the DPoP key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="117"/>
        <source>The DPoP key is not a PEM key McpScope can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/dpop.cpp" line="135"/>
        <source>There is no DPoP key to sign the proof with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/call_history.cpp" line="68"/>
        <source>Could not open the capture store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/call_history.cpp" line="94"/>
        <source>Reading the call history failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="164"/>
        <source>%1: needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="188"/>
        <source>status: takes 1xx to 5xx, failed or a code, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="198"/>
        <source>latency: takes e.g. &gt;500ms or &lt;2s, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="207"/>
        <source>session: takes a session number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/log_filter.cpp" line="211"/>
        <source>%1: takes an ISO 8601 time, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsChartModel</name>
    <message>
        <location filename="../models/analytics_models.cpp" line="231"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="233"/>
        <source>4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="235"/>
        <source>5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="237"/>
        <source>Network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="239"/>
        <source>JSON-RPC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="242"/>
        <source>Tool isError</source>
        <extracomment>a tools/call whose result says isError</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="244"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="255"/>
        <source>401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="257"/>
        <source>403 insufficient_scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="259"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="261"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="263"/>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="265"/>
        <source>invalid_grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="267"/>
        <source>invalid_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="269"/>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="271"/>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="285"/>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="285"/>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="285"/>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="304"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="304"/>
        <source>Up to (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="334"/>
        <source>429s</source>
        <extracomment>the lowest remaining quota a RateLimit header gave in a time bucket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="334"/>
        <source>Retry-After (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="334"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="334"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="381"/>
        <source>From (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="381"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsChartView</name>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="51"/>
        <source>McpScope analytics chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="140"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="141"/>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="147"/>
        <source>Save Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="147"/>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="148"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="148"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="153"/>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_chart_view.cpp" line="154"/>
        <source>Could not write %1: check the folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsQuery</name>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="343"/>
        <source>Could not open the capture store %1 for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="353"/>
        <location filename="../core/analytics/analytics_query.cpp" line="368"/>
        <source>the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="358"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="364"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="372"/>
        <source>%1 has no call facts yet: open it once in this McpScope to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="594"/>
        <location filename="../core/analytics/analytics_query.cpp" line="654"/>
        <source>The analytics store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="609"/>
        <source>the latency count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="622"/>
        <source>a percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="637"/>
        <location filename="../core/analytics/analytics_query.cpp" line="645"/>
        <source>the latencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="671"/>
        <location filename="../core/analytics/analytics_query.cpp" line="678"/>
        <source>the exchange ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsQuery::Impl</name>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="226"/>
        <source>Reading %1 from the capture store %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="302"/>
        <location filename="../core/analytics/analytics_query.cpp" line="312"/>
        <source>the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="403"/>
        <source>The analytics store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="425"/>
        <location filename="../core/analytics/analytics_query.cpp" line="427"/>
        <source>the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analytics_query.cpp" line="473"/>
        <location filename="../core/analytics/analytics_query.cpp" line="534"/>
        <source>the call facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsTableModel</name>
    <message>
        <location filename="../models/analytics_models.cpp" line="152"/>
        <source>Method / tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="154"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="156"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="158"/>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="160"/>
        <source>TTFB p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="160"/>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="162"/>
        <source>TTFB p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="162"/>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="164"/>
        <source>TTFB p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="164"/>
        <source>p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="166"/>
        <source>TTFB max (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="166"/>
        <source>Max (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="168"/>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics_models.cpp" line="170"/>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="437"/>
        <source>Analytics could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="567"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="627"/>
        <source>Time to first byte (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="627"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="628"/>
        <source>Time to first byte of %1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="629"/>
        <source>Latency of %1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="630"/>
        <location filename="../ui/analytics/analytics_view.cpp" line="657"/>
        <location filename="../ui/analytics/analytics_view.cpp" line="663"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="647"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="656"/>
        <source>Latency distribution (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="663"/>
        <source>Calls by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="664"/>
        <source>Authentication events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="665"/>
        <source>No authentication events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="751"/>
        <source>Rate limiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="752"/>
        <source>No rate limiting seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="775"/>
        <source>%1 — %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/analytics_view.cpp" line="812"/>
        <source>Threshold crossings: %n</source>
        <translation>
            <numerusform>Threshold crossings: %n</numerusform>
            <numerusform>Threshold crossings: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="872"/>
        <source>Analytics are not available for this capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="874"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="876"/>
        <source>No data: no calls recorded in this scope yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/analytics_view.cpp" line="878"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="880"/>
        <source> · %1 s per bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="882"/>
        <source> · zoomed to %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="886"/>
        <source> · capped: the busiest series are drawn, the table holds the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="934"/>
        <source>Could not read the exchanges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="938"/>
        <source>No recorded HTTP exchanges behind this (stdio calls have none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="980"/>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="981"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="986"/>
        <source>Table exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="987"/>
        <source>Could not write %1: check the folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1008"/>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1009"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1010"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1011"/>
        <source>&amp;Latency of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1012"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1014"/>
        <source>TTFB</source>
        <extracomment>time to first byte</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1015"/>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1016"/>
        <source>Drag across a chart to zoom every chart to that time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1017"/>
        <source>Sessions (none checked: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1018"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/analytics_view.cpp" line="1019"/>
        <source>Click a row to show its exchanges in the capture log</source>
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
        <location filename="../ui/capture/exchange_detail_view.cpp" line="39"/>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="39"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="39"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="40"/>
        <source>How to show the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="54"/>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Builder</name>
    <message>
        <location filename="../core/catalog/lenient_json.cpp" line="60"/>
        <source>Line %1, column %2: the key &quot;%3&quot; appears twice in one object; the second is kept as &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CallReplay</name>
    <message>
        <location filename="../core/replay/call_replay.cpp" line="47"/>
        <source>%1 was not replayed: the session is not connected. Connect, then replay again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureBundle</name>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="149"/>
        <source>Copying %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="252"/>
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="260"/>
        <source>Could not set up the secrets sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="270"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="278"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="282"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="287"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="321"/>
        <location filename="../core/export/capture_bundle.cpp" line="327"/>
        <source>the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="324"/>
        <source>The capture store has no session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="330"/>
        <source>The capture store has no exchange %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="358"/>
        <source>Could not create the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="431"/>
        <source>Could not compact the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="500"/>
        <source>Nothing to bundle: name at least one session or exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="504"/>
        <source>The bundle cannot replace the capture store it is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="512"/>
        <source>Could not write the bundle in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="531"/>
        <source>Could not move the bundle into place at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="556"/>
        <source>A capture cannot be imported into itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="560"/>
        <source>Could not create the folder for the capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="570"/>
        <source>Could not open the capture store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="588"/>
        <source>The capture store is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/capture_bundle.cpp" line="609"/>
        <source>Could not reserve row ids in the capture store: %1</source>
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
        <location filename="../models/capture_model.cpp" line="266"/>
        <source>%1: %2 (%3)</source>
        <extracomment>A log row&apos;s finding: its severity, title and kind id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="273"/>
        <source>Evidence of:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="347"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="349"/>
        <source>%1 · streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="354"/>
        <source>%1 (cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="373"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="375"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="377"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="379"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="381"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="383"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="385"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="387"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="389"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="391"/>
        <source>MCP call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="393"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureReader</name>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="132"/>
        <source>Could not open the capture store %1 for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="138"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="142"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="190"/>
        <source>Reading %1 from the capture store failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="212"/>
        <source>the exchange list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="246"/>
        <location filename="../core/capture/capture_reader.cpp" line="272"/>
        <source>search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="291"/>
        <source>exchange rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="389"/>
        <location filename="../core/capture/capture_reader.cpp" line="404"/>
        <source>an exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="430"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="448"/>
        <location filename="../core/capture/capture_reader.cpp" line="452"/>
        <source>the exchange count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="492"/>
        <location filename="../core/capture/capture_reader.cpp" line="495"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="556"/>
        <source>the message list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureSchema</name>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="208"/>
        <source>The capture store rejected a statement: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="276"/>
        <source>The file is not a readable SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="284"/>
        <source>This capture store has schema version %1, but this McpScope knows only up to %2. Open it with a newer McpScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="269"/>
        <source>Could not start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="305"/>
        <source>Could not commit the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureStore</name>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="98"/>
        <source>Could not create the folder for the capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="110"/>
        <source>Could not open the capture store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="114"/>
        <source>%1 is not a usable capture store: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureWindow</name>
    <message numerus="yes">
        <location filename="../ui/capture/capture_window.cpp" line="156"/>
        <source>%n exchange(s) shown</source>
        <translation>
            <numerusform>%n exchange shown</numerusform>
            <numerusform>%n exchanges shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="168"/>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="189"/>
        <source>Diagnostic rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="293"/>
        <source>Exchange %1 is not in this capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="306"/>
        <source>No capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="308"/>
        <source>%1 (read-only) — McpScope</source>
        <extracomment>Window title of a capture opened offline: the file name, then that it is read-only</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="310"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="311"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="312"/>
        <source>Capture log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="313"/>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="314"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="315"/>
        <source>&amp;Open Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="316"/>
        <source>Open &amp;Recent Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="317"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="318"/>
        <source>Read the file again: what was recorded into it since shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="319"/>
        <source>&amp;Follow Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="320"/>
        <source>Reload by itself when another McpScope records into this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="321"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="322"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="323"/>
        <source>Export this capture as HAR, JSON, a capture bundle or an incident report, redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="339"/>
        <source>Open Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="340"/>
        <source>Could not open %1 as a capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="359"/>
        <source>Open Capture (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/capture_window.cpp" line="360"/>
        <source>McpScope captures (*.mcpscope *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureWriter</name>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="159"/>
        <source>Could not open the capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="175"/>
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="253"/>
        <source>Could not start a write transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="302"/>
        <source>Could not commit captured data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="329"/>
        <source>Could not start a transaction for the call facts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="348"/>
        <location filename="../core/capture/capture_writer.cpp" line="364"/>
        <location filename="../core/capture/capture_writer.cpp" line="369"/>
        <source>Could not commit the call facts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="382"/>
        <source>Could not start an index transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="411"/>
        <source>Could not commit the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="508"/>
        <source>Could not start a transaction to settle open exchanges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="515"/>
        <source>No answer before McpScope closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="517"/>
        <source>The response was still streaming when McpScope closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="530"/>
        <source>Could not settle open exchanges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="234"/>
        <source>The capture store could not prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="290"/>
        <source>Writing the capture store failed: %1. Check free disk space and that the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CatalogKeychain</name>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="272"/>
        <source>The keychain refused to store a secret of the catalog: %1. Nothing was imported; secrets are never kept in plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="292"/>
        <source>Could not read %1 from the keychain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="309"/>
        <source>Could not delete a secret of the catalog from the keychain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="435"/>
        <source>The catalog already has a server named &quot;%1&quot;; this one is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="464"/>
        <source>The catalog has no server named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="492"/>
        <source>The catalog has no server named &quot;%1&quot;; it is empty (import some with &quot;catalog import&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_secrets.cpp" line="495"/>
        <source>The catalog has no server named &quot;%1&quot;; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CatalogPanel</name>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="176"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="177"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="177"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="177"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="178"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="179"/>
        <source>Add servers from an mcp.json, Claude Desktop, Cursor or VS Code configuration, or a registry server.json; secrets go to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="182"/>
        <source>From File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="185"/>
        <location filename="../ui/catalog/catalog_panel.cpp" line="244"/>
        <source>From %1</source>
        <extracomment>%1 is an application&apos;s name: Claude Desktop, Cursor, VS Code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="186"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="187"/>
        <source>Write the catalog as an mcp.json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="188"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="189"/>
        <source>Remove the server and its secrets from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="190"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="191"/>
        <source>Open the Connect dialog for this server (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="234"/>
        <source>No servers yet: Import adds those of Claude Desktop, Cursor, VS Code or an mcp.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="242"/>
        <source>%1 secret value(s) in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="338"/>
        <source>An import or removal is under way; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="364"/>
        <source>Imported %1 server(s) from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="379"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="401"/>
        <source>Wrote %1 server(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="402"/>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="427"/>
        <source>Import MCP Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="427"/>
        <source>MCP configuration (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="440"/>
        <source>Export Secrets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="441"/>
        <source>%1 secret value(s) are in the keychain. Write them into the file in clear? No writes [REDACTED] in their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="450"/>
        <source>Export mcp.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="450"/>
        <source>MCP configuration (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="461"/>
        <source>Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_panel.cpp" line="462"/>
        <source>Remove &quot;%1&quot; from the catalog, and its secrets from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CompareInterfaceDialog</name>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="340"/>
        <source>Compare Interface With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="342"/>
        <source>A &amp;recorded session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="348"/>
        <source>A &amp;live server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="352"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="352"/>
        <source>stdio command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="356"/>
        <source>http://127.0.0.1:3001/mcp or a command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="366"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="393"/>
        <source>Give the command that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="394"/>
        <source>Give the server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="399"/>
        <source>Pick a recorded session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectDialog</name>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="24"/>
        <source>Connect to MCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="29"/>
        <source>Auto (Streamable HTTP, then HTTP+SSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="29"/>
        <source>Streamable HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="30"/>
        <source>HTTP+SSE (2024-11-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="30"/>
        <source>stdio (run a command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="37"/>
        <source>How long to wait for each response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="39"/>
        <source>HTTP+SSE is deprecated in 2026-07-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="44"/>
        <source>Auto (server/discover, then initialize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="45"/>
        <source>Legacy (initialize, 2024-11-05 … 2025-11-25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="46"/>
        <source>Modern (2026-07-28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="48"/>
        <source>Which generation of MCP to speak: Auto asks server/discover and falls back to initialize when the server does not know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="54"/>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="55"/>
        <source>&amp;URL or command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="56"/>
        <source>Protocol &amp;era:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="58"/>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="63"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="65"/>
        <source>The largest answer (and SSE event) McpScope reads and keeps; a larger one fails with a clear error instead of being cut silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="67"/>
        <source>Maximum &amp;body size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="77"/>
        <source>Sign in with the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="77"/>
        <source>Sign in headless (no browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="78"/>
        <source>Step through the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="80"/>
        <source>What happens when the server answers 401: the OAuth flow, shown in the session&apos;s Authorization tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="84"/>
        <source>client id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="88"/>
        <source>client secret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="91"/>
        <source>scope (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="94"/>
        <source>On &amp;401:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="100"/>
        <source>OAuth &amp;client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="103"/>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="108"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="114"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="114"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="117"/>
        <source>One per line, e.g.
LOG_LEVEL=debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="118"/>
        <source>One per line, e.g.
X-Api-Key: …
(not remembered after the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="171"/>
        <source>HTTP+SSE is deprecated in 2026-07-28: a modern session needs Streamable HTTP or stdio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="174"/>
        <source>deprecated in 2026-07-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="211"/>
        <source>Enter the command that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="212"/>
        <source>Enter the server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="220"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connect_dialog.cpp" line="233"/>
        <source>&quot;%1&quot; is not NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Connection</name>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="97"/>
        <source>There is no capture store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="104"/>
        <source>Could not open the capture store %1 for diagnostics: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="117"/>
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="122"/>
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectionDoctor</name>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="46"/>
        <source>Host name resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="47"/>
        <source>TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="49"/>
        <source>TLS handshake and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="51"/>
        <source>HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="53"/>
        <source>CORS preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="55"/>
        <source>CORS on the real answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="57"/>
        <source>initialize over Streamable HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="59"/>
        <source>initialize over HTTP+SSE (2024-11-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="61"/>
        <source>initialize over stdio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="63"/>
        <source>Protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="65"/>
        <source>Server capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="67"/>
        <source>401 challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="69"/>
        <source>Protected resource metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="71"/>
        <source>Authorization server metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="73"/>
        <source>Client registration and authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="75"/>
        <source>PKCE with S256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="77"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="79"/>
        <source>List tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="81"/>
        <source>List resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="83"/>
        <source>List prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="84"/>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="86"/>
        <source>Burst of pings (p50/p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="88"/>
        <source>Repeated requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="231"/>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="232"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="233"/>
        <source>CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="234"/>
        <source>MCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="235"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="236"/>
        <source>Basic operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="237"/>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="238"/>
        <source>Intermittency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="595"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="795"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="612"/>
        <source>stdio: no network between McpScope and the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="737"/>
        <source>not run: the %1 stage failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="787"/>
        <source>%1 failed at &quot;%2&quot;: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="792"/>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="796"/>
        <source>Cancelled before every check ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="798"/>
        <source>The server requires sign-in and its authorization metadata is in order; run again with an OAuth mode (--oauth headless, browser or client-credentials) to check operations, performance and intermittency too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/connection_doctor.cpp" line="807"/>
        <source>Healthy, with %n warning(s): %1.</source>
        <translation>
            <numerusform>Healthy, with %n warning(s): %1.</numerusform>
            <numerusform>Healthy, with %n warnings: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="810"/>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="827"/>
        <source>The URL %1 names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="834"/>
        <source>%1 is an IP address: nothing to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="842"/>
        <source>%1 did not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="851"/>
        <source>%1 resolved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="855"/>
        <source>No answer from DNS for %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="879"/>
        <source>Connected to %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="892"/>
        <source>%1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="902"/>
        <source>No TCP connection to %1 port %2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="921"/>
        <source>Plain http on a loopback host: no TLS to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="922"/>
        <source>The URL&apos;s scheme is %1, not http or https: no TLS to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="939"/>
        <source>%1, %2; certificate for %3 issued by %4, valid until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="963"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="967"/>
        <source>No TLS handshake with %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="994"/>
        <source>GET answered HTTP %1 %2 (first byte after %3 ms)%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="999"/>
        <source>, server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1007"/>
        <source>No HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1011"/>
        <source>No HTTP answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1042"/>
        <source>HTTP %1; origin %2 allowed, POST and %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1049"/>
        <source>No answer to the preflight within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1097"/>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1109"/>
        <source>HTTP %1 readable from origin %2; exposed headers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1112"/>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1118"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1367"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1437"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1636"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1665"/>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1120"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1637"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1666"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1136"/>
        <source>Not asked (--transport %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1141"/>
        <source>Streamable HTTP answered; HTTP+SSE (2024-11-05), its deprecated predecessor, was not tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1180"/>
        <source>Initialized: %1 %2, protocol %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1184"/>
        <source>, with a session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1198"/>
        <source>The server answers initialize with HTTP %1: it requires authorization (the Authentication stage follows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1203"/>
        <source>HTTP+SSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1204"/>
        <source>stdio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1205"/>
        <source>Streamable HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1206"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1226"/>
        <source>no initialize answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1243"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1256"/>
        <source>Known after sign-in (see auth.sign_in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1248"/>
        <source>%1 negotiated (McpScope offers %2 and accepts %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1264"/>
        <source>The server declares no capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1265"/>
        <source>Declared: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1275"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1305"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1377"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1447"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1479"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1494"/>
        <source>The server did not ask for authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1276"/>
        <source>stdio servers take credentials from their environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1294"/>
        <source>HTTP %1 with a Bearer challenge%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1322"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1391"/>
        <source>None found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1356"/>
        <source>At %1: resource %2, authorization servers %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1361"/>
        <source>, scopes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1428"/>
        <source>At %1: issuer %2, authorization %3, token %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1456"/>
        <source>pre-registered client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1458"/>
        <source>Client ID Metadata Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1460"/>
        <source>dynamic registration at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1462"/>
        <source>client_secret_basic (not listed: the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1472"/>
        <source>Registration: %1. Client authentication: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1487"/>
        <source>code_challenge_methods_supported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1498"/>
        <source>Not asked: an OAuth mode (--oauth headless, browser or client-credentials) signs in and checks the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1543"/>
        <source>, access token valid for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1546"/>
        <source>Signed in (%1 client %2, scope &quot;%3&quot;%4); initialized with protocol %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1547"/>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1548"/>
        <source>from the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1571"/>
        <source>the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1576"/>
        <source>the sign-in step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1578"/>
        <source>No sign-in within the time allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1590"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1645"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1673"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1735"/>
        <source>Needs a signed-in session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1597"/>
        <source>The server does not declare %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1625"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item(s)</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1630"/>
        <source> on the first page; more follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1662"/>
        <source>Answered in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1689"/>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1804"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1694"/>
        <source>%1 pings at once: all failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1695"/>
        <source>%1 pings at once: p50 %2 ms, p95 %3 ms, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1758"/>
        <source>%1 of %2 %3 requests succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/connection_doctor.cpp" line="1759"/>
        <source>%1 of %2 %3 requests succeeded (p50 %4 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectionDoctorDialog</name>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="74"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="76"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="78"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="82"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="87"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="226"/>
        <source>the doctor&apos;s check “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="289"/>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="327"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="321"/>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="422"/>
        <source>Stopped at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="423"/>
        <source>Healthy: no stage failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="458"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="461"/>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="468"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="470"/>
        <source>Likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="472"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="478"/>
        <source>Exchanges: %1 (double-click the check to show them in the capture log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="490"/>
        <source>McpScope Connection Doctor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="493"/>
        <source>[%1] %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="504"/>
        <source>Verdict: stopped at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="505"/>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="506"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="517"/>
        <source>Save the Doctor&apos;s Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="519"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="526"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="554"/>
        <source>Connection Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="555"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="556"/>
        <source>Sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="558"/>
        <source>The MCP server&apos;s URL, or with transport stdio the command that starts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="563"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="563"/>
        <source>Streamable HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="563"/>
        <source>HTTP+SSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="563"/>
        <source>stdio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="570"/>
        <source>No sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="570"/>
        <source>Headless (follow redirects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="570"/>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="571"/>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="574"/>
        <source>client id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="575"/>
        <source>client secret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="576"/>
        <source>scope (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="577"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="578"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="579"/>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="580"/>
        <source>Every check with its time and what was seen, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="581"/>
        <source>&amp;Save JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="582"/>
        <source>The report as JSON, as mcpscope-cli doctor --json prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="583"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="584"/>
        <source>Stage / check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="584"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="584"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/connection_doctor_dialog.cpp" line="584"/>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectionInfoTab</name>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="77"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="78"/>
        <source>State:              %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="79"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="79"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="80"/>
        <source>Protocol version:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="81"/>
        <source>(not agreed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="83"/>
        <source>Era:                %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="84"/>
        <source>modern (2026-07-28: server/discover, no session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="85"/>
        <source>legacy (the initialize handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="87"/>
        <source>Session id:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="87"/>
        <location filename="../ui/session/connection_info_tab.cpp" line="90"/>
        <location filename="../ui/session/connection_info_tab.cpp" line="113"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="88"/>
        <source>Transport:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="90"/>
        <source>Streams:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="93"/>
        <source>Unanswered requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="96"/>
        <source>(none: every request has its answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="98"/>
        <source>id %1  %2  waiting %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="102"/>
        <source>Server requests waiting for you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="104"/>
        <source>Server info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="106"/>
        <source>Server capabilities (as answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="108"/>
        <source>Client capabilities (as sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/connection_info_tab.cpp" line="111"/>
        <source>Server instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/connection_info_tab.cpp" line="114"/>
        <source>%n character(s), shown above the tabs</source>
        <translation>
            <numerusform>%n character, shown above the tabs</numerusform>
            <numerusform>%n characters, shown above the tabs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpscope::ConsoleTab</name>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="25"/>
        <source>History (messages sent this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="31"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="33"/>
        <source>Send (Ctrl+Return in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="60"/>
        <source>// Not sent: write a JSON-RPC request or notification with a method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/console_tab.cpp" line="82"/>
        <source>// Not sent: params must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::CountingDevice</name>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="86"/>
        <source>The export was cancelled.</source>
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
    <name>mcpscope::ErrorBody</name>
    <message numerus="yes">
        <location filename="../core/oauth/error_body.cpp" line="290"/>
        <source>the server answered an HTML page (%n byte(s)), not JSON</source>
        <translation>
            <numerusform>the server answered an HTML page (%n byte), not JSON</numerusform>
            <numerusform>the server answered an HTML page (%n bytes), not JSON</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/oauth/error_body.cpp" line="295"/>
        <source>%1, titled “%2”</source>
        <extracomment>%1 is what was said of the page so far, %2 its title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/error_body.cpp" line="300"/>
        <source>%1: %2</source>
        <extracomment>%1 is what was said of the page so far, %2 the head of its visible text</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Evaluator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="117"/>
        <source>The schema nests (or refers) deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="124"/>
        <source>No value is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="139"/>
        <source>The schema refers to %1, which McpScope cannot resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="159"/>
        <source>Expected %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="166"/>
        <source>The value is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="170"/>
        <source>The value must equal the constant the schema gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="179"/>
        <source>%1 is not a multiple of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="186"/>
        <source>%1 is above the maximum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="188"/>
        <source>%1 is below the minimum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="190"/>
        <source>%1 must be below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="192"/>
        <source>%1 must be above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="200"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="205"/>
        <source>The text has %1 characters; at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="212"/>
        <source>The text does not match the pattern %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="246"/>
        <source>The list has %1 items; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="251"/>
        <source>The list has %1 items; at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="259"/>
        <source>Items %1 and %2 are equal; items must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="272"/>
        <source>No item matches the schema&apos;s &quot;contains&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="280"/>
        <source>The property &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="284"/>
        <source>At most %1 properties are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="289"/>
        <source>At least %1 properties are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="312"/>
        <source>The property &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="322"/>
        <source>The property name &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="332"/>
        <source>&quot;%1&quot; requires &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="353"/>
        <source>The value matches none of the allowed alternatives (anyOf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="363"/>
        <source>The value must match exactly one alternative (oneOf); it matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="368"/>
        <source>The value matches a schema it must not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ExchangeDetailView</name>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="106"/>
        <source>Replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="108"/>
        <source>Send this request again, edited first, and compare the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="131"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="131"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="148"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="149"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="150"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="151"/>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="160"/>
        <source>Select an exchange to see its headers, bodies and timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="184"/>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="188"/>
        <source>%1 error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="202"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="203"/>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="204"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="205"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="206"/>
        <source>HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="209"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="210"/>
        <source>Request headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="213"/>
        <source>Response headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="217"/>
        <source>TLS certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="219"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="220"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="221"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="222"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="223"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="229"/>
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/exchange_detail_view.cpp" line="239"/>
        <source>Waiting (time to first byte)  %1
Content download              %2
Total                         %3
Response size                 %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ExchangeReplay</name>
    <message>
        <location filename="../core/replay/exchange_replay.cpp" line="145"/>
        <source>%1 %2 was not replayed: the session to send it through is not open. Open it (or pick another), then replay again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ExportDialog</name>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="495"/>
        <source>%1 KB written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="542"/>
        <location filename="../ui/capture/export_dialog.cpp" line="543"/>
        <location filename="../ui/capture/export_dialog.cpp" line="567"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="544"/>
        <source>The current session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="545"/>
        <source>The selected rows (%n exchange(s))</source>
        <translation>
            <numerusform>The selected rows (%n exchange)</numerusform>
            <numerusform>The selected rows (%n exchanges)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="546"/>
        <source>These sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="547"/>
        <source>The whole capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="548"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="549"/>
        <source>HAR 1.2 (.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="550"/>
        <source>McpScope JSON (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="551"/>
        <source>Capture bundle (.mcpscope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="552"/>
        <source>Incident report, Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="553"/>
        <source>Incident report, HTML (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="554"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="555"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="556"/>
        <source>Redaction review: what this export removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="557"/>
        <location filename="../ui/capture/export_dialog.cpp" line="830"/>
        <source>Every export is redacted. The store&apos;s rules run again over everything, then yours; each value removed is counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="559"/>
        <location filename="../ui/capture/export_dialog.cpp" line="561"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="559"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="559"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="560"/>
        <source>Your rules (saved for every export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="561"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="565"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="566"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="568"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="575"/>
        <source>e.g. X-Api-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="576"/>
        <source>e.g. /params/arguments/password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="577"/>
        <source>e.g. sig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="578"/>
        <source>e.g. acct-[0-9]{6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="615"/>
        <source>#%1 %2 (%n exchange(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n exchange)</numerusform>
            <numerusform>#%1 %2 (%n exchanges)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="658"/>
        <source>An incident report covers whole sessions: export the current session or chosen sessions to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="780"/>
        <source>Check at least one session to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="788"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="802"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="811"/>
        <source>Nothing to remove: no secret found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="812"/>
        <source>%n value(s) will be removed in total.</source>
        <translation>
            <numerusform>%n value will be removed in total.</numerusform>
            <numerusform>%n values will be removed in total.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="834"/>
        <source>Could not count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="847"/>
        <source>HAR files (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="848"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="849"/>
        <source>Capture bundles (*.mcpscope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="850"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="851"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="852"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="866"/>
        <source>Fix or remove the rule that is not valid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="867"/>
        <source>Check at least one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="887"/>
        <source>The export cannot replace the capture it is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="909"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="921"/>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="929"/>
        <source>%n value(s) redacted</source>
        <translation>
            <numerusform>%n value redacted</numerusform>
            <numerusform>%n values redacted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/export_dialog.cpp" line="932"/>
        <source>Exported %n exchange(s) to %1 (%2); %3.</source>
        <translation>
            <numerusform>Exported %n exchange to %1 (%2); %3.</numerusform>
            <numerusform>Exported %n exchanges to %1 (%2); %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/export_dialog.cpp" line="935"/>
        <source>Exported to %1 (%2); %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::FeatureListModel</name>
    <message>
        <location filename="../models/feature_list_model.cpp" line="29"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/feature_list_model.cpp" line="31"/>
        <source>destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/feature_list_model.cpp" line="33"/>
        <source>idempotent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/feature_list_model.cpp" line="35"/>
        <source>open world</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::FeatureTab</name>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="59"/>
        <source>Save Blob…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="56"/>
        <location filename="../ui/session/feature_tab.cpp" line="182"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="140"/>
        <source>Updated by the server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="182"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="185"/>
        <source>Ask the server to send notifications/resources/updated for this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="186"/>
        <source>The server does not offer resource subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="284"/>
        <source>Subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="285"/>
        <source>Unsubscribed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="318"/>
        <source>Save Blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/feature_tab.cpp" line="323"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Findings</name>
    <message>
        <location filename="../core/oauth/oauth_checks.cpp" line="73"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault_checks.cpp" line="17"/>
        <source>(no issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="18"/>
        <source>Rate limited (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="19"/>
        <source>Rate limited: the server answered %1 with HTTP 429 Too Many Requests. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="21"/>
        <source>The server limits how many requests a client may send in a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="23"/>
        <source>Slow down, wait and retry (mcpscope-cli --retry N does), or ask the operator for a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="28"/>
        <source>Authorization required (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="29"/>
        <source>The server requires authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="30"/>
        <source>Fix: sign in to it (OAuth: --oauth, or the Authorization tab) or add an Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="35"/>
        <source>Access token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="36"/>
        <source>Likely cause: the access token expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="37"/>
        <source>Fix: refresh it (mcpscope-cli auth refresh, or Refresh in the token vault) or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="42"/>
        <source>Token issued for another resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="43"/>
        <source>Likely cause: the token was issued for another resource (audience).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="45"/>
        <source>Fix: sign in again with this server as the resource indicator (RFC 8707), which McpScope sends by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="50"/>
        <source>Token not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="51"/>
        <source>Likely cause: the token is not accepted (revoked, malformed, or from an issuer this server does not trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="55"/>
        <source>Fix: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="57"/>
        <location filename="../core/common/findings.cpp" line="62"/>
        <source>Scope missing (step-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="58"/>
        <source>Likely cause: the token lacks the scope &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="59"/>
        <source>Fix: sign in again asking for it (step-up, e.g. --scope &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="63"/>
        <source>Likely cause: the token lacks a scope this call needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="65"/>
        <source>Fix: sign in again asking for more scope (step-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="68"/>
        <source>Access refused (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="69"/>
        <source>Likely cause: the account or client has no access to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="71"/>
        <source>Fix: check that the account or client has access to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="74"/>
        <location filename="../core/common/findings.cpp" line="82"/>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="75"/>
        <source>The server answered %1 with HTTP %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="76"/>
        <location filename="../core/common/findings.cpp" line="84"/>
        <source>The server refused the request or failed while handling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="78"/>
        <source>Read the answer in the capture; check the URL, the method and the server&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="83"/>
        <source>The server answered %1 with HTTP %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="86"/>
        <source>Check the URL, the method and the server&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="89"/>
        <source>Body larger than the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="90"/>
        <source>%1 is larger than the body cap of %2 MiB, so it was cut there and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="93"/>
        <source>The server sent more than McpScope keeps of one body or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="95"/>
        <source>Raise the cap: --max-body MIB on the command line, or Maximum body size in the Connect dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="100"/>
        <source>Byte order mark before JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="101"/>
        <source>The answer to %1 starts with a UTF-8 byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="103"/>
        <source>McpScope read past it, but many clients (the TypeScript SDK among them) reject it as invalid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="107"/>
        <source>The server should not send one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="109"/>
        <source>Unexpected Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="110"/>
        <source>The answer to %1 has Content-Type &quot;%2&quot; instead of application/json or text/event-stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="113"/>
        <source>McpScope read it as JSON, but the TypeScript SDK&apos;s client and others refuse it (&quot;Unexpected content type&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="117"/>
        <source>The server should send application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="121"/>
        <source>No response in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="122"/>
        <source>No response to %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="123"/>
        <source>The server may be hung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="124"/>
        <source>Try again or raise the request timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="126"/>
        <source>Server could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="127"/>
        <source>Could not start %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="128"/>
        <source>The command was not found, or cannot be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="129"/>
        <source>Check the command and that it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="133"/>
        <source>Refresh token refused</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="135"/>
        <source>The refresh token was refused: it expired, was revoked, or was already used once (servers that rotate refresh tokens accept each one only once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="139"/>
        <source>Sign in again to get a new refresh token; if this keeps happening, make sure only one client uses the stored refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="144"/>
        <source>redirect_uri mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="146"/>
        <source>The redirect_uri of the token request differs from the one used in the authorization request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="150"/>
        <source>Send exactly the same redirect_uri in both requests (scheme, host, port and path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="154"/>
        <source>PKCE verifier mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="156"/>
        <source>The code_verifier does not match the code_challenge sent with the authorization request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="160"/>
        <source>Send the verifier generated for this flow; start the flow again if it was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="164"/>
        <source>Authorization code refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="166"/>
        <source>The authorization code was refused: codes expire within minutes and can be used only once, and they must come with the same redirect_uri and a matching code_verifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="170"/>
        <source>Start the flow again and exchange the new code at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="173"/>
        <source>Client not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="175"/>
        <source>The authorization server did not accept the client&apos;s credentials (unknown client_id, wrong secret, or the wrong token endpoint authentication method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="179"/>
        <source>Check the client id and secret, and use the authentication method the client was registered with; a dynamically registered client may have expired: register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="184"/>
        <source>Grant type not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="186"/>
        <source>This client is not allowed to use this grant type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="187"/>
        <source>Register the client with the grant type (authorization_code, refresh_token or client_credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="192"/>
        <source>Scope refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="194"/>
        <source>A requested scope is unknown to the authorization server or not allowed for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="198"/>
        <source>Request only scopes listed in scopes_supported, or leave the scope out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="201"/>
        <source>Resource indicator refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="203"/>
        <source>The authorization server does not accept the resource parameter (RFC 8707) sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="206"/>
        <source>Check that the resource is the MCP server&apos;s canonical URL as its protected resource metadata states, and that the authorization server knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="211"/>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="213"/>
        <source>The user or the authorization server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="215"/>
        <source>Sign in again and approve the requested access, or ask for fewer scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="218"/>
        <source>Grant type not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="220"/>
        <source>The token endpoint does not support this grant type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="222"/>
        <source>Check grant_types_supported in the authorization server metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="225"/>
        <source>Response type not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="227"/>
        <source>The authorization endpoint does not support response_type=code for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="230"/>
        <source>Register the client for the authorization code flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="233"/>
        <source>Redirect URI refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="235"/>
        <source>The authorization server rejected the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="236"/>
        <source>Register the exact redirect URI (for a native app, http://127.0.0.1 with any port is the usual form); a pre-registered client must use one of its registered URIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="241"/>
        <source>Client metadata refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="243"/>
        <source>Dynamic registration refused the client metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="244"/>
        <source>Look at the error description for the member it rejected (often redirect_uris or token_endpoint_auth_method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="249"/>
        <source>Malformed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="251"/>
        <source>The request is missing a parameter or has a malformed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="253"/>
        <source>Compare the request with the error description; PKCE (code_challenge with S256) and state are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="258"/>
        <source>Authorization server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="260"/>
        <source>The authorization server had a problem of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="261"/>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="263"/>
        <source>OAuth error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="265"/>
        <source>The authorization server answered with error &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="267"/>
        <source>See the error description and the server&apos;s documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="272"/>
        <source>Resource metadata unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="273"/>
        <location filename="../core/common/findings.cpp" line="304"/>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="274"/>
        <source>The MCP server could not be reached for its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="276"/>
        <source>Check the URL and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="278"/>
        <source>Resource metadata malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="279"/>
        <source>The protected resource metadata document is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="281"/>
        <source>Fix the document the MCP server serves at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="283"/>
        <source>Metadata for another resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="284"/>
        <source>The metadata is for resource %1, not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="285"/>
        <source>The protected resource metadata names another resource: following it could send tokens to the wrong server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="289"/>
        <source>Make the server&apos;s metadata &quot;resource&quot; its own canonical URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="292"/>
        <source>No authorization server metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="293"/>
        <source>No metadata at any of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="294"/>
        <source>The authorization server publishes neither OAuth metadata (RFC 8414) nor OpenID Connect discovery where MCP looks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="298"/>
        <source>Serve the metadata at one of those URLs, or correct authorization_servers in the resource metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="303"/>
        <source>Authorization server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="305"/>
        <source>The authorization server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="306"/>
        <source>Check the issuer URL and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="308"/>
        <source>Authorization server metadata malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="309"/>
        <source>The authorization server metadata is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="310"/>
        <source>Fix the document served at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="312"/>
        <source>Issuer mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="313"/>
        <source>The metadata&apos;s issuer is %1, but the resource named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="315"/>
        <source>Issuer mismatch: the metadata does not belong to the authorization server the MCP server trusts (RFC 8414 §3.3), so it must not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="319"/>
        <source>Make the issuer in the metadata and authorization_servers in the resource metadata identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="324"/>
        <source>No PKCE with S256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="325"/>
        <source>code_challenge_methods_supported is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="326"/>
        <source>The authorization server does not advertise PKCE with S256, which MCP requires; McpScope does not fall back to plain or no PKCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="330"/>
        <source>Enable S256 on the authorization server and list it in code_challenge_methods_supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="334"/>
        <source>No authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="335"/>
        <source>The metadata has no authorization_endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="336"/>
        <source>Without an authorization endpoint there is no authorization code flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="338"/>
        <source>Add authorization_endpoint to the metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="340"/>
        <source>Redirect URI not receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="341"/>
        <source>In browser mode McpScope receives the redirect itself, so the redirect URI must point at this machine&apos;s loopback address with a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="345"/>
        <source>Use a loopback redirect URI the client has registered (e.g. http://127.0.0.1:PORT/callback), free its port, or use headless mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="349"/>
        <source>No port for the redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="350"/>
        <source>No local port for the redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="351"/>
        <source>Free a port on 127.0.0.1, or set a redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="353"/>
        <source>Client credentials missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="354"/>
        <source>The client credentials grant needs a pre-registered client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="356"/>
        <source>A client acting on its own behalf authenticates with its credentials; there is no user to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="360"/>
        <source>Enter the client id and secret the authorization server issued for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="364"/>
        <source>No way to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="365"/>
        <source>The server offers neither dynamic registration nor Client ID Metadata Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="368"/>
        <source>McpScope has no client id for this authorization server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="370"/>
        <source>Register McpScope with the authorization server by hand and enter the client id (and secret) as a pre-registered client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="375"/>
        <source>Registration endpoint unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="376"/>
        <source>The registration endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="377"/>
        <location filename="../core/common/findings.cpp" line="421"/>
        <location filename="../core/common/findings.cpp" line="463"/>
        <source>Check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="379"/>
        <source>Registration refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="380"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="381"/>
        <source>Dynamic registration was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="382"/>
        <source>Check that the registration endpoint accepts public native clients, or use a pre-registered client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="387"/>
        <source>Registration answer malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="388"/>
        <source>The registration endpoint&apos;s answer is not an RFC 7591 registration response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="391"/>
        <source>Fix the registration endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="393"/>
        <source>State mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="394"/>
        <source>The redirect&apos;s state does not match the one McpScope sent: the response belongs to another request (or is forged), so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="398"/>
        <source>The redirect did not carry this flow&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="399"/>
        <source>Start the flow again and finish it in the browser window it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="402"/>
        <source>Issuer mismatch in the redirect (RFC 9207)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="403"/>
        <source>The redirect names issuer %1, but the flow talks to %2 (RFC 9207): it was refused as a possible mix-up attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="407"/>
        <source>The redirect did not carry this flow&apos;s state (or named another issuer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="409"/>
        <source>Check that the MCP server&apos;s authorization server and this response come from the same issuer, then start the flow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="414"/>
        <source>No authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="415"/>
        <source>The redirect carries neither a code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="416"/>
        <source>The authorization response is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="417"/>
        <source>Check the authorization server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="419"/>
        <source>Authorization endpoint unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="420"/>
        <source>The authorization endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="423"/>
        <source>Sign-in needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="424"/>
        <source>More than %1 redirects without reaching the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="426"/>
        <source>The authorization server wants a person to sign in (a login page), which the headless mode cannot do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="430"/>
        <source>Use browser mode, or configure the authorization server to approve this client without interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="435"/>
        <source>Redirect URI not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="436"/>
        <location filename="../core/common/findings.cpp" line="447"/>
        <source>HTTP %1 instead of a redirect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="437"/>
        <source>The authorization server rejected the redirect URI %3: a pre-registered client accepts only the redirect URIs it registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="441"/>
        <source>Set one of the client&apos;s registered redirect URIs as the flow&apos;s redirect URI (Redirect URI in the flow inspector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="446"/>
        <source>A page instead of a redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="448"/>
        <source>The authorization endpoint answered with a page, not a redirect: it wants a person to sign in, or it rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="452"/>
        <source>Read the page in the captured response; use browser mode for an interactive sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="456"/>
        <source>No answer from the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="457"/>
        <source>No answer from the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="458"/>
        <source>The sign-in was not finished in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="459"/>
        <source>Start the flow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="461"/>
        <source>Token endpoint unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="462"/>
        <source>The token endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="465"/>
        <source>Token response unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="466"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="467"/>
        <source>The token endpoint&apos;s answer is not a usable token response (RFC 6749 §5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="470"/>
        <source>Fix the token endpoint: it must answer JSON with an access_token of type Bearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="474"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="475"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="476"/>
        <source>You cancelled the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="477"/>
        <source>Start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="480"/>
        <source>Credential bound to another issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="481"/>
        <source>Credential %1 was issued by %2, but the authorization server metadata stored with it is %3&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="485"/>
        <source>Its tokens and client secret are sent only to their own issuer, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="488"/>
        <source>Delete the credential and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="490"/>
        <source>Credential without an issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="491"/>
        <source>The credential for %1 names no issuer, so it cannot be bound to one; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="495"/>
        <source>The authorization server metadata has no issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="496"/>
        <source>Fix the authorization server&apos;s metadata (RFC 8414 requires issuer), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="499"/>
        <source>Credential for another resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="500"/>
        <source>Credential %1 was obtained for %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="501"/>
        <source>An access token is sent only to the resource it was issued for, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="504"/>
        <source>Sign in to %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="506"/>
        <source>No refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="507"/>
        <source>The credential for %1 has no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="508"/>
        <source>The authorization server issued none (it may need the offline_access scope, or not issue refresh tokens to this client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="512"/>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="514"/>
        <source>No OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="515"/>
        <source>No OS keychain is available (%1). Tokens are kept in memory for this session only and are lost when McpScope quits; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="519"/>
        <source>No keychain service answered (on Linux a Secret Service such as gnome-keyring or KWallet, locked or not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="523"/>
        <source>Start or unlock the OS keychain, then reopen McpScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="528"/>
        <source>Host name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="529"/>
        <source>Could not resolve the host name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="530"/>
        <source>The name does not exist, or this machine&apos;s DNS cannot resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="532"/>
        <source>Check the spelling of the URL, your DNS settings, and that this machine can reach the network the server is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="537"/>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="538"/>
        <source>The connection to %1:%2 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="539"/>
        <source>Nothing accepts connections there: the server is not running, or listens on another port or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="543"/>
        <source>Is the server running, and listening on that port and address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="546"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="547"/>
        <source>The server sent nothing for %1 s, so the request was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="549"/>
        <source>The server may be hung or overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="550"/>
        <source>Try again, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="552"/>
        <source>Request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="553"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="554"/>
        <source>It was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="555"/>
        <source>Send it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="557"/>
        <source>Connection closed before a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="558"/>
        <source>The server closed the connection before sending a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="560"/>
        <source>It may have crashed, or expects a different protocol (HTTP vs HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="562"/>
        <source>Check the URL&apos;s scheme and the server&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="564"/>
        <source>Connection closed mid-response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="565"/>
        <source>The server closed the connection in the middle of the response (%1 bytes received). What arrived is kept below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="569"/>
        <location filename="../core/common/findings.cpp" line="578"/>
        <source>The server may have crashed or hit a proxy timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="570"/>
        <location filename="../core/common/findings.cpp" line="579"/>
        <source>Check the server&apos;s logs, and any proxy&apos;s timeouts, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="573"/>
        <source>Body shorter than announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="574"/>
        <source>The server closed the connection in the middle of the response (%1 of %2 bytes received). What arrived is kept below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="582"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="583"/>
        <source>The request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="584"/>
        <source>The network request failed below HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="585"/>
        <source>Check the URL, the network and any proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="589"/>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="590"/>
        <location filename="../core/common/findings.cpp" line="601"/>
        <location filename="../core/common/findings.cpp" line="611"/>
        <location filename="../core/common/findings.cpp" line="620"/>
        <source>The TLS certificate of %1 was not accepted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="591"/>
        <source>The certificate is not signed by an authority this machine trusts (it is self-signed, or an intermediate certificate is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="595"/>
        <location filename="../core/common/findings.cpp" line="622"/>
        <source>If this is a development server with a self-signed certificate, add a TLS exception for this host; otherwise check the certificate chain below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="600"/>
        <source>Certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="602"/>
        <source>The certificate has expired or is not valid yet (or this machine&apos;s clock is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="605"/>
        <source>Renew the server&apos;s certificate and check this machine&apos;s clock; for a development server, a TLS exception for this host accepts it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="610"/>
        <source>Certificate for another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="612"/>
        <source>The certificate was issued for another host name than the one in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="614"/>
        <source>Connect with a name the certificate lists; for a development server, add a TLS exception for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="619"/>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="621"/>
        <source>The TLS handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="631"/>
        <source>Error rate above its threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="632"/>
        <source>The error rate reached %1 (threshold %2) over whole windows from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="635"/>
        <source>More calls failed than the threshold allows (HTTP 4xx or 5xx, network failures, JSON-RPC errors, tool results with isError): the troubleshooting guide alerts when the error rate stays above 2 % for 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="640"/>
        <source>Open the failed calls (this finding&apos;s evidence) and read what the server answered; the Analytics table by method or tool shows which one fails. Intermittent failures point at the network or an overloaded server, a steady failure at the request itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="646"/>
        <source>P95 latency above its baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="647"/>
        <source>The P95 latency reached %1 the baseline (%5 ms against %6 ms; threshold %2) from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="650"/>
        <source>Responses got slower than the baseline: the troubleshooting guide alerts when the P95 response time is more than twice the baseline. A slow tool, an overloaded server, a backend the server waits on or a slow network are the usual causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="655"/>
        <source>Open the slow calls (this finding&apos;s evidence) and compare their time to first byte with their total: a late first byte is the server&apos;s work, a long tail after it is the transfer. Compare with the baseline session&apos;s calls of the same method or tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="661"/>
        <source>Authentication failures above their threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="662"/>
        <source>%1 of the calls failed authentication (threshold %2) from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="664"/>
        <source>Requests were refused for their credentials (HTTP 401, 403 insufficient_scope, invalid_token, invalid_grant or a failed refresh): the troubleshooting guide alerts when more than 5 % of requests fail authentication. Tokens that expire before they are refreshed, a revoked grant or a missing scope are the usual causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="670"/>
        <source>Open the refused calls (this finding&apos;s evidence) and read their WWW-Authenticate challenge or token error: refresh tokens before they expire, sign in again after a revoked grant, or ask for the missing scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="676"/>
        <source>Rate limit nearly used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="677"/>
        <source>Rate-limit use reached %1 (threshold %2) from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="679"/>
        <source>The server&apos;s RateLimit or X-RateLimit headers show that the client used most of its quota, or the server answered 429 Too Many Requests: the troubleshooting guide alerts above 80 % use, before requests start failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="684"/>
        <source>Send fewer requests or spread them out, honour Retry-After, cache what can be cached, or ask the operator for a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="694"/>
        <source>Rate limited, with Retry-After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="695"/>
        <source>%1 was answered HTTP 429 Too Many Requests with Retry-After: %2 (seconds or a date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="698"/>
        <source>The server limits how many requests a client may send in a while, and says when to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="700"/>
        <source>Wait as long as Retry-After says before sending the request again, and send fewer requests (batch, cache, spread them out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="704"/>
        <source>Rate limited, without Retry-After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="705"/>
        <source>%1 was answered HTTP 429 Too Many Requests without a Retry-After header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="707"/>
        <source>The server limits how many requests a client may send in a while but does not say when to try again, so clients guess; retrying at once makes it worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="711"/>
        <source>Back off exponentially with jitter (1 s, 2 s, 4 s, ...) before retrying; server operators should send Retry-After with every 429.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="715"/>
        <source>Retry sooner than Retry-After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="716"/>
        <source>%1 was sent again %2 s after a 429 whose Retry-After asked to wait %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="718"/>
        <source>The client retried without honouring Retry-After; servers may keep refusing, or block the client for longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="721"/>
        <source>Wait at least Retry-After before retrying the same request (mcpscope-cli --retry N does); check the client&apos;s retry logic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="725"/>
        <source>Burst of server errors (HTTP 5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="726"/>
        <source>%2 answered %1 requests with HTTP 5xx (%6) within %3 s, from %4 to %5 (a burst is %7 or more within %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="729"/>
        <source>The server, or a proxy or gateway in front of it, is failing: a crash loop, an overloaded backend, a database it cannot reach, or a deployment in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="733"/>
        <source>Open the failed answers (this finding&apos;s evidence) and the server&apos;s logs at those times; retry with backoff and check the server&apos;s health and its dependencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="738"/>
        <source>JSON declared, something else sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="739"/>
        <source>%1 declares Content-Type &quot;%2&quot; but its body is not JSON; it starts with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="742"/>
        <source>A proxy, gateway or framework error page (HTML or plain text) was sent with the JSON content type, or the server writes text before the JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="745"/>
        <source>Read the body (this finding&apos;s evidence): an error page names the component that failed. The server must send JSON with application/json, and errors as JSON-RPC errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="750"/>
        <source>Event stream declared, no events sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="751"/>
        <source>%1 declares Content-Type text/event-stream but its body is not a Server-Sent Events stream; it starts with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="754"/>
        <source>The server labelled a plain (often JSON or HTML) answer as an event stream; SSE clients find no events in it and wait for an answer that never comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="758"/>
        <source>Send JSON answers as application/json, or frame them as SSE events (&quot;event: message&quot;, &quot;data: ...&quot;, a blank line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="762"/>
        <source>Charset other than UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="763"/>
        <source>%1 declares Content-Type &quot;%2&quot;: a charset other than UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="765"/>
        <source>JSON exchanged between systems must be UTF-8 (RFC 8259) and MCP messages are UTF-8; a client that honours the declared charset decodes non-ASCII text wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="769"/>
        <source>Encode the body as UTF-8 and declare charset=utf-8 (or no charset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="772"/>
        <source>Body encoded as UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="773"/>
        <source>The body of %1 starts with a %2 byte order mark: it is encoded as %2, not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="776"/>
        <source>The server (often on Windows, or a PowerShell script) wrote its output as UTF-16; JSON parsers and MCP clients expect UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="779"/>
        <source>Make the server write UTF-8 without a byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="782"/>
        <source>Invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="783"/>
        <source>The body of %1 is not valid UTF-8: byte %3 at offset %2, near: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="785"/>
        <source>The server sent text in another encoding (Latin-1, Windows-1252), cut a multi-byte character, or mixed binary data into text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="788"/>
        <source>Encode all text as UTF-8; send binary data base64-encoded (MCP blob fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="792"/>
        <source>Non-printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="793"/>
        <source>The body of %1 holds the control character %2 at byte %3, near: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="795"/>
        <source>Control characters (escape sequences, NUL, backspace) in text break parsers and terminals, and can hide or rewrite what a user reads (ANSI escapes retitle or clear a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="799"/>
        <source>Strip or escape control characters other than tab and line ends from text before sending it; McpScope shows them as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="803"/>
        <source>JSON that does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="804"/>
        <source>The body of %1 is not valid JSON: %2 at byte %3, near: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="806"/>
        <source>The server sent a cut or malformed JSON document: a crashed handler, a body cut by a proxy or size limit, a trailing comma, or text printed into the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="810"/>
        <source>Look at the body at that byte (this finding&apos;s evidence); fix the server&apos;s serialisation, or the proxy that cuts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="814"/>
        <source>Message violates the MCP schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="815"/>
        <source>The server&apos;s message for %1 does not match %2 of the MCP %3 schema: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="817"/>
        <source>The server (or the SDK version it uses) sends a message shape this protocol version does not define: a missing required field, a wrong type, or an unknown content type. Strict clients reject such messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="821"/>
        <source>Fix the fields named by the JSON pointers above (see the %3 schema&apos;s %2), or upgrade the server&apos;s MCP SDK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="825"/>
        <source>Message violates the newest MCP schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="826"/>
        <source>The server&apos;s message for %1 does not match %2 of the MCP %3 schema: %4 (the session&apos;s protocol version &quot;%5&quot; is not one McpScope has a schema for, so the newest was used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="830"/>
        <source>The session&apos;s protocol version is unknown (no initialize seen, or a revision newer than McpScope), so the message was checked against the newest schema; it may be valid in the server&apos;s revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="834"/>
        <source>Check which protocol version the server speaks; if it is a known revision, fix the fields named by the JSON pointers above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="838"/>
        <source>Structured content breaks the tool&apos;s outputSchema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="839"/>
        <source>The structuredContent of tool %1 does not match the outputSchema its tools/list entry declares: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="841"/>
        <source>The tool returns data of another shape than it declares (a wrong type, a missing required property); clients that validate structured output reject the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="845"/>
        <source>Make the tool&apos;s structuredContent match its outputSchema, or fix the outputSchema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="853"/>
        <source>redirect_uri differs between the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="854"/>
        <source>The redirect_uri sent to the token endpoint, %1, differs from the one of the authorization request, %2; the authorization server answered %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="857"/>
        <source>An authorization code is exchanged only with exactly the redirect_uri it was issued for (RFC 6749 §4.1.3): scheme, host, port, path and a trailing slash all count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="861"/>
        <source>Send the same redirect_uri, character for character, in both requests (%2 here), and make it one the client registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="866"/>
        <source>Redirect URI differs from the registered ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="867"/>
        <source>The authorization request sent redirect_uri %1, but client %2 registered %3; the authorization server answered HTTP %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="870"/>
        <source>An authorization server accepts only a redirect URI the client registered, compared as a string: scheme, host, port, path and a trailing slash all count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="874"/>
        <source>Send one of the registered redirect URIs exactly, or register %1 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="877"/>
        <source>Authorization code exchanged late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="878"/>
        <source>The authorization code was exchanged %1 s after it was issued, and the authorization server answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="881"/>
        <source>Likely cause: the code expired first. Codes live briefly (RFC 6749 advises at most 10 minutes, many servers allow a minute or less); the redirect_uri matched and a code_verifier was sent, so those are not the cause. A code used twice is refused the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="887"/>
        <source>Exchange the code as soon as the redirect brings it, once; start the flow again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="892"/>
        <source>Authorization code used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="893"/>
        <source>The same authorization code was sent to the token endpoint a second time, and the authorization server answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="896"/>
        <source>An authorization code can be exchanged only once (RFC 6749 §4.1.2); servers may revoke the tokens the first exchange issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="899"/>
        <source>Exchange each code once (no retry of a token request that was answered); start the flow again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="903"/>
        <source>Refresh token reused after rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="904"/>
        <source>A refresh was refused (%1: %2) after an earlier refresh had rotated the refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="907"/>
        <source>The authorization server rotates refresh tokens: each one is accepted once, and the refused request sent one that was already used (the guides&apos; TOKEN_REUSE). Servers then revoke the whole grant, as reuse looks like theft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="912"/>
        <source>Store the refresh token each refresh returns and use only the newest; make sure only one client or process refreshes the same grant. Sign in again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="917"/>
        <source>No PKCE code_challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="918"/>
        <source>The authorization request to %1 carries no code_challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="920"/>
        <source>MCP requires PKCE (RFC 7636) with S256 for every authorization code flow; servers that enforce it refuse the request or the code exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="924"/>
        <source>Send code_challenge=BASE64URL(SHA256(code_verifier)) with code_challenge_method=S256, and the code_verifier with the token request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="929"/>
        <source>PKCE plain instead of S256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="930"/>
        <source>The authorization request to %1 uses code_challenge_method %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="932"/>
        <source>MCP requires the S256 method; plain (also the default when the method is left out) sends the verifier itself, and servers that require S256 refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="936"/>
        <source>Send code_challenge_method=S256 with the SHA-256 challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="939"/>
        <source>No PKCE code_verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="940"/>
        <source>The token request to %1 carries no code_verifier, though the authorization request sent a code_challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="943"/>
        <source>The authorization server cannot check PKCE without the verifier and refuses the code (invalid_grant or invalid_request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="946"/>
        <source>Send the code_verifier generated for this flow with the token request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="949"/>
        <source>Client secret refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="950"/>
        <source>Client %1 authenticated with %2 at %3, and the authorization server answered %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="953"/>
        <source>The client&apos;s credentials were not accepted: a wrong or expired secret, a client id this server does not know, or another authentication method than the one registered (the answer does not tell which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="958"/>
        <source>Check the client secret (copied whole, not expired) and the registered token_endpoint_auth_method; register the client again if it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="962"/>
        <source>Client unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="963"/>
        <source>Client %1 sent no credentials to %2, and the authorization server answered %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="966"/>
        <source>A public client (no secret) is refused this way when its client id is unknown here: registered at another authorization server or environment, expired, or deleted; or the client was registered as confidential and must authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="971"/>
        <source>Register the client with this authorization server (dynamic registration runs again when the stored client is removed), or send the credentials it was registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="976"/>
        <source>Client registered elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="977"/>
        <source>Client %1 was registered at %2, but the token request went to %3, which answered %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="980"/>
        <source>A client id is known only to the authorization server (and environment) that issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="984"/>
        <source>Use a client registered at %3 (register there, or pick the credentials of that environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="989"/>
        <source>Requested scopes not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="990"/>
        <source>Requested scope &quot;%1&quot;, granted &quot;%2&quot;: missing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="991"/>
        <source>The authorization server granted less than asked (RFC 6749 §5.1 scope): the user, a policy or the client&apos;s registration left those scopes out. Calls that need them fail with 403 insufficient_scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="996"/>
        <source>Register the client for those scopes (and the resource server&apos;s scopes_supported), or ask only for what is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1001"/>
        <source>Access token used after it expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1002"/>
        <source>%1 refused the request with HTTP 401 at %2; the access token expired at %3 (%4 s before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1005"/>
        <source>The token&apos;s lifetime (expires_in of the token response, or the JWT&apos;s exp) ran out and it was not refreshed before the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1009"/>
        <source>Refresh the token before it expires (a minute ahead), or on a 401 refresh once and retry; sign in again when the refresh fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1014"/>
        <source>Token for another audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1015"/>
        <source>%1 refused the access token with HTTP 401; the token was issued for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1017"/>
        <source>A resource server accepts only tokens whose audience (aud, or the resource they were requested for with RFC 8707) names it: this token is for another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1021"/>
        <source>Request the token with resource=%1 (the server&apos;s canonical URL, as its resource metadata names it) and use each token only at its own server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1026"/>
        <source>Token not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1027"/>
        <source>%1 answered HTTP 401 to a request without an Authorization header, after an access token for it had been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1030"/>
        <source>The client has a token but did not send it (a request built elsewhere, a proxy that strips the header, or a redirect to another origin that drops it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1034"/>
        <source>Send &quot;Authorization: Bearer &lt;token&gt;&quot; on every request to the server, including the GET stream and the DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1038"/>
        <source>Malformed Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1039"/>
        <source>%1 answered HTTP 401 to an Authorization header with scheme %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1041"/>
        <source>MCP servers expect &quot;Authorization: Bearer &lt;token&gt;&quot; (RFC 6750 §2.1): one space, the scheme Bearer, then the token; a bare token, another scheme or an empty token is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1046"/>
        <source>Send the header as &quot;Bearer &quot; followed by the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1049"/>
        <source>401 without WWW-Authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1050"/>
        <source>%1 answered HTTP 401 without a WWW-Authenticate header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1052"/>
        <source>A 401 must say how to authenticate (RFC 9110 §11.6.1, RFC 6750 §3); without it an MCP client cannot find the resource metadata or the authorization server, and gives up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1056"/>
        <source>Answer 401 with WWW-Authenticate: Bearer resource_metadata=&quot;…&quot; (a proxy in front of the server may be dropping it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1061"/>
        <source>401 without resource_metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1062"/>
        <source>%1 answered HTTP 401 with WWW-Authenticate &quot;%2&quot;, which names no resource_metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1065"/>
        <source>MCP (2025-06-18 and later) has the server name its protected resource metadata (RFC 9728) in the challenge; clients then have to guess the well-known URL, and older ones fall back to 2025-03-26 discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1070"/>
        <source>Add resource_metadata=&quot;&lt;metadata URL&gt;&quot; to the Bearer challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1073"/>
        <source>Metadata issuer differs from its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1074"/>
        <source>The metadata fetched from %2 names issuer %1, but that URL is the one of issuer %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1077"/>
        <source>The issuer in authorization server metadata must be the one its well-known URL was built from (RFC 8414 §3.3), or clients refuse it: usually a proxy, a base URL setting or a trailing slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1082"/>
        <source>Make the metadata&apos;s issuer exactly %3, or serve it under %1&apos;s own well-known URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1086"/>
        <source>Endpoint on another origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1087"/>
        <source>The metadata of issuer %3 puts %1 on another origin: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1089"/>
        <source>Allowed, but unusual outside hosted identity providers: often a base URL setting of the server points at another environment or an internal host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1093"/>
        <source>Check that %2 is the intended endpoint, reachable by clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1096"/>
        <source>Grant types contradict response types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1097"/>
        <source>The metadata lists response_types_supported %1 but grant_types_supported %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1100"/>
        <source>The response type code and the grant type authorization_code belong together: one without the other means the authorization code flow cannot finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1104"/>
        <source>List code with authorization_code (and refresh_token when refresh tokens are issued), or correct the server&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1108"/>
        <source>Authorization server over plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1109"/>
        <source>%1 is %2, plain http on a host that is not loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1111"/>
        <source>OAuth 2.1 and MCP require TLS for the authorization server except on loopback: codes, secrets and tokens would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1115"/>
        <source>Serve the authorization server over https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1117"/>
        <source>Redirect loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1118"/>
        <source>The redirects came back to %1 after %2 hops without reaching a redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1121"/>
        <source>The authorization server (or a proxy, or a login page) sends the browser round in a circle: often a session cookie that is not kept (SameSite, another host name), or a base URL that differs from the one the browser uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1126"/>
        <source>Follow the evidence&apos;s Location headers to see where the circle closes; check the server&apos;s external URL and cookie settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1130"/>
        <source>Clock skew (token times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1131"/>
        <source>A token&apos;s %1 is %2, %3 s ahead of this machine&apos;s clock (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1133"/>
        <source>The authorization server&apos;s clock and this machine&apos;s differ: a token &quot;issued in the future&quot; or not valid yet is refused by resource servers that check iat and nbf with little leeway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1138"/>
        <source>Synchronise both clocks with NTP; resource servers should allow about 60 s of leeway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1144"/>
        <source>Certificate expired (seen in the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1145"/>
        <source>The TLS certificate of %1 (&quot;%2&quot;) expired on %3; the request was made on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1148"/>
        <source>The server still presents a certificate past its end date (or this machine&apos;s clock is far ahead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1150"/>
        <source>Renew the certificate and make the server load the new one (check that automatic renewal, e.g. ACME, runs); check this machine&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1154"/>
        <source>Certificate not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1155"/>
        <source>The TLS certificate of %1 (&quot;%2&quot;) is valid only from %3; the request was made on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1158"/>
        <source>The certificate was issued with a start date in the future, or this machine&apos;s clock is behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1160"/>
        <source>Check this machine&apos;s clock (and the server&apos;s, which issued or installed it); otherwise reissue the certificate with a start date that has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1165"/>
        <location filename="../core/common/findings.cpp" line="1376"/>
        <source>Certificate expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1166"/>
        <source>The TLS certificate of %1 (&quot;%2&quot;) expires on %3, %4 day(s) after this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1169"/>
        <source>Certificates are valid for a fixed time; one that reaches its last 14 days has not been renewed yet, and clients will refuse it once it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1172"/>
        <source>Renew it now, and check that automatic renewal (e.g. ACME/certbot) runs and that the server reloads the renewed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1176"/>
        <source>Certificate names another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1177"/>
        <source>The TLS certificate %1 presented (&quot;%2&quot;) does not list %1 among its names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1180"/>
        <source>The certificate was issued for other host names than the one in the URL: a certificate of another site, a shared server&apos;s or proxy&apos;s default certificate, or an IP address used where the certificate names a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1184"/>
        <source>Connect with a host name the certificate lists, or issue a certificate that includes this one (subjectAltName).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1188"/>
        <source>Self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1189"/>
        <source>%1 presented a self-signed certificate (&quot;%2&quot;), which no authority this machine trusts vouches for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1191"/>
        <source>The certificate signs itself, as development servers&apos; certificates do; clients refuse it unless told to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1194"/>
        <source>Use a certificate from a public or company CA (e.g. Let&apos;s Encrypt, or mkcert&apos;s local CA in development); for a development server, add a TLS exception for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1199"/>
        <source>Incomplete certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1200"/>
        <source>%1 sent its certificate (&quot;%2&quot;) without the intermediate certificate that signed it (&quot;%3&quot;), so the chain cannot be verified (OpenSSL: UNABLE_TO_GET_ISSUER_CERT_LOCALLY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1204"/>
        <source>The server is configured with the leaf certificate alone instead of the full chain. Browsers often fill the gap from their cache or by fetching the intermediate; Node, Python and Qt clients do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1208"/>
        <source>Serve the full chain: the leaf followed by its intermediates in one PEM file (certbot&apos;s fullchain.pem, not cert.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1212"/>
        <source>Certificate authority not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1213"/>
        <source>The certificate chain %1 sent ends at &quot;%2&quot;, issued by &quot;%3&quot;, an authority this machine does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1216"/>
        <source>A private or company CA, or a TLS-inspecting proxy, signed the certificate, and its root is not in this machine&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1219"/>
        <source>Add that root CA to the system&apos;s trust store (Node clients: NODE_EXTRA_CA_CERTS), or use a certificate from a public CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1223"/>
        <source>Weak TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1224"/>
        <source>%1 negotiated %2, a TLS version older than 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1225"/>
        <source>TLS 1.0 and 1.1 are deprecated (RFC 8996); current clients and libraries refuse them by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1227"/>
        <source>Enable TLS 1.2 and 1.3 on the server (or the proxy in front of it) and turn the older versions off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1230"/>
        <source>No common TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1231"/>
        <source>The TLS handshake with %1 failed on the protocol version: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1233"/>
        <source>The server offers only TLS versions this client refuses (TLS 1.0 or 1.1), or only newer ones than it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1236"/>
        <source>Enable TLS 1.2 and 1.3 on the server (or the proxy in front of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1239"/>
        <source>Clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1240"/>
        <source>%1 answered with Date: %2, %3 s off this machine&apos;s clock at the time of the answer (more than %4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1242"/>
        <source>One of the two clocks is wrong. Tokens carry times (iat, nbf, exp) that both sides check, so a skew of minutes makes fresh tokens look expired or not valid yet, and certificates look expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1246"/>
        <source>Synchronise both machines&apos; clocks with NTP (timedatectl set-ntp true, or the OS&apos;s time settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1250"/>
        <source>Streamable HTTP sent to an SSE endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1251"/>
        <source>An initialize request was POSTed to %1 (answered %2), but this server speaks the older HTTP+SSE transport: its event stream is at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1254"/>
        <source>The URL is a 2024-11-05 HTTP+SSE endpoint (a GET opens an event stream whose first event names where to POST), while the client used Streamable HTTP, which POSTs to the endpoint itself (usually /mcp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1258"/>
        <source>Use the server&apos;s Streamable HTTP endpoint if it has one (often /mcp instead of /sse), or choose the HTTP+SSE transport for this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1262"/>
        <source>SSE client at a Streamable HTTP endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1263"/>
        <source>An HTTP+SSE event stream was opened with GET %1 (answered %2), but the server speaks Streamable HTTP there: %3 answers initialize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1266"/>
        <source>The URL is a Streamable HTTP endpoint (POST a message to it), while the client used the older HTTP+SSE transport, which expects a GET event stream with an endpoint event (usually /sse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1270"/>
        <source>Choose the Streamable HTTP transport for this URL, or use the server&apos;s HTTP+SSE endpoint if it still offers one (often /sse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1274"/>
        <source>Not an MCP endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1275"/>
        <source>%1 does not speak the chosen transport (%2): initialize was answered %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1277"/>
        <source>Nothing at this URL understands MCP over this transport: a web page, another API, a path the server does not serve, or a proxy that answers for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1281"/>
        <source>Check the URL (the MCP endpoint is often /mcp, or /sse for the older transport) and the transport; the server&apos;s documentation or start-up log names its endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1286"/>
        <source>Listening stream answered without an event stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1287"/>
        <source>The listening GET stream at %1 was answered %2, neither an event stream nor 405.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1290"/>
        <source>The specification asks a server to answer the listening GET with text/event-stream, or 405 Method Not Allowed when it offers none; anything else leaves a client guessing whether the session still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1294"/>
        <source>Answer the GET with an event stream, or with 405 when the server sends nothing outside requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1297"/>
        <source>Session lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1298"/>
        <source>The server no longer knows session %1: %3 was answered HTTP %2 after the session had been established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1301"/>
        <source>The server forgot the session: it restarted, the session expired, or a load balancer sent the request to another instance that keeps sessions in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1305"/>
        <source>Reconnect to start a new session; on the server, keep sessions in shared storage or use sticky routing, and clients should initialize again on 404 as the specification asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1310"/>
        <source>Event stream dropped without event ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1311"/>
        <source>The event stream answering %1 at %2 ended before its response, and its events carried no id, so it cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1314"/>
        <source>The server (or a proxy&apos;s timeout) closed the stream early and sent no event ids, so a client cannot resume it with Last-Event-ID: the answer is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1318"/>
        <source>Give events ids (an event store in the server SDK) so clients can resume; find why the stream closed (server logs, proxy idle timeouts, buffering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1330"/>
        <source>Slow calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1331"/>
        <source>%1 took %2 ms at the 95th percentile over %3 calls (the slowest %4 ms); the troubleshooting guide alerts above %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1334"/>
        <source>The server answers this call slowly: a slow tool or backend it waits on, an overloaded server, or a slow network between the two. Clients that give up after a fixed time (often 30 s) fail when it gets slower still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1339"/>
        <source>Open the slow calls (this finding&apos;s evidence) and compare their time to first byte with their total: a late first byte is the server&apos;s work, a long tail after it is the transfer. Make the tool faster, report progress for long operations, or raise the client&apos;s timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1348"/>
        <location filename="../core/common/findings.cpp" line="1500"/>
        <source>Intermittent failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1349"/>
        <source>%1 failed %2 of %3 times and succeeded in between, within %4 minutes (first failure: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1352"/>
        <source>The same request works sometimes and fails other times: an overloaded or restarting server, one bad instance behind a load balancer, a backend that times out, or an unstable network. A request that is wrong fails every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1357"/>
        <source>Compare the failed calls with the ones that succeeded (this finding&apos;s evidence): the time they failed, the status or network error. Retry server errors with exponential backoff, and ask the server&apos;s operator about instances, restarts and timeouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1367"/>
        <source>Plain HTTP to a remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1368"/>
        <source>%1 is plain http on a host that is not loopback: tokens and tool data cross the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1370"/>
        <source>The server is reached without TLS. MCP requires HTTPS for authorization endpoints and remote servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1373"/>
        <source>Serve the MCP endpoint over HTTPS (a reverse proxy with a certificate will do) and use its https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1377"/>
        <source>The TLS certificate of %1 expires on %2, in %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1379"/>
        <source>The certificate is close to the end of its validity; clients will refuse it once it has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1381"/>
        <source>Renew the certificate now and make sure renewal is automated (e.g. ACME with a timer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1385"/>
        <source>CORS preflight refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1386"/>
        <source>The CORS preflight OPTIONS %1 from origin %2 was answered HTTP %3 with Access-Control-Allow-Origin &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1389"/>
        <source>A browser-based MCP client (such as the Inspector in direct mode) sends this preflight before every POST; without a 2xx answer that allows its origin, the browser blocks the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1393"/>
        <source>Answer OPTIONS on the MCP endpoint with 204 and Access-Control-Allow-Origin set to the client&apos;s origin (or *), e.g. with the cors middleware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1398"/>
        <source>CORS preflight does not allow what MCP sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1399"/>
        <source>The CORS preflight of %1 does not allow %2 (Access-Control-Allow-Methods: &quot;%3&quot;, Access-Control-Allow-Headers: &quot;%4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1402"/>
        <source>A browser-based MCP client sends POST with Authorization, Content-Type, Mcp-Session-Id, Mcp-Protocol-Version and Last-Event-Id; the browser refuses to send what the preflight does not allow (a wildcard does not cover Authorization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1407"/>
        <source>List POST, GET and DELETE in Access-Control-Allow-Methods and each of those headers by name in Access-Control-Allow-Headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1411"/>
        <source>Answer not readable by a browser client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1412"/>
        <source>A browser-based client could not use the answer to POST %1 from origin %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1415"/>
        <source>Browsers hide a cross-origin answer without a matching Access-Control-Allow-Origin, and hide every header not listed in Access-Control-Expose-Headers: the client then loses the session id or the authorization challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1420"/>
        <source>Send Access-Control-Allow-Origin on every answer (not only the preflight) and list Mcp-Session-Id and WWW-Authenticate in Access-Control-Expose-Headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1425"/>
        <source>No MCP transport answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1426"/>
        <source>%1 did not initialize over any transport tried: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1427"/>
        <source>The URL does not lead to an MCP endpoint: another path (/mcp for Streamable HTTP, /sse for the 2024-11-05 HTTP+SSE transport), a web page or proxy in front of it, or a server that does not speak MCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1431"/>
        <source>Check the endpoint path in the server&apos;s documentation or logs (Streamable HTTP servers usually serve /mcp, older ones /sse), and that nothing in front of it answers instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1436"/>
        <source>No Streamable HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1437"/>
        <source>%1 did not initialize over Streamable HTTP (%2); the older HTTP+SSE transport (2024-11-05) is tried next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1440"/>
        <source>The server speaks only the deprecated HTTP+SSE transport, or the URL is its /sse endpoint: clients that speak only the current transport cannot connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1444"/>
        <source>Use the server&apos;s Streamable HTTP endpoint (usually /mcp) if it has one, or upgrade the server to an SDK that serves Streamable HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1448"/>
        <source>401 without a Bearer challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1449"/>
        <source>%1 answered HTTP %2 without a Bearer challenge (WWW-Authenticate: &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1452"/>
        <source>An MCP client learns where to sign in from the 401&apos;s WWW-Authenticate: Bearer header (with resource_metadata, RFC 9728); without it no client can start the OAuth flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1456"/>
        <source>Answer unauthenticated requests with 401 and WWW-Authenticate: Bearer resource_metadata=&quot;&lt;the protected resource metadata URL&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1460"/>
        <source>No protected resource metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1461"/>
        <source>%1 requires authorization but publishes no protected resource metadata: tried %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1464"/>
        <source>MCP clients find the authorization server through the protected resource metadata (RFC 9728), named by resource_metadata in the 401 or served at /.well-known/oauth-protected-resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1468"/>
        <source>Serve the metadata (resource, authorization_servers) at the well-known URL and name it in the 401&apos;s WWW-Authenticate header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1472"/>
        <source>Basic operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1473"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1474"/>
        <source>The server initialized but refused or failed a basic request every client sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1477"/>
        <source>Read the server&apos;s answer and logs for this method; a server should answer the lists of the capabilities it declares, and ping always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1481"/>
        <source>Requests failed under a short burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1482"/>
        <source>%1 of %2 pings sent at once failed; the first: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1483"/>
        <source>The server (or a proxy or rate limiter in front of it) cannot take a handful of concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1485"/>
        <source>Check the server&apos;s concurrency limits, worker pool and rate limits, and its logs at the time of the burst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1489"/>
        <source>Slow answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1490"/>
        <source>Of %1 pings sent at once, the p95 latency was %2 ms (p50 %3 ms), above %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1493"/>
        <source>The troubleshooting guide alerts when the P95 response time exceeds 2 seconds: the server, its host or the network is slow or overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1496"/>
        <source>Compare time to first byte with total time in the Connection Doctor&apos;s exchanges; profile the server and the path to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1501"/>
        <source>%1 of %2 identical %3 requests failed, the others succeeded; the first failure: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1504"/>
        <source>Failures that come and go point at an unstable network, a load balancer with a bad backend, a rate limiter or an overloaded server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1507"/>
        <source>Look at the failed exchanges&apos; status and timing; check each backend behind the load balancer and the server&apos;s logs at those times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1513"/>
        <source>Headers did not match the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1514"/>
        <source>The server refused %1 with HeaderMismatch (-32020): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1516"/>
        <source>MCP 2026-07-28 mirrors the method, the name and the arguments a tool designates (x-mcp-header) into Mcp-Method, Mcp-Name and Mcp-Param-* headers; the server found one missing or different from the body. A proxy that rewrites headers, or a tool schema that changed since tools/list, causes it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1522"/>
        <source>List the tools again and retry; compare the request&apos;s headers with its body in the exchange; check what sits between client and server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1526"/>
        <source>The server needs a client capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1527"/>
        <source>The server refused %1 for want of client capabilities (-32021): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1529"/>
        <source>In MCP 2026-07-28 each request declares the client&apos;s capabilities in _meta; this request needs one McpScope did not declare for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1532"/>
        <source>Enable the capability (elicitation, sampling, roots) in the session&apos;s settings, or use the tool without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1536"/>
        <source>Tool excluded: invalid x-mcp-header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1537"/>
        <source>Tool &quot;%1&quot; was left out of tools/list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1538"/>
        <source>MCP 2026-07-28 lets a tool&apos;s inputSchema mirror arguments into Mcp-Param-* headers with x-mcp-header, and requires clients to reject a tool whose declaration is invalid (empty, not a header token, duplicate, on a non-primitive or unreachable property).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1543"/>
        <source>Fix the tool&apos;s inputSchema on the server; the other tools stay usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1547"/>
        <source>server/discover answer breaks the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1548"/>
        <source>The server/discover result does not match the 2026-07-28 schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1550"/>
        <source>The server implements discovery incompletely or for a draft of the revision. McpScope used what it could read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1553"/>
        <source>Compare the result with DiscoverResult in the 2026-07-28 schema and fix the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1557"/>
        <source>The server kept asking for input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1558"/>
        <source>The server kept asking for input on %1 (%2 rounds); McpScope gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1560"/>
        <source>A multi round-trip request answered input_required again and again: the server does not accept the answers, or loops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1563"/>
        <source>Look at the rounds in the capture: the inputResponses sent and what the server asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1567"/>
        <source>No protocol version in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1568"/>
        <source>The server refused protocol version %1 and supports only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1570"/>
        <source>The server does not speak a revision McpScope speaks in this era.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1572"/>
        <source>Choose another era (--era legacy or modern), or upgrade the server or McpScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1579"/>
        <source>Issuer missing from the redirect (RFC 9207)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1580"/>
        <source>The authorization server %1 advertises authorization_response_iss_parameter_supported, but its redirect carries no iss: the code was not redeemed (a possible mix-up attack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1584"/>
        <source>A server that says it sends iss must send it with every authorization response; a response without it may come from another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1587"/>
        <source>Check the authorization server&apos;s redirect (or its metadata, if it does not send iss), then start the flow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1591"/>
        <source>No assertion for the JWT bearer grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1592"/>
        <source>The %1 flow needs %2, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1593"/>
        <source>Workload identity presents a JWT from the workload&apos;s identity provider; enterprise-managed authorization presents the user&apos;s ID token to the enterprise IdP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1597"/>
        <source>Give it: --assertion FILE (workload identity), or --idp-token-endpoint, --idp-client-id and --id-token FILE (enterprise-managed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1601"/>
        <source>DPoP nonce refused again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1602"/>
        <source>%1 asked for a new DPoP nonce %2 times in a row; McpScope stops here rather than loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1605"/>
        <source>The server answers every proof with use_dpop_nonce: its nonce changes faster than it is used, or it does not accept the nonce it issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1608"/>
        <source>Check the server&apos;s DPoP nonce handling (RFC 9449 §8, §9), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1612"/>
        <source>The IdP&apos;s token exchange answer is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1613"/>
        <source>The identity provider&apos;s token exchange answer is not an ID-JAG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1615"/>
        <source>RFC 8693 answers carry access_token and issued_token_type; an ID-JAG has issued_token_type urn:ietf:params:oauth:token-type:id-jag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1618"/>
        <source>Check that the IdP supports Identity Assertion JWT Authorization Grants for this client, audience and resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1734"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1736"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/findings.cpp" line="1738"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/rules_oauth.cpp" line="126"/>
        <source>(none: plain by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/rules_oauth.cpp" line="298"/>
        <source>(its id is in the redacted Basic header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/rules_oauth.cpp" line="383"/>
        <source>(none: a bare value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/rules_oauth.cpp" line="447"/>
        <source>absent</source>
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
    <name>mcpscope::FindingsStore</name>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="69"/>
        <location filename="../core/capture/findings_store.cpp" line="96"/>
        <source>Could not open the capture store %1 for findings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="78"/>
        <source>The capture store %1 has no findings table yet: open it with the capture store first, which upgrades it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="105"/>
        <source>The capture store %1 was written before findings were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="132"/>
        <location filename="../core/capture/findings_store.cpp" line="160"/>
        <source>The findings store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="139"/>
        <location filename="../core/capture/findings_store.cpp" line="153"/>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/findings_store.cpp" line="168"/>
        <location filename="../core/capture/findings_store.cpp" line="173"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::FindingsTreeModel</name>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="253"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="255"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="259"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="268"/>
        <source>#%1</source>
        <extracomment>A finding&apos;s session: its number, then its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="268"/>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="305"/>
        <source>Exchange #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="310"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="312"/>
        <source>#%1  %2  %3 %4 → %5</source>
        <extracomment>An evidence exchange: its number, time, method, URL and status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="444"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="446"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="448"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="450"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/findings_tree_model.cpp" line="452"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::FindingsView</name>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="281"/>
        <source>Errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="282"/>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="283"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/findings_view.cpp" line="286"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding(s)</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/findings_view.cpp" line="287"/>
        <source>%1 of %n finding(s) shown</source>
        <translation>
            <numerusform>%1 of %n finding(s) shown</numerusform>
            <numerusform>%1 of %n findings shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="290"/>
        <source>No findings in this capture. McpScope&apos;s rules look at every exchange as it is captured, imported or opened, and the Connection Doctor (Tools menu) walks a server through the troubleshooting guides&apos; checks on demand; what they find is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="294"/>
        <source>The severity buttons or the filter hide every finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="295"/>
        <source>Select a finding to see what was seen, its cause, the fix and the exchanges that show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/findings_view.cpp" line="315"/>
        <source>%1 · %n finding(s)</source>
        <translation>
            <numerusform>%1 · %n finding(s)</numerusform>
            <numerusform>%1 · %n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="319"/>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="320"/>
        <location filename="../ui/diagnostics/findings_view.cpp" line="338"/>
        <source>Likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="322"/>
        <location filename="../ui/diagnostics/findings_view.cpp" line="340"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/findings_view.cpp" line="326"/>
        <source>Evidence: %n exchange(s) (Show in Log lists them)</source>
        <translation>
            <numerusform>Evidence: %n exchange (Show in Log lists them)</numerusform>
            <numerusform>Evidence: %n exchanges (Show in Log lists them)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="336"/>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="341"/>
        <source>Evidence: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="342"/>
        <source>Evidence: exchange %1 (double-click the finding to show it in the capture log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="346"/>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="378"/>
        <source>the findings “%1”</source>
        <extracomment>Where the log&apos;s filter came from: a finding&apos;s (or a kind&apos;s) title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="379"/>
        <source>the finding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="385"/>
        <source>Filter findings (title, kind, summary)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="386"/>
        <source>Show errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="387"/>
        <source>Show warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="388"/>
        <source>Show notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="389"/>
        <source>Show in Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/findings_view.cpp" line="390"/>
        <source>Show the selected finding&apos;s exchanges in the capture log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Handler</name>
    <message>
        <location filename="../core/export/har_reader.cpp" line="143"/>
        <source>a string of %1 bytes is longer than the import limit (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="172"/>
        <source>the file has no &quot;log&quot; object: it is JSON, but not a HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="174"/>
        <source>log.entries is missing (HAR 1.2 requires it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="274"/>
        <source>a payload of more than %1 bytes is longer than the import limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="297"/>
        <source>the top level is not an object: not a HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="304"/>
        <location filename="../core/export/har_reader.cpp" line="359"/>
        <source>an entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="325"/>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="329"/>
        <source>the top level is an array: not a HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="338"/>
        <source>&quot;log&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="342"/>
        <source>&quot;log&quot; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="349"/>
        <source>log.entries must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="351"/>
        <source>log.entries appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="461"/>
        <source>%1.%2 is missing (HAR 1.2 requires it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="464"/>
        <source>%1.%2 must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="474"/>
        <source>an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="487"/>
        <location filename="../core/export/har_reader.cpp" line="532"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="493"/>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="499"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="513"/>
        <source>base64, as its _encoding says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="538"/>
        <source>a number from 0 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="553"/>
        <source>base64, as its encoding says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::HarReader</name>
    <message>
        <location filename="../core/export/har_reader.cpp" line="596"/>
        <source>The HAR import was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="603"/>
        <source>The HAR file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="614"/>
        <source>at byte %1, in entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="615"/>
        <source>at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="622"/>
        <source>Not a usable HAR %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="627"/>
        <source>The HAR file ends early %1: it is cut short (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_reader.cpp" line="631"/>
        <source>The HAR file is not valid JSON %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::HarWriter</name>
    <message>
        <location filename="../core/export/har_writer.cpp" line="1010"/>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::HeadGuard</name>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="92"/>
        <source>The request head is over %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="95"/>
        <source>Send the body with a Content-Length; chunked bodies are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="99"/>
        <source>The request body is over the mock&apos;s cap of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::HistoryTab</name>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="71"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="77"/>
        <source>The answer of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="85"/>
        <source>Open in form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="87"/>
        <source>Put the tool and its arguments in the Tools tab&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="88"/>
        <location filename="../ui/session/history_tab.cpp" line="276"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="90"/>
        <source>Call the tool again with the same arguments, in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="91"/>
        <source>Edit and replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="93"/>
        <source>Show exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="95"/>
        <source>The HTTP exchanges that carried the call, in the capture log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="132"/>
        <location filename="../ui/session/history_tab.cpp" line="208"/>
        <source>No tool calls yet: the calls made to this server, in this session and earlier ones, are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="176"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="179"/>
        <source>Tool error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="183"/>
        <source>JSON-RPC error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="187"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="194"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="197"/>
        <source>this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="198"/>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/history_tab.cpp" line="210"/>
        <source>%n call(s) to this server, newest first (this session and earlier ones; kept in the capture store).</source>
        <translation>
            <numerusform>%n call to this server, newest first (this session and earlier ones; kept in the capture store).</numerusform>
            <numerusform>%n calls to this server, newest first (this session and earlier ones; kept in the capture store).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="242"/>
        <source>Not connected: reconnect to replay the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="247"/>
        <source>Replaying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="251"/>
        <source>%1 replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="252"/>
        <source>%1 replayed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="265"/>
        <source>Edit and replay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="267"/>
        <source>Arguments of %1 (JSON object):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/history_tab.cpp" line="285"/>
        <source>Not replayed: the arguments are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::HttpCall</name>
    <message>
        <location filename="../core/net/http_client.cpp" line="112"/>
        <source>TLS errors ignored by the exception for this host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="156"/>
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
    <name>mcpscope::Importer</name>
    <message>
        <location filename="../core/export/har_import.cpp" line="82"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="138"/>
        <location filename="../core/export/har_import.cpp" line="174"/>
        <location filename="../core/export/har_import.cpp" line="385"/>
        <source>The capture store could not create a session for the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="180"/>
        <location filename="../core/export/har_import.cpp" line="278"/>
        <location filename="../core/export/har_import.cpp" line="348"/>
        <source>The capture store could not reserve ids for the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="227"/>
        <source>The HAR has no response for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="240"/>
        <source>log.entries[%1].response.content: encoding &quot;%2&quot; is not one McpScope knows; the body is stored as the HAR has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="434"/>
        <source>The capture store wrote %1 of the %2 imported exchanges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/har_import.cpp" line="448"/>
        <source>A finding of a kind this McpScope does not know (%1) was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::IncidentReport</name>
    <message>
        <location filename="../core/export/incident_report.cpp" line="269"/>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="273"/>
        <source>(%1 bytes of binary data, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="282"/>
        <source>[cut here: %1 of %2 bytes shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="288"/>
        <source>[the capture kept only part of this body: %1 bytes were received]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="309"/>
        <source>The capture store has no session %1: list them with &apos;mcpscope-cli sessions&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="373"/>
        <source>%1 (asked for; no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="384"/>
        <source>JSON-RPC error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="393"/>
        <source>tool error (isError)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="441"/>
        <source>HTTP (no MCP session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="443"/>
        <source>stdio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="445"/>
        <source>HTTP+SSE (2024-11-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="447"/>
        <source>Streamable HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="500"/>
        <source>stream closed by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="502"/>
        <source>no listening stream offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="504"/>
        <source>failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="506"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="508"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="535"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="557"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="557"/>
        <source>no HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="560"/>
        <source>network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="571"/>
        <location filename="../core/export/incident_report.cpp" line="600"/>
        <source>JSON-RPC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="571"/>
        <location filename="../core/export/incident_report.cpp" line="600"/>
        <source>tool error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="575"/>
        <source>Exchange %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="590"/>
        <source>(no response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="598"/>
        <source>Message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="606"/>
        <source>(the request was not captured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="621"/>
        <source>Likely cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="621"/>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="623"/>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="676"/>
        <location filename="../core/export/incident_report.cpp" line="816"/>
        <location filename="../core/export/incident_report.cpp" line="846"/>
        <source>McpScope incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="677"/>
        <location filename="../core/export/incident_report.cpp" line="848"/>
        <source>Generated %1 by McpScope %2. Secrets were redacted before the capture was stored and again for this report; every text that came from a server is shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="683"/>
        <location filename="../core/export/incident_report.cpp" line="854"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="689"/>
        <location filename="../core/export/incident_report.cpp" line="862"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="693"/>
        <location filename="../core/export/incident_report.cpp" line="865"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="693"/>
        <source>session kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="695"/>
        <location filename="../core/export/incident_report.cpp" line="866"/>
        <source>Protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="696"/>
        <location filename="../core/export/incident_report.cpp" line="867"/>
        <source>unknown (no initialize answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="698"/>
        <location filename="../core/export/incident_report.cpp" line="869"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="698"/>
        <location filename="../core/export/incident_report.cpp" line="869"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="699"/>
        <location filename="../core/export/incident_report.cpp" line="870"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="700"/>
        <location filename="../core/export/incident_report.cpp" line="871"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="702"/>
        <location filename="../core/export/incident_report.cpp" line="873"/>
        <source>still open (last seen %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="703"/>
        <location filename="../core/export/incident_report.cpp" line="875"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="705"/>
        <location filename="../core/export/incident_report.cpp" line="877"/>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="705"/>
        <location filename="../core/export/incident_report.cpp" line="878"/>
        <source>%1 HTTP exchanges, %2 JSON-RPC messages, %3 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="711"/>
        <location filename="../core/export/incident_report.cpp" line="885"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="717"/>
        <source>%1 lines; the first %2, the last %3 and every failure are shown. Failing lines start with !.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="724"/>
        <source>Failing lines start with !.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="729"/>
        <location filename="../core/export/incident_report.cpp" line="742"/>
        <source>  … %1 lines left out …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="745"/>
        <location filename="../core/export/incident_report.cpp" line="898"/>
        <source>(nothing was captured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="748"/>
        <location filename="../core/export/incident_report.cpp" line="928"/>
        <source>Failing exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="750"/>
        <location filename="../core/export/incident_report.cpp" line="768"/>
        <location filename="../core/export/incident_report.cpp" line="930"/>
        <location filename="../core/export/incident_report.cpp" line="948"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="752"/>
        <location filename="../core/export/incident_report.cpp" line="933"/>
        <source>The first %1 of %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="760"/>
        <location filename="../core/export/incident_report.cpp" line="901"/>
        <location filename="../core/export/incident_report.cpp" line="940"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="762"/>
        <location filename="../core/export/incident_report.cpp" line="942"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="766"/>
        <location filename="../core/export/incident_report.cpp" line="946"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="775"/>
        <location filename="../core/export/incident_report.cpp" line="955"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="777"/>
        <location filename="../core/export/incident_report.cpp" line="957"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="781"/>
        <location filename="../core/export/incident_report.cpp" line="961"/>
        <source>exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="783"/>
        <location filename="../core/export/incident_report.cpp" line="963"/>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="785"/>
        <location filename="../core/export/incident_report.cpp" line="965"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="790"/>
        <location filename="../core/export/incident_report.cpp" line="903"/>
        <location filename="../core/export/incident_report.cpp" line="971"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="792"/>
        <location filename="../core/export/incident_report.cpp" line="973"/>
        <source>No request was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="795"/>
        <location filename="../core/export/incident_report.cpp" line="977"/>
        <source>Method / tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="795"/>
        <location filename="../core/export/incident_report.cpp" line="978"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="796"/>
        <location filename="../core/export/incident_report.cpp" line="981"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="864"/>
        <source>Server software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="865"/>
        <source>%1 (session kind %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="892"/>
        <source>%1 lines; the first %2, the last %3 and every failure are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="901"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="902"/>
        <source>JSON-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="903"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="908"/>
        <source>… %1 lines left out …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/incident_report.cpp" line="1005"/>
        <source>Could not write the incident report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::InterfaceDiffView</name>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="131"/>
        <source>Interface: %1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="144"/>
        <source>Old: %1
New: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="145"/>
        <source>Reading both interfaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="163"/>
        <location filename="../ui/replay/interface_diff_view.cpp" line="166"/>
        <location filename="../ui/replay/interface_diff_view.cpp" line="169"/>
        <location filename="../ui/replay/interface_diff_view.cpp" line="183"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="197"/>
        <source>Interface of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="226"/>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="235"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="236"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="237"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="238"/>
        <source>Resource templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="239"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="251"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="255"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="259"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="279"/>
        <source>%1 (not compared: one side never listed them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/interface_diff_view.cpp" line="280"/>
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="295"/>
        <source>No changes: the two interfaces are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/interface_diff_view.cpp" line="298"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="314"/>
        <location filename="../ui/replay/interface_diff_view.cpp" line="316"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/interface_diff_view.cpp" line="322"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::InterfaceSnapshotJob</name>
    <message>
        <location filename="../core/replay/interface_diff.cpp" line="363"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonChangeModel</name>
    <message>
        <location filename="../models/json_change_model.cpp" line="21"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="31"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="33"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="37"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="54"/>
        <source>(whole document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="103"/>
        <source>JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="105"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="107"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json_change_model.cpp" line="109"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonDiff</name>
    <message>
        <location filename="../core/replay/json_diff.cpp" line="594"/>
        <source>The JSON is nested more than %1 levels deep, so it was not compared. Compare a member further down instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonSchemaValidator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="480"/>
        <source>The schema is too complex to evaluate (over %1 steps); validation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonTreeView</name>
    <message>
        <location filename="../ui/common/json_view.cpp" line="167"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="167"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonView</name>
    <message>
        <location filename="../ui/common/json_view.cpp" line="200"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="205"/>
        <source>Copy the JSON text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="221"/>
        <source>Copied %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="234"/>
        <source>%1 lines, in the order the server sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/json_view.cpp" line="235"/>
        <source>Not valid JSON: shown as received</source>
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
        <location filename="../core/mcp/http_transports.cpp" line="491"/>
        <source>An event on the SSE stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="506"/>
        <source>the SSE stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="508"/>
        <source>The SSE endpoint answered HTTP %1 instead of an event stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="509"/>
        <source>The server closed the SSE stream; every answer travels on it, so no pending request can be answered any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="513"/>
        <source>No endpoint event arrived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="520"/>
        <source>the SSE stream is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="522"/>
        <source>the SSE stream is open, waiting for its endpoint event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="523"/>
        <source>the SSE stream is open; messages are posted to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::LogPage</name>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="732"/>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="742"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="742"/>
        <source>1xx informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="742"/>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="743"/>
        <source>3xx redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="743"/>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="743"/>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="744"/>
        <source>Failed (no response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="682"/>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="659"/>
        <source>Exchange %1 carried no JSON-RPC message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="683"/>
        <source>Copy request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="684"/>
        <source>Copy response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="685"/>
        <source>Compare responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="686"/>
        <source>Select two rows to compare their responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="687"/>
        <location filename="../ui/capture/log_page.cpp" line="1008"/>
        <source>Replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="688"/>
        <source>Send this request again, edited first, and compare the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="689"/>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="690"/>
        <source>The HTTP exchanges, with the MCP call each carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="691"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="693"/>
        <source>The JSON-RPC messages: a request and its answer on one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="694"/>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="695"/>
        <source>Lift every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="696"/>
        <location filename="../ui/capture/log_page.cpp" line="710"/>
        <source>Show exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="698"/>
        <source>The HTTP exchange that carried this message: headers, bodies, timing, TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="699"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="701"/>
        <source>The request as a curl command; values the capture redacted stay redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="702"/>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="703"/>
        <source>Show in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="704"/>
        <source>Filter by this method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="705"/>
        <source>Filter by this tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="706"/>
        <source>Filter by this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="707"/>
        <source>Filter by this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="708"/>
        <source>Show messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="709"/>
        <source>The JSON-RPC messages this exchange carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="711"/>
        <source>Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="713"/>
        <source>Export the selected exchanges (HAR, JSON or a capture bundle), redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="715"/>
        <source>Search (full text), or filter: method:tools/call tool:echo status:4xx latency:&gt;500ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="717"/>
        <source>Free words search URLs and bodies. Filters: method:&lt;JSON-RPC or HTTP method&gt;, tool:&lt;name or uri&gt;, status:&lt;4xx|404|failed&gt;, latency:&lt;&gt;500ms|&lt;2s&gt;, session:&lt;id&gt;, after:&lt;ISO time&gt;, before:&lt;ISO time&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/log_page.cpp" line="722"/>
        <source>Filtered: %n exchange(s) from Analytics</source>
        <translation>
            <numerusform>Filtered: %n exchange from Analytics</numerusform>
            <numerusform>Filtered: %n exchanges from Analytics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/log_page.cpp" line="724"/>
        <source>Filtered: %n exchange(s) of %1</source>
        <translation>
            <numerusform>Filtered: %n exchange of %1</numerusform>
            <numerusform>Filtered: %n exchanges of %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="726"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="727"/>
        <source>Show every exchange again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="776"/>
        <source>%1  ×</source>
        <extracomment>A filter chip: the filter, then × to remove it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="777"/>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="803"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="809"/>
        <source>HTTP method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capture/log_page.cpp" line="822"/>
        <source>%n chosen exchange(s)</source>
        <translation>
            <numerusform>%n chosen exchange</numerusform>
            <numerusform>%n chosen exchanges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="861"/>
        <source>text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1050"/>
        <source>→ sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1050"/>
        <source>← received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1052"/>
        <source>(message %1, exchange %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1053"/>
        <source>(message %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1055"/>
        <source>after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1071"/>
        <location filename="../ui/capture/log_page.cpp" line="1146"/>
        <location filename="../ui/capture/log_page.cpp" line="1170"/>
        <source>Exchange %1 is no longer in the capture file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1078"/>
        <source>Copied as curl. Values the capture redacted (tokens, secrets) stay redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1155"/>
        <source>#%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/log_page.cpp" line="1162"/>
        <source>Compare responses: #%1 and #%2</source>
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
        <location filename="../core/oauth/loopback_receiver.cpp" line="132"/>
        <source>Not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="132"/>
        <source>This address only takes the authorization response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="136"/>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="137"/>
        <source>McpScope already received the authorization response. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="148"/>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="154"/>
        <source>Sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="154"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="156"/>
        <source>The authorization server answered &quot;%1&quot;. Return to McpScope for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/loopback_receiver.cpp" line="159"/>
        <source>McpScope received the authorization response. You can close this tab and return to McpScope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="450"/>
        <source>%n exchange(s) shown</source>
        <translation>
            <numerusform>%n exchange shown</numerusform>
            <numerusform>%n exchanges shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>Capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221"/>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>%1 %2 → %3 in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>Diagnostic rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296"/>
        <source>Import a Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>HAR files and capture bundles (*.har *.mcpscope);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="364"/>
        <source>About McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365"/>
        <source>McpScope %1
A workbench for debugging OAuth-protected MCP servers.
Captures are stored in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="378"/>
        <source>McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="379"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="380"/>
        <source>&amp;New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381"/>
        <source>&amp;Connect to MCP Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>Capture log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="389"/>
        <source>Export sessions as HAR, JSON, a capture bundle or an incident report, redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="390"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="391"/>
        <source>Import a HAR or a .mcpscope capture bundle as new sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="392"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="393"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="394"/>
        <source>&amp;Find in Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="395"/>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="396"/>
        <source>&amp;Follow New Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="402"/>
        <source>&amp;OAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <source>OAuth &amp;Flow Inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="404"/>
        <source>Token &amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="405"/>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="406"/>
        <source>&amp;Analytics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="408"/>
        <source>Latency, errors, authentication and rate limiting over the whole store or chosen sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="410"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="411"/>
        <source>Connection &amp;Doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>Check a server stage by stage (connectivity, HTTP, CORS, MCP, authentication, operations, performance, intermittency) and say where it fails and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="415"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="416"/>
        <source>&amp;About McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="417"/>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="419"/>
        <source>Connect, open a capture, import a HAR, or pick a recent server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="420"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="421"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="592"/>
        <source>HTTP requests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="653"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="837"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="892"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="901"/>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="904"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="930"/>
        <source>Imported %n session(s) from %1</source>
        <translation>
            <numerusform>Imported %n session from %1</numerusform>
            <numerusform>Imported %n sessions from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="932"/>
        <source>: %n exchange(s).</source>
        <translation>
            <numerusform>: %n exchange.</numerusform>
            <numerusform>: %n exchanges.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1053"/>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1059"/>
        <source>&amp;Regression Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1062"/>
        <source>Compare &amp;Interface With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1065"/>
        <source>&amp;Mock This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1069"/>
        <source>&amp;Copy Session Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1125"/>
        <source>Mock This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="578"/>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="383"/>
        <source>&amp;Open Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="385"/>
        <source>Open a capture store or a .mcpscope bundle read-only, in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="386"/>
        <source>Open &amp;Recent Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="617"/>
        <source>Plain HTTP request (no session headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="698"/>
        <location filename="../ui/main_window.cpp" line="722"/>
        <source>OAuth flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="714"/>
        <source>Could not open a browser; open this URL yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="733"/>
        <source>Token vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="754"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="807"/>
        <source>Exchange %1 is not in the capture log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="397"/>
        <source>&amp;Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="399"/>
        <source>&amp;System</source>
        <extracomment>The palette follows the desktop&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="400"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpAuthorizer</name>
    <message>
        <location filename="../core/session/mcp_authorizer.cpp" line="53"/>
        <source>The stored credential is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpCallText</name>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="25"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="26"/>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="31"/>
        <source>error %1: %2</source>
        <extracomment>A JSON-RPC error: its code and the server&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="46"/>
        <source>isError</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="46"/>
        <source>isError: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="48"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mcp_call_info.cpp" line="88"/>
        <source>answer to request %1</source>
        <extracomment>An exchange that carried the client&apos;s answer to a server request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/mcp_call_info.cpp" line="93"/>
        <source>%n message(s): %1</source>
        <extracomment>The methods a stream brought: &quot;3 messages: ping, …&quot;</extracomment>
        <translation>
            <numerusform>%n message: %1</numerusform>
            <numerusform>%n messages: %1</numerusform>
        </translation>
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
        <location filename="../core/mcp/mcp_client.cpp" line="156"/>
        <source>The server requires authorization (HTTP %1) to open its event stream. Sign in to it (OAuth) or add an Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="163"/>
        <source>The server still refuses its event stream (HTTP %1) after %2 authorizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="174"/>
        <source>Authorization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="200"/>
        <source>The server still refuses %1 (HTTP %2) after %3 authorizations; McpScope stops here rather than loop. The server may ask for a scope the authorization server never grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="228"/>
        <source>Authorization for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="281"/>
        <source>Could not connect: Streamable HTTP was refused (%1), and the HTTP+SSE fallback failed too (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="285"/>
        <location filename="../core/mcp/mcp_client.cpp" line="412"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="381"/>
        <source>server/discover lists %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="390"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="394"/>
        <source>The server does not support protocol version %1: its server/discover lists %2. Connect in the legacy era (or auto) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="400"/>
        <source>its server/discover lists %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="417"/>
        <source>The server did not answer server/discover as a %1 server, so it most likely speaks only the legacy era (initialize); connect with era legacy or auto. What it answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="429"/>
        <source>The server does not speak MCP %1 (server/discover: %2); using the initialize handshake of the legacy era.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="464"/>
        <source>Streamable HTTP was refused (%1); trying the HTTP+SSE transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="474"/>
        <source>The server did not complete initialize: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="482"/>
        <source>The server answered initialize with protocol version %1, a revision of the modern era, which has no initialize: the server mixes the eras. Connect with era modern to speak %1 without initialize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="492"/>
        <source>The server answered with protocol version &quot;%1&quot;, which McpScope does not speak (it speaks %2). Upgrade McpScope or configure the server for one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="527"/>
        <location filename="../core/mcp/mcp_client.cpp" line="554"/>
        <source>The params of %1 are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="544"/>
        <source>Not sent: a request id is a string or an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="546"/>
        <source>Not sent: a request with id %1 is still waiting for its answer; give this one another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="700"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="712"/>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="721"/>
        <source>The session was closed, so %1 was not sent. Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="755"/>
        <source>The server answered request id %1, which is not pending (unknown, or already answered or timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="768"/>
        <source>The server&apos;s answer to %1 has no resultType, which %2 servers must send (it answers like an earlier revision); taken as complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="799"/>
        <source>%1 failed with JSON-RPC error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="828"/>
        <source>The server reused request id %1 while that request is still waiting; the second one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="892"/>
        <source>Progress for token %1, which belongs to no active request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="957"/>
        <source>The session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="977"/>
        <source>Ignored a message the server sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="984"/>
        <source>The server&apos;s answer to %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="986"/>
        <source>The server sent a message that cannot be read while %1 was the only request waiting, so it was most likely its answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1079"/>
        <source>The server refused protocol version %1 for %2 although it lists %3; retrying once with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1097"/>
        <source>The server kept asking for input (%1 rounds) on %2; McpScope stopped there rather than loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1106"/>
        <source>%1 asked for input McpScope cannot act on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1146"/>
        <source>%1 needs an answer to the server&apos;s %2 input request &quot;%3&quot;, which McpScope could not give: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1168"/>
        <source>The request that asked for it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="1219"/>
        <source>subscriptions/listen belongs to MCP %1; this session speaks the legacy era, where the listening stream and resources/subscribe deliver notifications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSession</name>
    <message>
        <location filename="../core/session/mcp_session.cpp" line="57"/>
        <source>This session was opened before; a session is opened once. Start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/mcp_session.cpp" line="62"/>
        <source>A stdio session needs the command line that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/mcp_session.cpp" line="70"/>
        <source>MCP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSessionView</name>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="59"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="61"/>
        <source>Start a new session with the same server and transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="102"/>
        <source>Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="104"/>
        <source>Open the Server requests tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="140"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="140"/>
        <source>The server&apos;s tools: call one with a form or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="141"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="141"/>
        <source>The server&apos;s resources: read and subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="142"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="142"/>
        <source>Resource templates, filled in field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="143"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="143"/>
        <source>The server&apos;s prompts, with completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="145"/>
        <source>Every tool call to this server, this session and earlier ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="147"/>
        <source>Sampling, elicitation and roots requests waiting for your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="148"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="146"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="510"/>
        <source>Server requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="151"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="154"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="144"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="168"/>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="176"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="178"/>
        <source>Edit connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="180"/>
        <source>Show exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="182"/>
        <source>The HTTP exchanges of this attempt, in the capture log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="332"/>
        <source>%1 %2 · %3 · protocol %4 · %5 · capabilities: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="334"/>
        <source>Modern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="334"/>
        <source>Legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="337"/>
        <source>The modern era of MCP (2026-07-28): server/discover, no session, multi round-trip requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="339"/>
        <source>The legacy era of MCP: the initialize handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="195"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="400"/>
        <source>Reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="302"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="386"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="361"/>
        <source>Server instructions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="362"/>
        <source>Show or hide the instructions the server gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="393"/>
        <source>session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="294"/>
        <source>MCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="149"/>
        <source>Notifications and log messages from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="150"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="150"/>
        <source>A raw JSON-RPC console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="151"/>
        <source>The OAuth flow of this session, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="152"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="153"/>
        <source>Connection info: both sides&apos; capabilities, streams and unanswered requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="154"/>
        <source>This session&apos;s charts, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="192"/>
        <location filename="../ui/session/mcp_session_view.cpp" line="300"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="494"/>
        <source>No exchange was recorded for this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="502"/>
        <source>The server is waiting for your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/mcp_session_view.cpp" line="503"/>
        <source>The server is waiting for %n answer(s) from you.</source>
        <translation>
            <numerusform>The server is waiting for %n answer from you.</numerusform>
            <numerusform>The server is waiting for %n answers from you.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/mcp_session_view.cpp" line="509"/>
        <source>Server requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MessagesModel</name>
    <message>
        <location filename="../models/messages_model.cpp" line="252"/>
        <source>Sent by McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="252"/>
        <source>Received from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="259"/>
        <source>→ sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="259"/>
        <source>← received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="264"/>
        <source>(error)</source>
        <extracomment>An answer whose request is not in the store</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="264"/>
        <source>(response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="271"/>
        <source>notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="289"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="291"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="293"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="295"/>
        <source>Tool / resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="297"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="299"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="301"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messages_model.cpp" line="303"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MockHttpEndpoint</name>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="221"/>
        <source>Origin %1 is not allowed: the mock answers pages served from this machine only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="227"/>
        <source>Host %1 is not this machine; the mock bound to a loopback address answers only localhost names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="232"/>
        <source>Nothing here: the mock serves its MCP endpoint at /mcp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="239"/>
        <source>The mock sends no server-initiated messages; there is no stream to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="247"/>
        <source>The Mcp-Session-Id header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="250"/>
        <source>No such session: it ended or never existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="262"/>
        <source>The request body is over the mock&apos;s cap of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="267"/>
        <source>Parse error: the body is not JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="287"/>
        <source>Bad Request: the Mcp-Session-Id header is missing; send initialize first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="292"/>
        <source>No such session: it ended or never existed; initialize again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MockPanel</name>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="43"/>
        <source>Mock of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="47"/>
        <source>Serving the recorded session %1 as an MCP server (Streamable HTTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="52"/>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="62"/>
        <source>C&amp;onnect to Mock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="64"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="76"/>
        <source>URL copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="95"/>
        <source>Cannot mock the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="106"/>
        <source>Cannot start the mock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="113"/>
        <source>Listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/mock_panel.cpp" line="124"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/mock_panel.cpp" line="139"/>
        <source>%n request(s) answered</source>
        <translation>
            <numerusform>%n request answered</numerusform>
            <numerusform>%n requests answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpscope::MockResponder</name>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="139"/>
        <source>Expected one JSON-RPC message (an object); batches are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="147"/>
        <source>The message has no method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="152"/>
        <source>A request id must be a string or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="209"/>
        <source>Method not found: the recorded session %1 never called %2, so the mock has no answer for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="222"/>
        <source>No recorded %1 matches this request. The closest recorded request is message %2 (%1 %3); it first differs at %4 (%5 change(s)). Send the recorded parameters, or ignore the member with --ignore POINTER.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MockScript</name>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="96"/>
        <source>The store has no session %1; &apos;mcpscope-cli sessions --store FILE&apos; lists the sessions it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_script.cpp" line="105"/>
        <source>Session %1 recorded no answered JSON-RPC request, so there is nothing to serve; pick an MCP session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MockServer</name>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="361"/>
        <source>The mock is already listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="368"/>
        <source>The mock could not listen on %1 port %2: %3. Pick another port (--port 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MockStdioServer</name>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="414"/>
        <source>The mock is already reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="437"/>
        <source>Parse error: a line over %1 bytes was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/mock_server.cpp" line="444"/>
        <source>Parse error: the line is not JSON (%1).</source>
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
        <location filename="../ui/session/notifications_tab.cpp" line="26"/>
        <source>Server log level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="30"/>
        <source>(server default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="35"/>
        <location filename="../ui/session/notifications_tab.cpp" line="83"/>
        <source>logging/setLevel: the least severe level the server should send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="42"/>
        <source>deprecated in 2026-07-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="44"/>
        <source>Logging is deprecated in MCP 2026-07-28: the level travels in each request&apos;s _meta; servers are to log to stderr or OpenTelemetry instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="61"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="63"/>
        <source>server stderr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="81"/>
        <source>The least severe level the server should send, in every request&apos;s _meta (deprecated in 2026-07-28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="109"/>
        <source>Server log level set to %1 (sent with every request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/notifications_tab.cpp" line="116"/>
        <source>Server log level set to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::OAuthFlow</name>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="189"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="191"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="193"/>
        <source>waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="195"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="197"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="199"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="101"/>
        <source>Protected resource metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="78"/>
        <source>proofs sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="79"/>
        <source>latest proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="80"/>
        <source>%1 %2, jti %3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="82"/>
        <source>, ath (bound token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="83"/>
        <source>, nonce %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="87"/>
        <source>nonce from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="102"/>
        <source>Find out which authorization server protects the MCP server (RFC 9728): from the resource_metadata of the 401 answer, else from the path-based and then the root well-known URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="106"/>
        <source>Authorization server metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="107"/>
        <source>Read the authorization server&apos;s endpoints and capabilities (RFC 8414 or OpenID Connect Discovery, in the order MCP gives); its issuer must be the one the resource named, and it must support PKCE with S256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="113"/>
        <source>Client registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="114"/>
        <source>Become a client of the authorization server: pre-registered credentials, a Client ID Metadata Document URL when the server supports them, else dynamic client registration (RFC 7591).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="120"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="121"/>
        <source>Ask the user&apos;s consent at the authorization endpoint with PKCE (S256), state, the resource indicator (RFC 8707) and the chosen scope; the answer comes back to the redirect URI with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="126"/>
        <source>Token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="127"/>
        <source>Trade the code and the PKCE verifier for an access token (and a refresh token) at the token endpoint, authenticating the client as registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="131"/>
        <source>Scope step-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="132"/>
        <source>The server refused a request for want of scope (403 insufficient_scope): authorize again asking for the union of the scope already granted and the scope now required, so nothing granted is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="136"/>
        <source>Authorization server changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="137"/>
        <source>The resource now names another authorization server than the last flow used: credentials belong to the server that issued them, so McpScope registers anew with the new one and never presents the old client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="141"/>
        <source>DPoP proof of possession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="142"/>
        <source>Bind the tokens to a key pair (RFC 9449): every token request and every request presenting the token carries a fresh proof (a JWT signed with the key: method, URL, time, a unique jti and, at the resource, the token&apos;s hash); the token travels with the DPoP scheme, and a server asking for a nonce gets the request again with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="148"/>
        <source>Identity assertion (ID-JAG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="149"/>
        <source>Trade the user&apos;s ID token at the enterprise identity provider for an Identity Assertion JWT Authorization Grant (RFC 8693 token exchange) whose audience is the MCP server&apos;s authorization server; it is then presented with the JWT bearer grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="179"/>
        <source>nonce retry (MCP server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="180"/>
        <source>use_dpop_nonce: the request is sent again with nonce %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="235"/>
        <source>resource_metadata (from WWW-Authenticate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="241"/>
        <source>scope (from WWW-Authenticate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="413"/>
        <source>authorization server (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="415"/>
        <source>The MCP server publishes no protected resource metadata; trying its own origin as the authorization server, as MCP 2025-03-26 did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="418"/>
        <source>No protected resource metadata (RFC 9728): MCP 2025-06-18 and later require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="433"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="520"/>
        <source>tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="434"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="521"/>
        <source>%1 → HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="451"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="805"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="911"/>
        <source>resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="452"/>
        <source>authorization_servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="455"/>
        <source>scopes_supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="459"/>
        <source>The resource names %1 authorization servers; McpScope uses the first, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="463"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="565"/>
        <source>Found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="466"/>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="467"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="469"/>
        <source>Registering anew with %1; the client of %2 is not used there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="494"/>
        <source>default endpoints (2025-03-26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="495"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="499"/>
        <source>No authorization server metadata either: using the 2025-03-26 default endpoints /authorize, /token and /register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="503"/>
        <source>No metadata; using the 2025-03-26 default endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="532"/>
        <source>The metadata&apos;s issuer is %1; the server&apos;s origin %2 was only a guess (2025-03-26), so it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="543"/>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="544"/>
        <source>authorization_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="546"/>
        <source>token_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="549"/>
        <source>registration_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="551"/>
        <source>code_challenge_methods_supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="555"/>
        <source>%1 uses plain http on a host that is not loopback: codes and tokens travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="598"/>
        <source>redirect_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="604"/>
        <source>No client id given: the assertion alone identifies the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="624"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="698"/>
        <source>client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="626"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="700"/>
        <source>client_secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="627"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="701"/>
        <source>token endpoint authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="629"/>
        <source>Using the pre-registered client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="638"/>
        <source>client_id (metadata document URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="641"/>
        <source>The server supports Client ID Metadata Documents: the client id is the document&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="702"/>
        <source>Registered dynamically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="728"/>
        <source>the credential&apos;s key, from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="734"/>
        <source>this session&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="743"/>
        <source>a new EC P-256 key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="747"/>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="749"/>
        <source>DPoP was asked for (--dpop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="750"/>
        <source>the resource asked for DPoP and the authorization server supports ES256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="751"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="781"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="752"/>
        <source>alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="753"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="782"/>
        <source>JWK thumbprint (cnf.jkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="755"/>
        <source>The authorization server does not list ES256 in dpop_signing_alg_values_supported; DPoP proofs are sent anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="758"/>
        <source>Token requests and requests with the token carry a DPoP proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="781"/>
        <source>the stored credential&apos;s key, from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="784"/>
        <source>The stored token is bound to this key; refreshes and requests carry its proofs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="791"/>
        <source>enterprise-managed authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="792"/>
        <source>the IdP&apos;s token endpoint and the user&apos;s ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="801"/>
        <source>IdP token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="803"/>
        <source>subject_token (ID token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="804"/>
        <source>audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="827"/>
        <source>ID-JAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="828"/>
        <source>issued_token_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="830"/>
        <source>The IdP issued an ID-JAG for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="848"/>
        <source>No authorization step: the workload presents its identity JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="849"/>
        <source>No authorization step: the enterprise IdP vouches for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="854"/>
        <source>workload identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="854"/>
        <source>an assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="861"/>
        <source>assertion (workload JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="873"/>
        <source>No authorization step: the client credentials grant has no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="802"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="832"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="860"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="874"/>
        <source>grant_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="907"/>
        <source>code_verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="908"/>
        <source>code_challenge (S256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="910"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="912"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="1096"/>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="913"/>
        <source>(none: omitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="914"/>
        <source>authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="935"/>
        <source>Waiting for you to sign in in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="947"/>
        <source>Edit the authorization URL if you like, then send it to the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="681"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="819"/>
        <location filename="../core/oauth/oauth_flow.cpp" line="987"/>
        <source>HTTP %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="243"/>
        <source>challenge scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="246"/>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="247"/>
        <source>required (from WWW-Authenticate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="248"/>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="249"/>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="251"/>
        <source>Authorizing again for the union of the granted and the required scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="283"/>
        <source>The step “%1” failed: %2 %3 %4</source>
        <extracomment>One sentence: %1 is the step&apos;s title (e.g. Authorization), %2 what happened, %3 the likely cause, %4 the fix</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="988"/>
        <source>HTTP %1 instead of a redirect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1018"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1020"/>
        <source>iss (RFC 9207)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1021"/>
        <source>Received the authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1049"/>
        <source>nonce retry (authorization server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1050"/>
        <source>use_dpop_nonce: the token request is sent again with nonce %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1064"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1069"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1079"/>
        <source>token_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1082"/>
        <source>The access token is bound to the key: it is sent as &quot;Authorization: DPoP …&quot; with a proof carrying its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1085"/>
        <source>The authorization server issued a %1 token despite the DPoP proof: it is used as a Bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1089"/>
        <source>The server did not bind the token (token_type %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1093"/>
        <source>access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1095"/>
        <source>refresh_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1098"/>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_flow.cpp" line="1100"/>
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
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="193"/>
        <source>Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="197"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="197"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="206"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="215"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="220"/>
        <source>Step mode: the next request, as it will be sent. Edit it (method and URL, headers, blank line, body) and press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="226"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="232"/>
        <source>Next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="235"/>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="259"/>
        <source>Sign-in URL copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="287"/>
        <source>Authorized: tokens received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="326"/>
        <source>Enter the MCP server&apos;s URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="387"/>
        <source>Likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="388"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="402"/>
        <source>•••••••• (%n character(s))</source>
        <translation>
            <numerusform>•••••••• (%n character)</numerusform>
            <numerusform>•••••••• (%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/oauth/oauth_flow_view.cpp" line="410"/>
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
    <name>mcpscope::RecentCaptures</name>
    <message>
        <location filename="../ui/capture/recent_captures.cpp" line="38"/>
        <source>No recent captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capture/recent_captures.cpp" line="40"/>
        <source>&amp;Clear Recent Captures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::RecordedSession</name>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="90"/>
        <source>The capture store has no session %1. &apos;mcpscope-cli sessions --store FILE&apos; lists the sessions it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="98"/>
        <source>Session %1 recorded no MCP messages (it may be a plain HTTP or OAuth session), so there is nothing to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="113"/>
        <source>Message %1 of session %2 is not one readable JSON-RPC message (%3), so the session cannot be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="117"/>
        <source>a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replay/recorded_session.cpp" line="199"/>
        <source>Session %1 recorded no request from the client, so there is nothing to replay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::RedactionRules</name>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="145"/>
        <source>The header name &quot;%1&quot; is not a header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="149"/>
        <source>The query parameter name &quot;%1&quot; is not a parameter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="154"/>
        <source>The JSON pointer &quot;%1&quot; is not valid: it must start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1 (write ~0 for &apos;~&apos; and ~1 for &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="161"/>
        <source>The regular expression &quot;%1&quot; is not valid: %2 (at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/export_redactor.cpp" line="166"/>
        <source>The regular expression &quot;%1&quot; matches an empty text: it would redact between every character. Make it match something.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::RegressionRunView</name>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="159"/>
        <source>Cannot run session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="176"/>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="176"/>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="187"/>
        <source>Give the command that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="188"/>
        <source>Give the server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="196"/>
        <source>Regression run of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="206"/>
        <source>Running against %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="218"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="253"/>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="256"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="260"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="273"/>
        <source>%1 → %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/regression_run_view.cpp" line="292"/>
        <source>Stopped after %n call(s).</source>
        <translation>
            <numerusform>Stopped after %n call.</numerusform>
            <numerusform>Stopped after %n calls.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="295"/>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="299"/>
        <source>Every call matches the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="300"/>
        <source>Some calls differ from the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="322"/>
        <source>recorded #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="325"/>
        <source>replayed #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="333"/>
        <source>%1 same, %2 changed, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/regression_run_view.cpp" line="339"/>
        <source>(%1 of %n call(s))</source>
        <translation>
            <numerusform>(%1 of %n call)</numerusform>
            <numerusform>(%1 of %n calls)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="348"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="349"/>
        <source>&amp;Run Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="365"/>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="366"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="367"/>
        <source>stdio command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="368"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="369"/>
        <source>http://127.0.0.1:3001/mcp or a command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="370"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/regression_run_view.cpp" line="372"/>
        <source>Recorded → replayed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ReplayDialog</name>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="212"/>
        <location filename="../ui/replay/replay_dialog.cpp" line="440"/>
        <location filename="../ui/replay/replay_dialog.cpp" line="519"/>
        <source>Replay #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="216"/>
        <source>Replaying %1 (exchange #%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="220"/>
        <source>Replaying %1 %2 (exchange #%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="225"/>
        <source>Replaying exchange #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="227"/>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="228"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="229"/>
        <source>HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="231"/>
        <source>The JSON-RPC request, sent through an MCP session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="232"/>
        <source>This exchange carried no JSON-RPC request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="233"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="234"/>
        <source>Params (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="235"/>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="236"/>
        <source>Name: value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="237"/>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="243"/>
        <source>Redacted in the capture: %1. A redacted value is not sent: type the real value in its place, or send through an MCP session, which adds its own Authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="247"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="248"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="249"/>
        <source>Send the arguments although they do not validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="276"/>
        <source>(no open MCP session: connect one first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="296"/>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="299"/>
        <source>Not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="302"/>
        <source>The params must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="318"/>
        <source>The arguments do not validate against the input schema of %1 on this server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="322"/>
        <source>Valid JSON; the arguments validate against the input schema of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="376"/>
        <source>Nothing was sent: the params are not valid JSON (%1 at character %2). Correct them and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="380"/>
        <source>Nothing was sent: the params must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="387"/>
        <source>Nothing was sent: there is no connected MCP session to send to. Connect to a server (File ▸ Connect…), then replay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="400"/>
        <source>Nothing was sent: the arguments do not validate against the input schema of %1 on %2. Edit them, or choose Send anyway to see what the server says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="415"/>
        <source>Sending %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="428"/>
        <source>The replay got no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="430"/>
        <source>Replayed as message #%1 (exchange #%2) in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="437"/>
        <location filename="../ui/replay/replay_dialog.cpp" line="517"/>
        <source>Original #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="441"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="456"/>
        <source>Nothing was sent: the method is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="461"/>
        <source>Nothing was sent: %1 is not a valid URL (scheme://host/path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="472"/>
        <source>Nothing was sent: header line %1 is not &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="483"/>
        <source>Nothing was sent: the session to send through is not open (it may have been closed). Pick another, or connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="492"/>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="506"/>
        <source>The replay got no response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replay/replay_dialog.cpp" line="510"/>
        <source>Replayed as exchange #%1: HTTP %2 in %3 ms.</source>
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
    <name>mcpscope::ResultView</name>
    <message>
        <location filename="../ui/session/result_view.cpp" line="216"/>
        <source>Show exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="218"/>
        <source>Show the HTTP exchange that carried this call in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="219"/>
        <source>Render Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="221"/>
        <source>Show text content as Markdown (raw HTML is never rendered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="253"/>
        <source>Structured content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="260"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="263"/>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="305"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="309"/>
        <source>Tool error (isError)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="312"/>
        <source>JSON-RPC error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="315"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="320"/>
        <source>Failed: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="320"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="327"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/result_view.cpp" line="372"/>
        <source>No result came back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::SchemaForm</name>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="113"/>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="116"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="119"/>
        <source>JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="179"/>
        <location filename="../ui/common/schema_form.cpp" line="216"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="380"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/schema_form.cpp" line="416"/>
        <source>Remove this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ServerCatalog</name>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="199"/>
        <source>Could not read the server catalog %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="210"/>
        <source>The server catalog %1 cannot be read: %2 It was left as it is; fix it, or name another with --catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="217"/>
        <source>%1 is not an McpScope server catalog (no &quot;format&quot;: &quot;%2&quot;). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="222"/>
        <source>The server catalog %1 was written by a newer McpScope (version %2); this one reads version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="234"/>
        <source>The server catalog %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="238"/>
        <source>The server catalog %1 names &quot;%2&quot; twice; rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="273"/>
        <source>The server catalog has no file to go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="277"/>
        <source>Could not create the folder for the server catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="288"/>
        <source>Could not make %1 private (0600): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/server_catalog.cpp" line="294"/>
        <location filename="../core/catalog/server_catalog.cpp" line="299"/>
        <source>Could not write the server catalog %1: %2.</source>
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
        <location filename="../ui/session/server_requests_tab.cpp" line="301"/>
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
        <location filename="../ui/session/server_requests_tab.cpp" line="250"/>
        <source>%1 — %2 · deprecated in 2026-07-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="254"/>
        <source>Sampling and roots are deprecated in MCP 2026-07-28; they still work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="272"/>
        <source>Requests the server sends (sampling, elicitation, roots) wait here for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="275"/>
        <source>The server sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="287"/>
        <source>Content to send (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="288"/>
        <source>Result to send (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="301"/>
        <source>Done (accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="314"/>
        <source>Status of this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="319"/>
        <source>Open the URL, finish there, then press Done. The server learns only that you accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="326"/>
        <source>Valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="331"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="332"/>
        <source>The answer must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="339"/>
        <source>Does not match the requested schema: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/server_requests_tab.cpp" line="346"/>
        <source>Matches the requested schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::SessionListModel</name>
    <message numerus="yes">
        <location filename="../models/session_list_model.cpp" line="53"/>
        <source>%1 (%n exchange(s))</source>
        <translation>
            <numerusform>%1 (%n exchange)</numerusform>
            <numerusform>%1 (%n exchanges)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/session_list_model.cpp" line="55"/>
        <source>%1
Started %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::SessionReader</name>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="249"/>
        <source>The diagnostics could not %1 in the capture store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="289"/>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="344"/>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="362"/>
        <source>read the exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="375"/>
        <location filename="../core/diagnostics/diagnostics_runner.cpp" line="395"/>
        <source>read the messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::SessionReplay</name>
    <message>
        <location filename="../core/replay/session_replay.cpp" line="131"/>
        <source>Replay of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/session_replay.cpp" line="211"/>
        <source>Sent anyway: the recorded arguments do not validate against the tool&apos;s current inputSchema (%1: %2; %n problem(s)).</source>
        <translation>
            <numerusform>Sent anyway: the recorded arguments do not validate against the tool&apos;s current inputSchema (%1: %2; %n problem).</numerusform>
            <numerusform>Sent anyway: the recorded arguments do not validate against the tool&apos;s current inputSchema (%1: %2; %n problems).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/replay/session_replay.cpp" line="282"/>
        <source>The recorded session has no answer to %1 left to give.</source>
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
        <location filename="../core/mcp/http_transports.cpp" line="67"/>
        <source>modern era: no listening GET stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="69"/>
        <source>the listening GET stream is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="70"/>
        <source>no listening GET stream open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/mcp/http_transports.cpp" line="71"/>
        <source>%n POST response stream(s) open</source>
        <translation>
            <numerusform>%n POST response stream open</numerusform>
            <numerusform>%n POST response streams open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="176"/>
        <source>The answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="190"/>
        <source>An event on the stream answering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="238"/>
        <source>The server no longer knows session %1 (HTTP 404). Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="241"/>
        <source>The server no longer knows session %1 (HTTP 400; the spec asks for 404). Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="289"/>
        <source>The server&apos;s answer to %1 cannot be read: %2 The body (%3 bytes) is kept in the capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="304"/>
        <source>The server&apos;s JSON answer to %1 holds no response to it (%2 message(s), none with its id), and no other answer can come on this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="319"/>
        <source>The server closed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="322"/>
        <source>The event stream answering %1 ended before the response, and the server sent no event id to resume it from, so the answer can no longer come. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="355"/>
        <source>The optional listening GET stream failed: %1 The session goes on; messages the server sends outside a request will not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="358"/>
        <source>The server answered the optional listening GET stream with HTTP %1 (the spec asks for 405 when it offers none). The session goes on; messages the server sends outside a request will not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="369"/>
        <source>The stream answering %1 ended before the response, and the server refused to resume it (%2), so the answer can no longer come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="373"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="374"/>
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
    <name>mcpscope::TokenResponse</name>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="171"/>
        <source>The token exchange answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="185"/>
        <source>The answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth/oauth_types.cpp" line="190"/>
        <source>issued_token_type is &quot;%1&quot;, not an ID-JAG (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::TokenVault</name>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="149"/>
        <source>Could not create the folder for the token vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="158"/>
        <source>Could not open the token vault&apos;s database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="192"/>
        <source>Could not prepare the token vault&apos;s database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="199"/>
        <source>The token vault&apos;s database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="207"/>
        <source>The token vault %1 was written by a newer McpScope (schema %2); this one knows schema %3. Use the newer McpScope, or another --vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="249"/>
        <source>The token vault&apos;s database %1 has lost its identity (the vault table is empty); it is left as it is. Move it aside to start a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="267"/>
        <source>This vault file is a copy of %1. Credentials belong to the vault that obtained them, so the copy&apos;s were removed from it (the original keeps them). Sign in again to use this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/vault/token_vault.cpp" line="287"/>
        <source>%n credential(s) stored by an older McpScope were removed from this vault: their keychain entries did not say which vault file or issuer they belonged to, so they could have been another vault&apos;s tokens. Sign in again.</source>
        <translation>
            <numerusform>%n credential stored by an older McpScope was removed from this vault: its keychain entry did not say which vault file or issuer it belonged to, so it could have been another vault&apos;s tokens. Sign in again.</numerusform>
            <numerusform>%n credentials stored by an older McpScope were removed from this vault: their keychain entries did not say which vault file or issuer they belonged to, so they could have been another vault&apos;s tokens. Sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="352"/>
        <source>The keychain refused to store a secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="366"/>
        <source>The secret is not in this session&apos;s memory (no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="377"/>
        <source>Could not read a secret from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="400"/>
        <source>Could not delete a secret from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="433"/>
        <source>Could not save the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="551"/>
        <location filename="../core/vault/token_vault.cpp" line="565"/>
        <location filename="../core/vault/token_vault.cpp" line="592"/>
        <location filename="../core/vault/token_vault.cpp" line="803"/>
        <location filename="../core/vault/token_vault.cpp" line="831"/>
        <location filename="../core/vault/token_vault.cpp" line="842"/>
        <source>No credential %1 in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="661"/>
        <source>Refresh failed (%1 %2). %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="742"/>
        <source>The revocation endpoint answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="764"/>
        <source>%1 does not advertise an introspection endpoint (RFC 7662).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="781"/>
        <source>The introspection endpoint answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/token_vault.cpp" line="812"/>
        <source>Could not delete the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ToolsTab</name>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="165"/>
        <location filename="../ui/session/tools_tab.cpp" line="354"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="168"/>
        <source>Input schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="173"/>
        <source>Arguments (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="185"/>
        <location filename="../ui/session/tools_tab.cpp" line="427"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="187"/>
        <source>Call the tool (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="191"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="214"/>
        <source>The result appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="129"/>
        <source>Search tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="254"/>
        <source>1 tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="254"/>
        <source>%1 tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="255"/>
        <source>%1 of %2 tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="277"/>
        <source>The server lists no tool &quot;%1&quot; now; it opens when the server lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="354"/>
        <source>Form (no arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="369"/>
        <source>Valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="371"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="372"/>
        <source>Arguments must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="381"/>
        <source>Fill in the arguments; they are checked against the input schema as you edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/tools_tab.cpp" line="387"/>
        <source>Does not match the input schema: %1%2 (%n problem(s))</source>
        <translation>
            <numerusform>Does not match the input schema: %1%2 (%n problem)</numerusform>
            <numerusform>Does not match the input schema: %1%2 (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="394"/>
        <source>Valid against the input schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="414"/>
        <source>Retry in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="419"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="455"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="456"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="200"/>
        <source>Pin result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="202"/>
        <source>Keep this result to compare a later call with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="203"/>
        <source>Compare with pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="476"/>
        <source>%1 at %2</source>
        <extracomment>A kept tool result: the tool&apos;s name and the time of the call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="485"/>
        <source>structuredContent matches the tool&apos;s outputSchema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="486"/>
        <source>structuredContent does not match the outputSchema: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="493"/>
        <source>The tool declares an outputSchema but returned no structuredContent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="498"/>
        <source>The server needs you to open these URLs first, then call the tool again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="520"/>
        <source>Pinned the result of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="528"/>
        <source>Compare tool results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="529"/>
        <source>pinned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="530"/>
        <source>last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="538"/>
        <source>Pin a result first, then call the tool again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/tools_tab.cpp" line="539"/>
        <source>Compare %1 with the last result</source>
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
        <location filename="../ui/oauth/vault_view.cpp" line="41"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="44"/>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="47"/>
        <source>in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="64"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="64"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="64"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="64"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="65"/>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="65"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="75"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="76"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="77"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="78"/>
        <source>Copy as Authorization Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="79"/>
        <source>Introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="86"/>
        <source>Ask the authorization server what it knows about the access token (RFC 7662)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="87"/>
        <source>Get a new access token with the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="89"/>
        <source>Revoke the tokens at the authorization server (RFC 7009), then delete them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="90"/>
        <source>Forget the tokens here; the authorization server is not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="96"/>
        <source>Refresh ahead of expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="100"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="102"/>
        <source>Tokens are refreshed this long before they expire (at half the lifetime when they live less than twice as long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="118"/>
        <source>Token Introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="171"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="171"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="197"/>
        <source>no expiry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="225"/>
        <source>Token refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="236"/>
        <source>Tokens revoked and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="247"/>
        <source>Tokens deleted from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="256"/>
        <source>now</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
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
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
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
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="268"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oauth/vault_view.cpp" line="269"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="278"/>
        <source>Expires (exp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="279"/>
        <source>Issued (iat):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="280"/>
        <source>Not before (nbf):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="281"/>
        <source>Signed in (auth_time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="292"/>
        <source>%1 %2 (%3)</source>
        <extracomment>%1 the claim (e.g. &quot;Expires (exp):&quot;), %2 a local date and time, %3 how far from now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="318"/>
        <source>The token is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="319"/>
        <source>The token is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth/vault_view.cpp" line="332"/>
        <source>Authorization header copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Walk</name>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="49"/>
        <source>its inputSchema is nested too deeply to check its x-mcp-header declarations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="82"/>
        <source>the schema root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="84"/>
        <source>x-mcp-header at %1 is not reachable from the schema root through &quot;properties&quot; alone (it sits under items, a composition, a condition, $defs or $ref).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="91"/>
        <source>x-mcp-header of %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="96"/>
        <source>x-mcp-header of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="101"/>
        <source>x-mcp-header &quot;%1&quot; of %2 has a character an HTTP header name cannot hold (U+%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="110"/>
        <source>x-mcp-header &quot;%1&quot; is on %2, whose type is not string, integer or boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_headers.cpp" line="116"/>
        <source>x-mcp-header &quot;%1&quot; is declared twice (header names are case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="134"/>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="138"/>
        <source>%1 — %2</source>
        <extracomment>A catalog server in the welcome page&apos;s list: its name, then what it runs or where it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="141"/>
        <source>Connect to %1 (from the server catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="187"/>
        <source>Welcome to McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="188"/>
        <source>A workbench for MCP servers, OAuth-protected or not: connect, see every message and byte, and find out why something failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="190"/>
        <source>&amp;Connect to an MCP Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="191"/>
        <source>A URL (Streamable HTTP or SSE) or a command run over stdio; a 401 starts the OAuth flow. Ctrl+K from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="193"/>
        <source>Open a Ca&amp;pture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="194"/>
        <source>Read a capture store or a .mcpscope bundle, read-only, in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="196"/>
        <source>&amp;Import a HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="197"/>
        <source>Bring a browser&apos;s HAR or a capture bundle into the live store, with its findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="199"/>
        <source>Recent &amp;servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="200"/>
        <source>No servers yet. Servers you connect to, and those in the server catalog (Servers, on the left), are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="202"/>
        <source>Captures are recorded in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::Writer</name>
    <message>
        <location filename="../core/export/har_writer.cpp" line="782"/>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
