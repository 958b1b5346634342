#pragma once

// A generated workspace of conversations for the benchmarks (bench_store, bench_list_scroll):
// deterministic for a seed, shaped like real support traffic (Zipf-like words, 40 % open,
// a fifth unassigned, tags, raw JSON of a list item's size), written the way the sync engine
// writes (one transaction per page of 150).

#include "models/store/conversationrepository.h"
#include "models/store/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace benchstore {

inline const QStringList words
    = QStringLiteral(
          "invoice refund password login error billing account order shipping delivery package "
          "subscription upgrade downgrade cancel payment card declined export import report "
          "dashboard integration webhook api token limit slow crash mobile android iphone browser "
          "chrome safari email notification reminder calendar team invite permission admin seat "
          "trial discount coupon tax receipt address phone verify security twofactor backup "
          "restore sync offline timeout upload attachment image video pdf spreadsheet language")
          .split(QLatin1Char(' '));
inline const QStringList firstNames
    = QStringLiteral("Ada Bruno Chloé Dmitri Elena Farid Grace Hiro "
                     "Ines Jonas Kemal Lena Mateo Nora Olu Priya")
          .split(QLatin1Char(' '));
inline const QStringList lastNames
    = QStringLiteral("Lovelace Rossi Martin Ivanov Garcia Haddad Hopper "
                     "Tanaka Duarte Berg Yilmaz Fischer Silva Khan")
          .split(QLatin1Char(' '));

// A vocabulary shaped like real text: the support words above are the most frequent, then a
// long tail of made-up words, picked with a Zipf-like law (rank r has weight 1/r).
inline const QStringList &vocabulary()
{
    static const QStringList list = [] {
        QStringList all = words;
        const QStringList syllables
            = QStringLiteral("ka lo mi ne ru sa ti vo be da fe gu ho ji").split(QLatin1Char(' '));
        for (int i = 0; all.size() < 5000; ++i) {
            QString word;
            for (int n = i; word.size() < 6; n /= syllables.size())
                word += syllables.at(n % syllables.size());
            all.append(word + QString::number(i % 7));
        }
        return all;
    }();
    return list;
}

inline QString zipfWord(QRandomGenerator &random)
{
    // Inverse of the harmonic CDF, approximately: rank = exp(u * ln N).
    const double u = random.generateDouble();
    const int rank = int(std::exp(u * std::log(double(vocabulary().size())))) - 1;
    return vocabulary().at(std::clamp(rank, 0, int(vocabulary().size()) - 1));
}

inline QString sentence(QRandomGenerator &random, int length)
{
    QStringList out;
    for (int i = 0; i < length; ++i)
        out.append(zipfWord(random));
    return out.join(QLatin1Char(' '));
}

inline api::Conversation generate(QRandomGenerator &random, int n, qint64 now)
{
    using State = api::Conversation::State;
    api::Conversation c;
    c.id = QString::number(100000000 + n);
    c.title = sentence(random, 4);
    c.updatedAt = now - random.bounded(90 * 86400);
    c.createdAt = c.updatedAt - random.bounded(30 * 86400);
    const int roll = int(random.bounded(100));
    c.state = roll < 40 ? State::Open : roll < 50 ? State::Snoozed : State::Closed;
    c.open = c.state == State::Open;
    c.read = random.bounded(2) == 1;
    c.priority = api::Conversation::Priority(random.bounded(5));
    c.waitingSince = c.open && random.bounded(2) ? c.updatedAt : 0;
    c.snoozedUntil = c.state == State::Snoozed ? now + 86400 : 0;
    c.adminAssigneeId
        = random.bounded(4) == 0 ? QStringLiteral("0") : QString::number(random.bounded(20) + 1);
    c.teamAssigneeId
        = random.bounded(3) == 0 ? QStringLiteral("0") : QString::number(random.bounded(5) + 100);
    const QString name = firstNames.at(int(random.bounded(firstNames.size()))) + QLatin1Char(' ')
                         + lastNames.at(int(random.bounded(lastNames.size())));
    api::ObjectRef contact;
    contact.type = QStringLiteral("contact");
    contact.id = QStringLiteral("u%1").arg(n % 30000);
    contact.name = name;
    contact.email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))
                    + QStringLiteral("%1@example.com").arg(n % 30000);
    c.contacts = {contact};
    c.source.body = QStringLiteral("<p>") + sentence(random, 30) + QStringLiteral("</p><p>")
                    + sentence(random, 20) + QStringLiteral("</p>");
    c.source.author = contact;
    for (int t = int(random.bounded(3)); t > 0; --t) {
        api::Tag tag;
        tag.id = QString::number(500 + random.bounded(30));
        tag.name = QStringLiteral("tag-") + tag.id;
        c.tags.append(tag);
    }
    // A raw JSON of the size and shape a list item has.
    c.rawJson = QJsonObject{
        {QStringLiteral("type"), QStringLiteral("conversation")},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("created_at"), c.createdAt},
        {QStringLiteral("updated_at"), c.updatedAt},
        {QStringLiteral("state"), QStringLiteral("open")},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("conversation")},
                     {QStringLiteral("body"), c.source.body},
                     {QStringLiteral("author"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                                  {QStringLiteral("id"), contact.id},
                                  {QStringLiteral("name"), contact.name},
                                  {QStringLiteral("email"), contact.email}}}}},
        {QStringLiteral("contacts"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("contact.list")},
                     {QStringLiteral("contacts"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("contact")},
                                             {QStringLiteral("id"), contact.id}}}}}},
        {QStringLiteral("statistics"),
         QJsonObject{{QStringLiteral("time_to_assignment"), 12},
                     {QStringLiteral("time_to_admin_reply"), 340},
                     {QStringLiteral("count_reopens"), 0},
                     {QStringLiteral("count_conversation_parts"), 4}}},
    };
    return c;
}

/// Generates \a count conversations (seed 42, "now" = 1,750,000,000) and upserts them in
/// pages of 150; returns the milliseconds the writes took (generation excluded: it stands for
/// the sync engine's JSON parsing), or -1 after printing the store's error to \a out.
inline qint64 fill(models::Database &db, int count, QTextStream &out)
{
    models::ConversationRepository repo(db);
    QRandomGenerator random(42);
    const qint64 now = 1750000000;
    QList<api::Conversation> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i)
        all.append(generate(random, i, now));
    QElapsedTimer timer;
    timer.start();
    constexpr int pageSize = 150; // one search page per transaction, as the sync engine writes
    for (int i = 0; i < count; i += pageSize) {
        if (!repo.upsertConversations(all.mid(i, pageSize))) {
            out << "upsert failed: " << db.lastError().detail << Qt::endl;
            return -1;
        }
    }
    const qint64 ms = timer.elapsed();
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db.exec(QStringLiteral("PRAGMA optimize"));
    return ms;
}

} // namespace benchstore
