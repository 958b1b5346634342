#pragma once

#include "tokencheckresult.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace api {
class IntercomClient;
}

namespace ui {

/// Checks an access token with GET /me before it is saved. On a 401 in one of the three
/// Intercom regions it quietly asks the other two, so a token of the EU region pasted while US
/// was chosen says so instead of "wrong token". URLs that break api::TransportPolicy and
/// malformed tokens are refused before anything is sent. Each check uses its own short-lived
/// IntercomClient without retries; TLS errors fail the check (never ignored).
/// GUI-thread object; a new start() cancels the running check without reporting it.
class TokenCheck : public QObject
{
    Q_OBJECT
public:
    using Region = api::ClientConfig::Region;

    explicit TokenCheck(QObject *parent = nullptr);
    ~TokenCheck() override;

    /// Sends \a region's requests to \a url instead of Intercom (tests: sandboxes, closed ports).
    void setRegionBaseUrl(Region region, const QUrl &url);
    /// Where a check of \a region goes; \a customBaseUrl for Custom (without a trailing slash).
    QUrl baseUrlFor(Region region, const QUrl &customBaseUrl = {}) const;
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    /// Trims the token and drops a pasted "Bearer " prefix.
    static QByteArray normalizedToken(const QString &text);

    /// Starts a check; finished() follows on a later event-loop turn, also for refusals.
    void start(const QString &token, Region region, const QUrl &customBaseUrl = {});
    /// Stops the running check; finished() is not emitted for it.
    void cancel();
    bool isRunning() const { return m_running; }
    const TokenCheckResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const ui::TokenCheckResult &result);

private:
    struct Probe;

    std::unique_ptr<api::IntercomClient> makeClient(const QUrl &baseUrl) const;
    void send(std::size_t index);
    void onPrimaryFinished(const api::ApiError &error, const api::Admin &admin);
    void probeOtherRegions();
    void onProbeFinished(const Probe &probe, const api::ApiError &error, const api::Admin &admin);
    void finish(TokenCheckResult::Outcome outcome, const api::ApiError &error = {});
    void finishLater(TokenCheckResult::Outcome outcome, const QString &message = {});

    QHash<int, QUrl> m_regionUrls; ///< overrides by int(Region)
    int m_timeoutMs = 20000;
    QByteArray m_token;
    TokenCheckResult m_result;
    std::vector<std::unique_ptr<Probe>> m_probes; ///< [0] is the chosen region
    bool m_running = false;
    quint64 m_generation = 0; ///< bumped by cancel() and finish(): late answers are ignored
};

} // namespace ui
