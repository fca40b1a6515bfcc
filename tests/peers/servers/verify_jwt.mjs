// Verifies a JWT with jose (the library behind oidc-provider), independently
// of McpScope's own verifier: reads {"token": …, "jwk": …} on stdin, prints
// {"ok": true, "header": …, "payload": …} or {"ok": false, "error": …} and
// exits 0 or 1. The JWK's algorithm comes from the token's header, checked
// against the key type by jose.
import { importJWK, jwtVerify, decodeProtectedHeader } from 'jose';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { token, jwk } = JSON.parse(input);
try {
  const alg = decodeProtectedHeader(token).alg;
  const key = await importJWK(jwk, alg);
  const { payload, protectedHeader } = await jwtVerify(token, key, { algorithms: [alg] });
  process.stdout.write(JSON.stringify({ ok: true, header: protectedHeader, payload }));
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, error: `${e.code ?? e.name}: ${e.message}` }));
  process.exitCode = 1;
}
