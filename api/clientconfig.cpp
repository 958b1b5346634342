#include "clientconfig.h"

namespace api {

QUrl ClientConfig::regionBaseUrl(Region region)
{
    switch (region) {
    case Region::EU:
        return QUrl(QStringLiteral("https://api.eu.intercom.io"));
    case Region::AU:
        return QUrl(QStringLiteral("https://api.au.intercom.io"));
    case Region::US:
    case Region::Custom:
        break;
    }
    return QUrl(QStringLiteral("https://api.intercom.io"));
}

QUrl ClientConfig::baseUrl() const
{
    if (region != Region::Custom)
        return regionBaseUrl(region);
    QUrl url = customBaseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace api
