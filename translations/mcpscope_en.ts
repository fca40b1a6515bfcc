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
        <source>Header values cannot contain line breaks.</source>
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
</context>
<context>
    <name>mcpscope::BodyPane</name>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="34"/>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="34"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="34"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="35"/>
        <source>How to show the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="47"/>
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
        <location filename="../ui/connect_dialog.cpp" line="20"/>
        <source>Connect to MCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="24"/>
        <source>Auto (Streamable HTTP, then HTTP+SSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="24"/>
        <source>Streamable HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="24"/>
        <source>HTTP+SSE (2024-11-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="25"/>
        <source>stdio (run a command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="31"/>
        <source>How long to wait for each response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="32"/>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="33"/>
        <source>&amp;URL or command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="34"/>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="43"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="48"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="48"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="50"/>
        <source>One per line, e.g.
LOG_LEVEL=debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="51"/>
        <source>One per line, e.g.
X-Api-Key: …
(not remembered after the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="93"/>
        <source>Enter the command that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="94"/>
        <source>Enter the server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="101"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="114"/>
        <source>&quot;%1&quot; is not NAME=value.</source>
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
        <location filename="../ui/exchange_detail_view.cpp" line="118"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="118"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="132"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="133"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="134"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="135"/>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="142"/>
        <source>Select an exchange to see its headers, bodies and timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="164"/>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="167"/>
        <source>%1 error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="180"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="181"/>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="182"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="183"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="184"/>
        <source>HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="185"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="186"/>
        <source>Request headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="189"/>
        <source>Response headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="193"/>
        <source>TLS certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="195"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="196"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="197"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="198"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="199"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="206"/>
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="212"/>
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
        <location filename="../ui/feature_tab.cpp" line="51"/>
        <source>Save Blob…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="48"/>
        <location filename="../ui/feature_tab.cpp" line="165"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="129"/>
        <source>Updated by the server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="165"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="166"/>
        <source>Ask the server to send notifications/resources/updated for this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="167"/>
        <source>The server does not offer resource subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="277"/>
        <source>Subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="277"/>
        <source>Unsubscribed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="320"/>
        <source>// %1: the blob is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="326"/>
        <source>// %1: image of %2 bytes, previewed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="330"/>
        <source>// %1: blob of %2 bytes
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="340"/>
        <source>Save Blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="345"/>
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
        <location filename="../ui/image_strip.cpp" line="51"/>
        <source>%1: %2 bytes of %3 that do not decode as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/image_strip.cpp" line="61"/>
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
    <name>mcpscope::LegacySseTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="235"/>
        <source>The server&apos;s endpoint event names another origin (%1); refusing to send messages there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="249"/>
        <source>Ignored a message the server sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="265"/>
        <source>The SSE endpoint answered HTTP %1 instead of an event stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="266"/>
        <source>The server closed the SSE stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="268"/>
        <source>No endpoint event arrived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="288"/>
        <source>HTTP %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="152"/>
        <location filename="../ui/main_window.cpp" line="157"/>
        <location filename="../ui/main_window.cpp" line="182"/>
        <source>%n exchange(s) shown</source>
        <translation>
            <numerusform>%n exchange shown</numerusform>
            <numerusform>%n exchanges shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>Capture store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>%1 %2 → %3 in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>About McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <source>McpScope %1
A workbench for debugging OAuth-protected MCP servers.
Captures are stored in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="239"/>
        <source>&amp;New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>&amp;Connect to MCP Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>Capture log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242"/>
        <source>&amp;Open Capture Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="245"/>
        <source>&amp;Find in Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>&amp;Follow New Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="249"/>
        <source>&amp;About McpScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="251"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252"/>
        <source>Search URLs and bodies (full text)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="257"/>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>1xx informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>3xx redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268"/>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268"/>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268"/>
        <source>Failed (no response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="341"/>
        <source>HTTP requests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387"/>
        <location filename="../ui/main_window.cpp" line="393"/>
        <source>Open Capture Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="388"/>
        <source>McpScope captures (*.sqlite *.db);;All files (*)</source>
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
        <location filename="../core/mcp/mcp_client.cpp" line="161"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="204"/>
        <source>Streamable HTTP was refused (%1); trying the HTTP+SSE transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="212"/>
        <source>The server did not complete initialize: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="219"/>
        <source>The server answered with protocol version &quot;%1&quot;, which McpScope does not speak (it speaks %2). Upgrade McpScope or configure the server for one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="265"/>
        <source>No response to %1 within %2 s. The server may be hung; try again or raise the request timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="322"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="334"/>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="353"/>
        <source>The server answered request id %1, which is not pending (unknown, or already answered or timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="365"/>
        <source>%1 failed with JSON-RPC error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="393"/>
        <source>The server reused request id %1 while that request is still waiting; the second one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="443"/>
        <source>Progress for token %1, which belongs to no active request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="500"/>
        <source>The session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSessionView</name>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="104"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="119"/>
        <source>The result appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="90"/>
        <source>Input schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="60"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="61"/>
        <source>Start a new session with the same server and transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="88"/>
        <location filename="../ui/mcp_session_view.cpp" line="423"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="95"/>
        <source>Arguments (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="106"/>
        <source>Call the tool (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="126"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="129"/>
        <location filename="../ui/mcp_session_view.cpp" line="138"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="135"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="143"/>
        <source>template variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="161"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="164"/>
        <source>Get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="185"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="193"/>
        <source>Server log level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="196"/>
        <source>(server default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="200"/>
        <source>logging/setLevel: the least severe level the server should send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="207"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="210"/>
        <location filename="../ui/mcp_session_view.cpp" line="376"/>
        <source>Server requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="217"/>
        <source>History (messages sent this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="221"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="222"/>
        <source>Send (Ctrl+Return in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="228"/>
        <source>JSON-RPC console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="258"/>
        <source>Reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="267"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="269"/>
        <source>session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="274"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="276"/>
        <source>server stderr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="292"/>
        <source>MCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="297"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="319"/>
        <source>%1 %2 · protocol %3 · %4 · capabilities: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="376"/>
        <source>Server requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="385"/>
        <source>Server log level set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="423"/>
        <source>Form (no arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="436"/>
        <source>Valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="438"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="439"/>
        <source>Arguments must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcp_session_view.cpp" line="448"/>
        <source>Does not match the input schema: %1%2 (%n problem(s))</source>
        <translation>
            <numerusform>Does not match the input schema: %1%2 (%n problem)</numerusform>
            <numerusform>Does not match the input schema: %1%2 (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="453"/>
        <source>Valid against the input schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="482"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="483"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="496"/>
        <source>// The tool reported an error (isError: true)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="501"/>
        <source>// structuredContent matches the tool&apos;s outputSchema
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="502"/>
        <source>// structuredContent does not match the outputSchema: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="507"/>
        <source>// The tool declares an outputSchema but returned no structuredContent
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="518"/>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="524"/>
        <source>// The server needs you to open these URLs first, then call the tool again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="530"/>
        <source>// %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="543"/>
        <source>// Not sent: write a JSON-RPC request or notification with a method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::NewRequestDialog</name>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="20"/>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="36"/>
        <source>One per line, e.g.
Accept: application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="40"/>
        <source>Request body (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="41"/>
        <source>Give up when the server sends nothing for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="42"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="43"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="44"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="45"/>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="46"/>
        <source>Idle &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="50"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::SchemaForm</name>
    <message>
        <location filename="../ui/schema_form.cpp" line="100"/>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="102"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="104"/>
        <source>JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="163"/>
        <location filename="../ui/schema_form.cpp" line="195"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="349"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="395"/>
        <source>Remove this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpscope::ServerRequestsTab</name>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="46"/>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="74"/>
        <location filename="../ui/server_requests_tab.cpp" line="255"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="75"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="76"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="77"/>
        <source>Send the answer in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="78"/>
        <source>Refuse: elicitation answers action &quot;decline&quot;; other requests get a JSON-RPC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="79"/>
        <source>Dismiss: elicitation answers action &quot;cancel&quot;; other requests get a JSON-RPC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="169"/>
        <source>The server asks: %1. Answer it in Server requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="181"/>
        <source>The server withdrew its %1 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="182"/>
        <source>The server withdrew its %1 request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="194"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="196"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="198"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="200"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="202"/>
        <source>withdrawn by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="204"/>
        <source>could not be answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="231"/>
        <source>Requests the server sends (sampling, elicitation, roots) wait here for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="233"/>
        <source>The server sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="242"/>
        <source>Content to send (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="242"/>
        <source>Result to send (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="255"/>
        <source>Done (accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="268"/>
        <source>Status of this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="273"/>
        <source>Open the URL, finish there, then press Done. The server learns only that you accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="279"/>
        <source>Valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="282"/>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="283"/>
        <source>The answer must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="289"/>
        <source>Does not match the requested schema: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="294"/>
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
        <location filename="../core/mcp/http_transports.cpp" line="111"/>
        <source>Ignored a message the server sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="137"/>
        <source>The server no longer knows session %1 (HTTP 404). Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="139"/>
        <source>The server no longer knows session %1 (HTTP 400; the spec asks for 404). Reconnect to start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="171"/>
        <source>HTTP %1 for %2: %3</source>
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
</TS>
