// A small MCP server for the paging test: tools/list answers in three pages
// linked by nextCursor (server-everything lists everything on one page).
// Streamable HTTP, plain JSON responses, on $PORT.
import http from 'node:http';

const pages = { '': ['a', 'b'], p2: ['c', 'd'], p3: ['e'] };
const nextOf = { '': 'p2', p2: 'p3', p3: undefined };
http.createServer((req, res) => {
  if (req.method !== 'POST') { res.writeHead(405).end(); return; }
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    const msg = JSON.parse(body);
    if (msg.id === undefined) { res.writeHead(202).end(); return; }
    let result = {};
    if (msg.method === 'initialize') {
      result = { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'paged', version: '1' } };
    } else if (msg.method === 'tools/list') {
      const cursor = msg.params?.cursor ?? '';
      if (!(cursor in pages)) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, error: { code: -32602, message: 'bad cursor' } }));
        return;
      }
      result = { tools: pages[cursor].map((name) => ({ name, inputSchema: { type: 'object' } })) };
      if (nextOf[cursor]) result.nextCursor = nextOf[cursor];
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result }));
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
