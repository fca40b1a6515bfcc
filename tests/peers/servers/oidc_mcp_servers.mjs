// A real OAuth 2.1 authorization server (oidc-provider, pinned in
// tests/peers) in front of an MCP resource server built with the official
// TypeScript SDK, which checks every token by introspection (RFC 7662).
//   AUTH_PORT: the authorization server, issuer http://127.0.0.1:AUTH_PORT
//              (PKCE S256 required, dynamic registration, refresh tokens with
//              rotation, revocation, introspection, resource indicators; the
//              interaction approves at once, so no human is needed)
//   PORT:      the MCP server at /mcp, its protected resource metadata at
//              /.well-known/oauth-protected-resource/mcp, scope mcp:tools;
//              the same server over the 2024-11-05 HTTP+SSE transport at /sse
//              (messages to /messages), a resource of its own; at
//              /mcp-post-only a stateful server whose GET answers 404
// Env TOKEN_TTL (seconds) shortens access tokens for refresh tests.
// Env ISSUED_TOKENS_FILE: every access and refresh token issued is appended
// there, one a line, so a test can search for the values themselves.
// Env REGISTERED_REDIRECT_URI: a pre-registered public client
// 'fixed-redirect-client' whose only redirect URI is that one.
// Failure modes for the diagnostics tests (unset: as above):
// Env CODE_TTL (seconds): authorization codes live this long (default 60).
// Env MACHINE_TOKEN_TTL (seconds): lifetime of the machine client's access
// tokens only, so one can expire while the other clients' do not.
// Env REDIRECT_LOOP: the authorization server answers /loop/a and /loop/b
// with redirects to each other, for ever.
import fs from 'node:fs';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import Provider, { errors } from 'oidc-provider';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
import * as z from 'zod';

const mcpPort = Number(process.env.PORT);
const authPort = Number(process.env.AUTH_PORT);
const issuer = `http://127.0.0.1:${authPort}`;
const mcpUrl = `http://127.0.0.1:${mcpPort}/mcp`;
const sseUrl = `http://127.0.0.1:${mcpPort}/sse`;
const postOnlyUrl = `http://127.0.0.1:${mcpPort}/mcp-post-only`;
const resources = [mcpUrl, sseUrl, postOnlyUrl];
const tokenTtl = Number(process.env.TOKEN_TTL || 3600);
const rsClient = { id: 'mcp-resource-server', secret: 'rs-secret-not-a-user-secret' };

const provider = new Provider(issuer, {
  clients: [{
    client_id: rsClient.id, client_secret: rsClient.secret,
    grant_types: [], response_types: [], redirect_uris: [],
  }, {
    // A pre-registered confidential client whose secret tests plant and then
    // look for on disk (they must not find it).
    client_id: 'planted-client', client_secret: process.env.PLANTED_SECRET || 'planted-secret-unset',
    grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
    redirect_uris: ['http://127.0.0.1:33418/callback'], token_endpoint_auth_method: 'client_secret_basic',
  }, {
    // A machine client for the client credentials grant.
    client_id: 'machine-client', client_secret: 'machine-secret-not-a-user-secret',
    grant_types: ['client_credentials'], response_types: [], redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
  }, ...(process.env.REGISTERED_REDIRECT_URI ? [{
    client_id: 'fixed-redirect-client', token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
    redirect_uris: [process.env.REGISTERED_REDIRECT_URI],
  }] : [])],
  features: {
    devInteractions: { enabled: false },
    registration: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => mcpUrl,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, resourceIndicator) => {
        if (!resources.includes(resourceIndicator)) throw new errors.InvalidTarget();
        return { scope: 'mcp:tools', audience: resourceIndicator, accessTokenTTL: tokenTtl, accessTokenFormat: 'opaque' };
      },
    },
  },
  pkce: { required: () => true },
  scopes: ['openid', 'offline_access', 'mcp:tools'],
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: { AccessToken: tokenTtl,
         ClientCredentials: (ctx, token, client) => (client.clientId === 'machine-client' && process.env.MACHINE_TOKEN_TTL
           ? Number(process.env.MACHINE_TOKEN_TTL) : tokenTtl), RefreshToken: 86400, Grant: 86400, Session: 86400,
         Interaction: 600, AuthorizationCode: Number(process.env.CODE_TTL || 60) },
});
provider.proxy = false;
if (process.env.ISSUED_TOKENS_FILE) {
  // Opaque tokens: the value is the jti.
  for (const kind of ['access_token', 'refresh_token', 'client_credentials']) {
    provider.on(`${kind}.saved`, (token) => fs.appendFileSync(process.env.ISSUED_TOKENS_FILE, `${token.jti}\n`));
  }
}

