// The two assertion grants of MCP's enterprise extensions, each at a real
// oidc-provider (pinned in tests/peers) that takes the grant through
// provider.registerGrantType and checks what it is given with jose:
//   IDP_PORT:  an enterprise IdP, issuer http://127.0.0.1:IDP_PORT. Its token
//              endpoint takes the token exchange grant (RFC 8693) of the
//              ID-JAG draft: the subject_token must be an ID token this IdP
//              signed (its /jwks key) for the calling client; it answers with
//              an ID-JAG (typ oauth-id-jag+jwt, aud the requested audience,
//              resource and scope as asked) signed by the same key.
//              Clients (client_secret_post, secret IDP_CLIENT_SECRET below):
//              'mcp-client-at-idp', and 'generic-exchanger', for which the IdP
//              does a plain RFC 8693 exchange and issues an access token
//              (issued_token_type ...:access_token), not an ID-JAG.
//   AUTH_PORT: the MCP server's authorization server, issuer
//              http://127.0.0.1:AUTH_PORT. Its token endpoint takes the JWT
//              bearer grant (RFC 7523) for the public client 'mcp-client':
//              an ID-JAG, verified against the IdP's /jwks fetched over HTTP
//              (iss the IdP, aud this issuer, typ oauth-id-jag+jwt, its
//              resource the one requested), or a workload identity JWT
//              (iss https://workload.example, aud this issuer) verified with
//              the workload key. It answers with an opaque Bearer token.
//              GET /test/last-grant: what the last accepted assertion said
//              (JSON: kind, iss, sub, aud, typ, resource, scope).
//   PORT:      the MCP resource's protected resource metadata at
//              /.well-known/oauth-protected-resource/mcp (resource
//              http://127.0.0.1:PORT/mcp, authorization server AUTH_PORT's,
//              scopes_supported mcp:tools).
// Env ID_TOKEN_FILE: the user's ID token (sub 'enterprise-user', aud
// 'mcp-client-at-idp') is written there before the ports listen.
// Env FOREIGN_ID_TOKEN_FILE: an ID token of the same shape signed by a key
// the IdP does not know.
// Env WORKLOAD_JWT_FILE: a workload identity JWT (sub 'spiffe://example/agent').
import fs from 'node:fs';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import * as jose from 'jose';
import Provider, { errors } from 'oidc-provider';

const mcpPort = Number(process.env.PORT);
const authPort = Number(process.env.AUTH_PORT);
const idpPort = Number(process.env.IDP_PORT);
const idpIssuer = `http://127.0.0.1:${idpPort}`;
const asIssuer = `http://127.0.0.1:${authPort}`;
const mcpUrl = `http://127.0.0.1:${mcpPort}/mcp`;
const workloadIssuer = 'https://workload.example';
const IDP_CLIENT_SECRET = 'idp-client-secret-not-a-user-secret';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const ID_JAG = 'urn:ietf:params:oauth:token-type:id-jag';
const ID_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:id_token';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

const refuse = (description) => new errors.CustomOIDCProviderError('invalid_grant', description);
const message = (e) => String(e?.message || e);

// The IdP's signing key (published at its /jwks), a key it does not know,
// and the workload's key (known to the authorization server only).
const idpKeys = await jose.generateKeyPair('ES256', { extractable: true });
const idpJwk = { ...(await jose.exportJWK(idpKeys.privateKey)), kid: 'idp-key', alg: 'ES256', use: 'sig' };
const foreignKeys = await jose.generateKeyPair('ES256');
const workloadKeys = await jose.generateKeyPair('ES256');

async function idToken(key) {
  return new jose.SignJWT({ email: 'user@enterprise.example' })
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-key', typ: 'JWT' })
    .setIssuer(idpIssuer).setSubject('enterprise-user').setAudience('mcp-client-at-idp')
    .setIssuedAt().setExpirationTime('10m').sign(key);
}
if (process.env.ID_TOKEN_FILE) fs.writeFileSync(process.env.ID_TOKEN_FILE, await idToken(idpKeys.privateKey));
if (process.env.FOREIGN_ID_TOKEN_FILE) fs.writeFileSync(process.env.FOREIGN_ID_TOKEN_FILE, await idToken(foreignKeys.privateKey));
if (process.env.WORKLOAD_JWT_FILE) {
  fs.writeFileSync(process.env.WORKLOAD_JWT_FILE, await new jose.SignJWT({})
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer(workloadIssuer).setSubject('spiffe://example/agent').setAudience(asIssuer)
    .setIssuedAt().setExpirationTime('10m').setJti(randomUUID()).sign(workloadKeys.privateKey));
}

