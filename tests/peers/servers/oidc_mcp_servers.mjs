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
// DPoP (RFC 9449; issue 16): /mcp-dpop is a resource that takes DPoP-bound
// tokens only: its 401 is a DPoP challenge, its metadata says
// dpop_bound_access_tokens_required, and every request must present the
// token with the DPoP scheme and a valid proof (typ dpop+jwt, signature by
// the header's key, htm, htu, ath, a jti never seen before, the key's
// thumbprint the token's cnf.jkt as introspection reports it). The
// authorization server (oidc-provider's dPoP feature) binds tokens, and the
// refresh tokens of public clients, to the proof's key.
// Env DPOP_NONCE: both require a DPoP nonce (use_dpop_nonce, RFC 9449 §8, §9).
import fs from 'node:fs';
import http from 'node:http';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as jose from 'jose';
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
const dpopUrl = `http://127.0.0.1:${mcpPort}/mcp-dpop`;
const resources = [mcpUrl, sseUrl, postOnlyUrl, dpopUrl];
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
    dPoP: { enabled: true, ...(process.env.DPOP_NONCE ? { nonceSecret: randomBytes(32), requireNonce: () => true } : {}) },
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
    content: [{ type: 'text', text: `subject=${extra.authInfo?.extra?.sub} client=${extra.authInfo?.clientId} scopes=${extra.authInfo?.scopes.join(' ')}`
      + (extra.authInfo?.extra?.jkt ? ` jkt=${extra.authInfo.extra.jkt}` : '') }],
  }));
  server.registerTool('echo', { description: 'Echo', inputSchema: { message: z.string() } }, async ({ message }) => ({
    content: [{ type: 'text', text: `Echo: ${message}` }],
  }));
  return server;
}

// The DPoP-only resource's guard (see the header).
const seenJtis = new Set();
const rsNonce = `rs-nonce-${randomUUID()}`;
async function introspect(token) {
  const response = await fetch(`${issuer}/token/introspection`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded',
               Authorization: 'Basic ' + Buffer.from(`${rsClient.id}:${rsClient.secret}`).toString('base64') },
    body: new URLSearchParams({ token }),
  });
  return response.json();
}
function dpopGuard(metadataUrl) {
  return async (req, res, next) => {
    const refuse = (error, description, extraHeaders = {}) => {
      const params = error ? `, error="${error}", error_description="${description}"` : '';
      res.status(401).set({ 'WWW-Authenticate': `DPoP algs="ES256"${params}, resource_metadata="${metadataUrl}"`, ...extraHeaders })
        .json({ error: error || 'invalid_token', error_description: description || 'DPoP-bound token required' });
    };
    const authorization = req.headers.authorization || '';
    if (!authorization) { refuse('', ''); return; }
    const space = authorization.indexOf(' ');
    const scheme = authorization.slice(0, space);
    const token = authorization.slice(space + 1).trim();
    if (scheme.toLowerCase() !== 'dpop') { refuse('invalid_token', `the token must use the DPoP scheme, not ${scheme}`); return; }
    const proof = req.headers.dpop;
    if (!proof || proof.includes(',')) { refuse('invalid_dpop_proof', 'exactly one DPoP proof is required'); return; }
    let header; let payload;
    try {
      header = jose.decodeProtectedHeader(proof);
      if (header.typ !== 'dpop+jwt' || !header.jwk || header.jwk.d !== undefined) throw new Error('typ or jwk');
      ({ payload } = await jose.jwtVerify(proof, await jose.importJWK(header.jwk, header.alg), { typ: 'dpop+jwt', maxTokenAge: '120s' }));
      if (payload.htm !== req.method) throw new Error(`htm ${payload.htm}`);
      if (payload.htu !== dpopUrl) throw new Error(`htu ${payload.htu}`);
      if (payload.ath !== createHash('sha256').update(token).digest('base64url')) throw new Error('ath');
      if (typeof payload.jti !== 'string' || seenJtis.has(payload.jti)) throw new Error('jti missing or replayed');
      seenJtis.add(payload.jti);
    } catch (e) { refuse('invalid_dpop_proof', String(e.message).replace(/"/g, "'")); return; }
    if (process.env.DPOP_NONCE && payload.nonce !== rsNonce) {
      refuse('use_dpop_nonce', 'Resource server requires nonce in DPoP proof', { 'DPoP-Nonce': rsNonce });
      return;
    }
    const info = await introspect(token);
    const audience = Array.isArray(info.aud) ? info.aud : [info.aud];
    if (!info.active || !audience.includes(dpopUrl)) { refuse('invalid_token', 'Token is not active for this resource'); return; }
    const jkt = await jose.calculateJwkThumbprint(header.jwk, 'sha256');
    if (info.cnf?.jkt !== jkt) { refuse('invalid_token', 'the proof key is not the key the token is bound to'); return; }
    req.auth = { token, clientId: info.client_id, scopes: (info.scope || '').split(' ').filter(Boolean),
                 expiresAt: info.exp, extra: { sub: info.sub, jkt } };
    next();
  };
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
  const dpopMetadataUrl = `http://127.0.0.1:${mcpPort}/.well-known/oauth-protected-resource/mcp-dpop`;
  app.get('/.well-known/oauth-protected-resource/mcp-dpop', (req, res) => {
    res.json({ resource: dpopUrl, authorization_servers: [issuer], scopes_supported: ['mcp:tools'],
               bearer_methods_supported: ['header'], dpop_signing_alg_values_supported: ['ES256'],
               dpop_bound_access_tokens_required: true });
  });
  app.all('/mcp-dpop', dpopGuard(dpopMetadataUrl), async (req, res) => {
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
