// An MCP server built with the official TypeScript SDK (pinned in
// tests/peers) in two versions of one interface, for the interface diff:
//   VARIANT=a (default) or b; with argument "stdio" it speaks over stdio,
//   else Streamable HTTP (stateless) at /mcp on 127.0.0.1:PORT.
// What b changes against a:
//   tool  echo       description "Echo a message" -> "Echo a message back";
//                    inputSchema gains an optional boolean "loud"
//   tool  add        removed;  tool multiply added
//   resource  demo://readme   same;  demo://changelog only in b
//   template  demo://items/{id}  title "Item" -> "Catalogue item"
//   prompt  greet    gains an optional argument "language"
//   serverInfo.version "1.0.0" -> "2.0.0"
import express from 'express';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import * as z from 'zod';

const b = process.env.VARIANT === 'b';

function makeServer() {
  const server = new McpServer({ name: 'interface', version: b ? '2.0.0' : '1.0.0' });
  const echoInput = b ? { message: z.string(), loud: z.boolean().optional() } : { message: z.string() };
  server.registerTool('echo', { description: b ? 'Echo a message back' : 'Echo a message', inputSchema: echoInput },
    async ({ message }) => ({ content: [{ type: 'text', text: message }] }));
  if (b)
    server.registerTool('multiply', { description: 'Multiply two numbers', inputSchema: { a: z.number(), b: z.number() } },
      async ({ a, b: c }) => ({ content: [{ type: 'text', text: String(a * c) }] }));
  else
    server.registerTool('add', { description: 'Add two numbers', inputSchema: { a: z.number(), b: z.number() } },
      async ({ a, b: c }) => ({ content: [{ type: 'text', text: String(a + c) }] }));
  const text = (uri, body) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: body }] });
  server.registerResource('readme', 'demo://readme', { title: 'Read me', mimeType: 'text/plain' },
    async (uri) => text(uri, 'read me'));
  if (b)
    server.registerResource('changelog', 'demo://changelog', { title: 'Changes', mimeType: 'text/plain' },
      async (uri) => text(uri, 'changes'));
  server.registerResource('item', new ResourceTemplate('demo://items/{id}', { list: undefined }),
    { title: b ? 'Catalogue item' : 'Item', mimeType: 'text/plain' }, async (uri, { id }) => text(uri, `item ${id}`));
  const greetArgs = b ? { name: z.string(), language: z.string().optional() } : { name: z.string() };
  server.registerPrompt('greet', { description: 'Greet someone', argsSchema: greetArgs },
    ({ name }) => ({ messages: [{ role: 'user', content: { type: 'text', text: `Hello ${name}` } }] }));
  return server;
}

if (process.argv[2] === 'stdio') {
  await makeServer().connect(new StdioServerTransport());
} else {
  const app = express();
  app.use(express.json());
  // Stateless: a server and a transport per request, as the SDK's example does.
  app.post('/mcp', async (req, res) => {
    const server = makeServer();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => { transport.close(); server.close(); });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  const refuse = (req, res) => res.status(405).set('Allow', 'POST').end();
  app.get('/mcp', refuse);
  app.delete('/mcp', refuse);
  app.listen(Number(process.env.PORT), '127.0.0.1');
}
