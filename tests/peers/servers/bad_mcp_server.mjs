// An MCP server that answers the way broken or unusual real servers do, one
// behaviour per path prefix, over Streamable HTTP (/<mode>/mcp) and the
// 2024-11-05 HTTP+SSE transport (/<mode>/sse, messages to /<mode>/messages).
// Plain node:http on purpose: the SDK would not let a server misbehave.
//   cut-json     tools/list answered with a JSON body cut in half
//   sse-no-id    tools/call answered with an SSE stream that ends before the
//                response, without an event id to resume from
//   big          tools/call answered with a 20 MB result
//   get-404      stateful session; the listening GET answers 404
//   rate-limit   tools/call answered 429 with Retry-After: 1 (the first
//                RATE_LIMIT_TIMES calls, default all)
//   expired      tools/call answered 401 invalid_token "The access token expired"
//   bom          every answer starts with a UTF-8 BOM, Content-Type text/plain
//   hang         tools/call is never answered
//   schema       also a tool 'forecast' whose inputSchema nests an object and
//                whose structuredContent breaks its own outputSchema
//   reflect      every answer reflects the request's Authorization header: in a
//                header, in two cookies and in tool results; bodies gzipped
//   escape       tools/call refused with a JSON-RPC error whose message holds
//                terminal escape sequences (retitle, clear screen, carriage return)
//   bad-result   tools/call answered with a result that breaks the MCP schema
//                (content is a string, isError a string)
//   flaky        every other tools/call (the 1st, 3rd, …) answered 503 Service
//                Unavailable; the others succeed
// GET /stats counts the DELETEs answered (each answered 300 ms late).
// Env PORT. Prints "listening" once ready.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const port = Number(process.env.PORT);
const rateLimitTimes = Number(process.env.RATE_LIMIT_TIMES || 1e9);
let rateLimited = 0;
let flakyCalls = 0;
let deletes = 0; // DELETEs of a known session, served at /stats

const tools = [{ name: 'echo', description: 'Echo', inputSchema: { type: 'object', properties: { message: { type: 'string' } } } }];

const forecast = {
  name: 'forecast', description: 'Forecast',
  inputSchema: { type: 'object', required: ['location'], properties: {
    location: { type: 'object', required: ['city'], properties: { city: { type: 'string' }, country: { type: 'string' } } },
    days: { type: 'integer', default: 1 } } },
  outputSchema: { type: 'object', required: ['temperature'], properties: { temperature: { type: 'number' }, city: { type: 'string' } } },
};

function result(id, value) { return { jsonrpc: '2.0', id, result: value }; }

function answer(mode, msg) {
  switch (msg.method) {
    case 'initialize':
      return result(msg.id, { protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} },
                              serverInfo: { name: `bad-${mode}`, version: '1.0.0' } });
    case 'tools/list':
      return result(msg.id, { tools: mode === 'schema' ? [...tools, forecast] : tools });
    case 'tools/call':
      if (msg.params?.name === 'forecast') {
        const place = msg.params.arguments?.location ?? {};
        return result(msg.id, { content: [{ type: 'text', text: `Forecast for ${place.city}, ${place.country}` }],
                                structuredContent: { temperature: 'warm', city: place.city } }); // temperature must be a number
      }
      if (mode === 'escape') {
        return { jsonrpc: '2.0', id: msg.id,
                 error: { code: -32000, message: 'refused\u001b]0;owned\u0007\u001b[2J\rAll tests passed' } };
      }
      if (mode === 'bad-result') return result(msg.id, { content: 'Echo without a content list', isError: 'no' });
      if (mode === 'big') return result(msg.id, { content: [{ type: 'text', text: 'x'.repeat(20 * 1024 * 1024) }] });
      return result(msg.id, { content: [{ type: 'text', text: `Echo: ${msg.params?.arguments?.message ?? ''}${msg.reflected ?? ''}` }] });
    case 'ping':
      return result(msg.id, {});
    default:
      return { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } };
  }
}

