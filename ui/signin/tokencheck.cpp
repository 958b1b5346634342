#include "tokencheck.h"

#include "api/intercomclient.h"
#include "api/transportpolicy.h"

#include <QTimer>

namespace ui {

using Outcome = TokenCheckResult::Outcome;

/// One GET /me against one base URL.
struct TokenCheck::Probe
{
    Region region = Region::US;
    QUrl baseUrl;
    std::unique_ptr<api::IntercomClient> client;
    bool done = false;
};

TokenCheck::TokenCheck(QObject *parent)
    : QObject(parent)
{}

TokenCheck::~TokenCheck()
{
    cancel(); // while every member still exists: the clients' jobs finish as they go
}

void TokenCheck::setRegionBaseUrl(Region region, const QUrl &url)
{
    m_regionUrls.insert(int(region), url);
}

QUrl TokenCheck::baseUrlFor(Region region, const QUrl &customBaseUrl) const
{
    api::ClientConfig config;
    config.region = Region::Custom;
    config.customBaseUrl
        = region == Region::Custom
              ? customBaseUrl
              : m_regionUrls.value(int(region), api::ClientConfig::regionBaseUrl(region));
    return config.baseUrl();
}

QByteArray TokenCheck::normalizedToken(const QString &text)
{
    QString token = text.trimmed();
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    return token.toUtf8();
}

void TokenCheck::start(const QString &token, Region region, const QUrl &customBaseUrl)
{
    cancel();
    m_running = true;
    m_token = normalizedToken(token);
    m_result = {};
    m_result.region = region;
    m_result.baseUrl = baseUrlFor(region, customBaseUrl);

    if (m_token.isEmpty())
        return finishLater(Outcome::MissingToken);
    for (const char c : std::as_const(m_token)) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return finishLater(Outcome::MalformedToken);
    }
    const auto verdict = api::TransportPolicy::check(m_result.baseUrl);
    if (verdict != api::TransportPolicy::Verdict::Allowed)
        return finishLater(Outcome::RefusedUrl, api::TransportPolicy::explain(verdict));

    auto primary = std::make_unique<Probe>();
    primary->region = region;
    primary->baseUrl = m_result.baseUrl;
    m_probes.push_back(std::move(primary));
    send(0);
}

void TokenCheck::cancel()
{
    ++m_generation;
    m_running = false;
    auto probes = std::move(m_probes);
    m_probes.clear();
    probes.clear();
}

std::unique_ptr<api::IntercomClient> TokenCheck::makeClient(const QUrl &baseUrl) const
{
    api::ClientConfig config;
    config.region = Region::Custom;
    config.customBaseUrl = baseUrl;
    config.token = m_token;
    config.transferTimeoutMs = m_timeoutMs;
    config.maxInFlight = 1;
    config.retryPolicy = api::RetryPolicy::none(); // the person is waiting: answer promptly
    return std::make_unique<api::IntercomClient>(config);
}

void TokenCheck::send(std::size_t index)
{
    Probe &probe = *m_probes[index];
    probe.client = makeClient(probe.baseUrl);
    api::AdminJob *job = probe.client->me();
    const quint64 generation = m_generation;
    // Destroying a client finishes its jobs (Cancelled): the generation tells those apart.
    connect(job, &api::ApiJob::finished, this, [this, job, index, generation] {
        if (generation != m_generation || index >= m_probes.size() || m_probes[index]->done)
            return;
        m_probes[index]->done = true;
        if (index == 0)
            onPrimaryFinished(job->error(), job->result());
        else
            onProbeFinished(*m_probes[index], job->error(), job->result());
    });
}

void TokenCheck::onPrimaryFinished(const api::ApiError &error, const api::Admin &admin)
{
    const Outcome outcome = TokenCheckResult::classify(error);
    if (outcome == Outcome::WrongToken && m_result.region != Region::Custom)
        return probeOtherRegions();
    if (outcome == Outcome::Accepted && admin.id.isEmpty())
        return finish(Outcome::NotIntercom, error); // a 200 that is not an admin
    m_result.admin = admin;
    finish(outcome, error);
}

void TokenCheck::probeOtherRegions()
{
    m_result.error = api::ApiError::make(api::ApiError::Category::Authentication);
    m_result.error.httpStatus = 401;
    for (Region region : {Region::US, Region::EU, Region::AU}) {
        if (region == m_result.region)
            continue;
        const QUrl url = baseUrlFor(region);
        if (!api::TransportPolicy::isAllowed(url))
            continue;
        auto probe = std::make_unique<Probe>();
        probe->region = region;
        probe->baseUrl = url;
        m_probes.push_back(std::move(probe));
    }
    if (m_probes.size() == 1)
        return finish(Outcome::WrongToken, m_result.error);
    for (std::size_t i = 1; i < m_probes.size(); ++i)
        send(i);
}

void TokenCheck::onProbeFinished(const Probe &probe, const api::ApiError &error,
                                 const api::Admin &admin)
{
    if (!error && !admin.id.isEmpty()) {
        m_result.suggestedRegion = probe.region;
        m_result.suggestedBaseUrl = probe.baseUrl;
        m_result.admin = admin;
        return finish(Outcome::WrongRegion, m_result.error);
    }
    for (std::size_t i = 1; i < m_probes.size(); ++i) {
        if (!m_probes[i]->done)
            return;
    }
    finish(Outcome::WrongToken, m_result.error);
}

void TokenCheck::finish(Outcome outcome, const api::ApiError &error)
{
    m_result.outcome = outcome;
    m_result.error = error;
    if (outcome != Outcome::RefusedUrl)
        m_result.message = TokenCheckResult::describe(m_result, m_timeoutMs);
    // The clients go on the next turn: this runs inside one of their jobs' finished().
    ++m_generation;
    for (auto &probe : m_probes) {
        if (probe->client)
            probe->client.release()->deleteLater();
    }
    m_probes.clear();
    m_running = false;
    Q_EMIT finished(m_result);
}

void TokenCheck::finishLater(Outcome outcome, const QString &message)
{
    m_result.message = message;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, outcome, generation] {
        if (generation == m_generation && m_running)
            finish(outcome);
    });
}

} // namespace ui
