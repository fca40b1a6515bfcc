// Signs JWTs with jose (the library oidc-provider uses) for McpScope's JWT
// tests: one key per algorithm McpScope verifies, published as a JWKS.
// Prints {"jwks": …, "tokens": {alg: jwt}, "now": seconds}.
import { generateKeyPair, exportJWK, SignJWT } from 'jose';

const now = Math.floor(Date.now() / 1000);
const algs = ['RS256', 'PS256', 'ES256', 'EdDSA'];
const keys = [];
const tokens = {};
for (const alg of algs) {
  const { publicKey, privateKey } = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {});
  const jwk = await exportJWK(publicKey);
  jwk.kid = `key-${alg}`;
  jwk.alg = alg;
  jwk.use = 'sig';
  keys.push(jwk);
  tokens[alg] = await new SignJWT({ scope: 'mcp:tools' })
    .setProtectedHeader({ alg, kid: jwk.kid, typ: 'at+jwt' })
    .setIssuer('https://issuer.example').setAudience('https://mcp.example/mcp').setSubject('tester')
    .setIssuedAt(now).setNotBefore(now - 5).setExpirationTime(now + 3600).sign(privateKey);
  if (alg === 'RS256') {
    tokens.expired = await new SignJWT({}).setProtectedHeader({ alg, kid: jwk.kid })
      .setIssuer('https://issuer.example').setAudience('https://other.example').setExpirationTime(now - 3600).sign(privateKey);
  }
}
process.stdout.write(JSON.stringify({ jwks: { keys }, tokens, now }));
