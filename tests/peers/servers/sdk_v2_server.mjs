// An MCP server built with the official TypeScript SDK v2
// (@modelcontextprotocol/server, pinned in tests/peers), which serves BOTH
// protocol eras from one factory: `server/discover` and the per-request
// `_meta` envelope of 2026-07-28, and the `initialize` handshake of the
// legacy revisions (2024-11-05 … 2025-11-25).
//   node sdk_v2_server.mjs stdio      speaks over stdio (serveStdio)
//   node sdk_v2_server.mjs [http]     Streamable HTTP at /mcp on
//                                     127.0.0.1:PORT (createMcpHandler; the
//                                     legacy era is served statelessly)
// Surface (the same in both eras):
//   tool  echo {message}        the message back
//   tool  add {a, b}            the sum as text
//   tool  ask_name {greeting?, confirm?}
//                               multi-round-trip (MRTR): returns an
//                               InputRequiredResult with an elicitation for
//                               "name"; the retry answering it gets
//                               "<greeting>, <name>!". With confirm: true a
//                               second round asks to confirm (the name rides
//                               in requestState), so the call takes three
//                               rounds. In the legacy era the SDK's shim
//                               turns the same handler into a real
//                               elicitation/create server request.
//   tool  regional_echo {region, message}
//                               `region` carries x-mcp-header "Region"
//                               (SEP-2243): a modern HTTP client mirrors it
//                               into the Mcp-Param-Region header; the tool
//                               answers "<region>: <message> (header <seen>)"
//   tool  log_levels {}         sends one log message at each of debug, info,
//                               warning and error (the client's requested
//                               level filters them)
//   resource  demo://readme     text "read me" (cache hint 30 s, public)
//   prompt    greet {name}      "Hello <name>"
//   lists carry ttlMs/cacheScope in the modern era (tools/list 60 s public).
import http from 'node:http';
import { McpServer, acceptedContent, createMcpHandler, inputRequired } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import * as z from 'zod';

const text = (body) => ({ content: [{ type: 'text', text: body }] });

function makeServer(ctx) {
  const server = new McpServer(
    { name: 'sdk-v2-peer', version: '2.3.1' },
    {
      capabilities: { tools: {}, resources: {}, prompts: {}, logging: {} },
      cacheHints: {
        'tools/list': { ttlMs: 60000, cacheScope: 'public' },
        'prompts/list': { ttlMs: 60000, cacheScope: 'public' },
        'resources/list': { ttlMs: 60000, cacheScope: 'public' },
      },
    });

  server.registerTool('echo', { description: 'Echo a message', inputSchema: z.object({ message: z.string() }) },
    async ({ message }) => text(message));

  server.registerTool('add', { description: 'Add two numbers', inputSchema: z.object({ a: z.number(), b: z.number() }) },
    async ({ a, b }) => text(String(a + b)));

  const nameSchema = z.object({ name: z.string() });
  const confirmSchema = z.object({ ok: z.boolean() });
  server.registerTool('ask_name', {
    description: 'Greet the user by a name it asks for (multi-round-trip)',
    inputSchema: z.object({ greeting: z.string().optional(), confirm: z.boolean().optional() }),
  }, async ({ greeting, confirm }, c) => {
    const hello = greeting ?? 'Hello';
    const state = c.mcpReq.requestState();
    if (typeof state === 'string' && state.startsWith('name:')) {
      const name = state.slice(5);
      const confirmed = acceptedContent(c.mcpReq.inputResponses, 'confirm', confirmSchema);
      if (confirmed === undefined)
        return inputRequired({
          inputRequests: { confirm: inputRequired.elicit({ message: `Greet ${name}?`, requestedSchema: confirmSchema }) },
          requestState: state,
        });
      return text(confirmed.ok ? `${hello}, ${name}!` : 'Not greeted.');
    }
    const answered = acceptedContent(c.mcpReq.inputResponses, 'name', nameSchema);
    if (answered === undefined)
      return inputRequired({
        inputRequests: { name: inputRequired.elicit({ message: 'What is your name?', requestedSchema: nameSchema }) },
      });
    if (confirm)
      return inputRequired({
        inputRequests: { confirm: inputRequired.elicit({ message: `Greet ${answered.name}?`, requestedSchema: confirmSchema }) },
        requestState: `name:${answered.name}`,
      });
    return text(`${hello}, ${answered.name}!`);
  });

  server.registerTool('regional_echo', {
    description: 'Echo a message for a region (the region travels as the Mcp-Param-Region header)',
    inputSchema: z.object({ region: z.string().meta({ 'x-mcp-header': 'Region' }), message: z.string() }),
  }, async ({ region, message }, c) => {
    const seen = c.http?.req?.headers?.get('mcp-param-region') ?? 'none';
    return text(`${region}: ${message} (header ${seen})`);
  });

  server.registerTool('log_levels', { description: 'Log at debug, info, warning and error', inputSchema: z.object({}) },
    async (_args, c) => {
      for (const level of ['debug', 'info', 'warning', 'error'])
        await c.mcpReq.log(level, `a ${level} message`, 'sdk-v2-peer');
      return text('logged');
    });

  server.registerResource('readme', 'demo://readme',
    { title: 'Read me', mimeType: 'text/plain', cacheHint: { ttlMs: 30000, cacheScope: 'public' } },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'read me' }] }));

  server.registerPrompt('greet', { description: 'Greet someone', argsSchema: z.object({ name: z.string() }) },
    ({ name }) => ({ messages: [{ role: 'user', content: { type: 'text', text: `Hello ${name}` } }] }));

  void ctx;
  return server;
}

if (process.argv[2] === 'stdio') {
  serveStdio(makeServer, { onerror: (e) => process.stderr.write(`sdk-v2-peer: ${e.message}\n`) });
} else {
  const handler = createMcpHandler(makeServer, { onerror: (e) => process.stderr.write(`sdk-v2-peer: ${e.message}\n`) });
  const port = Number(process.env.PORT ?? process.argv[3] ?? 0);
  const httpServer = http.createServer(async (req, res) => {
    if (!req.url.startsWith('/mcp')) {
      res.writeHead(404).end();
      return;
    }
    const chunks = [];
    for await (const chunk of req)
      chunks.push(chunk);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined)
        headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url}`, {
      method: req.method, headers, signal: abort.signal,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    let response;
    try {
      response = await handler.fetch(request);
    } catch (e) {
      res.writeHead(500).end(String(e));
      return;
    }
    const outHeaders = {};
    response.headers.forEach((value, key) => { outHeaders[key] = value; });
    res.writeHead(response.status, outHeaders);
    if (!response.body) {
      res.end();
      return;
    }
    try {
      for await (const chunk of response.body)
        res.write(chunk);
    } catch {
      // the client went away mid-stream
    }
    res.end();
  });
  httpServer.listen(port, '127.0.0.1', () => {
    console.log(`sdk-v2-peer listening on ${httpServer.address().port}`);
  });
  const stop = () => { handler.close().finally(() => process.exit(0)); };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
