// A minimal Streamable HTTP MCP server on $PORT (loopback), answering with
// plain JSON at once. Two jobs:
//   - bench/mcp_bench times clients against it, so the server's own time
//     does not bound the figures (tools/call echoes);
//   - tst_mcp_client tests paging: tools/list answers in three pages linked
//     by nextCursor (server-everything lists everything on one page);
//   - the GUI test reads a blob resource (server-everything lists none).
import http from 'node:http';

const pages = { '': ['echo', 'b'], p2: ['c', 'd'], p3: ['e'] };
const nextOf = { '': 'p2', p2: 'p3', p3: undefined };

function answer(msg) {
  switch (msg.method) {
    case 'initialize':
      return { result: { protocolVersion: msg.params.protocolVersion, capabilities: { tools: {}, resources: {} },
                         serverInfo: { name: 'mini', version: '1' } } };
    case 'tools/list': {
      const cursor = msg.params?.cursor ?? '';
      if (!(cursor in pages)) return { error: { code: -32602, message: 'bad cursor' } };
      const result = { tools: pages[cursor].map((name) => ({ name, inputSchema: { type: 'object' } })) };
      if (nextOf[cursor]) result.nextCursor = nextOf[cursor];
      return { result };
    }
    case 'resources/list':
      return { result: { resources: [{ uri: 'mini://blob', name: 'blob', mimeType: 'text/plain' }] } };
    case 'resources/read':
      return { result: { contents: [{ uri: msg.params.uri, mimeType: 'text/plain',
                                      blob: Buffer.from('hello blob').toString('base64') }] } };
    case 'tools/call':
      return { result: { content: [{ type: 'text', text: `Echo: ${msg.params.arguments?.message ?? ''}` }] } };
    default:
      return { result: {} };
  }
}

http.createServer((req, res) => {
  if (req.method !== 'POST') { res.writeHead(405).end(); return; }
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    const msg = JSON.parse(body);
    if (msg.id === undefined) { res.writeHead(202).end(); return; }
    res.writeHead(200, { 'Content-Type': 'application/json', 'mcp-session-id': 'mini' });
    res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, ...answer(msg) }));
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
