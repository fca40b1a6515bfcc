#pragma once
// Certificates for TLS tests, made with the `openssl` command line into a
// directory the test owns (a QTemporaryDir): a root CA, an intermediate CA it
// signs, and leaves the intermediate signs with any validity window and host
// names, or self-signed leaves. Serve them with
// tests/peers/servers/tls_fixture_server.mjs (env CERT, KEY, CHAIN), e.g.
//
//   TlsFixtures tls(dir.path());
//   QVERIFY2(tls.makeAuthorities(), qPrintable(tls.error()));
//   const TlsLeaf expired = tls.leaf("expired", {"IP:127.0.0.1"}, -60, -30);
//   NodePeer server;
//   server.start(tlsFixtureServerScript(), {}, tlsServerEnv(expired, true));
//
// and make the client trust the root with trustRootCa() (process-wide, for
// every QNetworkRequest made afterwards: the product's HttpClient has no CA
// option and needs none).
#include "node_peer.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace mcpscope::testing {

using namespace Qt::StringLiterals;

inline QString tlsFixtureServerScript()
{
    return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/tls_fixture_server.mjs");
}

struct TlsLeaf
{
    QString cert;  // PEM, the leaf alone
    QString key;   // PEM
    QString chain; // PEM, the intermediate(s) to send after the leaf ("" = none: self-signed)
    bool isValid() const { return !cert.isEmpty() && !key.isEmpty(); }
};

// Env for tls_fixture_server.mjs serving leaf; withChain = also send its
// intermediate (without it the chain is incomplete). extra: more variables
// (DATE_OFFSET_S, …).
inline QProcessEnvironment tlsServerEnv(const TlsLeaf &leaf, bool withChain,
                                        const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = extra;
    env.insert(QStringLiteral("CERT"), leaf.cert);
    env.insert(QStringLiteral("KEY"), leaf.key);
    if (withChain && !leaf.chain.isEmpty())
        env.insert(QStringLiteral("CHAIN"), leaf.chain);
    return env;
}

class TlsFixtures
{
public:
    explicit TlsFixtures(const QString &dir) : m_dir(dir) {}

    QString error() const { return m_error; }
    QString rootCa() const { return m_dir + QStringLiteral("/root.pem"); }
    QString intermediateCa() const { return m_dir + QStringLiteral("/intermediate.pem"); }
    static QString rootName() { return QStringLiteral("McpScope Test Root CA"); }
    static QString intermediateName() { return QStringLiteral("McpScope Test Intermediate CA"); }

