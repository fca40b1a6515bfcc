// An MCP server (Streamable HTTP, stateless, JSON answers) at /mcp on
// 127.0.0.1:PORT whose answers are written by hand, byte for byte, so a test
// can tell whether a client keeps what a server sent: a tool "shape" whose
// inputSchema carries the JSON Schema 2020-12 keywords McpScope does not
// render ($schema, $defs with $anchor, additionalProperties, allOf, anyOf,
// if/then/else), keys in no sorted order, numbers written as 1.0 and 1e3,
// a \u escape; its result has unsorted keys too. Every tools/call answers
// with the request's own body (as a text item and as "receivedBody" in
// structuredContent), so the test sees the exact bytes the client sent.
// Written with node:http rather than the SDK: the SDK re-serialises values
// (1.0 becomes 1), which is what this peer must not do.
import http from 'node:http';

const SCHEMA = `{
  "type": "object",
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Shape \\u00e9",
  "properties": {
    "zeta": {"type": "string", "default": "z"},
    "alpha": {"$ref": "#/$defs/point"},
    "mid": {"type": "number", "minimum": 1.0, "maximum": 1e3}
  },
  "required": ["zeta"],
  "additionalProperties": false,
  "$defs": {"point": {"$anchor": "pt", "type": "object", "properties": {"y": {"type": "integer"}, "x": {"type": "integer"}}}},
  "allOf": [{"required": ["zeta"]}],
  "anyOf": [{"required": ["alpha"]}, {"required": ["mid"]}],
  "if": {"properties": {"zeta": {"const": "circle"}}},
  "then": {"required": ["mid"]},
  "else": {"not": {"required": ["nothing"]}}
}`;

const TOOLS = `{"tools": [{"name": "shape", "description": "Keeps every keyword", "inputSchema": ${SCHEMA}}]}`;

function answer(res, id, resultText) {
  const body = `{"jsonrpc": "2.0", "id": ${JSON.stringify(id)}, "result": ${resultText}}`;
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (req.url !== '/mcp') {
    res.writeHead(404).end();
    return;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST' }).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    let message;
    try {
      message = JSON.parse(body);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (message.id === undefined) { // a notification
      res.writeHead(202).end();
      return;
    }
    switch (message.method) {
      case 'initialize':
        answer(res, message.id, `{"protocolVersion": ${JSON.stringify(message.params.protocolVersion)}, "serverInfo": {"version": "1.0.0", "name": "schema-order"}, "capabilities": {"tools": {}}}`);
        return;
      case 'ping':
        answer(res, message.id, '{}');
        return;
      case 'tools/list':
        answer(res, message.id, TOOLS);
        return;
      case 'tools/call': {
        const echoed = JSON.stringify(body);
        answer(res, message.id, `{"structuredContent": {"zulu": 1.0, "receivedBody": ${echoed}, "alpha": "\\u00e9"}, "isError": false, "content": [{"type": "text", "text": ${echoed}}]}`);
        return;
      }
      default:
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'Method not found' } }));
    }
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1');
