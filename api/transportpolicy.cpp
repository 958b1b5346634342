#include "transportpolicy.h"

namespace api {

bool TransportPolicy::isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    return name == QLatin1String("localhost") || name == QLatin1String("127.0.0.1")
           || name == QLatin1String("::1");
}

TransportPolicy::Verdict TransportPolicy::check(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty())
        return Verdict::Invalid;
    if (!baseUrl.userInfo().isEmpty())
        return Verdict::HasCredentials;
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return Verdict::HasQuery;
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return Verdict::Allowed;
    if (scheme == QLatin1String("http") && isLoopbackHost(baseUrl.host()))
        return Verdict::Allowed;
    return Verdict::NotHttps;
}

QString TransportPolicy::explain(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return {};
    case Verdict::Invalid:
        return tr("Enter a server address such as https://api.intercom.io.");
    case Verdict::NotHttps:
        return tr("The address must start with https:// (plain http is allowed only for "
                  "127.0.0.1 and localhost), so that the access token is never sent unencrypted.");
    case Verdict::HasCredentials:
        return tr("The address must not contain a user name or password.");
    case Verdict::HasQuery:
        return tr("The address must not contain a query (?…) or fragment (#…).");
    }
    return {};
}

} // namespace api
