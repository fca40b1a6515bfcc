// Dynamic client registration answers (RFC 7591) come from the authorization
// server. A parsed client has an id and an authentication method, and the
// client written back as a registration answer parses to the same client.
#include "oauth/oauth_types.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QString methods[] = {QStringLiteral("none"), QStringLiteral("client_secret_basic"),
                                      QStringLiteral("client_secret_post"),
                                      QStringLiteral("private_key_jwt")};
    const QString &requested = methods[data[0] % 4];
    const QByteArrayView body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const auto client = parseRegistrationResponse(body, requested);
    if (!client) {
        if (client.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (client->clientId.isEmpty() || client->authMethod.isEmpty() ||
        client->registration != u"dynamic")
        std::abort();
    QJsonObject answer{{QStringLiteral("client_id"), client->clientId},
                       {QStringLiteral("token_endpoint_auth_method"), client->authMethod}};
    if (!client->clientSecret.isEmpty())
        answer.insert(QStringLiteral("client_secret"), client->clientSecret);
    const auto again = parseRegistrationResponse(QJsonDocument(answer).toJson(), requested);
    if (!again || again->clientId != client->clientId ||
        again->clientSecret != client->clientSecret || again->authMethod != client->authMethod)
        std::abort();
    return 0;
}
