#include "common/findings.h"

#include "common/known_secrets.h"

#include <QCoreApplication>

namespace mcpscope {

namespace {

constexpr const char *kContext = "mcpscope::Findings";

// The user-facing words of the refusals were written before they became
// findings; tests quote them, so they stay as they were.
const QList<FindingKind> kKinds = {
    // HTTP answers that refuse an MCP request (mcp/http_refusal).
    {"http.rate_limited", "http", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Rate limited (HTTP 429)"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Rate limited: the server answered %1 with HTTP 429 Too Many Requests. %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server limits how many requests a client may send in a while."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Slow down, wait and retry (mcpscope-cli --retry N does), or ask the operator for a "
         "higher limit.")},
    {"http.unauthorized", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authorization required (HTTP 401)"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server requires authorization."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Fix: sign in to it (OAuth: --oauth, or the Authorization tab) or add an Authorization "
         "header.")},
    {"http.token_expired", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Access token expired"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Likely cause: the access token expired."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Fix: refresh it (mcpscope-cli auth refresh, or Refresh in the token vault) or sign in "
         "again.")},
    {"http.wrong_audience", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Token issued for another resource"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Likely cause: the token was issued for another resource (audience)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Fix: sign in again with this server as the resource indicator (RFC 8707), which "
         "McpScope sends by default.")},
    {"http.invalid_token", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Token not accepted"), "%1",
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Likely cause: the token is not accepted (revoked, malformed, or from an issuer this "
         "server does not trust)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Fix: sign in again.")},
    {"http.insufficient_scope", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Scope missing (step-up)"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Likely cause: the token lacks the scope \"%2\"."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Fix: sign in again asking for it (step-up, e.g. --scope \"%2\").")},
    {"http.insufficient_scope.unnamed", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Scope missing (step-up)"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Likely cause: the token lacks a scope this call needs."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Fix: sign in again asking for more scope (step-up).")},
    {"http.forbidden", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Access refused (HTTP 403)"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Likely cause: the account or client has no access to this server."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Fix: check that the account or client has access to this server.")},
    {"http.refused", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Request refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server answered %1 with HTTP %2 %3: %4"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server refused the request or failed while handling it."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Read the answer in the capture; check the URL, the method and the server's logs.")},
    {"http.refused.no_body", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Request refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server answered %1 with HTTP %2 %3."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server refused the request or failed while handling it."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the URL, the method and the server's logs.")},
    // MCP answers McpScope reads but others would not, or cannot read.
    {"mcp.body_cut", "mcp", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Body larger than the cap"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "%1 is larger than the body cap of %2 MiB, so it was cut there and cannot be read."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server sent more than McpScope keeps of one body or event."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Raise the cap: --max-body MIB on the command line, or Maximum body size in the Connect "
         "dialog.")},
    {"mcp.answer_bom", "mcp", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Byte order mark before JSON"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The answer to %1 starts with a UTF-8 byte order mark."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "McpScope read past it, but many clients (the TypeScript SDK among them) reject it as "
         "invalid JSON."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server should not send one.")},
    {"mcp.answer_content_type", "mcp", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Unexpected Content-Type"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The answer to %1 has Content-Type \"%2\" instead of application/json or "
                       "text/event-stream."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "McpScope read it as JSON, but the TypeScript SDK's client and others refuse it "
         "(\"Unexpected content type\")."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server should send application/json.")},
    // MCP requests and servers that did not answer or start (mcp/mcp_findings).
    // The words were written before they became findings; tests quote them.
    {"mcp.timeout", "mcp", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No response in time"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No response to %1 within %2 s."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server may be hung."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Try again or raise the request timeout.")},
    {"mcp.stdio_start", "mcp", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Server could not be started"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Could not start %1: %2."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The command was not found, or cannot be run."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the command and that it is installed.")},
    // OAuth error answers (RFC 6749 §5.2, §4.1.2.1; RFC 7591 §3.2.2). Arguments:
    // the error code, its description.
    {"oauth.invalid_grant.refresh", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Refresh token refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The refresh token was refused: it expired, was revoked, or was already used once "
         "(servers that rotate refresh tokens accept each one only once)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Sign in again to get a new refresh token; if this keeps happening, make sure only one "
         "client uses the stored refresh token.")},
    {"oauth.invalid_grant.redirect_mismatch", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "redirect_uri mismatch"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The redirect_uri of the token request differs from the one used in the authorization "
         "request."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Send exactly the same redirect_uri in both requests (scheme, host, port and path).")},
    {"oauth.invalid_grant.verifier_mismatch", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "PKCE verifier mismatch"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The code_verifier does not match the code_challenge sent with the authorization "
         "request."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Send the verifier generated for this flow; start the flow again if it was lost.")},
    {"oauth.invalid_grant.code", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authorization code refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization code was refused: codes expire within minutes and can be used only "
         "once, and they must come with the same redirect_uri and a matching code_verifier."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Start the flow again and exchange the new code at once.")},
    {"oauth.invalid_client", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Client not accepted"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server did not accept the client's credentials (unknown client_id, "
         "wrong secret, or the wrong token endpoint authentication method)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Check the client id and secret, and use the authentication method the client was "
         "registered with; a dynamically registered client may have expired: register again.")},
    {"oauth.unauthorized_client", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Grant type not allowed"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "This client is not allowed to use this grant type."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Register the client with the grant type (authorization_code, refresh_token or "
         "client_credentials).")},
    {"oauth.invalid_scope", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Scope refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "A requested scope is unknown to the authorization server or not allowed for this "
         "client."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Request only scopes listed in scopes_supported, or leave the scope out.")},
    {"oauth.invalid_target", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Resource indicator refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server does not accept the resource parameter (RFC 8707) sent."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Check that the resource is the MCP server's canonical URL as its protected resource "
         "metadata states, and that the authorization server knows it.")},
    {"oauth.access_denied", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Access denied"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The user or the authorization server refused the request."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Sign in again and approve the requested access, or ask for fewer scopes.")},
    {"oauth.unsupported_grant_type", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Grant type not supported"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The token endpoint does not support this grant type."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Check grant_types_supported in the authorization server metadata.")},
    {"oauth.unsupported_response_type", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Response type not supported"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization endpoint does not support response_type=code for this client."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Register the client for the authorization code flow.")},
    {"oauth.invalid_redirect_uri", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Redirect URI refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server rejected the redirect URI."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Register the exact redirect URI (for a native app, http://127.0.0.1 with any port is "
         "the usual form); a pre-registered client must use one of its registered URIs.")},
    {"oauth.invalid_client_metadata", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Client metadata refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Dynamic registration refused the client metadata."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Look at the error description for the member it rejected (often redirect_uris or "
         "token_endpoint_auth_method).")},
    {"oauth.invalid_request", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Malformed request"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The request is missing a parameter or has a malformed one."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Compare the request with the error description; PKCE (code_challenge with S256) and "
         "state are required.")},
    {"oauth.server_error", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authorization server failure"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server had a problem of its own."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Try again later.")},
    {"oauth.error", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "OAuth error"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The authorization server answered with error \"%1\"."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "See the error description and the server's documentation.")},
    // The OAuth flow's own checks and failures (oauth/oauth_checks, oauth/oauth_flow).
    // The words were written before they became findings; tests quote them.
    {"oauth.resource_metadata.unreachable", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Resource metadata unreachable"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Could not fetch %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The MCP server could not be reached for its metadata."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the URL and the network.")},
    {"oauth.resource_metadata.malformed", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Resource metadata malformed"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The protected resource metadata document is malformed."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Fix the document the MCP server serves at %2.")},
    {"oauth.resource_mismatch", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Metadata for another resource"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The metadata is for resource %1, not for %2."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The protected resource metadata names another resource: following it could send tokens "
         "to the wrong server."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Make the server's metadata \"resource\" its own canonical URL.")},
    {"oauth.as_metadata.not_found", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No authorization server metadata"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No metadata at any of: %1"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server publishes neither OAuth metadata (RFC 8414) nor OpenID Connect "
         "discovery where MCP looks for it."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Serve the metadata at one of those URLs, or correct authorization_servers in the "
         "resource metadata.")},
    {"oauth.as_metadata.unreachable", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authorization server unreachable"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Could not fetch %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server could not be reached."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the issuer URL and the network.")},
    {"oauth.as_metadata.malformed", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authorization server metadata malformed"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server metadata is malformed."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Fix the document served at %2.")},
    {"oauth.issuer_mismatch", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Issuer mismatch"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The metadata's issuer is %1, but the resource named %2."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Issuer mismatch: the metadata does not belong to the authorization server the MCP server "
         "trusts (RFC 8414 §3.3), so it must not be used."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Make the issuer in the metadata and authorization_servers in the resource metadata "
         "identical.")},
    {"oauth.pkce_s256_unsupported", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No PKCE with S256"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "code_challenge_methods_supported is %1."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server does not advertise PKCE with S256, which MCP requires; "
         "McpScope does not fall back to plain or no PKCE."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Enable S256 on the authorization server and list it in "
                       "code_challenge_methods_supported.")},
    {"oauth.as_metadata.no_authorization_endpoint", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No authorization endpoint"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The metadata has no authorization_endpoint."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Without an authorization endpoint there is no authorization code flow."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Add authorization_endpoint to the metadata.")},
    {"oauth.loopback.redirect_unusable", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Redirect URI not receivable"), "%1",
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "In browser mode McpScope receives the redirect itself, so the redirect URI must point at "
         "this machine's loopback address with a free port."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Use a loopback redirect URI the client has registered (e.g. "
                       "http://127.0.0.1:PORT/callback), free its port, or use headless mode.")},
    {"oauth.loopback.no_port", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No port for the redirect"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No local port for the redirect."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Free a port on 127.0.0.1, or set a redirect URI.")},
    {"oauth.client_credentials.no_secret", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Client credentials missing"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The client credentials grant needs a pre-registered client id and secret."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "A client acting on its own behalf authenticates with its credentials; there is no user "
         "to sign in."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Enter the client id and secret the authorization server issued for this client.")},
    {"oauth.registration.unavailable", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No way to register"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server offers neither dynamic registration nor Client ID Metadata Documents."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "McpScope has no client id for this authorization server."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Register McpScope with the authorization server by hand and enter the client id (and "
         "secret) as a pre-registered client.")},
    {"oauth.registration.unreachable", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Registration endpoint unreachable"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The registration endpoint could not be reached."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the network.")},
    {"oauth.registration.refused", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Registration refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "HTTP %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Dynamic registration was refused."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Check that the registration endpoint accepts public native clients, or use a "
         "pre-registered client.")},
    {"oauth.registration.malformed", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Registration answer malformed"), "%1",
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The registration endpoint's answer is not an RFC 7591 registration response."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Fix the registration endpoint.")},
    {"oauth.redirect.state_mismatch", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "State mismatch"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The redirect's state does not match the one McpScope sent: the response belongs to "
         "another request (or is forged), so it was refused."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The redirect did not carry this flow's state."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Start the flow again and finish it in the browser window it opens.")},
    {"oauth.redirect.iss_mismatch", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Issuer mismatch in the redirect (RFC 9207)"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The redirect names issuer %1, but the flow talks to %2 (RFC 9207): it was refused as a "
         "possible mix-up attack."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The redirect did not carry this flow's state (or named another issuer)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Check that the MCP server's authorization server and this response come from the same "
         "issuer, then start the flow again.")},
    {"oauth.redirect.no_code", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No authorization code"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The redirect carries neither a code nor an error."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization response is malformed."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the authorization server.")},
    {"oauth.authorization.unreachable", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authorization endpoint unreachable"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization endpoint could not be reached."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the network.")},
    {"oauth.authorization.login_required", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Sign-in needs a person"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "More than %1 redirects without reaching the redirect URI."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server wants a person to sign in (a login page), which the headless "
         "mode cannot do."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Use browser mode, or configure the authorization server to approve this client without "
         "interaction.")},
    {"oauth.authorization.redirect_unregistered", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Redirect URI not registered"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "HTTP %1 instead of a redirect: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server rejected the redirect URI %3: a pre-registered client accepts "
         "only the redirect URIs it registered."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Set one of the client's registered redirect URIs as the flow's redirect URI (Redirect "
         "URI in the flow inspector).")},
    {"oauth.authorization.no_redirect", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "A page instead of a redirect"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "HTTP %1 instead of a redirect: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization endpoint answered with a page, not a redirect: it wants a person to "
         "sign in, or it rejected the request."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Read the page in the captured response; use browser mode for an interactive sign-in.")},
    {"oauth.authorization.browser_timeout", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No answer from the browser"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No answer from the browser."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The sign-in was not finished in time."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Start the flow again.")},
    {"oauth.token.unreachable", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Token endpoint unreachable"), "%1",
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The token endpoint could not be reached."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the network.")},
    {"oauth.token.invalid_response", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Token response unusable"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "%1: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The token endpoint's answer is not a usable token response (RFC 6749 §5.1)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Fix the token endpoint: it must answer JSON with an access_token of type Bearer.")},
    {"oauth.cancelled", "oauth", FindingSeverity::Note,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Cancelled"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Cancelled."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "You cancelled the flow."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Start it again when ready.")},
    // The token vault's refusals and limits (vault/vault_checks).
    {"vault.wrong_issuer", "vault", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Credential bound to another issuer"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Credential %1 was issued by %2, but the authorization server metadata stored with it is "
         "%3's."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Its tokens and client secret are sent only to their own issuer, so nothing was sent."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Delete the credential and sign in again.")},
    {"vault.no_issuer", "vault", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Credential without an issuer"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The credential for %1 names no issuer, so it cannot be bound to one; nothing was "
         "stored."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The authorization server metadata has no issuer."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Fix the authorization server's metadata (RFC 8414 "
                                             "requires issuer), then sign in again.")},
    {"vault.wrong_resource", "vault", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Credential for another resource"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Credential %1 was obtained for %2, not %3."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "An access token is sent only to the resource it was issued for, so nothing was sent."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Sign in to %3 instead.")},
    {"vault.no_refresh_token", "vault", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No refresh token"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The credential for %1 has no refresh token."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server issued none (it may need the offline_access scope, or not "
         "issue refresh tokens to this client)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Sign in again.")},
    {"vault.keychain_unavailable", "vault", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No OS keychain"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "No OS keychain is available (%1). Tokens are kept in memory for this session only and "
         "are lost when McpScope quits; nothing is written to disk."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "No keychain service answered (on Linux a Secret Service such as gnome-keyring or "
         "KWallet, locked or not running)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Start or unlock the OS keychain, then reopen McpScope.")},
    // Requests that failed below HTTP (net/network_finding). The words were
    // written before they became findings; tests quote them.
    {"net.dns", "net", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Host name not found"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Could not resolve the host name %1."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The name does not exist, or this machine's DNS cannot resolve it."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Check the spelling of the URL, your DNS settings, and that this machine can reach the "
         "network the server is on.")},
    {"net.refused", "net", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Connection refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The connection to %1:%2 was refused."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Nothing accepts connections there: the server is not running, or listens on another "
         "port or address."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Is the server running, and listening on that port and address?")},
    {"net.timeout", "net", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No answer in time"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server sent nothing for %1 s, so the request was given up."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server may be hung or overloaded."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Try again, or raise the timeout.")},
    {"net.cancelled", "net", FindingSeverity::Note,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Request cancelled"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The request was cancelled."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "It was stopped before it finished."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Send it again when ready.")},
    {"net.closed", "net", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Connection closed before a response"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server closed the connection before sending a response."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "It may have crashed, or expects a different protocol (HTTP vs HTTPS)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the URL's scheme and the server's logs.")},
    {"net.closed.mid_response", "net", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Connection closed mid-response"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server closed the connection in the middle of the response (%1 bytes received). "
         "What arrived is kept below."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server may have crashed or hit a proxy timeout."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Check the server's logs, and any proxy's timeouts, then try again.")},
    {"net.closed.short_body", "net", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Body shorter than announced"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server closed the connection in the middle of the response (%1 of %2 bytes "
         "received). What arrived is kept below."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server may have crashed or hit a proxy timeout."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Check the server's logs, and any proxy's timeouts, then try again.")},
    {"net.other", "net", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Network error"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The request failed: %1"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The network request failed below HTTP."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Check the URL, the network and any proxy settings.")},
    // TLS handshakes that failed (net/tls_info). Arguments: the host, what
    // the TLS library said.
    {"tls.untrusted", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Certificate not trusted"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The TLS certificate of %1 was not accepted: %2."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The certificate is not signed by an authority this machine trusts (it is self-signed, "
         "or an intermediate certificate is missing)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "If this is a development server with a self-signed certificate, add a TLS exception for "
         "this host; otherwise check the certificate chain below.")},
    {"tls.expired", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Certificate expired"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The TLS certificate of %1 was not accepted: %2."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The certificate has expired or is not valid yet (or this machine's clock is wrong)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Renew the server's certificate and check this machine's clock; for a development "
         "server, a TLS exception for this host accepts it meanwhile.")},
    {"tls.hostname", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Certificate for another host"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The TLS certificate of %1 was not accepted: %2."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The certificate was issued for another host name than the one in the URL."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Connect with a name the certificate lists; for a development server, add a TLS "
         "exception for this host.")},
    {"tls.handshake", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "TLS handshake failed"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The TLS certificate of %1 was not accepted: %2."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The TLS handshake failed."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "If this is a development server with a self-signed certificate, add a TLS exception for "
         "this host; otherwise check the certificate chain below.")},
    // Alert thresholds crossed over a sliding window of the call facts
    // (analytics/analytics_thresholds). Arguments: the worst window's value,
    // the limit, the run's start and end (ISO); P95 adds the window's and the
    // baseline's p95 in ms.
    {"analytics.error_rate", "analytics", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Error rate above its threshold"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The error rate reached %1 (threshold %2) over whole windows from %3 to "
                       "%4."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "More calls failed than the threshold allows (HTTP 4xx or 5xx, network failures, "
         "JSON-RPC errors, tool results with isError): the troubleshooting guide alerts when the "
         "error rate stays above 2 % for 5 minutes."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Open the failed calls (this finding's evidence) and read what the server answered; the "
         "Analytics table by method or tool shows which one fails. Intermittent failures point "
         "at the network or an overloaded server, a steady failure at the request itself.")},
    {"analytics.p95_regression", "analytics", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "P95 latency above its baseline"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The P95 latency reached %1 the baseline (%5 ms against %6 ms; threshold "
                       "%2) from %3 to %4."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Responses got slower than the baseline: the troubleshooting guide alerts when the P95 "
         "response time is more than twice the baseline. A slow tool, an overloaded server, a "
         "backend the server waits on or a slow network are the usual causes."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Open the slow calls (this finding's evidence) and compare their time to first byte with "
         "their total: a late first byte is the server's work, a long tail after it is the "
         "transfer. Compare with the baseline session's calls of the same method or tool.")},
    {"analytics.auth_failures", "analytics", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authentication failures above their threshold"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 of the calls failed authentication (threshold %2) from %3 to %4."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Requests were refused for their credentials (HTTP 401, 403 insufficient_scope, "
         "invalid_token, invalid_grant or a failed refresh): the troubleshooting guide alerts "
         "when more than 5 % of requests fail authentication. Tokens that expire before they "
         "are refreshed, a revoked grant or a missing scope are the usual causes."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Open the refused calls (this finding's evidence) and read their WWW-Authenticate "
         "challenge or token error: refresh tokens before they expire, sign in again after a "
         "revoked grant, or ask for the missing scope.")},
    {"analytics.rate_limit_use", "analytics", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Rate limit nearly used up"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Rate-limit use reached %1 (threshold %2) from %3 to %4."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server's RateLimit or X-RateLimit headers show that the client used most of its "
         "quota, or the server answered 429 Too Many Requests: the troubleshooting guide alerts "
         "above 80 % use, before requests start failing."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Send fewer requests or spread them out, honour Retry-After, cache what can be cached, "
         "or ask the operator for a higher limit.")},
    // Passive diagnostics (diagnostics/rules_*.cpp, the Connection Doctor;
    // docs/diagnostics.md maps the guides' symptoms to these ids). Each group
    // adds its kinds right after its own marker line, so parallel work merges.
    //
    // -- diagnostics: HTTP and data (rules_http_data.cpp)
    {"http.rate_limited.retry_after", "http", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Rate limited, with Retry-After"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "%1 was answered HTTP 429 Too Many Requests with Retry-After: %2 (seconds or a date)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server limits how many requests a client may "
                                             "send in a while, and says when to try again."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Wait as long as Retry-After says before sending the request again, and "
                       "send fewer requests (batch, cache, spread them out).")},
    {"http.rate_limited.no_retry_after", "http", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Rate limited, without Retry-After"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 was answered HTTP 429 Too Many Requests without a Retry-After header."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server limits how many requests a client may send in a while but does not say when "
         "to try again, so clients guess; retrying at once makes it worse."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Back off exponentially with jitter (1 s, 2 s, 4 s, ...) before retrying; "
                       "server operators should send Retry-After with every 429.")},
    {"http.retry_ignored", "http", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Retry sooner than Retry-After"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 was sent again %2 s after a 429 whose Retry-After asked to wait %3 s."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The client retried without honouring Retry-After; servers may keep "
                       "refusing, or block the client for longer."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Wait at least Retry-After before retrying the same request (mcpscope-cli "
                       "--retry N does); check the client's retry logic.")},
    {"http.server_error_burst", "http", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Burst of server errors (HTTP 5xx)"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%2 answered %1 requests with HTTP 5xx (%6) within %3 s, from %4 to %5 (a "
                       "burst is %7 or more within %3 s)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server, or a proxy or gateway in front of it, is failing: a crash loop, an "
         "overloaded backend, a database it cannot reach, or a deployment in progress."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Open the failed answers (this finding's evidence) and the server's logs at those times; "
         "retry with backoff and check the server's health and its dependencies.")},
    {"data.content_type.json_mismatch", "data", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "JSON declared, something else sent"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "%1 declares Content-Type \"%2\" but its body is not JSON; it starts with: %3"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "A proxy, gateway or framework error page (HTML or plain text) was sent "
                       "with the JSON content type, or the server writes text before the JSON."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Read the body (this finding's evidence): an error page names the component that failed. "
         "The server must send JSON with application/json, and errors as JSON-RPC errors.")},
    {"data.content_type.sse_mismatch", "data", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Event stream declared, no events sent"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 declares Content-Type text/event-stream but its body is not a "
                       "Server-Sent Events stream; it starts with: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server labelled a plain (often JSON or HTML) answer as an event stream; SSE clients "
         "find no events in it and wait for an answer that never comes."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Send JSON answers as application/json, or frame them as SSE events "
                       "(\"event: message\", \"data: ...\", a blank line).")},
    {"data.charset.declared", "data", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Charset other than UTF-8"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 declares Content-Type \"%2\": a charset other than UTF-8."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "JSON exchanged between systems must be UTF-8 (RFC 8259) and MCP messages are UTF-8; a "
         "client that honours the declared charset decodes non-ASCII text wrongly."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Encode the body as UTF-8 and declare charset=utf-8 (or no charset).")},
    {"data.charset.utf16", "data", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Body encoded as UTF-16"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The body of %1 starts with a %2 byte order mark: it is encoded as %2, not UTF-8."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server (often on Windows, or a PowerShell script) wrote its output as "
                       "UTF-16; JSON parsers and MCP clients expect UTF-8."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Make the server write UTF-8 without a byte order mark.")},
    {"data.invalid_utf8", "data", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Invalid UTF-8"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The body of %1 is not valid UTF-8: byte %3 at offset %2, near: %4"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server sent text in another encoding (Latin-1, Windows-1252), cut a "
                       "multi-byte character, or mixed binary data into text."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Encode all text as UTF-8; send binary data base64-encoded (MCP blob fields).")},
    {"data.control_chars", "data", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Non-printable characters"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The body of %1 holds the control character %2 at byte %3, near: %4"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Control characters (escape sequences, NUL, backspace) in text break "
                       "parsers and terminals, and can hide or rewrite what a user reads (ANSI "
                       "escapes retitle or clear a terminal)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Strip or escape control characters other than tab and line ends from text "
                       "before sending it; McpScope shows them as plain text.")},
    {"data.json_invalid", "data", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "JSON that does not parse"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The body of %1 is not valid JSON: %2 at byte %3, near: %4"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server sent a cut or malformed JSON document: a crashed handler, a body cut by a "
         "proxy or size limit, a trailing comma, or text printed into the output."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Look at the body at that byte (this finding's evidence); fix the server's "
                       "serialisation, or the proxy that cuts it.")},
    {"data.schema_violation", "data", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Message violates the MCP schema"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server's message for %1 does not match %2 of the MCP %3 schema: %4"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server (or the SDK version it uses) sends a message shape this "
                       "protocol version does not define: a missing required field, a wrong type, "
                       "or an unknown content type. Strict clients reject such messages."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Fix the fields named by the JSON pointers above (see the %3 schema's %2), "
                       "or upgrade the server's MCP SDK.")},
    {"data.schema_violation.unknown_version", "data", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Message violates the newest MCP schema"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server's message for %1 does not match %2 of the MCP %3 schema: %4 (the session's "
         "protocol version \"%5\" is not one McpScope has a schema for, so the newest was used)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The session's protocol version is unknown (no initialize seen, or a "
                       "revision newer than McpScope), so the message was checked against the "
                       "newest schema; it may be valid in the server's revision."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Check which protocol version the server speaks; if it is a known revision, "
                       "fix the fields named by the JSON pointers above.")},
    {"data.output_schema_violation", "data", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Structured content breaks the tool's outputSchema"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The structuredContent of tool %1 does not match the "
                                             "outputSchema its tools/list entry declares: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The tool returns data of another shape than it declares (a wrong type, a missing "
         "required property); clients that validate structured output reject the result."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Make the tool's structuredContent match its outputSchema, or fix the outputSchema.")},
    //
    // -- diagnostics: OAuth and tokens (rules_oauth.cpp)
    // Arguments are URLs, client ids, scopes, times and OAuth error codes:
    // never a token, a code, a verifier or a secret.
    {"oauth.invalid_grant.redirect_differs", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "redirect_uri differs between the requests"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The redirect_uri sent to the token endpoint, %1, differs from the one of "
                       "the authorization request, %2; the authorization server answered %3: %4"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "An authorization code is exchanged only with exactly the redirect_uri it was issued for "
         "(RFC 6749 §4.1.3): scheme, host, port, path and a trailing slash all count."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Send the same redirect_uri, character for character, in both requests (%2 here), and "
         "make it one the client registered.")},
    {"oauth.authorization.redirect_not_registered", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Redirect URI differs from the registered ones"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The authorization request sent redirect_uri %1, but client %2 registered "
                       "%3; the authorization server answered HTTP %4."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "An authorization server accepts only a redirect URI the client registered, compared as "
         "a string: scheme, host, port, path and a trailing slash all count."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Send one of the registered redirect URIs exactly, or register %1 too.")},
    {"oauth.invalid_grant.code_expired", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authorization code exchanged late"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The authorization code was exchanged %1 s after it was issued, and the "
                       "authorization server answered %2: %3"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Likely cause: the code expired first. Codes live briefly (RFC 6749 advises at most 10 "
         "minutes, many servers allow a minute or less); the redirect_uri matched and a "
         "code_verifier was sent, so those are not the cause. A code used twice is refused the "
         "same way."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Exchange the code as soon as the redirect brings it, once; start the flow again for a "
         "new code.")},
    {"oauth.invalid_grant.code_reused", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authorization code used twice"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The same authorization code was sent to the token endpoint a second time, "
                       "and the authorization server answered %1: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "An authorization code can be exchanged only once (RFC 6749 §4.1.2); "
                       "servers may revoke the tokens the first exchange issued."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Exchange each code once (no retry of a token request that was answered); "
                       "start the flow again for a new code.")},
    {"oauth.invalid_grant.refresh_reused", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Refresh token reused after rotation"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "A refresh was refused (%1: %2) after an earlier refresh had rotated the "
                       "refresh token."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server rotates refresh tokens: each one is accepted once, and the "
         "refused request sent one that was already used (the guides' TOKEN_REUSE). Servers then "
         "revoke the whole grant, as reuse looks like theft."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Store the refresh token each refresh returns and use only the newest; make sure only one "
         "client or process refreshes the same grant. Sign in again now.")},
    {"oauth.pkce.no_challenge", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No PKCE code_challenge"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The authorization request to %1 carries no code_challenge."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "MCP requires PKCE (RFC 7636) with S256 for every authorization code flow; servers that "
         "enforce it refuse the request or the code exchange."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Send code_challenge=BASE64URL(SHA256(code_verifier)) with "
         "code_challenge_method=S256, and the code_verifier with the token request.")},
    {"oauth.pkce.plain", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "PKCE plain instead of S256"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The authorization request to %1 uses code_challenge_method %2."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "MCP requires the S256 method; plain (also the default when the method is left out) "
         "sends the verifier itself, and servers that require S256 refuse it."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Send code_challenge_method=S256 with the SHA-256 challenge.")},
    {"oauth.pkce.no_verifier", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No PKCE code_verifier"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The token request to %1 carries no code_verifier, though the "
                       "authorization request sent a code_challenge."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The authorization server cannot check PKCE without the verifier and "
                       "refuses the code (invalid_grant or invalid_request)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Send the code_verifier generated for this flow with the token request.")},
    {"oauth.invalid_client.secret_refused", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Client secret refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Client %1 authenticated with %2 at %3, and the authorization server "
                       "answered %4: %5"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The client's credentials were not accepted: a wrong or expired secret, a client id this "
         "server does not know, or another authentication method than the one registered (the "
         "answer does not tell which)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Check the client secret (copied whole, not expired) and the registered "
                       "token_endpoint_auth_method; register the client again if it was deleted.")},
    {"oauth.invalid_client.unknown_client", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Client unknown"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Client %1 sent no credentials to %2, and the authorization server answered "
                       "%3: %4"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "A public client (no secret) is refused this way when its client id is unknown here: "
         "registered at another authorization server or environment, expired, or deleted; or the "
         "client was registered as confidential and must authenticate."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Register the client with this authorization server (dynamic registration runs again "
         "when the stored client is removed), or send the credentials it was registered with.")},
    {"oauth.invalid_client.other_issuer", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Client registered elsewhere"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Client %1 was registered at %2, but the token request went to %3, which "
                       "answered %4."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "A client id is known only to the authorization server (and environment) that issued "
         "it."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Use a client registered at %3 (register there, or pick the credentials of that "
         "environment).")},
    {"oauth.scope.not_granted", "oauth", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Requested scopes not granted"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Requested scope \"%1\", granted \"%2\": missing %3."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server granted less than asked (RFC 6749 §5.1 scope): the user, a "
         "policy or the client's registration left those scopes out. Calls that need them fail "
         "with 403 insufficient_scope."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Register the client for those scopes (and the resource server's scopes_supported), or "
         "ask only for what is granted.")},
    {"oauth.token.expired", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Access token used after it expired"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 refused the request with HTTP 401 at %2; the access token expired at "
                       "%3 (%4 s before)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The token's lifetime (expires_in of the token response, or the JWT's exp) ran out and "
         "it was not refreshed before the call."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Refresh the token before it expires (a minute ahead), or on a 401 refresh once and "
         "retry; sign in again when the refresh fails.")},
    {"oauth.token.audience_mismatch", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Token for another audience"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 refused the access token with HTTP 401; the token was issued for %2."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "A resource server accepts only tokens whose audience (aud, or the resource they were "
         "requested for with RFC 8707) names it: this token is for another server."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Request the token with resource=%1 (the server's canonical URL, as its resource "
         "metadata names it) and use each token only at its own server.")},
    {"oauth.authorization_header.missing", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Token not sent"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 answered HTTP 401 to a request without an Authorization header, "
                       "after an access token for it had been issued."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The client has a token but did not send it (a request built elsewhere, a proxy that "
         "strips the header, or a redirect to another origin that drops it)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Send \"Authorization: Bearer <token>\" on every request to the server, "
                       "including the GET stream and the DELETE.")},
    {"oauth.authorization_header.malformed", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Malformed Authorization header"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 answered HTTP 401 to an Authorization header with scheme %2."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "MCP servers expect \"Authorization: Bearer <token>\" (RFC 6750 §2.1): one space, the "
         "scheme Bearer, then the token; a bare token, another scheme or an empty token is "
         "refused."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Send the header as \"Bearer \" followed by the access token.")},
    {"oauth.challenge.missing", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "401 without WWW-Authenticate"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 answered HTTP 401 without a WWW-Authenticate header."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "A 401 must say how to authenticate (RFC 9110 §11.6.1, RFC 6750 §3); without it an MCP "
         "client cannot find the resource metadata or the authorization server, and gives up."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Answer 401 with WWW-Authenticate: Bearer resource_metadata=\"…\" (a proxy in front of "
         "the server may be dropping it).")},
    {"oauth.challenge.no_resource_metadata", "oauth", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "401 without resource_metadata"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 answered HTTP 401 with WWW-Authenticate \"%2\", which names no "
                       "resource_metadata."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "MCP (2025-06-18 and later) has the server name its protected resource metadata "
         "(RFC 9728) in the challenge; clients then have to guess the well-known URL, and older "
         "ones fall back to 2025-03-26 discovery."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Add resource_metadata=\"<metadata URL>\" to the Bearer challenge.")},
    {"oauth.as_metadata.issuer_url", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Metadata issuer differs from its URL"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The metadata fetched from %2 names issuer %1, but that URL is the one of "
                       "issuer %3."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The issuer in authorization server metadata must be the one its well-known URL was "
         "built from (RFC 8414 §3.3), or clients refuse it: usually a proxy, a base URL setting "
         "or a trailing slash."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Make the metadata's issuer exactly %3, or serve it under %1's own "
                       "well-known URL.")},
    {"oauth.as_metadata.foreign_endpoint", "oauth", FindingSeverity::Note,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Endpoint on another origin"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The metadata of issuer %3 puts %1 on another origin: %2."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Allowed, but unusual outside hosted identity providers: often a base URL setting of the "
         "server points at another environment or an internal host name."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Check that %2 is the intended endpoint, reachable by clients.")},
    {"oauth.as_metadata.grant_response_mismatch", "oauth", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Grant types contradict response types"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The metadata lists response_types_supported %1 but grant_types_supported "
                       "%2."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The response type code and the grant type authorization_code belong together: one "
         "without the other means the authorization code flow cannot finish."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "List code with authorization_code (and refresh_token when refresh tokens "
                       "are issued), or correct the server's configuration.")},
    {"oauth.insecure_issuer", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Authorization server over plain http"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 is %2, plain http on a host that is not loopback."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "OAuth 2.1 and MCP require TLS for the authorization server except on loopback: codes, "
         "secrets and tokens would travel unencrypted."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Serve the authorization server over https.")},
    {"oauth.redirect_loop", "oauth", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Redirect loop"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The redirects came back to %1 after %2 hops without reaching a redirect "
                       "URI."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server (or a proxy, or a login page) sends the browser round in a "
         "circle: often a session cookie that is not kept (SameSite, another host name), or a "
         "base URL that differs from the one the browser uses."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Follow the evidence's Location headers to see where the circle closes; "
                       "check the server's external URL and cookie settings.")},
    {"net.clock_skew.token", "net", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Clock skew (token times)"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "A token's %1 is %2, %3 s ahead of this machine's clock (%4)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The authorization server's clock and this machine's differ: a token \"issued in the "
         "future\" or not valid yet is refused by resource servers that check iat and nbf with "
         "little leeway."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Synchronise both clocks with NTP; resource servers should allow about 60 "
                       "s of leeway.")},
    //
    // -- diagnostics: connectivity, TLS, clock skew, transport (rules_connectivity.cpp)
    {"tls.cert.expired", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Certificate expired (seen in the chain)"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The TLS certificate of %1 (\"%2\") expired on %3; the request was made on %4."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server still presents a certificate past its end "
                                             "date (or this machine's clock is far ahead)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Renew the certificate and make the server load the new one (check that "
                       "automatic renewal, e.g. ACME, runs); check this machine's clock.")},
    {"tls.cert.not_yet_valid", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Certificate not valid yet"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The TLS certificate of %1 (\"%2\") is valid only from %3; the request was made on %4."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The certificate was issued with a start date in the "
                                             "future, or this machine's clock is behind."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Check this machine's clock (and the server's, which issued or installed it); otherwise "
         "reissue the certificate with a start date that has passed.")},
    {"tls.cert.expiring", "tls", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Certificate expires soon"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The TLS certificate of %1 (\"%2\") expires on %3, %4 day(s) after this request."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Certificates are valid for a fixed time; one that reaches its last 14 days "
                       "has not been renewed yet, and clients will refuse it once it expires."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Renew it now, and check that automatic renewal (e.g. ACME/certbot) runs "
                       "and that the server reloads the renewed certificate.")},
    {"tls.cert.hostname", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Certificate names another host"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The TLS certificate %1 presented (\"%2\") does not list %1 among its names."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The certificate was issued for other host names than the one in the URL: a "
                       "certificate of another site, a shared server's or proxy's default "
                       "certificate, or an IP address used where the certificate names a host."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Connect with a host name the certificate lists, or issue a certificate "
                       "that includes this one (subjectAltName).")},
    {"tls.cert.self_signed", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Self-signed certificate"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "%1 presented a self-signed certificate (\"%2\"), "
                                             "which no authority this machine trusts vouches for."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The certificate signs itself, as development servers' certificates do; "
                       "clients refuse it unless told to trust it."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Use a certificate from a public or company CA (e.g. Let's Encrypt, or mkcert's local CA "
         "in development); for a development server, add a TLS exception for this host.")},
    {"tls.chain.incomplete", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Incomplete certificate chain"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "%1 sent its certificate (\"%2\") without the intermediate certificate that signed it "
         "(\"%3\"), so the chain cannot be verified (OpenSSL: UNABLE_TO_GET_ISSUER_CERT_LOCALLY)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server is configured with the leaf certificate alone instead of the "
                       "full chain. Browsers often fill the gap from their cache or by fetching "
                       "the intermediate; Node, Python and Qt clients do not."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Serve the full chain: the leaf followed by its intermediates in one PEM "
                       "file (certbot's fullchain.pem, not cert.pem).")},
    {"tls.chain.untrusted_root", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Certificate authority not trusted"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The certificate chain %1 sent ends at \"%2\", issued by \"%3\", an "
                       "authority this machine does not trust."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "A private or company CA, or a TLS-inspecting proxy, signed the "
                       "certificate, and its root is not in this machine's trust store."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Add that root CA to the system's trust store (Node clients: "
                       "NODE_EXTRA_CA_CERTS), or use a certificate from a public CA.")},
    {"tls.protocol.weak", "tls", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Weak TLS version"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "%1 negotiated %2, a TLS version older than 1.2."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "TLS 1.0 and 1.1 are deprecated (RFC 8996); current "
                                             "clients and libraries refuse them by default."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Enable TLS 1.2 and 1.3 on the server (or the proxy "
                                             "in front of it) and turn the older versions off.")},
    {"tls.protocol.unsupported", "tls", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No common TLS version"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The TLS handshake with %1 failed on the protocol version: %2."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server offers only TLS versions this client refuses (TLS 1.0 or 1.1), "
                       "or only newer ones than it supports."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Enable TLS 1.2 and 1.3 on the server (or the proxy in front of it).")},
    {"net.clock_skew", "net", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Clock skew"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "%1 answered with Date: %2, %3 s off this machine's "
                                             "clock at the time of the answer (more than %4 s)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "One of the two clocks is wrong. Tokens carry times (iat, nbf, exp) that "
                       "both sides check, so a skew of minutes makes fresh tokens look expired or "
                       "not valid yet, and certificates look expired."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Synchronise both machines' clocks with NTP (timedatectl set-ntp true, or "
                       "the OS's time settings).")},
    {"transport.wrong_endpoint.sse", "transport", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Streamable HTTP sent to an SSE endpoint"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "An initialize request was POSTed to %1 (answered %2), but this server "
                       "speaks the older HTTP+SSE transport: its event stream is at %3."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The URL is a 2024-11-05 HTTP+SSE endpoint (a GET opens an event stream "
                       "whose first event names where to POST), while the client used Streamable "
                       "HTTP, which POSTs to the endpoint itself (usually /mcp)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Use the server's Streamable HTTP endpoint if it has one (often /mcp "
                       "instead of /sse), or choose the HTTP+SSE transport for this URL.")},
    {"transport.wrong_endpoint.streamable", "transport", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "SSE client at a Streamable HTTP endpoint"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "An HTTP+SSE event stream was opened with GET %1 (answered %2), but the "
                       "server speaks Streamable HTTP there: %3 answers initialize."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The URL is a Streamable HTTP endpoint (POST a message to it), while the "
                       "client used the older HTTP+SSE transport, which expects a GET event stream "
                       "with an endpoint event (usually /sse)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Choose the Streamable HTTP transport for this URL, or use the server's "
                       "HTTP+SSE endpoint if it still offers one (often /sse).")},
    {"transport.not_mcp", "transport", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Not an MCP endpoint"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 does not speak the chosen transport (%2): initialize was answered %3."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Nothing at this URL understands MCP over this transport: a web page, another API, a path "
         "the server does not serve, or a proxy that answers for it."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Check the URL (the MCP endpoint is often /mcp, or /sse for the older transport) and the "
         "transport; the server's documentation or start-up log names its endpoint.")},
    {"transport.get_stream_refused", "transport", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Listening stream answered without an event stream"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The listening GET stream at %1 was answered %2, neither an event stream nor 405."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The specification asks a server to answer the listening GET with "
                       "text/event-stream, or 405 Method Not Allowed when it offers none; anything "
                       "else leaves a client guessing whether the session still works."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Answer the GET with an event stream, or with 405 "
                                             "when the server sends nothing outside requests.")},
    {"transport.session_lost", "transport", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Session lost"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server no longer knows session %1: %3 was answered HTTP %2 after the "
                       "session had been established."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server forgot the session: it restarted, the session expired, or a load balancer "
         "sent the request to another instance that keeps sessions in memory."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Reconnect to start a new session; on the server, keep sessions in shared storage or use "
         "sticky routing, and clients should initialize again on 404 as the specification asks.")},
    {"transport.sse_no_event_ids", "transport", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Event stream dropped without event ids"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The event stream answering %1 at %2 ended before its response, and its "
                       "events carried no id, so it cannot be resumed."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server (or a proxy's timeout) closed the stream early and sent no event ids, so a "
         "client cannot resume it with Last-Event-ID: the answer is lost."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Give events ids (an event store in the server SDK) so clients can resume; find why the "
         "stream closed (server logs, proxy idle timeouts, buffering).")},
    //
    // -- diagnostics: performance and intermittency (rules_performance.cpp)
    //
    // The troubleshooting guide's alert thresholds: P95 response time above
    // 2 seconds; failures that come and go within its 5-minute window.
    // Arguments: the call (method and tool, or HTTP method and path), its
    // P95 in ms, the number of calls, the slowest in ms, the threshold in ms.
    {"perf.slow_endpoint", "perf", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Slow calls"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 took %2 ms at the 95th percentile over %3 calls (the slowest %4 ms); "
                       "the troubleshooting guide alerts above %5 ms."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server answers this call slowly: a slow tool or backend it waits on, an "
         "overloaded server, or a slow network between the two. Clients that give up after a "
         "fixed time (often 30 s) fail when it gets slower still."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Open the slow calls (this finding's evidence) and compare their time to first byte with "
         "their total: a late first byte is the server's work, a long tail after it is the "
         "transfer. Make the tool faster, report progress for long operations, or raise the "
         "client's timeout.")},
    // Arguments: the call, failures, calls in all, the window in minutes, the
    // first failure's status or error.
    {"perf.intermittent", "perf", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Intermittent failures"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 failed %2 of %3 times and succeeded in between, within %4 minutes "
                       "(first failure: %5)."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The same request works sometimes and fails other times: an overloaded or restarting "
         "server, one bad instance behind a load balancer, a backend that times out, or an "
         "unstable network. A request that is wrong fails every time."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Compare the failed calls with the ones that succeeded (this finding's evidence): the "
         "time they failed, the status or network error. Retry server errors with exponential "
         "backoff, and ask the server's operator about instances, restarts and timeouts.")},
    // -- diagnostics: Connection Doctor (connection_doctor.cpp)
    //
    // The Connection Doctor's verdicts (diagnostics/connection_doctor,
    // DoctorChecks); docs/connection-doctor.md says which check raises which.
    {"doctor.tls.plain_http", "doctor", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Plain HTTP to a remote server"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "%1 is plain http on a host that is not loopback: "
                                             "tokens and tool data cross the network unencrypted."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server is reached without TLS. MCP requires HTTPS for authorization "
                       "endpoints and remote servers."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Serve the MCP endpoint over HTTPS (a reverse proxy "
                                             "with a certificate will do) and use its https URL.")},
    {"doctor.tls.expiring", "doctor", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Certificate expires soon"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The TLS certificate of %1 expires on %2, in %3 days."),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The certificate is close to the end of its validity; "
                                             "clients will refuse it once it has passed."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Renew the certificate now and make sure renewal is automated (e.g. ACME with a timer).")},
    {"doctor.cors.preflight", "doctor", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "CORS preflight refused"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The CORS preflight OPTIONS %1 from origin %2 was answered HTTP %3 with "
                       "Access-Control-Allow-Origin \"%4\"."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "A browser-based MCP client (such as the Inspector in direct mode) sends "
                       "this preflight before every POST; without a 2xx answer that allows its "
                       "origin, the browser blocks the request."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Answer OPTIONS on the MCP endpoint with 204 and Access-Control-Allow-Origin set to the "
         "client's origin (or *), e.g. with the cors middleware.")},
    {"doctor.cors.headers", "doctor", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "CORS preflight does not allow what MCP sends"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The CORS preflight of %1 does not allow %2 (Access-Control-Allow-Methods: "
                       "\"%3\", Access-Control-Allow-Headers: \"%4\")."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "A browser-based MCP client sends POST with Authorization, Content-Type, Mcp-Session-Id, "
         "Mcp-Protocol-Version and Last-Event-Id; the browser refuses to send what the preflight "
         "does not allow (a wildcard does not cover Authorization)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "List POST, GET and DELETE in Access-Control-Allow-Methods and each of "
                       "those headers by name in Access-Control-Allow-Headers.")},
    {"doctor.cors.expose", "doctor", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Answer not readable by a browser client"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "A browser-based client could not use the answer to POST %1 from origin %2: %3"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Browsers hide a cross-origin answer without a matching Access-Control-Allow-Origin, and "
         "hide every header not listed in Access-Control-Expose-Headers: the client then loses the "
         "session id or the authorization challenge."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Send Access-Control-Allow-Origin on every answer (not only the preflight) and list "
         "Mcp-Session-Id and WWW-Authenticate in Access-Control-Expose-Headers.")},
    {"doctor.mcp.no_transport", "doctor", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No MCP transport answered"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "%1 did not initialize over any transport tried: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The URL does not lead to an MCP endpoint: another path (/mcp for "
                       "Streamable HTTP, /sse for the 2024-11-05 HTTP+SSE transport), a web page "
                       "or proxy in front of it, or a server that does not speak MCP."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Check the endpoint path in the server's documentation or logs (Streamable HTTP servers "
         "usually serve /mcp, older ones /sse), and that nothing in front of it answers instead.")},
    {"doctor.mcp.streamable_unavailable", "doctor", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No Streamable HTTP"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "%1 did not initialize over Streamable HTTP (%2); the older HTTP+SSE "
                       "transport (2024-11-05) is tried next."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server speaks only the deprecated HTTP+SSE transport, or the URL is its /sse "
         "endpoint: clients that speak only the current transport cannot connect."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Use the server's Streamable HTTP endpoint (usually /mcp) if it has one, or "
                       "upgrade the server to an SDK that serves Streamable HTTP.")},
    {"doctor.auth.no_challenge", "doctor", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "401 without a Bearer challenge"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "%1 answered HTTP %2 without a Bearer challenge (WWW-Authenticate: \"%3\")."),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "An MCP client learns where to sign in from the 401's WWW-Authenticate: Bearer header "
         "(with resource_metadata, RFC 9728); without it no client can start the OAuth flow."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Answer unauthenticated requests with 401 and WWW-Authenticate: Bearer "
                       "resource_metadata=\"<the protected resource metadata URL>\".")},
    {"doctor.auth.no_resource_metadata", "doctor", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No protected resource metadata"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "%1 requires authorization but publishes no protected resource metadata: tried %2."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "MCP clients find the authorization server through the protected resource "
                       "metadata (RFC 9728), named by resource_metadata in the 401 or served at "
                       "/.well-known/oauth-protected-resource."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Serve the metadata (resource, authorization_servers) at the well-known URL "
                       "and name it in the 401's WWW-Authenticate header.")},
    {"doctor.ops.failed", "doctor", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Basic operation failed"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "%1 failed: %2"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "The server initialized but refused or failed a basic request every client sends."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Read the server's answer and logs for this method; a server should answer "
                       "the lists of the capabilities it declares, and ping always.")},
    {"doctor.perf.burst_failed", "doctor", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Requests failed under a short burst"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "%1 of %2 pings sent at once failed; the first: %3"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server (or a proxy or rate limiter in front of "
                                             "it) cannot take a handful of concurrent requests."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Check the server's concurrency limits, worker pool and rate limits, and "
                       "its logs at the time of the burst.")},
    {"doctor.perf.slow", "doctor", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Slow answers"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "Of %1 pings sent at once, the p95 latency was %2 ms (p50 %3 ms), above %4 ms."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The troubleshooting guide alerts when the P95 response time exceeds 2 "
                       "seconds: the server, its host or the network is slow or overloaded."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Compare time to first byte with total time in the Connection Doctor's "
                       "exchanges; profile the server and the path to it.")},
    {"doctor.intermittent", "doctor", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Intermittent failures"),
     QT_TRANSLATE_NOOP(
         "mcpscope::Findings",
         "%1 of %2 identical %3 requests failed, the others succeeded; the first failure: %4"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Failures that come and go point at an unstable network, a load balancer "
                       "with a bad backend, a rate limiter or an overloaded server."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Look at the failed exchanges' status and timing; check each backend behind "
                       "the load balancer and the server's logs at those times.")},
    // -- issue 16: protocol eras, MRTR, standard headers (mcp/)
    // Arguments of each: see mcp/mcp_findings.h.
    {"mcp.era.header_mismatch", "mcp", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Headers did not match the body"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server refused %1 with HeaderMismatch (-32020): %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "MCP 2026-07-28 mirrors the method, the name and the arguments a tool "
                       "designates (x-mcp-header) into Mcp-Method, Mcp-Name and Mcp-Param-* "
                       "headers; the server found one missing or different from the body. A "
                       "proxy that rewrites headers, or a tool schema that changed since "
                       "tools/list, causes it too."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "List the tools again and retry; compare the request's headers with its "
                       "body in the exchange; check what sits between client and server.")},
    {"mcp.era.missing_capability", "mcp", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server needs a client capability"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server refused %1 for want of client capabilities (-32021): %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "In MCP 2026-07-28 each request declares the client's capabilities in "
                       "_meta; this request needs one McpScope did not declare for it."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Enable the capability (elicitation, sampling, roots) in the session's "
                       "settings, or use the tool without it.")},
    {"mcp.era.invalid_tool_header", "mcp", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Tool excluded: invalid x-mcp-header"),
     QT_TRANSLATE_NOOP("mcpscope::Findings", "Tool \"%1\" was left out of tools/list: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "MCP 2026-07-28 lets a tool's inputSchema mirror arguments into "
                       "Mcp-Param-* headers with x-mcp-header, and requires clients to reject a "
                       "tool whose declaration is invalid (empty, not a header token, duplicate, "
                       "on a non-primitive or unreachable property)."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Fix the tool's inputSchema on the server; the other tools stay "
                       "usable.")},
    {"mcp.era.discover_invalid", "mcp", FindingSeverity::Warning,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "server/discover answer breaks the schema"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server/discover result does not match the 2026-07-28 schema: %1"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server implements discovery incompletely or for a draft of the "
                       "revision. McpScope used what it could read."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Compare the result with DiscoverResult in the 2026-07-28 schema and fix "
                       "the server.")},
    {"mcp.era.input_rounds", "mcp", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "The server kept asking for input"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server kept asking for input on %1 (%2 rounds); McpScope gave up."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "A multi round-trip request answered input_required again and again: the "
                       "server does not accept the answers, or loops."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Look at the rounds in the capture: the inputResponses sent and what the "
                       "server asked for each time.")},
    {"mcp.era.unsupported_version", "mcp", FindingSeverity::Error,
     QT_TRANSLATE_NOOP("mcpscope::Findings", "No protocol version in common"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server refused protocol version %1 and supports only: %2"),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "The server does not speak a revision McpScope speaks in this era."),
     QT_TRANSLATE_NOOP("mcpscope::Findings",
                       "Choose another era (--era legacy or modern), or upgrade the server or "
                       "McpScope.")},
    // (end of protocol eras)

    // -- issue 16: authorization of 2026-07-28, DPoP, workload identity, ID-JAG (oauth/)
    // (end of authorization)

    // -- issue 16: server catalog (catalog/)
    // (end of server catalog)
};

