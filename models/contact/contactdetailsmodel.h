#pragma once

#include "contactattribute.h"
#include "contactfetchstatus.h"

#include "models/diffinglistmodel.h"

#include "api/apierror.h"
#include "api/company.h"
#include "api/contact.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>

namespace api {
class ApiJob;
class IntercomClient;
} // namespace api

namespace models {

class Database;
class StoreChanges;

/// One contact as the contact panel (and later the contact browser) shows it.
///
/// Offline first: setContactId() shows the stored contact at once (ContactRepository), then
/// refreshes it from the API (GET /contacts/{id}, then GET /companies/{id} for each company
/// it belongs to), writes what came back to the store and shows it. A merged contact (410
/// with a canonical id) is followed to the contact it was merged into. Answers that arrive
/// for a contact no longer selected are ignored (and their requests aborted).
///
/// Shape: the scalar fields are properties (name, email, role, companies, location, dates,
/// tags, time zone) with one contactChanged() signal; the custom attributes are the rows of
/// this list model (roles in contactroles.h), refreshed by difference so a view keeps its
/// place. status() tells loading / ok / offline / error, statusText() says it in one
/// translated sentence.
///
/// GUI thread. \a db is the GUI thread's connection; \a changes (may be null) is told about
/// conversations whose contact name or email changed; \a client (may be null: stored data
/// only, status Offline) must outlive the model.
class ContactDetailsModel final : public DiffingListModel
{
    Q_OBJECT
    Q_PROPERTY(QString contactId READ contactId NOTIFY contactIdChanged)
    Q_PROPERTY(bool hasContact READ hasContact NOTIFY contactChanged)
    Q_PROPERTY(QString name READ name NOTIFY contactChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY contactChanged)
    Q_PROPERTY(QString email READ email NOTIFY contactChanged)
    Q_PROPERTY(QString role READ role NOTIFY contactChanged)
    Q_PROPERTY(QString roleText READ roleText NOTIFY contactChanged)
    Q_PROPERTY(QStringList companyNames READ companyNames NOTIFY contactChanged)
    Q_PROPERTY(QString location READ location NOTIFY contactChanged)
    Q_PROPERTY(QDateTime lastSeenAt READ lastSeenAt NOTIFY contactChanged)
    Q_PROPERTY(QDateTime signedUpAt READ signedUpAt NOTIFY contactChanged)
    Q_PROPERTY(QStringList tagNames READ tagNames NOTIFY contactChanged)
    Q_PROPERTY(QString timeZoneId READ timeZoneId NOTIFY contactChanged)
    Q_PROPERTY(models::ContactFetchStatus status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
public:
    /// At most this many companies are fetched per refresh (Intercom embeds up to 10).
    static constexpr int MaxCompanies = 10;

    ContactDetailsModel(Database &db, StoreChanges *changes, api::IntercomClient *client,
                        QObject *parent = nullptr);
    ~ContactDetailsModel() override;

    /// Shows the stored contact \a contactId (nothing when it is not stored) and refreshes it
    /// from the server. The same id again does nothing; an empty id clears (status Idle).
    void setContactId(const QString &contactId);
    QString contactId() const { return m_contactId; }
    /// Asks the server again for the current contact (the Retry of a status line).
    void refresh();

    /// Whether contact data is shown (stored or fetched).
    bool hasContact() const { return m_hasContact; }
    /// The contact shown: the stored copy, then the server's. Its id differs from
    /// contactId() when the selected contact was merged into it.
    const api::Contact &contact() const { return m_contact; }
    QString name() const { return m_contact.name; }
    /// The name, else the email, else the phone, else "Unknown contact".
    QString displayName() const;
    QString email() const { return m_contact.email; }
    /// "user" or "lead" as Intercom says it; roleText() translated ("User", "Lead").
    QString role() const { return m_contact.role; }
    QString roleText() const;
    /// Names of the companies the contact belongs to, as stored (a company not stored yet is
    /// left out until the refresh fetched it).
    QStringList companyNames() const { return m_companyNames; }
    /// "City, Region, Country" without the parts that are unknown.
    QString location() const;
    /// Invalid when unknown.
    QDateTime lastSeenAt() const;
    QDateTime signedUpAt() const;
    QStringList tagNames() const { return m_tagNames; }
    /// An IANA time zone of the contact when one is known (a "timezone" field or custom
    /// attribute that QTimeZone accepts), else empty. Intercom's contact has no such field.
    QString timeZoneId() const { return m_timeZoneId; }

    ContactFetchStatus status() const { return m_state.status; }
    QString statusText() const;
    const api::ApiError &lastError() const { return m_state.error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    const ContactAttribute &attributeAt(int row) const { return m_attributes.at(row); }

Q_SIGNALS:
    void contactIdChanged(const QString &contactId);
    /// Any of the scalar properties changed (the rows signal their own changes).
    void contactChanged();
    void statusChanged();

private:
    void reloadFromStore();
    void show(const api::Contact &contact);
    void readCompanyNames();
    void readTagNames();
    void fetchContact(const QString &id);
    void handleContact(api::ApiJob *job, quint64 generation, const QString &requestedId);
    void fetchCompanies(const QList<api::ObjectRef> &companies, quint64 generation);
    void finishCompanies();
    void storeContact(const api::Contact &contact);
    void setStatus(ContactFetchStatus status, const api::ApiError &error = {});
    void abortJobs();
    void track(api::ApiJob *job);

    Database &m_db;
    StoreChanges *m_changes;
    api::IntercomClient *m_client;
    QString m_contactId;
    api::Contact m_contact;
    bool m_hasContact = false;
    QStringList m_companyNames;
    QStringList m_tagNames;
    QString m_timeZoneId;
    QList<ContactAttribute> m_attributes;
    ContactFetchState m_state;
    quint64 m_generation = 0; ///< bumped on every selection: answers of older ones are dropped
    QList<QPointer<api::ApiJob>> m_jobs;
    QList<api::Company> m_fetchedCompanies;
    int m_companiesPending = 0;
};

} // namespace models
