#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace models {

/// Where a refresh of contact data from the server stands. Offline means the server could
/// not be reached (what is shown is the stored copy, if any); Error means it answered with
/// a failure. Shared by the contact models so that the panel and a future contact browser
/// present them the same way.
enum class ContactFetchStatus {
    Idle,    ///< nothing selected, or nothing asked yet
    Loading, ///< a request is under way (stored data, if any, is shown meanwhile)
    Ok,      ///< the last refresh succeeded
    Offline, ///< the server could not be reached
    Error,   ///< the server answered with an error
};

/// A status and the error that led to it, as a model keeps them.
struct ContactFetchState
{
    ContactFetchStatus status = ContactFetchStatus::Idle;
    api::ApiError error;

    /// Takes the new values; false when they are what was there (nothing to announce).
    bool set(ContactFetchStatus newStatus, const api::ApiError &newError)
    {
        if (newStatus == status && newError.category == error.category
            && newError.message == error.message) {
            return false;
        }
        status = newStatus;
        error = newError;
        return true;
    }
};

/// Translated texts and the error → status mapping of ContactFetchStatus.
class ContactFetchText
{
    Q_DECLARE_TR_FUNCTIONS(ContactFetchText)
public:
    /// Offline for failures without an HTTP answer (connection, timeout, 502–504), else Error.
    static ContactFetchStatus statusFor(const api::ApiError &error);
    /// One sentence for a status line; \a haveStored says whether stored data is shown.
    static QString text(ContactFetchStatus status, bool haveStored, const api::ApiError &error);
};

} // namespace models
