#pragma once

#include "common/error.h"

#include <QIODevice>
#include <QString>

class QFile;

namespace mcpscope {

// Files McpScope writes hold captured traffic and credential metadata, so
// they are readable by their owner only, whatever the umask: files 0600,
// directories 0700. Every place that creates a file of ours goes through
// these (capture stores and their SQLite companions, the vault database,
// exports). On platforms without POSIX permissions they only create.

// McpScope's own data directory (~/.local/share/McpScope), created 0700, and
// narrowed to 0700 when an older version left it wider.
Result<QString> privateDataDirectory();
// The same path, nothing created.
QString dataDirectoryPath();

// Moves an SQLite database McpScope kept at legacyPath, with the companions
// SQLite keeps beside it (-wal, -shm, -journal), to path, when legacyPath
// exists and path does not: the companions first, then the database, so a
// failure part-way leaves the old place whole (what was moved is moved back).
// True when it moved something; false when there was nothing to move or path
// already exists (then legacyPath is left alone).
Result<bool> moveLegacyDatabase(const QString &legacyPath, const QString &path);

// Creates dir and whichever of its parents are missing, each one created
// 0700. Directories that already exist are left as they are, except
// McpScope's own data directory and those below it, which are narrowed to
// 0700 (a --store under /tmp does not chmod /tmp).
Result<void> makePrivateDirectory(const QString &dir);

// Before SQLite opens path: creates it empty, 0600, when missing, or narrows
// an existing file to 0600; the companions SQLite keeps beside it (-wal,
// -shm, -journal) are narrowed too when present. SQLite creates those with
// the database file's mode, so new ones follow. The folder is not created.
Result<void> preparePrivateDatabase(const QString &path);

// Opens file (its fileName() set) for writing, truncated, creating it 0600;
// an existing file is narrowed to 0600 before a byte is written. mode may add
// QIODevice::Text or Unbuffered.
Result<void> openPrivateFile(QFile &file, QIODevice::OpenMode mode = QIODevice::WriteOnly);

} // namespace mcpscope