QString translated(const char *text, const QStringList &arguments)
{
    // One pass over %1…%9, so an argument holding "%2" stays as it is.
    const QString pattern = QCoreApplication::translate(kContext, text);
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' &&
            pattern.at(i + 1) <= u'9') {
            const int n = pattern.at(i + 1).unicode() - u'1';
            out += n < arguments.size() ? arguments.at(n) : QString();
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

const QList<FindingKind> &findingKinds()
{
    return kKinds;
}

const FindingKind *findingKind(QStringView id)
{
    for (const FindingKind &k : kKinds)
        if (id == QLatin1String(k.id))
            return &k;
    return nullptr;
}

Finding makeFinding(const char *kind, QStringList arguments, QList<qint64> exchangeIds)
{
    Q_ASSERT(findingKind(QString::fromLatin1(kind)));
    Finding f;
    f.kind = QString::fromLatin1(kind);
    f.arguments = scrubbedArguments(std::move(arguments));
    f.exchangeIds = std::move(exchangeIds);
    return f;
}

QStringList scrubbedArguments(QStringList arguments)
{
    // Arguments often quote a server (an error_description, a page): a
    // server that echoes a token, a code or a client secret must not get it
    // into a finding, which is stored and shown.
    const SecretSet &secrets = SecretSet::process();
    if (secrets.isEmpty())
        return arguments;
    for (QString &argument : arguments)
        argument = secrets.scrubText(argument);
    return arguments;
}

FindingSeverity Finding::severity() const
{
    const FindingKind *k = findingKind(kind);
    return k ? k->severity : FindingSeverity::Warning;
}

QString Finding::group() const
{
    const FindingKind *k = findingKind(kind);
    return k ? QString::fromLatin1(k->group) : QString();
}

QString Finding::title() const
{
    const FindingKind *k = findingKind(kind);
    return k ? translated(k->title, arguments) : kind;
}

QString Finding::summary() const
{
    const FindingKind *k = findingKind(kind);
    return k ? translated(k->summary, arguments) : arguments.join(QLatin1Char(' '));
}

QString Finding::cause() const
{
    const FindingKind *k = findingKind(kind);
    return k ? translated(k->cause, arguments) : QString();
}

QString Finding::fix() const
{
    const FindingKind *k = findingKind(kind);
    return k ? translated(k->fix, arguments) : QString();
}

QString Finding::message() const
{
    QStringList parts;
    for (const QString &part : {summary(), cause(), fix()})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QLatin1Char(' '));
}

QString severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Note:
        return QCoreApplication::translate("mcpscope::Findings", "note");
    case FindingSeverity::Warning:
        return QCoreApplication::translate("mcpscope::Findings", "warning");
    case FindingSeverity::Error:
        return QCoreApplication::translate("mcpscope::Findings", "error");
    }
    return {};
}

QString severityId(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Note:
        return QStringLiteral("note");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Error:
        return QStringLiteral("error");
    }
    return {};
}

FindingSeverity severityFromId(QStringView id)
{
    for (FindingSeverity s :
         {FindingSeverity::Note, FindingSeverity::Warning, FindingSeverity::Error})
        if (id == severityId(s))
            return s;
    return FindingSeverity::Warning;
}

} // namespace mcpscope
