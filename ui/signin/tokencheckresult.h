#pragma once

#include "api/admin.h"
#include "api/apierror.h"
#include "api/clientconfig.h"

#include <QCoreApplication>
#include <QUrl>

namespace ui {

/// What a TokenCheck found out: the teammate and workspace behind a token, or why it could not
/// be used, as a category the dialog reacts to and one translated sentence. Plain value.
struct TokenCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(TokenCheckResult)
public:
    using Region = api::ClientConfig::Region;

    enum class Outcome {
        Accepted,       ///< GET /me answered; admin holds the teammate and workspace
        MissingToken,   ///< nothing pasted; nothing sent
        MalformedToken, ///< spaces or control characters inside; nothing sent
        RefusedUrl,     ///< the base URL breaks the transport policy; nothing sent
        WrongToken,     ///< 401 in the chosen region (and in every other region)
        WrongRegion,    ///< 401 here, but suggestedRegion accepted it (admin is from there)
        NoNetwork,      ///< refused, host not found, offline
        Tls,            ///< the certificate or the TLS handshake failed; never ignored
        Timeout,
        ServerError, ///< 5xx or 429
        NotIntercom, ///< the server answered, but not like the Intercom API (404, not JSON)
        Cancelled,
        Other, ///< anything else; message is ApiError::displayText()
    };

    Outcome outcome = Outcome::Other;
    Region region = Region::US;          ///< the region that was checked
    QUrl baseUrl;                        ///< where the token was checked
    Region suggestedRegion = Region::US; ///< WrongRegion: the region that accepted the token
    QUrl suggestedBaseUrl;
    api::Admin admin;    ///< Accepted and WrongRegion: the answer of GET /me
    api::ApiError error; ///< the failure of the request, if one was sent
    QString message;     ///< translated; empty when Accepted

    bool isAccepted() const { return outcome == Outcome::Accepted; }

    /// The outcome of a failed (or successful) GET /me, by error category and network error.
    static Outcome classify(const api::ApiError &error);
    /// Whether the TLS layer failed (handshake, certificate), also when reported as Connection.
    static bool isTlsError(const api::ApiError &error);
    /// The sentence for \a result's outcome (uses its error, baseUrl and suggestedRegion).
    static QString describe(const TokenCheckResult &result, int timeoutMs);
    /// "US", "EU", "AU" or "custom": how the messages and the region choice name a region.
    static QString regionName(Region region);
};

} // namespace ui
