#pragma once

#include <qt6keychain/keychain.h>

#include <QByteArray>
#include <QString>

namespace app {

/// The outcome of one TokenVault operation. Plain value; holds a token only after a read
/// that found one. Never log the token.
struct VaultResult
{
    enum class Operation { Read, Write, Remove };
    enum class Status {
        Found,       ///< read: token holds the secret
        Stored,      ///< write succeeded
        Removed,     ///< remove succeeded, also when there was nothing to remove
        NotFound,    ///< read: no entry for the key; the caller asks the user to sign in
        Unavailable, ///< no keychain here, or the platform refused access: the caller says so
                     ///< and offers to use a token for this run only (SessionTokens)
        Failed,      ///< anything else; errorText says what
    };

    Operation operation = Operation::Read;
    Status status = Status::Failed;
    QString key;
    QByteArray token;
    QString errorText; ///< the keychain's own message (untranslated, never the token)
    int attempts = 0;  ///< 1, or 2 after the retry; 0 when refused without asking the keychain

    bool succeeded() const;
    /// One translated sentence for the user; empty when the operation succeeded.
    QString displayText() const;

    /// The rule from QtKeychain's answer to a status. \a serviceReachable: whether a secret
    /// service answers on the session bus; it tells "no keychain" from "keychain error" when
    /// the backend only says OtherError.
    static Status classify(Operation operation, QKeychain::Error error, bool serviceReachable);
    /// The errors of a Secret Service that is not up yet at login: worth one more try.
    static bool isRetryable(QKeychain::Error error);
};

} // namespace app
