#include "catalog/catalog_secrets.h"
#include "common/translate.h"

#include "capture/redaction.h"
#include "common/known_secrets.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::CatalogKeychain", "mcpscope"}, text);
}

constexpr auto kReferencePrefix = "keychain:catalog/";
// A keychain that does not answer within this is reported, not waited for.
constexpr int kWaitMs = 60 * 1000;

// NAME's words: split at '_', '-', '.', ' ' and lower-to-upper case changes.
QStringList words(QStringView name)
{
    QStringList out;
    QString current;
    QChar previous;
    for (const QChar c : name) {
        if (c == u'_' || c == u'-' || c == u'.' || c == u' ') {
            if (!current.isEmpty())
                out << current.toLower();
            current.clear();
        } else {
            if (c.isUpper() && previous.isLower() && !current.isEmpty()) {
                out << current.toLower();
                current.clear();
            }
            current += c;
        }
        previous = c;
    }
    if (!current.isEmpty())
        out << current.toLower();
    return out;
}

bool isEditorReference(QStringView value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$\\{[^}]*\\}$"));
    return pattern.match(value.trimmed().toString()).hasMatch();
}

QString reference(const QString &server, const QString &field, const QString &name)
{
    return QLatin1String(kReferencePrefix) + server + QLatin1Char('/') + field + QLatin1Char('/') +
           name;
}

// Secret values of extra, at any depth: a string under a secret name.
void extractExtra(QJsonObject &object, const QString &server, const QString &path,
                  QHash<QString, QString> *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString here = path.isEmpty() ? it.key() : path + QLatin1Char('/') + it.key();
        if (it.value().isObject()) {
            QJsonObject inner = it.value().toObject();
            extractExtra(inner, server, here, out);
            it.value() = inner;
        } else if (it.value().isString()) {
            const QString value = it.value().toString();
            if (value.isEmpty() || isKeychainReference(value) || isEditorReference(value))
                continue;
            if (isSecretName(it.key()) || isSecretValue(value)) {
                const QString ref = reference(server, QStringLiteral("extra"), here);
                out->insert(ref, value);
                it.value() = ref;
            }
        }
    }
}

void collectExtra(const QJsonObject &object, QStringList *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject())
            collectExtra(it.value().toObject(), out);
        else if (isKeychainReference(it.value().toString()))
            *out << it.value().toString();
    }
}

void replaceExtra(QJsonObject &object, const std::function<QString(const QString &)> &map)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            QJsonObject inner = it.value().toObject();
            replaceExtra(inner, map);
            it.value() = inner;
        } else if (isKeychainReference(it.value().toString())) {
            it.value() = map(it.value().toString());
        }
    }
}

void replaceAll(CatalogServer &s, const std::function<QString(const QString &)> &map)
{
    for (auto *pairs : {&s.env, &s.headers})
        for (auto it = pairs->begin(); it != pairs->end(); ++it)
            if (isKeychainReference(it.value()))
                it.value() = map(it.value());
    replaceExtra(s.extra, map);
}

