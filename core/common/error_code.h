#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mcpscope {

// Every error code core reports, listed once (QtKeychain's enum Error is the
// model). Code branches on these values; the stable id is what is printed
// and stored, and never changes once released.
//   X(enumerator, "stable.id", group)
#define MCPSCOPE_ERROR_CODES(X)                                                                    \
    X(None, "", General)                                                                           \
    X(Usage, "usage", General)                                                                     \
    X(FilePrivate, "file.private", File)                                                           \
    X(InputHeader, "input.header", Input)                                                          \
    X(InputMethod, "input.method", Input)                                                          \
    X(InputUrl, "input.url", Input)                                                                \
    X(RequestParse, "request.parse", Input)                                                        \
    X(JsonSyntax, "json.syntax", Input)                                                            \
    X(HarFormat, "har.format", Input)                                                              \
    X(NetDns, "dns", Net)                                                                          \
    X(NetConnect, "connect", Net)                                                                  \
    X(NetAborted, "aborted", Net)                                                                  \
    X(NetTimeout, "timeout", Net)                                                                  \
    X(NetClosed, "closed", Net)                                                                    \
    X(NetTls, "tls", Net)                                                                          \
    X(NetOther, "network", Net)                                                                    \
    X(JsonRpcDepth, "jsonrpc.depth", JsonRpc)                                                      \
    X(JsonRpcError, "jsonrpc.error", JsonRpc)                                                      \
    X(JsonRpcId, "jsonrpc.id", JsonRpc)                                                            \
    X(JsonRpcMethod, "jsonrpc.method", JsonRpc)                                                    \
    X(JsonRpcParams, "jsonrpc.params", JsonRpc)                                                    \
    X(JsonRpcParse, "jsonrpc.parse", JsonRpc)                                                      \
    X(JsonRpcShape, "jsonrpc.shape", JsonRpc)                                                      \
    X(JsonRpcSize, "jsonrpc.size", JsonRpc)                                                        \
    X(JsonRpcVersion, "jsonrpc.version", JsonRpc)                                                  \
    X(JsonRpcAnswer, "jsonrpc.answer", JsonRpc)                                                    \
    X(JwtAlg, "jwt.alg", Jwt)                                                                      \
    X(JwtDecode, "jwt.decode", Jwt)                                                                \
    X(JwtKey, "jwt.key", Jwt)                                                                      \
    X(JwtSign, "jwt.sign", Jwt)                                                                    \
    X(JwtSignature, "jwt.signature", Jwt)                                                          \
    X(McpAuth, "mcp.auth", Mcp)                                                                    \
    X(McpBodyCap, "mcp.body_cap", Mcp)                                                             \
    X(McpCancelled, "mcp.cancelled", Mcp)                                                          \
    X(McpClosed, "mcp.closed", Mcp)                                                                \
    X(McpRpc, "mcp.rpc", Mcp)                                                                      \
    X(McpSession, "mcp.session", Mcp)                                                              \
    X(McpSse, "mcp.sse", Mcp)                                                                      \
    X(McpStdio, "mcp.stdio", Mcp)                                                                  \
    X(McpStreamEnded, "mcp.stream_ended", Mcp)                                                     \
    X(McpTimeout, "mcp.timeout", Mcp)                                                              \
    X(McpTransport, "mcp.transport", Mcp)                                                          \
    X(McpUnanswered, "mcp.unanswered", Mcp)                                                        \
    X(McpUnreadable, "mcp.unreadable", Mcp)                                                        \
    X(McpVersion, "mcp.version", Mcp)                                                              \
    X(McpHttpRateLimited, "mcp.http.429", McpHttp)                                                 \
    X(McpHttpAuth, "mcp.http.auth", McpHttp)                                                       \
    X(McpHttpClientError, "mcp.http.4xx", McpHttp)                                                 \
    X(McpHttp, "mcp.http", McpHttp)                                                                \
    X(OAuthFlow, "oauth.flow", OAuth)                                                              \
    X(OAuthIntrospect, "oauth.introspect", OAuth)                                                  \
    X(OAuthMetadata, "oauth.metadata", OAuth)                                                      \
    X(OAuthRegister, "oauth.register", OAuth)                                                      \
    X(OAuthRedirectUri, "oauth.redirect_uri", OAuth)                                               \
    X(OAuthRedirectListen, "oauth.redirect_listen", OAuth)                                         \
    X(OAuthWwwAuthenticate, "oauth.www_authenticate", OAuth)                                       \
    X(StoreMigrate, "store.migrate", Store)                                                        \
    X(StoreOpen, "store.open", Store)                                                              \
    X(StoreRead, "store.read", Store)                                                              \
    X(StoreSql, "store.sql", Store)                                                                \
    X(StoreVersion, "store.version", Store)                                                        \
    X(StoreWrite, "store.write", Store)                                                            \
    X(ReplayDiffDepth, "replay.diff_depth", Replay)                                                \
    X(ReplayNoSession, "replay.no_session", Replay)                                                \
    X(ReplayEmptySession, "replay.empty_session", Replay)                                          \
    X(ReplayUnreadable, "replay.unreadable", Replay)                                               \
    X(ReplayMockListen, "replay.mock_listen", Replay)                                              \
    X(ReplayMockSession, "replay.mock_session", Replay)                                            \
    X(ReplayNoInterface, "replay.no_interface", Replay)                                            \
    X(SessionReopened, "session.reopened", Session)                                                \
    X(SessionNoCommand, "session.no_command", Session)                                             \
    X(CatalogFile, "catalog.file", Catalog)                                                        \
    X(CatalogShape, "catalog.shape", Catalog)                                                      \
    X(CatalogNoServer, "catalog.no_server", Catalog)                                               \
    X(CatalogKeychain, "catalog.keychain", Catalog)                                                \
    X(UriTemplateBrace, "uritemplate.brace", UriTemplate)                                          \
    X(UriTemplateName, "uritemplate.name", UriTemplate)                                            \
    X(UriTemplateOperator, "uritemplate.operator", UriTemplate)                                    \
    X(UriTemplatePrefix, "uritemplate.prefix", UriTemplate)                                        \
    X(Keychain, "keychain", Vault)                                                                 \
    X(VaultIntrospect, "vault.introspect", Vault)                                                  \
    X(VaultKeychain, "vault.keychain", Vault)                                                      \
    X(VaultMissing, "vault.missing", Vault)                                                        \
    X(VaultNoRefresh, "vault.no_refresh", Vault)                                                   \
    X(VaultOpen, "vault.open", Vault)                                                              \
    X(VaultRefresh, "vault.refresh", Vault)                                                        \
    X(VaultRevoke, "vault.revoke", Vault)                                                          \
    X(VaultWrite, "vault.write", Vault)                                                            \
    X(VaultWrongIssuer, "vault.wrong_issuer", Vault)                                               \
    X(VaultWrongResource, "vault.wrong_resource", Vault)

enum class ErrorCode
{
#define MCPSCOPE_ERROR_ENUMERATOR(name, id, group) name,
    MCPSCOPE_ERROR_CODES(MCPSCOPE_ERROR_ENUMERATOR)
#undef MCPSCOPE_ERROR_ENUMERATOR
        Count // not a code: the number of codes
};

// Families of codes, for callers that treat a whole family alike (every
// refused HTTP answer, every transport failure).
enum class ErrorGroup
{
    General,
    File,
    Input,
    Net,
    JsonRpc,
    Jwt,
    Mcp,
    McpHttp,
    OAuth,
    Replay,
    Session,
    Catalog,
    Store,
    UriTemplate,
    Vault
};

// The stable id ("mcp.http.429"); empty for None.
QString errorCodeId(ErrorCode code);
ErrorGroup errorGroup(ErrorCode code);
// The code of a stable id (as read back from a store); nothing for an id no
// code has.
std::optional<ErrorCode> errorCodeFromId(QStringView id);

} // namespace mcpscope
