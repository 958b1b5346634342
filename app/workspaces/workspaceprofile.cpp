#include "workspaceprofile.h"

#include "workspacestorage.h"

namespace app {

QString WorkspaceProfile::displayName() const
{
    return workspaceName.isEmpty() ? workspaceId : workspaceName;
}

QUrl WorkspaceProfile::baseUrl() const
{
    api::ClientConfig config;
    config.region = region;
    config.customBaseUrl = customBaseUrl;
    return config.baseUrl();
}

QString WorkspaceProfile::makeId() const
{
    QString raw = workspaceId + QLatin1Char('-') + adminId;
    if (demo) {
        raw.prepend(QLatin1String("demo-"));
    } else if (region == Region::Custom) {
        const int defaultPort = customBaseUrl.scheme() == QLatin1String("https") ? 443 : 80;
        raw.prepend(customBaseUrl.host() + QLatin1Char('_')
                    + QString::number(customBaseUrl.port(defaultPort)) + QLatin1Char('-'));
    }
    return WorkspaceStorage::folderKey(raw);
}

QString WorkspaceProfile::regionName(Region region)
{
    switch (region) {
    case Region::US:
        break;
    case Region::EU:
        return QStringLiteral("eu");
    case Region::AU:
        return QStringLiteral("au");
    case Region::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("us");
}

WorkspaceProfile::Region WorkspaceProfile::regionFromName(const QString &name)
{
    for (const Region region : {Region::EU, Region::AU, Region::Custom}) {
        if (name.compare(regionName(region), Qt::CaseInsensitive) == 0)
            return region;
    }
    return Region::US;
}

bool WorkspaceProfile::operator==(const WorkspaceProfile &other) const
{
    return id == other.id && workspaceName == other.workspaceName
           && workspaceId == other.workspaceId && teammateName == other.teammateName
           && adminId == other.adminId && email == other.email && region == other.region
           && customBaseUrl == other.customBaseUrl && demo == other.demo;
}

} // namespace app