template <typename T>
Result<T> waitFor(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    // Shared with the callback: one that comes after the wait gave up finds
    // it still there.
    struct State
    {
        std::optional<Result<T>> outcome;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    start([state](Result<T> r) {
        state->outcome.emplace(std::move(r));
        state->loop.quit();
    });
    if (!state->outcome) {
        QTimer::singleShot(kWaitMs, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    if (!state->outcome)
        return makeError(ErrorCode::CatalogKeychain,
                         tr("The keychain did not answer within a minute; is the Secret Service "
                            "(gnome-keyring, KWallet) running and unlocked?"));
    return *state->outcome;
}

} // namespace

bool isSecretName(QStringView name)
{
    const QByteArray latin = name.toUtf8();
    if (Redactor::isSensitiveField(latin) || Redactor::isSensitiveHeader(latin))
        return true;
    static const QStringList secretWords{
        QStringLiteral("token"),      QStringLiteral("tokens"),
        QStringLiteral("secret"),     QStringLiteral("secrets"),
        QStringLiteral("password"),   QStringLiteral("passwd"),
        QStringLiteral("passphrase"), QStringLiteral("pwd"),
        QStringLiteral("key"),        QStringLiteral("apikey"),
        QStringLiteral("credential"), QStringLiteral("credentials"),
        QStringLiteral("auth"),       QStringLiteral("authorization"),
        QStringLiteral("pat"),        QStringLiteral("cookie"),
        QStringLiteral("bearer")};
    for (const QString &word : words(name))
        if (secretWords.contains(word))
            return true;
    return false;
}

bool isSecretValue(QStringView value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:(?:bearer|basic|token|dpop)\\s+\\S|(?:ghp_|gho_|github_pat_|"
                       "glpat-|xox[abpr]-|sk-)\\S{8})"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(value.toString()).hasMatch();
}

QHash<QString, QString> extractSecrets(CatalogServer &server)
{
    QHash<QString, QString> out;
    const auto sweep = [&](QMap<QString, QString> &pairs, const QString &field) {
        for (auto it = pairs.begin(); it != pairs.end(); ++it) {
            const QString value = it.value();
            if (value.isEmpty() || isKeychainReference(value) || isEditorReference(value))
                continue;
            const bool hinted = server.secretHints.contains(field + QLatin1Char('/') + it.key());
            if (!hinted && !isSecretName(it.key()) && !isSecretValue(value))
                continue;
            const QString ref = reference(server.name, field, it.key());
            out.insert(ref, value);
            it.value() = ref;
        }
    };
    sweep(server.env, QStringLiteral("env"));
    sweep(server.headers, QStringLiteral("headers"));
    extractExtra(server.extra, server.name, {}, &out);
    server.secretHints.clear();
    return out;
}

QStringList secretReferences(const CatalogServer &server)
{
    QStringList out;
    for (const auto *pairs : {&server.env, &server.headers})
        for (const QString &value : *pairs)
            if (isKeychainReference(value))
                out << value;
    collectExtra(server.extra, &out);
    out.removeDuplicates();
    return out;
}

Result<CatalogServer> withSecrets(CatalogServer server, const QHash<QString, QString> &values)
{
    QStringList missing;
    replaceAll(server, [&](const QString &ref) {
        if (!values.contains(ref))
            missing << ref;
        return values.value(ref);
    });
    if (!missing.isEmpty())
        return makeError(ErrorCode::CatalogKeychain,
                         tr("The keychain has no entry for %1 of the server \"%2\"; import it "
                            "again.")
                             .arg(missing.join(QStringLiteral(", ")), server.name));
    return server;
}

CatalogServer withPlaceholders(CatalogServer server, const QString &placeholder)
{
    replaceAll(server, [&](const QString &) { return placeholder; });
    return server;
}

QHash<QString, QString> renameServer(CatalogServer &server, const QString &name)
{
    QHash<QString, QString> moved;
    const QString from = QLatin1String(kReferencePrefix) + server.name + QLatin1Char('/');
    const QString to = QLatin1String(kReferencePrefix) + name + QLatin1Char('/');
    replaceAll(server, [&](const QString &ref) {
        if (!ref.startsWith(from))
            return ref;
        const QString renamed = to + ref.mid(from.size());
        moved.insert(ref, renamed);
        return renamed;
    });
    server.name = name;
    return moved;
}

CatalogKeychain::CatalogKeychain(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

// Jobs have no parent and delete themselves (as the vault's: a job deleted
// while libsecret works on it crashes); this object is the connections'
// context, so a gone CatalogKeychain hears nothing.
void CatalogKeychain::writeOne(const QString &key, const QString &value, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(makeError(ErrorCode::CatalogKeychain,
                           tr("The keychain refused to store a secret of the catalog: %1. "
                              "Nothing was imported; secrets are never kept in plaintext.")
                               .arg(j->errorString()),
                           int(j->error())));
        else
            done({});
    });
    job->start();
}

void CatalogKeychain::readOne(const QString &key, std::function<void(const Result<QString> &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(
                makeError(ErrorCode::CatalogKeychain,
                          tr("Could not read %1 from the keychain: %2.").arg(key, j->errorString()),
                          int(j->error())));
        else
            done(registeredSecret(static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
    });
    job->start();
}

void CatalogKeychain::deleteOne(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(makeError(ErrorCode::CatalogKeychain,
                           tr("Could not delete a secret of the catalog from the keychain: %1.")
                               .arg(j->errorString()),
                           int(j->error())));
        else
            done({});
    });
    job->start();
}

// The chains below hold themselves through the callbacks of the jobs they
// start (a weak reference in the step, a strong one in each callback), so
// they live exactly as long as a job of theirs is under way.
void CatalogKeychain::write(const ServerCatalog &catalog, const QHash<QString, QString> &values,
                            Done done)
{
    struct State
    {
        QStringList pending; // keychain keys still to write
        QStringList written;
        QHash<QString, QString> byKey;
    };
    auto state = std::make_shared<State>();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString key = catalog.keychainKey(it.key());
        state->pending << key;
        state->byKey.insert(key, it.value());
    }
    state->pending.sort();
    using Step = std::function<void()>;
    auto step = std::make_shared<Step>();
    *step = [this, state, weak = std::weak_ptr<Step>(step), done]() {
        if (state->pending.isEmpty()) {
            QTimer::singleShot(0, this, [done] { done({}); });
            return;
        }
        const QString key = state->pending.takeFirst();
        writeOne(key, state->byKey.value(key),
                 [this, state, self = weak.lock(), done, key](const Result<void> &r) {
                     if (r) {
                         state->written << key;
                         (*self)();
                         return;
                     }
                     // All or nothing: what was written goes again.
                     auto undo = std::make_shared<Step>();
                     *undo = [this, state, weakUndo = std::weak_ptr<Step>(undo), done, r]() {
                         if (state->written.isEmpty()) {
                             done(r);
                             return;
                         }
                         deleteOne(state->written.takeFirst(),
                                   [again = weakUndo.lock()](const Result<void> &) { (*again)(); });
                     };
                     (*undo)();
                 });
    };
    (*step)();
}

