#pragma once

#include "retrypolicy.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace api {

/// Where and how a client talks to Intercom. Plain value.
struct ClientConfig
{
    enum class Region { US, EU, AU, Custom };

    Region region = Region::US;
    QUrl customBaseUrl; ///< used when region is Custom (e.g. the sandbox)
    QByteArray token;   ///< the access token; never logged
    QString userAgentVersion = QStringLiteral("0.1.0");
    int transferTimeoutMs = 30000;
    int maxInFlight = 4;  ///< concurrent requests per client
    int maxRedirects = 3; ///< same-origin redirects followed per request
    RetryPolicy retryPolicy;

    /// https://api.intercom.io, https://api.eu.intercom.io, https://api.au.intercom.io or the
    /// custom URL (without a trailing slash).
    QUrl baseUrl() const;
    static QUrl regionBaseUrl(Region region);
};

} // namespace api