// The user approves everything, at once.
async function interact(req, res) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session } = details;
  if (prompt.name === 'login') {
    await provider.interactionFinished(req, res, { login: { accountId: 'mcp-tester' } }, { mergeWithLastSubmission: false });
    return;
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  const missing = prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  if (missing.missingResourceScopes) {
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) grant.addResourceScope(indicator, scopes.join(' '));
  }
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const providerCallback = provider.callback();
http.createServer((req, res) => {
  if (process.env.REDIRECT_LOOP && (req.url === '/loop/a' || req.url === '/loop/b')) {
    res.writeHead(302, { Location: req.url === '/loop/a' ? '/loop/b' : '/loop/a' });
    res.end();
    return;
  }
  if (req.url.startsWith('/interaction/')) {
    interact(req, res).catch((e) => { res.statusCode = 500; res.end(String(e)); });
    return;
  }
  providerCallback(req, res);
}).listen(authPort, '127.0.0.1', startMcp);

// Tokens are checked by introspection at the authorization server.
async function verifyAccessToken(token, resource) {
  const response = await fetch(`${issuer}/token/introspection`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded',
               Authorization: 'Basic ' + Buffer.from(`${rsClient.id}:${rsClient.secret}`).toString('base64') },
    body: new URLSearchParams({ token }),
  });
  const info = await response.json();
  const audience = Array.isArray(info.aud) ? info.aud : [info.aud];
  if (!info.active || !audience.includes(resource)) {
    const { InvalidTokenError } = await import('@modelcontextprotocol/sdk/server/auth/errors.js');
    throw new InvalidTokenError(info.active ? 'Token is for another resource' : 'Token is not active');
  }
  return { token, clientId: info.client_id, scopes: (info.scope || '').split(' ').filter(Boolean),
           expiresAt: info.exp, extra: { sub: info.sub } };
}

function makeServer() {
  const server = new McpServer({ name: 'oauth-protected', version: '1.0.0' });
  server.registerTool('whoami', { description: 'Who the token belongs to', inputSchema: {} }, async (args, extra) => ({
    content: [{ type: 'text', text: `subject=${extra.authInfo?.extra?.sub} client=${extra.authInfo?.clientId} scopes=${extra.authInfo?.scopes.join(' ')}` }],
  }));
  server.registerTool('echo', { description: 'Echo', inputSchema: { message: z.string() } }, async ({ message }) => ({
    content: [{ type: 'text', text: `Echo: ${message}` }],
  }));
  return server;
}

function startMcp() {
  const app = express();
  app.use(express.json());
  // One protected resource per endpoint, each with its metadata.
  const guard = (resource, path) => {
    const metadataUrl = `http://127.0.0.1:${mcpPort}/.well-known/oauth-protected-resource${path}`;
    app.get(`/.well-known/oauth-protected-resource${path}`, (req, res) => {
      res.json({ resource, authorization_servers: [issuer], scopes_supported: ['mcp:tools'],
                 bearer_methods_supported: ['header'] });
    });
    return requireBearerAuth({ verifier: { verifyAccessToken: (token) => verifyAccessToken(token, resource) },
                               requiredScopes: ['mcp:tools'], resourceMetadataUrl: metadataUrl });
  };
  app.all('/mcp', guard(mcpUrl, '/mcp'), async (req, res) => {
    const server = makeServer();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => { transport.close(); server.close(); });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  // A stateful server with a route for POST only, as many Express apps are
  // written: the optional listening GET gets Express's 404, not the spec's 405.
  const postOnlySessions = {};
  app.post('/mcp-post-only', guard(postOnlyUrl, '/mcp-post-only'), async (req, res) => {
    let transport = postOnlySessions[req.headers['mcp-session-id']];
    if (!transport) {
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => { postOnlySessions[id] = transport; },
      });
      await makeServer().connect(transport);
    }
    await transport.handleRequest(req, res, req.body);
  });
  const sseGuard = guard(sseUrl, '/sse');
  const sseSessions = {};
  app.get('/sse', sseGuard, async (req, res) => {
    const transport = new SSEServerTransport('/messages', res);
    sseSessions[transport.sessionId] = transport;
    res.on('close', () => { delete sseSessions[transport.sessionId]; });
    await makeServer().connect(transport);
  });
  app.post('/messages', sseGuard, async (req, res) => {
    const transport = sseSessions[req.query.sessionId];
    if (!transport) { res.status(400).send('unknown session'); return; }
    await transport.handlePostMessage(req, res, req.body);
  });
  app.listen(mcpPort, '127.0.0.1');
}
