#pragma once

// Helpers shared by the store tests: a database in a temporary folder and conversation values
// built in code.

#include "api/admin.h"
#include "api/conversation.h"
#include "api/team.h"
#include "models/store/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace storetest {

/// A fresh store file in its own temporary folder, opened at the latest schema.
class TempStore
{
public:
    TempStore() { open(); }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    models::Database &db() { return *m_db; }
    /// Opens the same file again (a second connection, or after close()).
    std::unique_ptr<models::Database> openAnother() const
    {
        auto db = std::make_unique<models::Database>();
        const models::StoreError error = db->open(path());
        if (error)
            qWarning() << "open failed:" << error.detail;
        return db;
    }

private:
    void open()
    {
        m_db = std::make_unique<models::Database>();
        const models::StoreError error = m_db->open(path());
        if (error)
            qWarning() << "open failed:" << error.detail;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<models::Database> m_db;
};

inline api::ObjectRef ref(const QString &type, const QString &id, const QString &name = {},
                          const QString &email = {})
{
    api::ObjectRef r;
    r.type = type;
    r.id = id;
    r.name = name;
    r.email = email;
    return r;
}

inline api::Tag tag(const QString &id, const QString &name = {})
{
    api::Tag t;
    t.id = id;
    t.name = name;
    return t;
}

inline api::Admin admin(const QString &id, const QString &name, const QString &email = {})
{
    api::Admin a;
    a.id = id;
    a.name = name;
    a.email = email;
    return a;
}

inline api::Team team(const QString &id, const QString &name, const QStringList &adminIds = {})
{
    api::Team t;
    t.id = id;
    t.name = name;
    t.adminIds = adminIds;
    return t;
}

/// An open, unassigned conversation with a contact and a first message.
inline api::Conversation conversation(const QString &id, qint64 updatedAt,
                                      const QString &title = {})
{
    api::Conversation c;
    c.id = id;
    c.title = title.isEmpty() ? QStringLiteral("Conversation %1").arg(id) : title;
    c.createdAt = updatedAt - 100;
    c.updatedAt = updatedAt;
    c.state = api::Conversation::State::Open;
    c.open = true;
    c.source.type = QStringLiteral("conversation");
    c.source.id = QStringLiteral("src-") + id;
    c.source.body = QStringLiteral("<p>Hello from %1</p>").arg(id);
    c.source.author = ref(QStringLiteral("user"), QStringLiteral("u-") + id);
    c.contacts = {ref(QStringLiteral("contact"), QStringLiteral("u-") + id)};
    return c;
}

inline api::ConversationPart part(const QString &id, const QString &type, const QString &body,
                                  qint64 createdAt)
{
    api::ConversationPart p;
    p.id = id;
    p.partType = type;
    p.body = body;
    p.createdAt = createdAt;
    p.author = ref(QStringLiteral("admin"), QStringLiteral("a1"), QStringLiteral("Alice"));
    return p;
}

} // namespace storetest
