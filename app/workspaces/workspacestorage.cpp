#include "workspacestorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace app {

namespace {

constexpr QFileDevice::Permissions userOnlyDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

QString WorkspaceStorage::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspaces"));
}

QString WorkspaceStorage::folderKey(const QString &raw)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString key = raw;
    key.replace(unsafe, QStringLiteral("_"));
    if (key.isEmpty() || key.startsWith(QLatin1Char('.')))
        key.prepend(QLatin1Char('_'));
    return key;
}

bool WorkspaceStorage::isFolderKey(const QString &key)
{
    return !key.isEmpty() && folderKey(key) == key;
}

QString WorkspaceStorage::folderPath(const QString &root, const QString &key)
{
    return QDir(root).filePath(key);
}

QString WorkspaceStorage::storeFile(const QString &root, const QString &key)
{
    return QDir(folderPath(root, key)).filePath(QStringLiteral("store.sqlite"));
}

QString WorkspaceStorage::windowSettingsFile(const QString &root, const QString &key)
{
    return QDir(folderPath(root, key)).filePath(QStringLiteral("window.ini"));
}

bool WorkspaceStorage::preparePrivateFolder(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Only the folders created here are ours to restrict, and the workspace folder itself.
    QStringList restrict {absolute};
    for (QString folder = QFileInfo(absolute).absolutePath(); !QFileInfo::exists(folder);) {
        restrict.prepend(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    if (!QDir().mkpath(absolute)) {
        setError(error, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(absolute)));
        return false;
    }
    for (const QString &folder : std::as_const(restrict)) {
        if (!QFile::setPermissions(folder, userOnlyDir)) {
            setError(
                error,
                tr("Cannot make the folder %1 private.").arg(QDir::toNativeSeparators(folder)));
            return false;
        }
    }
    return true;
}

bool WorkspaceStorage::removeFolder(const QString &root, const QString &key, QString *error)
{
    if (!isFolderKey(key)) {
        setError(error, tr("\"%1\" does not name a workspace folder.").arg(key));
        return false;
    }
    const QString path = folderPath(root, key);
    const QFileInfo info(path);
    if (info.isSymLink()) { // never follow: the link is ours, its target may not be
        if (QFile::remove(path))
            return true;
        setError(error, tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!info.exists())
        return true;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (!info.isDir() || canonicalRoot.isEmpty()
        || QFileInfo(info.canonicalFilePath()).absolutePath() != canonicalRoot) {
        setError(error,
                 tr("%1 is not a workspace folder of Triage.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!QDir(path).removeRecursively()) {
        setError(error, tr("Cannot delete all of %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

} // namespace app
