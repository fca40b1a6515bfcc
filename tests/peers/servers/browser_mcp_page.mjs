// A web page that is an MCP client, and the MCP server it talks to, on one
// origin: for capturing a real browser's view of MCP traffic (DevTools HAR).
// The server is built with the official TypeScript SDK (pinned in tests/peers).
//   PORT (default 0: any free port): serves on 127.0.0.1 and prints
//   "listening http://127.0.0.1:PORT/" on stdout once it accepts connections,
//   and "page session done" each time the page has made its last call.
// Routes:
//   GET  /            the page (HTML; runs the session below on load)
//   GET  /client.js   the page's script: plain JS, fetch, no bundler
//   POST /token       a stand-in token endpoint (form grant_type=client_credentials):
//                     {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600}
//   /mcp              Streamable HTTP, stateful, answers POSTs as SSE (text/event-stream)
//   /mcp-json         the same server, answers POSTs as JSON (enableJsonResponse)
// Both MCP endpoints want "Authorization: Bearer <TOKEN>" (401 with
// WWW-Authenticate otherwise). TOKEN is fake, made for the fixture: the HAR
// importer must redact it (in the Authorization headers and the token
// response's access_token; it is not in the page or its script).
// The page's session (see CLIENT below), in order: POST /token, then
//   /mcp       initialize, notifications/initialized, tools/list,
//              tools/call echo {message} with a progressToken (its SSE
//              response: notifications/progress, then the result),
//              tools/call divide {a:1,b:0} (a tool error: result.isError),
//              resources/list (a JSON-RPC error, -32601: no resources), DELETE
//   /mcp-json  initialize, notifications/initialized, tools/call add {a:2,b:3}, DELETE
// Tools: echo {message}, add {a,b}, divide {a,b} (isError when b is 0).
import { randomUUID } from 'node:crypto';
import express from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';

export const TOKEN = 'mcpscope-fixture-token-7f3a9c1e5b2d4860a1f7c3e9d5b2a4f6';

