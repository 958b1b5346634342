#pragma once

#include "workspaceprofile.h"

#include <QList>
#include <QObject>
#include <QString>

namespace app {

/// The workspaces Triage knows, in the user's order (Ctrl+1…9 follow it), and the one opened
/// last. Persisted in an INI file that holds profiles only, never a token (0600, its folder
/// 0700 when created here). Also the owner of the rule for where each workspace's local data
/// lives (see WorkspaceStorage). Saves at every change. GUI thread.
class WorkspaceRegistry : public QObject
{
    Q_OBJECT
public:
    /// AppConfigLocation + "/workspaces.ini"; stores under WorkspaceStorage::defaultRoot().
    explicit WorkspaceRegistry(QObject *parent = nullptr);
    /// Explicit files, for tests and for --config style options.
    WorkspaceRegistry(const QString &settingsFile, const QString &dataRoot,
                      QObject *parent = nullptr);
    ~WorkspaceRegistry() override;

    static QString defaultSettingsFile();

    QList<WorkspaceProfile> workspaces() const { return m_workspaces; }
    int count() const { return int(m_workspaces.size()); }
    bool isEmpty() const { return m_workspaces.isEmpty(); }
    int indexOf(const QString &id) const;
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    /// The profile \a id, or an invalid one.
    WorkspaceProfile workspace(const QString &id) const;
    /// The profile at \a index in the user's order (0 for Ctrl+1), or an invalid one.
    WorkspaceProfile at(int index) const;

    /// Adds \a profile at the end, or updates the one with its id in place. An empty id gets
    /// profile.makeId(). Returns the id; empty (and nothing changes) when the id is not
    /// folder-safe (WorkspaceStorage::isFolderKey).
    QString addOrUpdate(const WorkspaceProfile &profile);
    /// Forgets the entry only: its token and local data are the caller's to remove first
    /// (TokenVault::remove, forgetLocalData). When it was current, the first one left becomes
    /// current.
    bool remove(const QString &id);
    /// Moves \a id to \a index (clamped).
    bool move(const QString &id, int index);

    /// The workspace opened last; empty when there is none.
    QString currentId() const { return m_currentId; }
    WorkspaceProfile current() const { return workspace(m_currentId); }
    bool setCurrentId(const QString &id);

    QString settingsFile() const { return m_settingsFile; }
    QString dataRoot() const { return m_dataRoot; }
    /// The folder of \a profile's local data, its store file and its window settings.
    QString storeFolderFor(const WorkspaceProfile &profile) const;
    QString storePathFor(const WorkspaceProfile &profile) const;
    QString windowSettingsPathFor(const WorkspaceProfile &profile) const;
    /// Creates the profile's folder, 0700. False with a translated \a error.
    bool prepareStoreFolder(const WorkspaceProfile &profile, QString *error) const;
    /// Deletes the local data of workspace \a id (store, -wal, -shm, window.ini: the whole
    /// folder, never anything outside the data root). Close its session first. Works for ids
    /// already removed from the list. False with a translated \a error.
    bool forgetLocalData(const QString &id, QString *error = nullptr);

    /// False when the last save failed (read-only or full disk); the list still works in memory.
    bool lastSaveSucceeded() const { return m_saved; }

Q_SIGNALS:
    /// Added, removed, reordered or a profile changed.
    void workspacesChanged();
    void currentChanged(const QString &id);

private:
    void load();
    void save();

    QString m_settingsFile;
    QString m_dataRoot;
    QList<WorkspaceProfile> m_workspaces;
    QString m_currentId;
    bool m_saved = true;
};

} // namespace app