// What goes wrong, as a function of the mode and the request; null: nothing.
function misbehave(mode, msg, res) {
  if (mode === 'rate-limit' && msg.method === 'tools/call' && rateLimited++ < rateLimitTimes) {
    res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '1' });
    res.end(JSON.stringify({ error: 'rate_limited', message: 'Too many tool calls' }));
    return true;
  }
  if (mode === 'flaky' && msg.method === 'tools/call' && flakyCalls++ % 2 === 0) {
    res.writeHead(503, { 'Content-Type': 'text/plain' });
    res.end('Service Unavailable');
    return true;
  }
  if (mode === 'expired' && msg.method === 'tools/call') {
    res.writeHead(401, { 'Content-Type': 'application/json',
      'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The access token expired"' });
    res.end(JSON.stringify({ error: 'invalid_token', error_description: 'The access token expired' }));
    return true;
  }
  return false;
}

function body(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => resolve(data));
  });
}

// Encodes an answer the way the mode spoils it (JSON bodies).
function spoil(mode, msg, text) {
  if (mode === 'cut-json' && msg.method === 'tools/list') return text.slice(0, Math.floor(text.length / 2));
  if (mode === 'bom') return '\uFEFF' + text;
  return text;
}

const sessions = new Set();
const sseStreams = new Map(); // legacy: session id -> response

async function streamable(mode, req, res) {
  if (req.method === 'GET') {
    if (mode === 'get-404') { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('Cannot GET /mcp'); return; }
    res.writeHead(405, { Allow: 'POST' }); res.end(); return;
  }
  if (req.method === 'DELETE') {
    // Answered late, so a client that does not wait for the answer is seen.
    if (sessions.delete(req.headers['mcp-session-id'])) setTimeout(() => { deletes++; res.writeHead(200); res.end(); }, 300);
    else { res.writeHead(404); res.end(); }
    return;
  }
  const msg = JSON.parse(await body(req));
  if (msg.id === undefined) { res.writeHead(202); res.end(); return; }
  if (misbehave(mode, msg, res)) return;
  if (mode === 'hang' && msg.method === 'tools/call') return; // never answered
  const headers = {};
  if (msg.method === 'initialize' && mode === 'get-404') {
    const id = randomUUID(); sessions.add(id); headers['Mcp-Session-Id'] = id;
  }
  if (mode === 'sse-no-id' && msg.method === 'tools/call') {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream' });
    res.write(`event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'working' } })}\n\n`);
    setTimeout(() => res.end(), 50); // ends before the response, with no id to resume from
    return;
  }
  if (mode === 'reflect') {
    const auth = req.headers.authorization || '';
    msg.reflected = ` (you sent ${auth})`;
    const token = auth.replace(/^Bearer /, '');
    res.writeHead(200, { ...headers, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip',
                         'X-Echo-Authorization': auth,
                         'Set-Cookie': [`seen=${token}; Path=/; HttpOnly`, `again=${token}; Path=/`] });
    res.end(gzipSync(JSON.stringify(answer(mode, msg))));
    return;
  }
  const text = spoil(mode, msg, JSON.stringify(answer(mode, msg)));
  res.writeHead(200, { ...headers, 'Content-Type': mode === 'bom' ? 'text/plain' : 'application/json' });
  res.end(text);
}

async function legacy(mode, kind, req, res, url) {
  if (kind === 'sse') {
    const id = randomUUID();
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.write(`event: endpoint\ndata: /${mode}/messages?sessionId=${id}\n\n`);
    sseStreams.set(id, res);
    req.on('close', () => sseStreams.delete(id));
    return;
  }
  const stream = sseStreams.get(url.searchParams.get('sessionId'));
  if (!stream) { res.writeHead(404); res.end('unknown session'); return; }
  const msg = JSON.parse(await body(req));
  if (msg.id !== undefined && misbehave(mode, msg, res)) return;
  res.writeHead(202); res.end('Accepted');
  if (msg.id === undefined) return;
  if (mode === 'sse-no-id' && msg.method === 'tools/call') { stream.end(); return; } // the stream closes before the answer
  const text = spoil(mode, msg, JSON.stringify(answer(mode, msg)));
  stream.write(`event: message\ndata: ${text}\n\n`);
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  const [, mode, kind] = url.pathname.split('/');
  try {
    if (mode === 'stats') { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify({ deletes })); }
    else if (kind === 'mcp') await streamable(mode, req, res);
    else if (kind === 'sse' || kind === 'messages') await legacy(mode, kind, req, res, url);
    else { res.writeHead(404); res.end(); }
  } catch (e) {
    res.writeHead(500); res.end(String(e));
  }
}).listen(port, '127.0.0.1', () => console.log('listening'));
