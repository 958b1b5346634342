#pragma once

#include <QCoreApplication>
#include <QString>

namespace app {

/// The one rule for where a workspace's local data lives: a folder per workspace,
/// <root>/<folder key>/, holding the store (store.sqlite with its -wal and -shm files) and the
/// window settings (window.ini). The default root is the app's data folder + "/workspaces".
/// Folders are the user's only (0700), as models::Database makes its files 0600.
/// Static functions; any thread.
class WorkspaceStorage
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStorage)
public:
    /// QStandardPaths::AppDataLocation + "/workspaces".
    static QString defaultRoot();

    /// \a raw made safe as one folder name: characters other than A-Z a-z 0-9 . _ - become
    /// "_", and a leading dot too (no ".", "..", or hidden folders).
    static QString folderKey(const QString &raw);
    static bool isFolderKey(const QString &key);

    static QString folderPath(const QString &root, const QString &key);
    static QString storeFile(const QString &root, const QString &key);
    static QString windowSettingsFile(const QString &root, const QString &key);

    /// Creates \a path if needed; the folders it creates and \a path itself become 0700.
    /// False with a translated \a error.
    static bool preparePrivateFolder(const QString &path, QString *error);

    /// Deletes the folder \a key under \a root with everything in it. Refuses keys that are not
    /// folder keys and anything that resolves outside \a root; a symbolic link is removed, not
    /// followed. A folder that does not exist is not an error. False with a translated \a error.
    static bool removeFolder(const QString &root, const QString &key, QString *error);
};

} // namespace app
