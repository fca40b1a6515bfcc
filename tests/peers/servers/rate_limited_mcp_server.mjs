// An MCP server built with the official TypeScript SDK (pinned in
// tests/peers) over Streamable HTTP (stateless, JSON answers) that
// rate-limits tool calls, for the analytics tests' rate-limit figures.
//   PORT:        /mcp on 127.0.0.1
//   RATE_LIMIT:  tool calls allowed in all (default 5); every tools/call
//                past the quota answers HTTP 429 with Retry-After
//   RETRY_AFTER: the Retry-After seconds of a 429 (default 7)
// Every answer carries the quota both ways servers spell it:
//   RateLimit-Limit / RateLimit-Remaining (IETF draft, separate fields) and
//   X-RateLimit-Limit / X-RateLimit-Remaining (GitHub style),
// Remaining being what is left after this request. initialize and the other
// methods cost nothing; only tools/call spends the quota.
// Tools: echo {message}
import express from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import * as z from 'zod';

const limit = Number(process.env.RATE_LIMIT || 5);
const retryAfter = Number(process.env.RETRY_AFTER || 7);
let used = 0;

function makeServer() {
  const server = new McpServer({ name: 'rate-limited', version: '1.0.0' });
  server.registerTool('echo', { description: 'Echoes the message', inputSchema: { message: z.string() } },
    async ({ message }) => ({ content: [{ type: 'text', text: `Echo: ${message}` }] }));
  return server;
}

function quotaHeaders(res, remaining) {
  res.setHeader('RateLimit-Limit', String(limit));
  res.setHeader('RateLimit-Remaining', String(remaining));
  res.setHeader('X-RateLimit-Limit', String(limit));
  res.setHeader('X-RateLimit-Remaining', String(remaining));
}

const app = express();
app.use(express.json());
app.all('/mcp', async (req, res) => {
  const messages = Array.isArray(req.body) ? req.body : [req.body];
  const calls = req.method === 'POST' ? messages.filter((m) => m && m.method === 'tools/call').length : 0;
  if (calls > 0 && used + calls > limit) {
    quotaHeaders(res, Math.max(0, limit - used));
    res.setHeader('Retry-After', String(retryAfter));
    res.status(429).json({ jsonrpc: '2.0', error: { code: -32000, message: 'Too many requests' },
                           id: messages[0]?.id ?? null });
    return;
  }
  used += calls;
  quotaHeaders(res, limit - used);
  if (req.method !== 'POST') {
    res.status(405).set('Allow', 'POST').json({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed' }, id: null });
    return;
  }
  const server = makeServer();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  res.on('close', () => { transport.close(); server.close(); });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(Number(process.env.PORT), '127.0.0.1');
