// The peer for oauth_bench: the official TypeScript SDK client doing a whole
// OAuth code flow against an MCP server: the 401, discovery, dynamic
// registration, authorization (its redirects followed without a browser,
// cookies kept, as McpScope's headless mode does), the token exchange, and
// the first authorized tool call.
// Usage: node sdk_oauth_client.mjs PEERS_DIR URL, then one "run" line per flow
// on stdin; prints "flow_ms: N" for each.
const [peers, url] = process.argv.slice(2);
const sdk = `${peers}/@modelcontextprotocol/sdk/dist/esm/client`;
const { Client } = await import(`file://${sdk}/index.js`);
const { StreamableHTTPClientTransport } = await import(`file://${sdk}/streamableHttp.js`);
const { UnauthorizedError } = await import(`file://${sdk}/auth.js`);

const callback = 'http://127.0.0.1:33418/callback';

class Provider {
  constructor() { this.authorizationUrl = undefined; }
  get redirectUrl() { return callback; }
  get clientMetadata() {
    return { client_name: 'sdk-bench', redirect_uris: [callback], grant_types: ['authorization_code', 'refresh_token'],
             response_types: ['code'], token_endpoint_auth_method: 'none', application_type: 'native' };
  }
  clientInformation() { return this.info; }
  saveClientInformation(info) { this.info = info; }
  tokens() { return this.savedTokens; }
  saveTokens(tokens) { this.savedTokens = tokens; }
  redirectToAuthorization(authorizationUrl) { this.authorizationUrl = authorizationUrl; }
  saveCodeVerifier(verifier) { this.verifier = verifier; }
  codeVerifier() { return this.verifier; }
}

// What a browser does with the authorization URL: follow the redirects,
// keeping cookies, until one leads to the callback.
async function follow(start) {
  const cookies = new Map();
  let at = new URL(start);
  for (let hops = 0; hops < 10; ++hops) {
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(at, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    const location = response.headers.get('location');
    await response.arrayBuffer();
    if (!location) throw new Error(`no redirect from ${at} (${response.status})`);
    const next = new URL(location, at);
    if (next.href.startsWith(callback)) return next.searchParams.get('code');
    at = next;
  }
  throw new Error('too many redirects');
}

async function flow() {
  const start = process.hrtime.bigint();
  const provider = new Provider();
  let transport = new StreamableHTTPClientTransport(new URL(url), { authProvider: provider });
  let client = new Client({ name: 'oauth-bench-sdk', version: '1.0.0' });
  try {
    await client.connect(transport);
  } catch (error) {
    if (!(error instanceof UnauthorizedError)) throw error;
    const code = await follow(provider.authorizationUrl);
    await transport.finishAuth(code);
    transport = new StreamableHTTPClientTransport(new URL(url), { authProvider: provider });
    client = new Client({ name: 'oauth-bench-sdk', version: '1.0.0' });
    await client.connect(transport);
  }
  const result = await client.callTool({ name: 'whoami', arguments: {} });
  if (!result.content[0].text.includes('subject=')) throw new Error('not authorized');
  console.log(`flow_ms: ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(1)}`);
  await client.close();
}

// One flow per line on stdin ("run"), so oauth_bench can interleave the two
// clients in one warm process; the first flow warms up and prints nothing
// different (the caller discards it).
const { createInterface } = await import('node:readline');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'run') break;
  await flow();
}
