#include "vaultresult.h"

#include <QCoreApplication>

namespace app {

bool VaultResult::succeeded() const
{
    return status == Status::Found || status == Status::Stored || status == Status::Removed;
}

QString VaultResult::displayText() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("app::VaultResult", text);
    };
    switch (status) {
    case Status::Found:
    case Status::Stored:
    case Status::Removed:
        break;
    case Status::NotFound:
        return tr("Triage has no saved sign-in for this workspace. Please sign in.");
    case Status::Unavailable:
        switch (operation) {
        case Operation::Read:
        case Operation::Write:
            return tr("No keychain is available on this computer, so Triage cannot keep your "
                      "sign-in. You can use the token for this run only: it is kept in memory "
                      "and forgotten when Triage quits.");
        case Operation::Remove:
            return tr("No keychain is available on this computer, so Triage could not remove a "
                      "saved sign-in from it.");
        }
        break;
    case Status::Failed:
        switch (operation) {
        case Operation::Read:
            return tr("Triage could not read your sign-in from the keychain: %1").arg(errorText);
        case Operation::Write:
            return tr("Triage could not save your sign-in in the keychain: %1").arg(errorText);
        case Operation::Remove:
            return tr("Triage could not remove your sign-in from the keychain: %1").arg(errorText);
        }
    }
    return {};
}

VaultResult::Status VaultResult::classify(Operation operation, QKeychain::Error error,
                                          bool serviceReachable)
{
    switch (error) {
    case QKeychain::NoError:
        return operation == Operation::Read    ? Status::Found
               : operation == Operation::Write ? Status::Stored
                                               : Status::Removed;
    case QKeychain::EntryNotFound:
        // Signing out twice, or of an entry deleted by hand, is still signed out.
        return operation == Operation::Read     ? Status::NotFound
               : operation == Operation::Remove ? Status::Removed
                                                : Status::Failed;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:       // e.g. a locked keyring that cannot prompt
    case QKeychain::AccessDeniedByUser: // the remedy is the same: a token for this run
        return Status::Unavailable;
    case QKeychain::OtherError:
        // libsecret reports a missing bus or service ("Could not connect", "not provided by
        // any .service files") as OtherError, in the user's language.
        return serviceReachable ? Status::Failed : Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Status::Failed;
}

bool VaultResult::isRetryable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace app