// --- The enterprise IdP ---
const idp = new Provider(idpIssuer, {
  jwks: { keys: [idpJwk] },
  clients: ['mcp-client-at-idp', 'generic-exchanger'].map((id) => ({
    client_id: id, client_secret: IDP_CLIENT_SECRET, token_endpoint_auth_method: 'client_secret_post',
    grant_types: [TOKEN_EXCHANGE], response_types: [], redirect_uris: [], id_token_signed_response_alg: 'ES256',
  })),
  features: { devInteractions: { enabled: false } },
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
});
idp.proxy = false;
const idpJwks = jose.createLocalJWKSet({ keys: [{ ...idpJwk, d: undefined }] });
idp.registerGrantType(TOKEN_EXCHANGE, async (ctx) => {
  const { params, client } = ctx.oidc;
  if (params.subject_token_type !== ID_TOKEN_TYPE) throw refuse(`subject_token_type ${params.subject_token_type} is not an ID token`);
  let subject;
  try {
    ({ payload: subject } = await jose.jwtVerify(params.subject_token, idpJwks,
      { issuer: idpIssuer, audience: 'mcp-client-at-idp' }));
  } catch (e) {
    throw refuse(`subject_token is not an ID token of this IdP: ${message(e)}`);
  }
  if (client.clientId === 'generic-exchanger') {
    // A plain token exchange: an access token for the audience, not an ID-JAG.
    ctx.body = { access_token: randomUUID(), issued_token_type: ACCESS_TOKEN_TYPE, token_type: 'Bearer', expires_in: 300 };
    return;
  }
  if (params.requested_token_type !== ID_JAG) throw refuse(`requested_token_type ${params.requested_token_type} is not an ID-JAG`);
  const claims = { client_id: 'mcp-client', resource: params.resource };
  if (params.scope) claims.scope = params.scope;
  const jag = await new jose.SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-key', typ: 'oauth-id-jag+jwt' })
    .setIssuer(idpIssuer).setSubject(subject.sub).setAudience(params.audience)
    .setIssuedAt().setExpirationTime('5m').setJti(randomUUID()).sign(idpKeys.privateKey);
  ctx.body = { access_token: jag, issued_token_type: ID_JAG, token_type: 'N_A', expires_in: 300 };
}, ['subject_token', 'subject_token_type', 'requested_token_type', 'audience', 'resource', 'scope']);

// --- The MCP server's authorization server ---
const as = new Provider(asIssuer, {
  clients: [{
    client_id: 'mcp-client', token_endpoint_auth_method: 'none',
    grant_types: [JWT_BEARER], response_types: [], redirect_uris: [],
  }],
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  scopes: ['mcp:tools'],
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
});
as.proxy = false;
for (const provider of [idp, as]) provider.on('server_error', (ctx, e) => console.error(e));
const remoteIdpJwks = jose.createRemoteJWKSet(new URL(`${idpIssuer}/jwks`));
let lastGrant = null;
as.registerGrantType(JWT_BEARER, async (ctx) => {
  const { params } = ctx.oidc;
  let header;
  try {
    header = jose.decodeProtectedHeader(params.assertion);
  } catch (e) {
    throw refuse(`the assertion is not a JWT: ${message(e)}`);
  }
  let payload;
  let kind;
  try {
    if (header.typ === 'oauth-id-jag+jwt') {
      kind = 'id-jag';
      ({ payload } = await jose.jwtVerify(params.assertion, remoteIdpJwks,
        { issuer: idpIssuer, audience: asIssuer, typ: 'oauth-id-jag+jwt' }));
      if (payload.resource !== params.resource) throw new Error(`resource ${payload.resource} is not ${params.resource}`);
    } else {
      kind = 'workload';
      ({ payload } = await jose.jwtVerify(params.assertion, workloadKeys.publicKey,
        { issuer: workloadIssuer, audience: asIssuer }));
    }
  } catch (e) {
    throw refuse(`assertion rejected: ${message(e)}`);
  }
  lastGrant = { kind, iss: payload.iss, sub: payload.sub, aud: payload.aud, typ: header.typ,
                resource: params.resource || '', scope: params.scope || '' };
  ctx.body = { access_token: randomUUID(), token_type: 'Bearer', expires_in: 3600, scope: params.scope || 'mcp:tools' };
}, ['assertion', 'resource', 'scope']);

const idpCallback = idp.callback();
const asCallback = as.callback();
let listening = 0;
const ready = () => {
  if (++listening < 2) return;
  http.createServer((req, res) => {
    if (req.url === '/.well-known/oauth-protected-resource/mcp') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ resource: mcpUrl, authorization_servers: [asIssuer], scopes_supported: ['mcp:tools'] }));
      return;
    }
    res.writeHead(401, { 'WWW-Authenticate': `Bearer resource_metadata="http://127.0.0.1:${mcpPort}/.well-known/oauth-protected-resource/mcp"` });
    res.end();
  }).listen(mcpPort, '127.0.0.1');
};
http.createServer(idpCallback).listen(idpPort, '127.0.0.1', ready);
http.createServer((req, res) => {
  if (req.url === '/test/last-grant') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(lastGrant));
    return;
  }
  asCallback(req, res);
}).listen(authPort, '127.0.0.1', ready);
