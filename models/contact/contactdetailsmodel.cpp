#include "contactdetailsmodel.h"

#include "contactroles.h"

#include "models/store/contactrepository.h"
#include "models/store/conversationrepository.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"

#include "api/intercomclient.h"

#include <QHash>
#include <QTimeZone>

#include <functional>
#include <utility>

namespace models {

namespace {

/// Where Intercom-shaped data may carry an IANA zone: a top-level field (as visitors have)
/// or a custom attribute a workspace filled in.
QString timeZoneOf(const api::Contact &contact)
{
    const QLatin1String keys[]
        = {QLatin1String("timezone"), QLatin1String("time_zone"), QLatin1String("timezone_name")};
    for (const QJsonObject &source : {contact.rawJson, contact.customAttributes}) {
        for (const QLatin1String &key : keys) {
            const QString id = source.value(key).toString().trimmed();
            if (!id.isEmpty() && QTimeZone(id.toUtf8()).isValid())
                return id;
        }
    }
    return {};
}

QDateTime localFromSeconds(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds) : QDateTime();
}

/// Every conversation of a contact, when its name or email changed (the list rows show them).
constexpr int maxNotifiedConversations = 100000;

} // namespace

ContactDetailsModel::ContactDetailsModel(Database &db, StoreChanges *changes,
                                         api::IntercomClient *client, QObject *parent)
    : DiffingListModel(parent)
    , m_db(db)
    , m_changes(changes)
    , m_client(client)
{
    if (changes) {
        connect(changes, &StoreChanges::referenceDataChanged, this, [this] {
            const QStringList before = m_tagNames;
            readTagNames();
            if (before != m_tagNames)
                Q_EMIT contactChanged();
        });
    }
}

ContactDetailsModel::~ContactDetailsModel()
{
    abortJobs();
}

void ContactDetailsModel::setContactId(const QString &contactId)
{
    if (contactId == m_contactId)
        return;
    abortJobs();
    ++m_generation;
    m_contactId = contactId;
    Q_EMIT contactIdChanged(m_contactId);
    reloadFromStore();
    if (m_contactId.isEmpty())
        setStatus(ContactFetchStatus::Idle);
    else
        fetchContact(m_contactId);
}

void ContactDetailsModel::refresh()
{
    if (m_contactId.isEmpty())
        return;
    abortJobs();
    ++m_generation;
    fetchContact(m_contactId);
}

QString ContactDetailsModel::displayName() const
{
    for (const QString &text : {m_contact.name, m_contact.email, m_contact.phone}) {
        if (!text.trimmed().isEmpty())
            return text.trimmed();
    }
    return tr("Unknown contact");
}

QString ContactDetailsModel::roleText() const
{
    if (m_contact.role == QLatin1String("user"))
        return tr("User");
    if (m_contact.role == QLatin1String("lead"))
        return tr("Lead");
    return m_contact.role;
}

QString ContactDetailsModel::location() const
{
    QStringList parts;
    for (const QString &part : {m_contact.city, m_contact.region, m_contact.country}) {
        if (!part.trimmed().isEmpty() && !parts.contains(part.trimmed()))
            parts.append(part.trimmed());
    }
    return parts.join(tr(", ", "separator of city, region and country"));
}

QDateTime ContactDetailsModel::lastSeenAt() const
{
    return localFromSeconds(m_contact.lastSeenAt);
}

QDateTime ContactDetailsModel::signedUpAt() const
{
    return localFromSeconds(m_contact.signedUpAt);
}

QString ContactDetailsModel::statusText() const
{
    return ContactFetchText::text(m_state.status, m_hasContact, m_state.error);
}

int ContactDetailsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attributes.size());
}

QVariant ContactDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactAttribute &attribute = m_attributes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2", "custom attribute: key, value").arg(attribute.key, attribute.text);
    case Qt::ToolTipRole:
    case AttributeTextRole:
        return attribute.text;
    case AttributeKeyRole:
        return attribute.key;
    case AttributeValueRole:
        return attribute.value;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactDetailsModel::roleNames() const
{
    QHash<int, QByteArray> names = DiffingListModel::roleNames();
    names.insert(
        {{AttributeKeyRole, "key"}, {AttributeValueRole, "value"}, {AttributeTextRole, "text"}});
    return names;
}

void ContactDetailsModel::reloadFromStore()
{
    const std::optional<api::Contact> stored
        = m_contactId.isEmpty() ? std::nullopt : ContactRepository(m_db).contact(m_contactId);
    if (stored) {
        show(*stored);
        return;
    }
    m_contact = {};
    m_hasContact = false;
    m_companyNames.clear();
    m_tagNames.clear();
    m_timeZoneId.clear();
    applyRows(
        m_attributes, {}, [](const ContactAttribute &a) { return a.key; },
        std::equal_to<ContactAttribute>());
    Q_EMIT contactChanged();
}

void ContactDetailsModel::show(const api::Contact &contact)
{
    m_contact = contact;
    m_hasContact = true;
    m_timeZoneId = timeZoneOf(contact);
    readCompanyNames();
    readTagNames();
    applyRows(
        m_attributes, ContactAttribute::fromJson(contact.customAttributes),
        [](const ContactAttribute &a) { return a.key; }, std::equal_to<ContactAttribute>());
    Q_EMIT contactChanged();
}