    // The root (valid a year either side of now) and the intermediate it
    // signs, plus the `openssl ca` database the leaves are issued from.
    bool makeAuthorities()
    {
        if (!write(QStringLiteral("ca.cnf"), caConfig()) ||
            !write(QStringLiteral("index.txt"), QByteArray()) ||
            !write(QStringLiteral("serial"), QByteArray("1000\n")))
            return false;
        QDir(m_dir).mkpath(QStringLiteral("issued"));
        const QString cnf = path(QStringLiteral("ca.cnf"));
        return openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                        u"ec_paramgen_curve:P-256"_s, u"-out"_s, path(u"root.key"_s)}) &&
               openssl({u"req"_s, u"-new"_s, u"-key"_s, path(u"root.key"_s), u"-subj"_s,
                        u"/CN="_s + rootName(), u"-out"_s, path(u"root.csr"_s)}) &&
               openssl({u"ca"_s, u"-batch"_s, u"-selfsign"_s, u"-config"_s, cnf, u"-keyfile"_s,
                        path(u"root.key"_s), u"-in"_s, path(u"root.csr"_s), u"-out"_s, rootCa(),
                        u"-startdate"_s, stamp(-365), u"-enddate"_s, stamp(365), u"-extensions"_s,
                        u"v3_ca"_s, u"-notext"_s}) &&
               openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                        u"ec_paramgen_curve:P-256"_s, u"-out"_s, path(u"intermediate.key"_s)}) &&
               openssl({u"req"_s, u"-new"_s, u"-key"_s, path(u"intermediate.key"_s), u"-subj"_s,
                        u"/CN="_s + intermediateName(), u"-out"_s, path(u"intermediate.csr"_s)}) &&
               openssl({u"ca"_s, u"-batch"_s, u"-config"_s, cnf, u"-cert"_s, rootCa(),
                        u"-keyfile"_s, path(u"root.key"_s), u"-in"_s, path(u"intermediate.csr"_s),
                        u"-out"_s, intermediateCa(), u"-startdate"_s, stamp(-365), u"-enddate"_s,
                        stamp(365), u"-extensions"_s, u"v3_ca"_s, u"-notext"_s});
    }

    // A leaf the intermediate signs, CN = name, subjectAltName = sans (e.g.
    // "IP:127.0.0.1", "DNS:wrong.example"), valid from now + fromDays to now
    // + toDays (negative = in the past). Call makeAuthorities() first.
    TlsLeaf leaf(const QString &name, const QStringList &sans, int fromDays, int toDays)
    {
        const QString key = path(name + QStringLiteral(".key"));
        const QString csr = path(name + QStringLiteral(".csr"));
        const QString cert = path(name + QStringLiteral(".pem"));
        const QString ext = path(name + QStringLiteral(".ext"));
        if (!write(name + QStringLiteral(".ext"),
                   "[leaf]\nbasicConstraints = critical,CA:FALSE\n"
                   "keyUsage = critical,digitalSignature\nextendedKeyUsage = serverAuth\n"
                   "subjectAltName = " +
                       sans.join(u',').toUtf8() + "\n"))
            return {};
        if (!openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                      u"ec_paramgen_curve:P-256"_s, u"-out"_s, key}) ||
            !openssl({u"req"_s, u"-new"_s, u"-key"_s, key, u"-subj"_s, u"/CN="_s + name, u"-out"_s,
                      csr}) ||
            !openssl({u"ca"_s,          u"-batch"_s,
                      u"-config"_s,     path(u"ca.cnf"_s),
                      u"-cert"_s,       intermediateCa(),
                      u"-keyfile"_s,    path(u"intermediate.key"_s),
                      u"-in"_s,         csr,
                      u"-out"_s,        cert,
                      u"-startdate"_s,  stamp(fromDays),
                      u"-enddate"_s,    stamp(toDays),
                      u"-extfile"_s,    ext,
                      u"-extensions"_s, u"leaf"_s,
                      u"-notext"_s}))
            return {};
        return {cert, key, intermediateCa()};
    }

    // A self-signed leaf, CN = name, valid a month from now.
    TlsLeaf selfSigned(const QString &name, const QStringList &sans)
    {
        const QString key = path(name + QStringLiteral(".key"));
        const QString cert = path(name + QStringLiteral(".pem"));
        if (!openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                      u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, cert,
                      u"-subj"_s, u"/CN="_s + name, u"-days"_s, u"30"_s, u"-addext"_s,
                      u"subjectAltName="_s + sans.join(u',')}))
            return {};
        return {cert, key, {}};
    }

    // Makes every QNetworkRequest created from now on in this process trust
    // the test root (on top of the system's authorities).
    bool trustRootCa() const
    {
        const QList<QSslCertificate> roots = QSslCertificate::fromPath(rootCa());
        if (roots.isEmpty())
            return false;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(roots);
        QSslConfiguration::setDefaultConfiguration(conf);
        return true;
    }

private:
    QString path(const QString &name) const { return m_dir + u'/' + name; }

    static QString stamp(int days)
    {
        return QDateTime::currentDateTimeUtc().addDays(days).toString(
                   QStringLiteral("yyyyMMddHHmmss")) +
               u'Z';
    }

    QByteArray caConfig() const
    {
        const QByteArray dir = m_dir.toUtf8();
        return "[ca]\ndefault_ca = ca_default\n"
               "[ca_default]\ndatabase = " +
               dir + "/index.txt\nnew_certs_dir = " + dir + "/issued\nserial = " + dir +
               "/serial\n"
               "default_md = sha256\npolicy = policy_any\nunique_subject = no\n"
               "copy_extensions = none\nemail_in_dn = no\n"
               "[policy_any]\ncommonName = supplied\n"
               "[v3_ca]\nbasicConstraints = critical,CA:TRUE\n"
               "keyUsage = critical,keyCertSign,cRLSign\n"
               "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid:always\n";
    }

    bool write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            m_error = QStringLiteral("cannot write %1").arg(file.fileName());
            return false;
        }
        return true;
    }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForStarted(10000)) {
            m_error = QStringLiteral("openssl did not start: %1").arg(p.errorString());
            return false;
        }
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1 failed: %2")
                          .arg(args.join(u' '), QString::fromUtf8(p.readAll()));
            return false;
        }
        return true;
    }

    QString m_dir;
    QString m_error;
};

} // namespace mcpscope::testing
