#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace app {

/// Tokens that live in memory for this run only and are never written anywhere (not the
/// keychain, the registry, the store, a cache or a log): the one given in INTERCOM_ACCESS_TOKEN,
/// and the ones the user chose to use without a keychain (VaultResult::Status::Unavailable).
/// Keys are TokenVault::keyFor() keys. Owned by the app; GUI thread.
class SessionTokens
{
public:
    enum class Source { None, Environment, RunOnly };

    /// Reads INTERCOM_ACCESS_TOKEN once.
    SessionTokens();
    /// An explicit environment token (tests; empty = none).
    explicit SessionTokens(const QByteArray &environmentToken);
    ~SessionTokens();
    SessionTokens(const SessionTokens &) = delete;
    SessionTokens &operator=(const SessionTokens &) = delete;

    static const char *environmentVariable(); ///< "INTERCOM_ACCESS_TOKEN"
    /// Whether \a token is the one in the environment now (and so must never be stored).
    static bool isEnvironmentToken(const QByteArray &token);

    QByteArray environmentToken() const { return m_environment; }
    bool hasEnvironmentToken() const { return !m_environment.isEmpty(); }

    void setRunOnly(const QString &key, const QByteArray &token);
    bool hasRunOnly(const QString &key) const { return m_runOnly.contains(key); }
    /// Forgets the run-only token of \a key (sign out).
    void forget(const QString &key);
    void clear();

    /// The token to use for \a key without asking the keychain: the environment's wins, as an
    /// explicit choice for this run, then a run-only one; empty with Source::None when the
    /// keychain must be asked.
    QByteArray token(const QString &key, Source *source = nullptr) const;

private:
    QByteArray m_environment;
    QHash<QString, QByteArray> m_runOnly;
};

} // namespace app
