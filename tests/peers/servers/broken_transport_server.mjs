// An MCP server whose transport breaks the way real ones do, one behaviour
// per path prefix, over Streamable HTTP (/<mode>/mcp) and the 2024-11-05
// HTTP+SSE transport (/<mode>/sse, messages to /<mode>/messages). Plain
// node:http on purpose: the SDK would not let a server misbehave.
// Streamable HTTP (tools/call or tools/list misbehaves, initialize works):
//   wrong-id        tools/list answered with plain JSON whose response has id 999
//   session-400     stateful; tools/call answered 400 "No valid session ID provided"
//   scope-403       tools/call answered 403 Bearer error="insufficient_scope"
//   forbidden-bearer tools/call answered 403 Bearer error="invalid_token" (not a scope)
//   forbidden-plain tools/call answered 403 without a challenge or a body
//   bad-challenge   tools/call answered 401 with a WWW-Authenticate that cannot be
//                   parsed (an unclosed quote); the server offers no OAuth metadata
//   unauthorized    tools/call answered 401 Bearer error="invalid_token" every time
//   big-event       tools/call answered on SSE with one 300 KB event
//   resume-refused  tools/call answered on SSE with an event id and retry 10 ms,
//                   then ended; the GET that resumes it answers 405
//   resume-no-id    as resume-refused, but the resuming GET answers an SSE stream
//                   with one notification without an id, then ends
//   get-drop        the listening GET's connection is destroyed without an answer
//   delete-hang     stateful; the DELETE that ends the session is never answered
//   chatty          tools/call answered on SSE with, before the response: progress
//                   for a token nobody sent, an elicitation/create with id "s1",
//                   the same request id "s1" again, and notifications/cancelled
//                   for "s1"
//   hang            tools/call is never answered
//   sse-bad-json    tools/call answered on SSE with an event whose JSON breaks off
//   post-drop       the connection of a tools/call POST is destroyed unanswered
//                   (over HTTP+SSE too)
//   listening       the listening GET is answered with an event stream kept open
//   sse-hang        tools/call answered on an SSE stream that stays open and never
//                   carries the response
//   resume-twice    tools/call answered on SSE with event id e1, then ended; the GET
//                   resuming from e1 sends event id e2 and ends; the GET resuming
//                   from e2 carries the response
//   discover-old    server/discover answered, listing 2025-06-18 only
//   mixed-era       initialize answered with protocol version 2026-07-28 (the
//                   modern era, which has no initialize)
// HTTP+SSE:
//   off-origin      the endpoint event names http://localhost:PORT/messages (the
//                   same port, another host than the stream's 127.0.0.1)
//   sse-401         GET /sse answered 401 with a Bearer challenge
//   sse-500         GET /sse answered 500
//   sse-204         GET /sse answered 204
//   sse-end         GET /sse answered 200 SSE that ends without an endpoint event
//   post-500        POST of tools/call answered 500 "database down"
//   post-401        POST of tools/call answered 401 with a Bearer challenge
//   big-event       tools/call answered on the stream with one 300 KB event
// Env PORT.
import http from 'node:http';
import { randomUUID } from 'node:crypto';

const port = Number(process.env.PORT);

function result(id, value) { return { jsonrpc: '2.0', id, result: value }; }

function answer(mode, msg) {
  switch (msg.method) {
    case 'server/discover':
      if (mode !== 'discover-old') break;
      return result(msg.id, { supportedVersions: ['2025-06-18'], capabilities: { tools: {} },
                              serverInfo: { name: 'broken-discover-old', version: '1.0.0' } });
    case 'initialize':
      return result(msg.id, { protocolVersion: mode === 'mixed-era' ? '2026-07-28' : msg.params.protocolVersion,
                              capabilities: { tools: {} },
                              serverInfo: { name: `broken-${mode}`, version: '1.0.0' } });
    case 'tools/list':
      return result(mode === 'wrong-id' ? 999 : msg.id,
                    { tools: [{ name: 'echo', inputSchema: { type: 'object' } }] });
    case 'tools/call':
      return result(msg.id, { content: [{ type: 'text', text: 'Echo' }] });
    case 'ping':
      return result(msg.id, {});
  }
  return { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } };
}

function body(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => resolve(data));
  });
}

const notification = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message',
                                      params: { level: 'info', data: 'working' } });
const sessions = new Set();
let pendingCallId; // resume-twice: the tools/call the resumptions answer
const resumedFrom = []; // resume-twice: the Last-Event-IDs seen, served at /resumes
const sseStreams = new Map(); // legacy: session id -> response

