#pragma once

#include "api/clientconfig.h"

#include <QString>
#include <QUrl>

namespace app {

/// What Triage remembers about one signed-in workspace and teammate: enough to list it in the
/// workspace menu, to find its store and to find its token in the keychain. Never the token
/// itself. Plain value.
struct WorkspaceProfile
{
    using Region = api::ClientConfig::Region;

    QString id;            ///< stable and folder-safe: names the store folder; see makeId()
    QString workspaceName; ///< the Intercom workspace's (app's) name
    QString workspaceId;   ///< the Intercom workspace (app) id
    QString teammateName;
    QString adminId; ///< the signed-in teammate's admin id
    QString email;
    Region region = Region::US;
    QUrl customBaseUrl; ///< used when region is Custom (a sandbox, a proxy)
    bool demo = false;  ///< the built-in demo workspace: no keychain entry

    bool isValid() const { return !id.isEmpty(); }
    /// The workspace name, else its id: what the window title and the menu show.
    QString displayName() const;
    QUrl baseUrl() const;
    /// The id this profile gets when none is set: "<workspace>-<admin>", prefixed by the host
    /// and port for a custom address (two servers may use the same ids) or by "demo" for
    /// the demo (whose sandbox port changes at every start). Folder-safe.
    QString makeId() const;

    static QString regionName(Region region);
    static Region regionFromName(const QString &name); ///< US for anything unknown

    bool operator==(const WorkspaceProfile &other) const;
    bool operator!=(const WorkspaceProfile &other) const { return !(*this == other); }
};

} // namespace app
