#include "sessiontokens.h"

namespace app {

namespace {

constexpr char variable[] = "INTERCOM_ACCESS_TOKEN";

// Overwrites the bytes before they are released, so a freed page holds no token. When the
// buffer is shared (a client's config holds a copy) fill() detaches and only our copy is
// wiped: the other holder drops its own.
void wipe(QByteArray &token)
{
    if (!token.isEmpty())
        token.fill('\0');
    token.clear();
}

} // namespace

SessionTokens::SessionTokens()
    : SessionTokens(qgetenv(variable))
{}

SessionTokens::SessionTokens(const QByteArray &environmentToken)
    : m_environment(environmentToken.trimmed())
{}

SessionTokens::~SessionTokens()
{
    clear();
    wipe(m_environment);
}

const char *SessionTokens::environmentVariable()
{
    return variable;
}

bool SessionTokens::isEnvironmentToken(const QByteArray &token)
{
    const QByteArray environment = qgetenv(variable).trimmed();
    return !environment.isEmpty() && token.trimmed() == environment;
}

void SessionTokens::setRunOnly(const QString &key, const QByteArray &token)
{
    forget(key);
    if (!token.isEmpty())
        m_runOnly.insert(key, token);
}

void SessionTokens::forget(const QString &key)
{
    auto it = m_runOnly.find(key);
    if (it == m_runOnly.end())
        return;
    wipe(*it);
    m_runOnly.erase(it);
}

void SessionTokens::clear()
{
    for (QByteArray &token : m_runOnly)
        wipe(token);
    m_runOnly.clear();
}

QByteArray SessionTokens::token(const QString &key, Source *source) const
{
    Source found = Source::None;
    QByteArray result;
    if (hasEnvironmentToken()) {
        found = Source::Environment;
        result = m_environment;
    } else if (m_runOnly.contains(key)) {
        found = Source::RunOnly;
        result = m_runOnly.value(key);
    }
    if (source)
        *source = found;
    return result;
}

} // namespace app
