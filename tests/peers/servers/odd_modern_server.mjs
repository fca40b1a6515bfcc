// A server of the 2026-07-28 (modern) era that answers the way a careless
// implementation might, over Streamable HTTP at /mcp on 127.0.0.1:PORT.
// Plain node:http on purpose: the SDK would not let a server misbehave.
//   server/discover  a usable result (tools, instructions) that breaks the
//                    schema: cacheScope "everyone" is not private or public
//   tools/list       one tool, needs_input
//   tools/call       needs_input answers input_required whose inputRequests
//                    is a string, not an object of requests;
//                    legacy_only refuses the protocol version (-32022) and
//                    lists only 2025-06-18; refuses_modern refuses it although
//                    it lists 2026-07-28, every time
// Notifications are accepted (202); other methods: -32601; GET: 405.
import http from 'node:http';

const port = Number(process.env.PORT);
const json = (res, body) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
};

http.createServer((req, res) => {
  if (!req.url.startsWith('/mcp')) { res.writeHead(404).end(); return; }
  if (req.method !== 'POST') { res.writeHead(405, { Allow: 'POST' }).end(); return; }
  let data = '';
  req.on('data', (c) => { data += c; });
  req.on('end', () => {
    let msg;
    try { msg = JSON.parse(data); } catch { res.writeHead(400).end(); return; }
    if (msg.id === undefined) { res.writeHead(202).end(); return; }
    const refuseVersion = (supported) => json(res, { jsonrpc: '2.0', id: msg.id, error: {
      code: -32022, message: 'Unsupported protocol version',
      data: { supported, requested: '2026-07-28' } } });
    const answer = (result) => json(res, { jsonrpc: '2.0', id: msg.id, result });
    switch (msg.method) {
      case 'server/discover':
        answer({ supportedVersions: ['2026-07-28'], capabilities: { tools: {} },
                 instructions: 'Call needs_input to see an odd input request.',
                 resultType: 'complete', ttlMs: 0, cacheScope: 'everyone',
                 _meta: { 'io.modelcontextprotocol/serverInfo': { name: 'odd-modern', version: '0.1.0' } } });
        return;
      case 'tools/list':
        answer({ resultType: 'complete',
                 tools: [{ name: 'needs_input', description: 'Asks for input oddly', inputSchema: { type: 'object' } }] });
        return;
      case 'tools/call':
        if (msg.params?.name === 'needs_input') {
          answer({ resultType: 'input_required', inputRequests: 'what is your name' });
          return;
        }
        if (msg.params?.name === 'legacy_only') { refuseVersion(['2025-06-18']); return; }
        if (msg.params?.name === 'refuses_modern') { refuseVersion(['2026-07-28']); return; }
        break;
      default:
        break;
    }
    json(res, { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: `Method not found: ${msg.method}` } });
  });
}).listen(port, '127.0.0.1');
