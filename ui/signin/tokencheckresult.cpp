#include "tokencheckresult.h"

namespace ui {

namespace {

// How a message names the server: the host, with the port when it is not the scheme's default.
QString serverName(const QUrl &url)
{
    const QString host = url.host().contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + url.host() + QLatin1Char(']')
                             : url.host();
    return url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

} // namespace

bool TokenCheckResult::isTlsError(const api::ApiError &error)
{
    if (error.category == api::ApiError::Category::Tls)
        return true;
    if (error.category != api::ApiError::Category::Connection)
        return false;
    if (error.networkError == QNetworkReply::SslHandshakeFailedError)
        return true;
    // Without a TLS backend Qt reports an unknown error whose text names TLS or SSL.
    const QString text = error.message;
    return text.contains(QLatin1String("TLS"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("certificate"), Qt::CaseInsensitive);
}

TokenCheckResult::Outcome TokenCheckResult::classify(const api::ApiError &error)
{
    using Category = api::ApiError::Category;
    switch (error.category) {
    case Category::None:
        return Outcome::Accepted;
    case Category::Authentication:
        return Outcome::WrongToken;
    case Category::Tls:
        return Outcome::Tls;
    case Category::Connection:
        return isTlsError(error) ? Outcome::Tls : Outcome::NoNetwork;
    case Category::Timeout:
        return Outcome::Timeout;
    case Category::ServerError:
    case Category::Unavailable:
    case Category::RateLimited:
        return Outcome::ServerError;
    case Category::NotFound:
    case Category::InvalidResponse:
        return Outcome::NotIntercom;
    case Category::Cancelled:
        return Outcome::Cancelled;
    case Category::Forbidden:
    case Category::Gone:
    case Category::BadRequest:
    case Category::RedirectRefused:
    case Category::InvalidRequest:
        break;
    }
    return Outcome::Other;
}

QString TokenCheckResult::regionName(Region region)
{
    switch (region) {
    case Region::US:
        return tr("US");
    case Region::EU:
        return tr("EU");
    case Region::AU:
        return tr("AU");
    case Region::Custom:
        break;
    }
    return tr("custom");
}

QString TokenCheckResult::describe(const TokenCheckResult &result, int timeoutMs)
{
    const QString server = serverName(result.baseUrl);
    switch (result.outcome) {
    case Outcome::Accepted:
        return {};
    case Outcome::MissingToken:
        return tr("Paste your access token first.");
    case Outcome::MalformedToken:
        return tr("The access token contains spaces or line breaks, which an Intercom token "
                  "never has. Copy it again from the Developer Hub.");
    case Outcome::RefusedUrl:
        return result.message; // TokenCheck fills in TransportPolicy::explain()
    case Outcome::WrongToken:
        return result.region == Region::Custom
                   ? tr("%1 did not accept this access token (401). Check that you copied "
                        "the whole token.")
                         .arg(server)
                   : tr("Intercom did not accept this access token (401) in any region. Check "
                        "that you copied the whole token and that the app is still installed "
                        "in your workspace.");
    case Outcome::WrongRegion:
        return tr("This token belongs to the %1 region, not the %2 region.")
            .arg(regionName(result.suggestedRegion), regionName(result.region));
    case Outcome::NoNetwork:
        return tr("Could not reach %1. Check your network connection. The demo workspace works "
                  "without one.")
            .arg(server);
    case Outcome::Tls:
        return tr("The secure connection to %1 could not be verified (%2). Triage never sends "
                  "your token over a connection it cannot verify. If your network inspects "
                  "HTTPS traffic, ask your administrator to trust its certificate on this "
                  "computer.")
            .arg(server, result.error.message);
    case Outcome::Timeout:
        return tr("%1 did not answer within %n second(s). Try again.", nullptr,
                  qMax(1, timeoutMs / 1000))
            .arg(server);
    case Outcome::ServerError:
        return tr("Intercom could not answer right now (HTTP %1). Try again in a few minutes.")
            .arg(result.error.httpStatus);
    case Outcome::NotIntercom:
        return tr("The server at %1 did not answer like the Intercom API. Check the server "
                  "address.")
            .arg(server);
    case Outcome::Cancelled:
        return tr("The check was cancelled.");
    case Outcome::Other:
        break;
    }
    return result.error.displayText();
}

} // namespace ui