void ContactDetailsModel::readCompanyNames()
{
    ContactRepository repository(m_db);
    m_companyNames.clear();
    for (const api::ObjectRef &ref : std::as_const(m_contact.companies)) {
        const std::optional<api::Company> company = repository.company(ref.id);
        const QString name = company && !company->name.isEmpty() ? company->name : ref.name;
        if (!name.isEmpty())
            m_companyNames.append(name);
    }
}

void ContactDetailsModel::readTagNames()
{
    m_tagNames.clear();
    if (m_contact.tags.isEmpty())
        return;
    QHash<QString, QString> stored;
    const QList<api::Tag> tags = ReferenceRepository(m_db).tags();
    for (const api::Tag &tag : tags)
        stored.insert(tag.id, tag.name);
    for (const api::ObjectRef &ref : std::as_const(m_contact.tags)) {
        const QString name = ref.name.isEmpty() ? stored.value(ref.id) : ref.name;
        if (!name.isEmpty())
            m_tagNames.append(name);
    }
}

void ContactDetailsModel::fetchContact(const QString &id)
{
    if (!m_client) {
        setStatus(ContactFetchStatus::Offline,
                  api::ApiError::make(api::ApiError::Category::Connection));
        return;
    }
    api::ContactJob *job = m_client->getContact(id);
    track(job);
    const quint64 generation = m_generation;
    connect(job, &api::ApiJob::finished, this,
            [this, job, generation, id] { handleContact(job, generation, id); });
    setStatus(ContactFetchStatus::Loading);
}

void ContactDetailsModel::handleContact(api::ApiJob *job, quint64 generation,
                                        const QString &requestedId)
{
    if (generation != m_generation)
        return;
    const api::ApiError error = job->error();
    // A merged contact lives on under its canonical id: show that one (once; no chains).
    if (error.category == api::ApiError::Category::Gone && !error.canonicalId.isEmpty()
        && requestedId == m_contactId && error.canonicalId != m_contactId) {
        fetchContact(error.canonicalId);
        return;
    }
    if (error) {
        setStatus(ContactFetchText::statusFor(error), error);
        return;
    }
    const api::Contact contact = static_cast<api::ContactJob *>(job)->result();
    if (contact.id.isEmpty()) {
        setStatus(ContactFetchStatus::Error,
                  api::ApiError::make(api::ApiError::Category::InvalidResponse));
        return;
    }
    storeContact(contact);
    show(contact);
    fetchCompanies(contact.companies, generation);
}

void ContactDetailsModel::storeContact(const api::Contact &contact)
{
    ContactRepository contacts(m_db);
    const std::optional<api::Contact> before = contacts.contact(contact.id);
    if (!contacts.upsertContacts({contact})) {
        qWarning("could not store contact %s", qPrintable(contact.id));
        return;
    }
    // The store copied the name and email onto the contact's conversations: lists showing
    // them must read those rows again.
    if (!m_changes || (before && before->name == contact.name && before->email == contact.email))
        return;
    QStringList ids;
    const QList<ConversationSummary> rows
        = ConversationRepository(m_db).contactConversations(contact.id, maxNotifiedConversations);
    for (const ConversationSummary &row : rows)
        ids.append(row.id);
    m_changes->notifyConversationsChanged(ids);
}

void ContactDetailsModel::fetchCompanies(const QList<api::ObjectRef> &companies, quint64 generation)
{
    m_fetchedCompanies.clear();
    m_companiesPending = 0;
    for (const api::ObjectRef &ref : companies) {
        if (ref.id.isEmpty() || m_companiesPending == MaxCompanies)
            continue;
        api::CompanyJob *job = m_client->getCompany(ref.id);
        track(job);
        ++m_companiesPending;
        connect(job, &api::ApiJob::finished, this, [this, job, generation] {
            if (generation != m_generation)
                return;
            // A company that cannot be fetched keeps its stored name: it is a detail, not a
            // reason to report the contact as failed.
            if (!job->error() && !job->result().id.isEmpty())
                m_fetchedCompanies.append(job->result());
            if (--m_companiesPending == 0)
                finishCompanies();
        });
    }
    if (m_companiesPending == 0)
        finishCompanies();
}

void ContactDetailsModel::finishCompanies()
{
    if (!m_fetchedCompanies.isEmpty()) {
        if (!ContactRepository(m_db).upsertCompanies(m_fetchedCompanies))
            qWarning("could not store the companies of contact %s", qPrintable(m_contact.id));
        const QStringList before = m_companyNames;
        readCompanyNames();
        // Fetched but not stored (the store refused): show them all the same.
        for (const api::Company &company : std::as_const(m_fetchedCompanies)) {
            if (!company.name.isEmpty() && !m_companyNames.contains(company.name))
                m_companyNames.append(company.name);
        }
        m_fetchedCompanies.clear();
        if (before != m_companyNames)
            Q_EMIT contactChanged();
    }
    m_jobs.clear();
    setStatus(ContactFetchStatus::Ok);
}

void ContactDetailsModel::setStatus(ContactFetchStatus status, const api::ApiError &error)
{
    if (m_state.set(status, error))
        Q_EMIT statusChanged();
}

void ContactDetailsModel::track(api::ApiJob *job)
{
    m_jobs.append(job);
}

void ContactDetailsModel::abortJobs()
{
    const QList<QPointer<api::ApiJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<api::ApiJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
    m_fetchedCompanies.clear();
    m_companiesPending = 0;
}

} // namespace models