void CatalogKeychain::read(const ServerCatalog &catalog, const QStringList &references,
                           ValuesDone done)
{
    auto pending = std::make_shared<QStringList>();
    for (const QString &ref : references)
        *pending << ref;
    auto keys = std::make_shared<QHash<QString, QString>>();
    for (const QString &ref : references)
        keys->insert(ref, catalog.keychainKey(ref));
    auto values = std::make_shared<QHash<QString, QString>>();
    using Step = std::function<void()>;
    auto step = std::make_shared<Step>();
    *step = [this, pending, keys, values, weak = std::weak_ptr<Step>(step), done]() {
        if (pending->isEmpty()) {
            QTimer::singleShot(0, this, [done, values] { done(*values); });
            return;
        }
        const QString ref = pending->takeFirst();
        readOne(keys->value(ref),
                [values, self = weak.lock(), done, ref](const Result<QString> &r) {
                    if (!r) {
                        done(Failure{r.error()});
                        return;
                    }
                    values->insert(ref, *r);
                    (*self)();
                });
    };
    (*step)();
}

void CatalogKeychain::remove(const ServerCatalog &catalog, const QStringList &references, Done done)
{
    auto pending = std::make_shared<QStringList>();
    for (const QString &ref : references)
        *pending << catalog.keychainKey(ref);
    auto failure = std::make_shared<std::optional<Error>>();
    using Step = std::function<void()>;
    auto step = std::make_shared<Step>();
    *step = [this, pending, failure, weak = std::weak_ptr<Step>(step), done]() {
        if (pending->isEmpty()) {
            QTimer::singleShot(0, this, [done, failure] {
                if (*failure)
                    done(Failure{**failure});
                else
                    done({});
            });
            return;
        }
        deleteOne(pending->takeFirst(), [failure, self = weak.lock()](const Result<void> &r) {
            if (!r && !*failure)
                *failure = r.error();
            (*self)();
        });
    };
    (*step)();
}

