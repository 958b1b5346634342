#include "contactfetchstatus.h"

#include "api/apierror.h"

namespace models {

ContactFetchStatus ContactFetchText::statusFor(const api::ApiError &error)
{
    using Category = api::ApiError::Category;
    switch (error.category) {
    case Category::None:
        return ContactFetchStatus::Ok;
    case Category::Connection:
    case Category::Timeout:
    case Category::Unavailable:
    case Category::Cancelled: // the client went away: no server to ask
        return ContactFetchStatus::Offline;
    default:
        break;
    }
    return ContactFetchStatus::Error;
}

QString ContactFetchText::text(ContactFetchStatus status, bool haveStored,
                               const api::ApiError &error)
{
    switch (status) {
    case ContactFetchStatus::Idle:
    case ContactFetchStatus::Ok:
        return {};
    case ContactFetchStatus::Loading:
        return haveStored ? tr("Updating…") : tr("Loading contact…");
    case ContactFetchStatus::Offline:
        return haveStored ? tr("Offline: showing the saved copy.")
                          : tr("Offline: this contact is not saved on this computer yet.");
    case ContactFetchStatus::Error:
        if (error.category == api::ApiError::Category::NotFound
            || error.category == api::ApiError::Category::Gone) {
            return tr("This contact no longer exists in Intercom.");
        }
        return tr("Could not update the contact: %1").arg(error.displayText());
    }
    return {};
}

} // namespace models
