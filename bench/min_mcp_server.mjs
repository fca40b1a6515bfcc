// A minimal loopback MCP responder for mcp_bench: answers initialize,
// tools/call (echo) and notifications with plain JSON at once, so the time
// measured is the clients', not the server's. Listens on $PORT (loopback).
import http from 'node:http';

const port = Number(process.env.PORT);
http.createServer((req, res) => {
  if (req.method !== 'POST') { res.writeHead(405).end(); return; }
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    const msg = JSON.parse(body);
    if (msg.id === undefined) { res.writeHead(202).end(); return; }
    let result = {};
    if (msg.method === 'initialize')
      result = { protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} },
                 serverInfo: { name: 'min-responder', version: '1' } };
    else if (msg.method === 'tools/call')
      result = { content: [{ type: 'text', text: `Echo: ${msg.params.arguments?.message ?? ''}` }] };
    res.writeHead(200, { 'Content-Type': 'application/json', 'mcp-session-id': 'bench' });
    res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result }));
  });
}).listen(port, '127.0.0.1');
