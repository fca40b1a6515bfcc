#include "common/private_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope", text);
}

QString systemError()
{
#ifdef Q_OS_UNIX
    return QString::fromLocal8Bit(std::strerror(errno));
#else
    return {};
#endif
}

QString ownDataDirectory()
{
    return QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/McpScope"));
}

// chmod, not subject to the umask (mkdir and open are).
bool setMode(const QString &path, int mode)
{
#ifdef Q_OS_UNIX
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
#else
    Q_UNUSED(path);
    Q_UNUSED(mode);
    return true;
#endif
}

} // namespace

Result<QString> privateDataDirectory()
{
    const QString dir = ownDataDirectory();
    if (auto made = makePrivateDirectory(dir); !made)
        return Failure{made.error()};
    return dir;
}

QString dataDirectoryPath()
{
    return ownDataDirectory();
}

Result<bool> moveLegacyDatabase(const QString &legacyPath, const QString &path)
{
    if (QFileInfo(legacyPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath() ||
        !QFileInfo::exists(legacyPath) || QFileInfo::exists(path))
        return false;
    if (auto made = makePrivateDirectory(QFileInfo(path).path()); !made)
        return Failure{made.error()};
    QStringList moved; // suffixes, in the order they were moved
    const auto undo = [&] {
        for (const QString &suffix : std::as_const(moved))
            QFile::rename(path + suffix, legacyPath + suffix);
    };
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"), QString()}) {
        if (!QFileInfo::exists(legacyPath + suffix))
            continue;
        QFile::remove(path + suffix); // a stale companion with no database beside it
        if (!QFile::rename(legacyPath + suffix, path + suffix)) {
            const QString why = systemError();
            undo();
            return makeError(
                ErrorCode::FilePrivate,
                tr("Could not move %1 to %2: %3.").arg(legacyPath + suffix, path + suffix, why));
        }
        moved.append(suffix);
    }
    return true;
}

Result<void> makePrivateDirectory(const QString &dir)
{
    const QString target = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    // The missing tail, outermost first.
    QStringList missing;
    for (QString at = target; !QFileInfo::exists(at); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (QFileInfo(at).path() == at)
            break;
    }
    for (const QString &path : std::as_const(missing)) {
#ifdef Q_OS_UNIX
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
#else
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
#endif
            return makeError(ErrorCode::FilePrivate,
                             tr("Could not create the folder %1: %2.").arg(path, systemError()));
        if (!setMode(path, 0700))
            return makeError(
                ErrorCode::FilePrivate,
                tr("Could not make the folder %1 private (0700): %2.").arg(path, systemError()));
    }
    if (!QFileInfo(target).isDir())
        return makeError(ErrorCode::FilePrivate, tr("%1 is not a folder.").arg(target));
    // Ours from an older version, perhaps 0755: narrowed, down to target.
    const QString own = ownDataDirectory();
    if (target == own || target.startsWith(own + QLatin1Char('/'))) {
        for (QString at = target;; at = QFileInfo(at).path()) {
            if (!setMode(at, 0700))
                return makeError(
                    ErrorCode::FilePrivate,
                    tr("Could not make the folder %1 private (0700): %2.").arg(at, systemError()));
            if (at == own)
                break;
        }
    }
    return {};
}

Result<void> preparePrivateDatabase(const QString &path)
{
#ifdef Q_OS_UNIX
    // O_CREAT without O_TRUNC: an existing database keeps its content.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::FilePrivate,
                         tr("Could not create %1: %2.").arg(path, systemError()));
    const bool narrowed = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    if (!narrowed)
        return makeError(ErrorCode::FilePrivate,
                         tr("Could not make %1 private (0600): %2.").arg(path, systemError()));
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !setMode(companion, 0600))
            return makeError(
                ErrorCode::FilePrivate,
                tr("Could not make %1 private (0600): %2.").arg(companion, systemError()));
    }
#else
    Q_UNUSED(path);
#endif
    return {};
}

Result<void> openPrivateFile(QFile &file, QIODevice::OpenMode mode)
{
    mode |= QIODevice::WriteOnly | QIODevice::Truncate;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(file.fileName()).constData(),
                          O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::FilePrivate,
                         tr("Could not create %1: %2.").arg(file.fileName(), systemError()));
    // Narrowed before truncating, so an existing file's old content is never
    // readable by others alongside the new.
    if (::fchmod(fd, 0600) != 0 || ::ftruncate(fd, 0) != 0) {
        const QString why = systemError();
        ::close(fd);
        return makeError(ErrorCode::FilePrivate,
                         tr("Could not make %1 private (0600): %2.").arg(file.fileName(), why));
    }
    if (!file.open(fd, mode & ~QIODevice::Truncate, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(ErrorCode::FilePrivate,
                         tr("Could not open %1: %2.").arg(file.fileName(), file.errorString()));
    }
#else
    if (!file.open(mode))
        return makeError(ErrorCode::FilePrivate,
                         tr("Could not open %1: %2.").arg(file.fileName(), file.errorString()));
#endif
    return {};
}

} // namespace mcpscope
