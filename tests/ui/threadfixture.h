#pragma once

// Conversations with threads, stored in a temporary store, for the thread view's tests and
// its benchmark: realistic Intercom HTML (paragraphs, links, lists, a few images), every kind
// of part, attachments.

#include "api/conversation.h"
#include "models/store/conversationrepository.h"
#include "models/storechanges.h"
#include "tests/models/storefixture.h"

#include <QJsonArray>
#include <QJsonObject>

namespace threadtest {

inline QJsonObject attachmentJson(const QString &name, const QString &url, qint64 size)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("upload")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("content_type"), QStringLiteral("application/pdf")},
                       {QStringLiteral("filesize"), size}};
}

inline api::Attachment attachment(const QString &name, const QString &url, qint64 size)
{
    return api::Attachment::fromJson(attachmentJson(name, url, size));
}

/// A conversation as GET /conversations/{id} returns it: the customer Carol's first message
/// \a sourceHtml (with \a sourceFiles), then \a parts.
inline api::Conversation conversation(const QString &id, const QString &sourceHtml,
                                      const QList<api::ConversationPart> &parts,
                                      const QJsonArray &sourceFiles = {})
{
    api::Conversation c = storetest::conversation(id, QDateTime::currentSecsSinceEpoch());
    c.createdAt = c.updatedAt - 86'400;
    QJsonObject author;
    author.insert(QStringLiteral("type"), QStringLiteral("user"));
    author.insert(QStringLiteral("id"), QString(QStringLiteral("u-") + id));
    author.insert(QStringLiteral("name"), QStringLiteral("Carol"));
    QJsonObject source;
    source.insert(QStringLiteral("type"), QStringLiteral("conversation"));
    source.insert(QStringLiteral("id"), QString(QStringLiteral("src-") + id));
    source.insert(QStringLiteral("body"), sourceHtml);
    source.insert(QStringLiteral("author"), author);
    source.insert(QStringLiteral("attachments"), sourceFiles);
    c.rawJson.insert(QStringLiteral("id"), id);
    c.rawJson.insert(QStringLiteral("source"), source);
    c.parts = parts;
    return c;
}

/// A part by the teammate Alice (type "admin") or, with \a fromCustomer, by Carol.
inline api::ConversationPart part(const QString &id, const QString &type, const QString &body,
                                  qint64 createdAt, bool fromCustomer = false)
{
    api::ConversationPart p = storetest::part(id, type, body, createdAt);
    if (fromCustomer)
        p.author = storetest::ref(QStringLiteral("user"), QStringLiteral("u-c1"),
                                  QStringLiteral("Carol"));
    return p;
}

/// A body like the ones support threads have: a greeting, a paragraph or two with links and
/// emphasis, sometimes a list, sometimes a (remote) image.
inline QString realisticHtml(int i, const QString &imageBase
                                    = QStringLiteral("https://downloads.intercomcdn.example/i/"))
{
    QString html = QStringLiteral("<p>Hi there, thanks for getting back to us about order "
                                  "<b>#%1</b>.</p>")
                       .arg(10'000 + i);
    html += QStringLiteral(
                "<p>I had a look at your account and the invoice from <i>last month</i> was "
                "charged twice. You can see both charges on the <a "
                "href=\"https://billing.example.com/invoices/%1\">billing page</a>; the second "
                "one will be refunded within 5&ndash;7 business days. If you would rather have "
                "a credit note, reply here and we will sort it out.</p>")
                .arg(i);
    if (i % 3 == 0) {
        html += QStringLiteral("<ul><li>Open <a href=\"https://app.example.com/settings\">"
                               "Settings</a></li><li>Choose <b>Billing</b></li><li>Click "
                               "<i>Download all invoices</i></li></ul>");
    }
    if (i % 25 == 0)
        html += QStringLiteral("<p><img src=\"%1shot-%2.png\" width=\"320\"></p>")
                    .arg(imageBase)
                    .arg(i);
    if (i % 4 == 0)
        html += QStringLiteral("<p>Best,<br>Alice from Support</p>");
    return html;
}

/// \a count parts oldest first: replies from both sides, a note every 7th, an event
/// (assignment, close, reopen, snooze) every 11th, an attachment every 13th.
inline QList<api::ConversationPart> manyParts(int count, qint64 firstAt)
{
    static const QStringList events{QStringLiteral("assignment"), QStringLiteral("close"),
                                    QStringLiteral("open"), QStringLiteral("snoozed")};
    QList<api::ConversationPart> parts;
    parts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("p%1").arg(i);
        api::ConversationPart p;
        if (i % 11 == 5)
            p = part(id, events.at((i / 11) % events.size()), {}, firstAt + i * 60);
        else if (i % 7 == 3)
            p = part(id, QStringLiteral("note"), realisticHtml(i), firstAt + i * 60);
        else
            p = part(id, QStringLiteral("comment"), realisticHtml(i), firstAt + i * 60, i % 2);
        if (i % 13 == 6)
            p.attachments = {attachment(QStringLiteral("invoice-%1.pdf").arg(i),
                                        QStringLiteral("https://files.example.com/%1.pdf").arg(i),
                                        120'000 + i)};
        parts.append(p);
    }
    return parts;
}

/// Stores \a c as a fetched thread and tells the models.
inline bool storeThread(models::Database &db, models::StoreChanges &changes,
                        const api::Conversation &c)
{
    if (!models::ConversationRepository(db).upsertThread(c, QDateTime::currentMSecsSinceEpoch()))
        return false;
    changes.notifyConversationsChanged({c.id});
    changes.notifyPartsChanged(c.id);
    return true;
}

/// Adds \a parts to the stored thread of \a conversationId and tells the models.
inline bool storeParts(models::Database &db, models::StoreChanges &changes,
                       const QString &conversationId, const QList<api::ConversationPart> &parts)
{
    if (!models::ConversationRepository(db).upsertParts(conversationId, parts))
        return false;
    changes.notifyPartsChanged(conversationId);
    return true;
}

} // namespace threadtest
