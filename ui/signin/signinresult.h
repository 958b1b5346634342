#pragma once

#include "api/clientconfig.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ui {

/// What the sign-in dialog hands back: either the demo choice, or a checked token with the
/// teammate and workspace it belongs to. The token is only in memory here; the caller stores
/// it in the keychain (or keeps it for this run when sessionOnly). Plain value.
struct SignInResult
{
    bool demoChosen = false;  ///< "Use the demo workspace": nothing else is set
    bool sessionOnly = false; ///< no keychain: keep the token in memory for this run only
    QByteArray token;         ///< trimmed, without a "Bearer " prefix
    api::ClientConfig::Region region = api::ClientConfig::Region::US;
    QUrl customBaseUrl; ///< only for Region::Custom
    QUrl baseUrl;       ///< where the token was checked (the region's or the custom URL)
    QString adminId;
    QString adminName;
    QString adminEmail;
    QString workspaceId; ///< app.id_code of GET /me
    QString workspaceName;

    /// A ClientConfig for this result (token, region, custom URL); other fields default.
    api::ClientConfig clientConfig() const
    {
        api::ClientConfig config;
        config.region = region;
        config.customBaseUrl = customBaseUrl;
        config.token = token;
        return config;
    }
};

} // namespace ui
