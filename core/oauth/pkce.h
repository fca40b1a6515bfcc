#pragma once

#include <QByteArray>

namespace mcpscope {

// PKCE (RFC 7636) and the other random values of a flow, from the system's
// cryptographic random source.
namespace Pkce {
// 43 characters of the unreserved alphabet (32 random bytes, base64url).
QByteArray makeVerifier();
// BASE64URL(SHA256(verifier)) without padding: the S256 method.
QByteArray challengeS256(const QByteArray &verifier);
// A random base64url string carrying `bytes` bytes of entropy (state, nonce).
QByteArray randomToken(int bytes = 24);
} // namespace Pkce

} // namespace mcpscope
