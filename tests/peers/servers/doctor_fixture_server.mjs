// Servers the Connection Doctor must stop at the right stage for, one per path
// prefix (/<mode>/mcp), over Streamable HTTP with JSON answers. Plain
// node:http on purpose: the SDK would not let a server misbehave.
//   healthy       a small MCP server (tools, ping) with permissive CORS
//   not-mcp       every request answered 200 with an HTML page (a web app, not MCP)
//   no-challenge  every request answered 401 without WWW-Authenticate
//   tools-fail    initialize and ping work; tools/list answers a JSON-RPC error
//   no-cors       a working MCP server that answers OPTIONS 404 without any
//                 Access-Control-* header and refuses (403) requests from a
//                 browser Origin other than its own
//   flaky         tools/list fails with HTTP 503 every third time
//   overloaded    the first ping is answered, every later one 503 (a server
//                 that falls over under a burst)
// Env PORT. Prints "listening" once ready.
import http from 'node:http';
import { randomUUID } from 'node:crypto';

const port = Number(process.env.PORT);
let flakyCount = 0;
let pings = 0;

function body(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => resolve(data));
  });
}

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE',
  'Access-Control-Allow-Headers': 'authorization, content-type, mcp-session-id, mcp-protocol-version, last-event-id',
  'Access-Control-Expose-Headers': 'Mcp-Session-Id, WWW-Authenticate',
};

function answer(mode, msg) {
  const result = (value) => ({ jsonrpc: '2.0', id: msg.id, result: value });
  switch (msg.method) {
    case 'initialize':
      return result({ protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} },
                      serverInfo: { name: `doctor-${mode}`, version: '1.0.0' } });
    case 'tools/list':
      if (mode === 'tools-fail') return { jsonrpc: '2.0', id: msg.id, error: { code: -32603, message: 'Internal error: tool registry unavailable' } };
      return result({ tools: [{ name: 'echo', description: 'Echo', inputSchema: { type: 'object' } }] });
    case 'ping':
      return result({});
    default:
      return { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } };
  }
}

async function mcp(mode, req, res) {
  const withCors = mode === 'no-cors' ? {} : cors;
  if (req.method === 'OPTIONS') {
    if (mode === 'no-cors') { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('Not Found'); return; }
    res.writeHead(204, cors); res.end(); return;
  }
  if (mode === 'no-cors' && req.headers.origin && req.headers.origin !== `http://127.0.0.1:${port}`) {
    res.writeHead(403, { 'Content-Type': 'text/plain' }); res.end('Origin not allowed'); return;
  }
  if (req.method === 'GET') { res.writeHead(405, { ...withCors, Allow: 'POST, DELETE' }); res.end(); return; }
  if (req.method === 'DELETE') { res.writeHead(200, withCors); res.end(); return; }
  const msg = JSON.parse(await body(req));
  if (msg.id === undefined) { res.writeHead(202, withCors); res.end(); return; }
  if (mode === 'flaky' && msg.method === 'tools/list' && ++flakyCount % 3 === 0) {
    res.writeHead(503, { ...withCors, 'Content-Type': 'text/plain' }); res.end('Service Unavailable'); return;
  }
  if (mode === 'overloaded' && msg.method === 'ping' && ++pings > 1) {
    res.writeHead(503, { ...withCors, 'Content-Type': 'text/plain' }); res.end('Service Unavailable'); return;
  }
  const headers = { ...withCors, 'Content-Type': 'application/json' };
  if (msg.method === 'initialize') headers['Mcp-Session-Id'] = randomUUID();
  res.writeHead(200, headers);
  res.end(JSON.stringify(answer(mode, msg)));
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  const [, mode] = url.pathname.split('/');
  try {
    if (mode === 'not-mcp') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><head><title>Acme Portal</title></head><body><h1>Welcome</h1></body></html>');
    } else if (mode === 'no-challenge') {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'unauthorized' }));
    } else if (['healthy', 'tools-fail', 'no-cors', 'flaky', 'overloaded'].includes(mode)) {
      await mcp(mode, req, res);
    } else {
      res.writeHead(404); res.end();
    }
  } catch (e) {
    res.writeHead(500); res.end(String(e));
  }
}).listen(port, '127.0.0.1', () => console.log('listening'));