void CatalogKeychain::importServers(ServerCatalog *catalog, QList<CatalogServer> servers,
                                    std::function<void(const Result<QStringList> &)> done)
{
    QHash<QString, QString> secrets;
    QStringList names;
    for (CatalogServer &s : servers) {
        const QString wanted = s.name;
        s.name = catalog->uniqueName(wanted, names);
        if (s.name != wanted)
            s.notes << tr("The catalog already has a server named \"%1\"; this one is \"%2\".")
                           .arg(wanted, s.name);
        names << s.name;
        secrets.insert(extractSecrets(s));
    }
    write(*catalog, secrets, [this, catalog, servers, names, secrets, done](const Result<void> &r) {
        if (!r) {
            done(Failure{r.error()});
            return;
        }
        ServerCatalog before = *catalog;
        for (const CatalogServer &s : servers)
            catalog->add(s);
        if (auto saved = catalog->save(); !saved) {
            *catalog = before;
            remove(*catalog, secrets.keys(),
                   [done, saved](const Result<void> &) { done(Failure{saved.error()}); });
            return;
        }
        done(names);
    });
}

void CatalogKeychain::removeServer(ServerCatalog *catalog, const QString &name, Done done)
{
    const CatalogServer *server = catalog->find(name);
    if (!server) {
        QTimer::singleShot(0, this, [done, name] {
            done(makeError(ErrorCode::CatalogNoServer,
                           tr("The catalog has no server named \"%1\".").arg(name)));
        });
        return;
    }
    const QStringList refs = secretReferences(*server);
    ServerCatalog before = *catalog;
    catalog->remove(name);
    if (auto saved = catalog->save(); !saved) {
        *catalog = before;
        QTimer::singleShot(0, this, [done, saved] { done(saved); });
        return;
    }
    // The entry is gone from the file first: a keychain failure leaves an
    // orphaned entry, never a server whose secrets are gone.
    remove(*catalog, refs, std::move(done));
}

void CatalogKeychain::resolve(const ServerCatalog &catalog, const QString &name,
                              std::function<void(const Result<CatalogServer> &)> done)
{
    const CatalogServer *found = catalog.find(name);
    if (!found) {
        QStringList names;
        for (const CatalogServer &s : catalog.servers())
            names << s.name;
        QTimer::singleShot(0, this, [done, name, names] {
            done(makeError(ErrorCode::CatalogNoServer,
                           names.isEmpty()
                               ? tr("The catalog has no server named \"%1\"; it is empty "
                                    "(import some with \"catalog import\").")
                                     .arg(name)
                               : tr("The catalog has no server named \"%1\"; it has: %2.")
                                     .arg(name, names.join(QStringLiteral(", ")))));
        });
        return;
    }
    const CatalogServer server = *found;
    read(catalog, secretReferences(server),
         [done, server](const Result<QHash<QString, QString>> &r) {
             if (!r) {
                 done(Failure{r.error()});
                 return;
             }
             done(withSecrets(server, *r));
         });
}

Result<QStringList> CatalogKeychain::importServersAndWait(ServerCatalog *catalog,
                                                          const QList<CatalogServer> &servers)
{
    return waitFor<QStringList>([&](auto finish) {
        importServers(catalog, servers, [finish](const Result<QStringList> &r) { finish(r); });
    });
}

Result<void> CatalogKeychain::removeServerAndWait(ServerCatalog *catalog, const QString &name)
{
    const auto r = waitFor<bool>([&](auto finish) {
        removeServer(catalog, name, [finish](const Result<void> &done) {
            if (done)
                finish(true);
            else
                finish(Failure{done.error()});
        });
    });
    if (!r)
        return Failure{r.error()};
    return {};
}

Result<CatalogServer> CatalogKeychain::resolveAndWait(const ServerCatalog &catalog,
                                                      const QString &name)
{
    return waitFor<CatalogServer>([&](auto finish) {
        resolve(catalog, name, [finish](const Result<CatalogServer> &r) { finish(r); });
    });
}

} // namespace mcpscope