function makeServer() {
  const server = new McpServer({ name: 'browser-page', version: '1.0.0' });
  // With a progressToken, echo first sends notifications/progress on the
  // response's SSE stream: that response then carries two events.
  server.registerTool('echo', { description: 'Echo a message', inputSchema: { message: z.string() } },
    async ({ message }, extra) => {
      const progressToken = extra._meta?.progressToken;
      if (progressToken !== undefined)
        await extra.sendNotification({ method: 'notifications/progress', params: { progressToken, progress: 1, total: 1, message: 'echoing' } });
      return { content: [{ type: 'text', text: message }] };
    });
  server.registerTool('add', { description: 'Add two numbers', inputSchema: { a: z.number(), b: z.number() } },
    async ({ a, b }) => ({ content: [{ type: 'text', text: String(a + b) }] }));
  server.registerTool('divide', { description: 'Divide a by b', inputSchema: { a: z.number(), b: z.number() } },
    async ({ a, b }) => (b === 0 ? { content: [{ type: 'text', text: 'division by zero' }], isError: true }
                                  : { content: [{ type: 'text', text: String(a / b) }] }));
  return server;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>MCP in a browser</title>
<link rel="icon" href="data:,">
<style>body{font:14px sans-serif;margin:1em} li{margin:.2em 0;white-space:pre-wrap;font-family:monospace}</style>
</head><body>
<h1>MCP in a browser</h1>
<p id="state">running…</p>
<ol id="log"></ol>
<script src="/client.js"></script>
</body></html>
`;

const CLIENT = `// An MCP client in plain browser JS: Streamable HTTP over fetch.
let TOKEN = null;
const log = (text) => { const li = document.createElement('li'); li.textContent = text; document.getElementById('log').append(li); };

// The JSON-RPC messages of a response body: JSON, or SSE whose data lines are JSON.
function messagesOf(type, body) {
  if (!body) return [];
  if (!type.startsWith('text/event-stream')) return [JSON.parse(body)];
  const out = [];
  for (const event of body.split(/\\r?\\n\\r?\\n/)) {
    const data = event.split(/\\r?\\n/).filter((l) => l.startsWith('data:')).map((l) => l.slice(5).replace(/^ /, '')).join('\\n');
    if (data) out.push(JSON.parse(data));
  }
  return out;
}

async function session(endpoint) {
  let sessionId = null, protocolVersion = null, nextId = 1;
  const headers = () => {
    const h = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', Authorization: 'Bearer ' + TOKEN };
    if (sessionId) h['Mcp-Session-Id'] = sessionId;
    if (protocolVersion) h['MCP-Protocol-Version'] = protocolVersion;
    return h;
  };
  const post = async (method, params, notification) => {
    const message = { jsonrpc: '2.0', method };
    if (params) message.params = params;
    if (!notification) message.id = nextId++;
    const response = await fetch(endpoint, { method: 'POST', headers: headers(), body: JSON.stringify(message) });
    sessionId = response.headers.get('Mcp-Session-Id') || sessionId;
    const type = response.headers.get('Content-Type') || '';
    const messages = messagesOf(type, await response.text());
    log(endpoint + ' ' + method + ' -> ' + response.status + ' ' + (type.split(';')[0] || '(no body)') + messages.map((m) => '\\n  ' + JSON.stringify(m)).join(''));
    return messages.at(-1);
  };
  const init = await post('initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'browser-page-client', version: '1.0.0' } });
  protocolVersion = init.result.protocolVersion;
  await post('notifications/initialized', undefined, true);
  return { post, close: async () => {
    const response = await fetch(endpoint, { method: 'DELETE', headers: headers() });
    log(endpoint + ' DELETE -> ' + response.status);
  } };
}

(async () => {
  try {
    const grant = await fetch('/token', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                                          body: 'grant_type=client_credentials&client_id=browser-page-client' });
    TOKEN = (await grant.json()).access_token;
    log('/token -> ' + grant.status + ' (a Bearer token)');
    const sse = await session('/mcp');
    await sse.post('tools/list', {});
    await sse.post('tools/call', { name: 'echo', arguments: { message: 'hello from the browser' }, _meta: { progressToken: 'echo-1' } });
    await sse.post('tools/call', { name: 'divide', arguments: { a: 1, b: 0 } });
    await sse.post('resources/list', {});
    await sse.close();
    const json = await session('/mcp-json');
    await json.post('tools/call', { name: 'add', arguments: { a: 2, b: 3 } });
    await json.close();
    document.getElementById('state').textContent = 'done';
  } catch (e) {
    document.getElementById('state').textContent = 'failed: ' + e;
  }
})();
`;

const app = express();
app.use(express.json());
app.get('/', (req, res) => res.type('html').send(PAGE));
app.get('/client.js', (req, res) => res.type('js').send(CLIENT));
app.post('/token', express.urlencoded({ extended: false }), (req, res) => {
  if (req.body.grant_type !== 'client_credentials') return res.status(400).json({ error: 'unsupported_grant_type' });
  res.set('Cache-Control', 'no-store').json({ access_token: TOKEN, token_type: 'Bearer', expires_in: 3600 });
});

for (const [path, enableJsonResponse] of [['/mcp', false], ['/mcp-json', true]]) {
  const transports = {};
  app.all(path, async (req, res) => {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.status(401).set('WWW-Authenticate', 'Bearer realm="mcp"').json({ error: 'invalid_token' });
      return;
    }
    const id = req.headers['mcp-session-id'];
    let transport = id && transports[id];
    if (!transport) {
      if (req.method !== 'POST' || !isInitializeRequest(req.body)) {
        res.status(404).json({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' }, id: null });
        return;
      }
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        enableJsonResponse,
        onsessioninitialized: (sid) => { transports[sid] = transport; },
      });
      transport.onclose = () => { if (transport.sessionId) delete transports[transport.sessionId]; };
      await makeServer().connect(transport);
    }
    await transport.handleRequest(req, res, req.body);
    if (req.method === 'DELETE' && path === '/mcp-json') console.log('page session done'); // the page's last call
  });
}

const listener = app.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${listener.address().port}/`);
});
