// The TypeScript SDK's own client (@modelcontextprotocol/sdk) against an MCP
// server, for McpScope's mock tests: it connects, makes the calls of a plan
// with the SDK's typed methods and prints what it got as JSON.
//   node sdk_client_against.mjs PLAN_JSON http URL
//   node sdk_client_against.mjs PLAN_JSON stdio COMMAND [ARGS...]
// PLAN_JSON: [{"method": "tools/list" | "tools/call" | "resources/list" |
//   "resources/read" | "prompts/list" | "prompts/get" | "ping", "params": {...}}]
// Prints {"protocolVersion", "serverInfo", "capabilities", "results": [
//   {"method", "result"} | {"method", "error": {"code", "message", "data"}}]}.
// Exits 0 once every call has an outcome, 1 when it could not connect.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const [planText, mode, ...rest] = process.argv.slice(2);
const plan = JSON.parse(planText);
const transport = mode === 'http'
  ? new StreamableHTTPClientTransport(new URL(rest[0]))
  : new StdioClientTransport({ command: rest[0], args: rest.slice(1), stderr: 'inherit' });

const client = new Client({ name: 'mcpscope-mock-test', version: '1.0.0' });
try {
  await client.connect(transport);
} catch (error) {
  process.stderr.write(`connect failed: ${error?.stack ?? error}\n`);
  process.exit(1);
}

const calls = {
  'tools/list': (p) => client.listTools(p),
  'tools/call': (p) => client.callTool(p),
  'resources/list': (p) => client.listResources(p),
  'resources/read': (p) => client.readResource(p),
  'prompts/list': (p) => client.listPrompts(p),
  'prompts/get': (p) => client.getPrompt(p),
  ping: () => client.ping(),
};

const results = [];
for (const step of plan) {
  const call = calls[step.method];
  if (!call) {
    results.push({ method: step.method, error: { code: 0, message: 'not in this script' } });
    continue;
  }
  try {
    results.push({ method: step.method, result: await call(step.params ?? {}) });
  } catch (error) {
    results.push({
      method: step.method,
      error: { code: error?.code ?? 0, message: String(error?.message ?? error), data: error?.data ?? null },
    });
  }
}

const out = {
  protocolVersion: transport.protocolVersion ?? null,
  serverInfo: client.getServerVersion() ?? null,
  capabilities: client.getServerCapabilities() ?? null,
  results,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
await client.close();
process.exit(0);