async function streamable(mode, req, res) {
  if (req.method === 'GET') {
    const resuming = req.headers['last-event-id'];
    if (mode === 'get-drop') { req.socket.destroy(); return; }
    if (mode === 'listening' && !resuming) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(': open\n\n');
      return;
    }
    if (resuming && mode === 'resume-twice') {
      resumedFrom.push(resuming);
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      if (resuming === 'e1') {
        res.write(`id: e2\nretry: 10\nevent: message\ndata: ${notification}\n\n`);
        setTimeout(() => res.end(), 50);
      } else {
        res.end(`id: e3\nevent: message\ndata: ${JSON.stringify(result(pendingCallId, { content: [{ type: 'text', text: 'resumed twice' }] }))}\n\n`);
      }
      return;
    }
    if (resuming && mode === 'resume-no-id') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(`event: message\ndata: ${notification}\n\n`);
      setTimeout(() => res.end(), 50);
      return;
    }
    res.writeHead(405, { Allow: 'POST' }); res.end(); return;
  }
  if (req.method === 'DELETE') {
    if (mode === 'delete-hang') return; // never answered
    res.writeHead(200); res.end(); return;
  }
  const msg = JSON.parse(await body(req));
  if (msg.id === undefined) { res.writeHead(202); res.end(); return; }
  const headers = { 'Content-Type': 'application/json' };
  if (msg.method === 'initialize' && (mode === 'session-400' || mode === 'delete-hang')) {
    const id = randomUUID(); sessions.add(id); headers['Mcp-Session-Id'] = id;
  }
  if (msg.method === 'tools/call') {
    if (mode === 'hang') return;
    if (mode === 'sse-hang') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(`event: message\ndata: ${notification}\n\n`);
      return;
    }
    if (mode === 'resume-twice') {
      pendingCallId = msg.id;
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(`id: e1\nretry: 10\nevent: message\ndata: ${notification}\n\n`);
      setTimeout(() => res.end(), 50);
      return;
    }
    if (mode === 'post-drop') { req.socket.destroy(); return; }
    if (mode === 'sse-bad-json') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.end(`event: message\ndata: {"jsonrpc":"2.0","id":${JSON.stringify(msg.id)},"result":{"content":[\n\n`);
      return;
    }
    if (mode === 'session-400') {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: null,
                               error: { code: -32000, message: 'Bad Request: No valid session ID provided' } }));
      return;
    }
    if (mode === 'scope-403') {
      res.writeHead(403, { 'Content-Type': 'application/json',
        'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="tools:write", error_description="Needs tools:write"' });
      res.end(JSON.stringify({ error: 'insufficient_scope' }));
      return;
    }
    if (mode === 'forbidden-bearer') {
      res.writeHead(403, { 'Content-Type': 'application/json',
        'WWW-Authenticate': 'Bearer error="invalid_token", error_description="Token revoked"' });
      res.end(JSON.stringify({ error: 'invalid_token' }));
      return;
    }
    if (mode === 'bad-challenge') {
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="unclosed' });
      res.end();
      return;
    }
    if (mode === 'forbidden-plain') { res.writeHead(403); res.end(); return; }
    if (mode === 'unauthorized') {
      res.writeHead(401, { 'Content-Type': 'application/json',
        'WWW-Authenticate': 'Bearer error="invalid_token", error_description="Token not accepted"' });
      res.end(JSON.stringify({ error: 'invalid_token' }));
      return;
    }
    if (mode === 'big-event') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.end(`event: message\ndata: ${JSON.stringify(result(msg.id, { content: [{ type: 'text', text: 'x'.repeat(300 * 1024) }] }))}\n\n`);
      return;
    }
    if (mode === 'chatty') {
      const elicit = { jsonrpc: '2.0', id: 's1', method: 'elicitation/create',
                       params: { message: 'Name?', requestedSchema: { type: 'object', properties: {} } } };
      const events = [
        { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 'nobody', progress: 1 } },
        elicit, elicit,
        { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 's1', reason: 'changed my mind' } },
        answer(mode, msg),
      ];
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.end(events.map((e) => `event: message\ndata: ${JSON.stringify(e)}\n\n`).join(''));
      return;
    }
    if (mode === 'resume-refused' || mode === 'resume-no-id') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(`id: e1\nretry: 10\nevent: message\ndata: ${notification}\n\n`);
      setTimeout(() => res.end(), 50);
      return;
    }
  }
  res.writeHead(200, headers);
  res.end(JSON.stringify(answer(mode, msg)));
}

async function legacy(mode, kind, req, res, url) {
  if (kind === 'sse') {
    if (mode === 'sse-401') {
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="mcp", error="invalid_token"' });
      res.end(); return;
    }
    if (mode === 'sse-500') { res.writeHead(500, { 'Content-Type': 'text/plain' }); res.end('stream broke'); return; }
    if (mode === 'sse-204') { res.writeHead(204); res.end(); return; }
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    if (mode === 'sse-end') { res.write(': no endpoint here\n\n'); setTimeout(() => res.end(), 50); return; }
    const id = randomUUID();
    const endpoint = mode === 'off-origin' ? `http://localhost:${port}/messages`
                                           : `/${mode}/messages?sessionId=${id}`;
    res.write(`event: endpoint\ndata: ${endpoint}\n\n`);
    sseStreams.set(id, res);
    req.on('close', () => sseStreams.delete(id));
    return;
  }
  const stream = sseStreams.get(url.searchParams.get('sessionId'));
  if (!stream) { res.writeHead(404); res.end('unknown session'); return; }
  const msg = JSON.parse(await body(req));
  if (msg.method === 'tools/call' && mode === 'post-drop') { req.socket.destroy(); return; }
  if (msg.method === 'tools/call' && mode === 'post-500') {
    res.writeHead(500, { 'Content-Type': 'text/plain' }); res.end('database down'); return;
  }
  if (msg.method === 'tools/call' && mode === 'post-401') {
    res.writeHead(401, { 'WWW-Authenticate': 'Bearer error="invalid_token"' }); res.end(); return;
  }
  res.writeHead(202); res.end('Accepted');
  if (msg.id === undefined) return;
  if (msg.method === 'tools/call' && mode === 'big-event') {
    stream.write(`event: message\ndata: ${JSON.stringify(result(msg.id, { content: [{ type: 'text', text: 'x'.repeat(300 * 1024) }] }))}\n\n`);
    return;
  }
  stream.write(`event: message\ndata: ${JSON.stringify(answer(mode, msg))}\n\n`);
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  const [, mode, kind] = url.pathname.split('/');
  try {
    if (mode === 'resumes') { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(resumedFrom)); }
    else if (kind === 'mcp') await streamable(mode, req, res);
    else if (kind === 'sse' || kind === 'messages') await legacy(mode, kind, req, res, url);
    else { res.writeHead(404); res.end(); }
  } catch (e) {
    res.writeHead(500); res.end(String(e));
  }
}).listen(port, '127.0.0.1');
