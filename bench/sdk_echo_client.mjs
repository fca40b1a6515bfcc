// The peer for mcp_bench: the official TypeScript SDK client doing the same
// sequential echo tool calls (it validates every result against the SDK's Zod
// schema, which McpScope does not: noted beside the figures).
// Usage: node sdk_echo_client.mjs PEERS_DIR URL TOOL, then one line per round
// on stdin giving the number of calls; prints "calls_per_s: N" for each.
const [peers, url, tool] = process.argv.slice(2);
const sdk = `${peers}/@modelcontextprotocol/sdk/dist/esm/client`;
const { Client } = await import(`file://${sdk}/index.js`);
const { StreamableHTTPClientTransport } = await import(`file://${sdk}/streamableHttp.js`);
const { createInterface } = await import('node:readline');

const client = new Client({ name: 'mcp-bench-sdk', version: '1.0.0' });
await client.connect(new StreamableHTTPClientTransport(new URL(url)));
const args = tool === 'echo' ? { message: 'bench' } : {};
await client.callTool({ name: tool, arguments: args }); // warm-up
for await (const line of createInterface({ input: process.stdin })) {
  const calls = Number(line);
  if (!(calls > 0)) break;
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; ++i)
    await client.callTool({ name: tool, arguments: args });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`calls_per_s: ${(calls / seconds).toFixed(1)}`);
}
await client.close();
