#include "workspaceregistry.h"

#include "workspacestorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace app {

namespace {

// The INI's layout; a version lets a later release migrate it.
constexpr int formatVersion = 1;
constexpr QFileDevice::Permissions userOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString versionKey = QStringLiteral("version");
const QString currentKey = QStringLiteral("current");
const QString arrayName = QStringLiteral("workspaces");

void writeProfile(QSettings &settings, const WorkspaceProfile &profile)
{
    settings.setValue(QStringLiteral("id"), profile.id);
    settings.setValue(QStringLiteral("workspaceName"), profile.workspaceName);
    settings.setValue(QStringLiteral("workspaceId"), profile.workspaceId);
    settings.setValue(QStringLiteral("teammateName"), profile.teammateName);
    settings.setValue(QStringLiteral("adminId"), profile.adminId);
    settings.setValue(QStringLiteral("email"), profile.email);
    settings.setValue(QStringLiteral("region"), WorkspaceProfile::regionName(profile.region));
    settings.setValue(QStringLiteral("customBaseUrl"), profile.customBaseUrl.toString());
    settings.setValue(QStringLiteral("demo"), profile.demo);
}

WorkspaceProfile readProfile(const QSettings &settings)
{
    WorkspaceProfile profile;
    profile.id = settings.value(QStringLiteral("id")).toString();
    profile.workspaceName = settings.value(QStringLiteral("workspaceName")).toString();
    profile.workspaceId = settings.value(QStringLiteral("workspaceId")).toString();
    profile.teammateName = settings.value(QStringLiteral("teammateName")).toString();
    profile.adminId = settings.value(QStringLiteral("adminId")).toString();
    profile.email = settings.value(QStringLiteral("email")).toString();
    profile.region
        = WorkspaceProfile::regionFromName(settings.value(QStringLiteral("region")).toString());
    profile.customBaseUrl = QUrl(settings.value(QStringLiteral("customBaseUrl")).toString());
    profile.demo = settings.value(QStringLiteral("demo")).toBool();
    return profile;
}

} // namespace

WorkspaceRegistry::WorkspaceRegistry(QObject *parent)
    : WorkspaceRegistry(defaultSettingsFile(), WorkspaceStorage::defaultRoot(), parent)
{}

WorkspaceRegistry::WorkspaceRegistry(const QString &settingsFile, const QString &dataRoot,
                                     QObject *parent)
    : QObject(parent)
    , m_settingsFile(QFileInfo(settingsFile).absoluteFilePath())
    , m_dataRoot(QFileInfo(dataRoot).absoluteFilePath())
{
    load();
}

WorkspaceRegistry::~WorkspaceRegistry() = default;

QString WorkspaceRegistry::defaultSettingsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("workspaces.ini"));
}

int WorkspaceRegistry::indexOf(const QString &id) const
{
    for (int i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces.at(i).id == id)
            return i;
    }
    return -1;
}

WorkspaceProfile WorkspaceRegistry::workspace(const QString &id) const
{
    return at(indexOf(id));
}

WorkspaceProfile WorkspaceRegistry::at(int index) const
{
    return index >= 0 && index < m_workspaces.size() ? m_workspaces.at(index) : WorkspaceProfile();
}

QString WorkspaceRegistry::addOrUpdate(const WorkspaceProfile &profile)
{
    WorkspaceProfile stored = profile;
    if (stored.id.isEmpty())
        stored.id = stored.makeId();
    if (!WorkspaceStorage::isFolderKey(stored.id))
        return {};
    const int index = indexOf(stored.id);
    if (index < 0)
        m_workspaces.append(stored);
    else if (m_workspaces.at(index) != stored)
        m_workspaces[index] = stored;
    else
        return stored.id;
    save();
    Q_EMIT workspacesChanged();
    return stored.id;
}

bool WorkspaceRegistry::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_workspaces.removeAt(index);
    const bool currentChanges = m_currentId == id;
    if (currentChanges)
        m_currentId = m_workspaces.isEmpty() ? QString() : m_workspaces.constFirst().id;
    save();
    Q_EMIT workspacesChanged();
    if (currentChanges)
        Q_EMIT currentChanged(m_currentId);
    return true;
}

bool WorkspaceRegistry::move(const QString &id, int index)
{
    const int from = indexOf(id);
    if (from < 0)
        return false;
    const int to = qBound(0, index, count() - 1);
    if (from == to)
        return true;
    m_workspaces.move(from, to);
    save();
    Q_EMIT workspacesChanged();
    return true;
}

bool WorkspaceRegistry::setCurrentId(const QString &id)
{
    if (!contains(id))
        return false;
    if (m_currentId == id)
        return true;
    m_currentId = id;
    save();
    Q_EMIT currentChanged(id);
    return true;
}

QString WorkspaceRegistry::storeFolderFor(const WorkspaceProfile &profile) const
{
    return WorkspaceStorage::folderPath(m_dataRoot, profile.id);
}

QString WorkspaceRegistry::storePathFor(const WorkspaceProfile &profile) const
{
    return WorkspaceStorage::storeFile(m_dataRoot, profile.id);
}

QString WorkspaceRegistry::windowSettingsPathFor(const WorkspaceProfile &profile) const
{
    return WorkspaceStorage::windowSettingsFile(m_dataRoot, profile.id);
}

bool WorkspaceRegistry::prepareStoreFolder(const WorkspaceProfile &profile, QString *error) const
{
    if (!WorkspaceStorage::isFolderKey(profile.id)) {
        if (error)
            *error
                = WorkspaceStorage::tr("\"%1\" does not name a workspace folder.").arg(profile.id);
        return false;
    }
    return WorkspaceStorage::preparePrivateFolder(storeFolderFor(profile), error);
}

bool WorkspaceRegistry::forgetLocalData(const QString &id, QString *error)
{
    return WorkspaceStorage::removeFolder(m_dataRoot, id, error);
}

void WorkspaceRegistry::load()
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    const int size = settings.beginReadArray(arrayName);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        const WorkspaceProfile profile = readProfile(settings);
        // A hand-edited or damaged file must not point the store outside the data root.
        if (WorkspaceStorage::isFolderKey(profile.id) && !contains(profile.id))
            m_workspaces.append(profile);
    }
    settings.endArray();
    m_currentId = settings.value(currentKey).toString();
    if (!contains(m_currentId))
        m_currentId = m_workspaces.isEmpty() ? QString() : m_workspaces.constFirst().id;
}

void WorkspaceRegistry::save()
{
    QString ignored;
    const QString folder = QFileInfo(m_settingsFile).absolutePath();
    if (!QFileInfo::exists(folder))
        WorkspaceStorage::preparePrivateFolder(folder, &ignored);
    // QSettings writes through QSaveFile, which keeps an existing file's mode: create the file
    // private first so that it is never readable by others, whatever the umask.
    if (!QFileInfo::exists(m_settingsFile)) {
        QFile file(m_settingsFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(userOnlyFile);
    }
    {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        settings.clear();
        settings.setValue(versionKey, formatVersion);
        settings.setValue(currentKey, m_currentId);
        settings.beginWriteArray(arrayName, count());
        for (int i = 0; i < count(); ++i) {
            settings.setArrayIndex(i);
            writeProfile(settings, m_workspaces.at(i));
        }
        settings.endArray();
        settings.sync();
        m_saved = settings.status() == QSettings::NoError;
    }
    // Belt and braces for a file left by an older run with a looser mode.
    if (QFileInfo::exists(m_settingsFile))
        QFile::setPermissions(m_settingsFile, userOnlyFile);
}

} // namespace app
