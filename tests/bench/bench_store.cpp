// Fills a store with generated conversations and prints how fast it writes, pages, counts and
// searches. Usage: bench_store [--count N] [--keep DIR]
#include "models/store/conversationrepository.h"
#include "models/store/database.h"
#include "models/store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace models;

namespace {

const QStringList words
    = QStringLiteral(
          "invoice refund password login error billing account order shipping delivery package "
          "subscription upgrade downgrade cancel payment card declined export import report "
          "dashboard integration webhook api token limit slow crash mobile android iphone browser "
          "chrome safari email notification reminder calendar team invite permission admin seat "
          "trial discount coupon tax receipt address phone verify security twofactor backup "
          "restore sync offline timeout upload attachment image video pdf spreadsheet language")
          .split(QLatin1Char(' '));
const QStringList firstNames = QStringLiteral("Ada Bruno Chloé Dmitri Elena Farid Grace Hiro "
                                              "Ines Jonas Kemal Lena Mateo Nora Olu Priya")
                                   .split(QLatin1Char(' '));
const QStringList lastNames = QStringLiteral("Lovelace Rossi Martin Ivanov Garcia Haddad Hopper "
                                             "Tanaka Duarte Berg Yilmaz Fischer Silva Khan")
                                  .split(QLatin1Char(' '));

// A vocabulary shaped like real text: the support words above are the most frequent, then a
// long tail of made-up words, picked with a Zipf-like law (rank r has weight 1/r).
const QStringList &vocabulary()
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

QString zipfWord(QRandomGenerator &random)
{
    // Inverse of the harmonic CDF, approximately: rank = exp(u * ln N).
    const double u = random.generateDouble();
    const int rank = int(std::exp(u * std::log(double(vocabulary().size())))) - 1;
    return vocabulary().at(std::clamp(rank, 0, int(vocabulary().size()) - 1));
}

QString sentence(QRandomGenerator &random, int length)
{
    QStringList out;
    for (int i = 0; i < length; ++i)
        out.append(zipfWord(random));
    return out.join(QLatin1Char(' '));
}

api::Conversation generate(QRandomGenerator &random, int n, qint64 now)
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

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
};

Percentiles percentilesOf(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min(int(ms.size()) - 1, int(ms.size() * 95 / 100)))};
}

double timedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

Percentiles measure(int runs, const std::function<void(int)> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i)
        ms.append(timedMs([&] { work(i); }));
    return percentilesOf(ms);
}

QString figures(const QString &label, const QList<double> &ms)
{
    const Percentiles p = percentilesOf(ms);
    return QStringLiteral("%1 (%2) p50 %3 ms p95 %4 ms")
        .arg(label)
        .arg(ms.size())
        .arg(p.p50, 0, 'f', 3)
        .arg(p.p95, 0, 'f', 3);
}

// Full-text search, top 50: one word, two words, a name, a prefix (search as you type), each
// without a filter, with the all-open view (40 % of the store) and with one agent's view
// (1.5 %). Figures per query kind: "common" is a text matching at least
// ConversationRepository::searchCandidates conversations (ranked over its newest matches),
// "rare" one ranked over all its matches.
int benchSearch(ConversationRepository &repo, QTextStream &out)
{
    int totalHits = 0;
    QStringList queries;
    QRandomGenerator queryRandom(7);
    for (int i = 0; i < 100; ++i) {
        switch (i % 4) {
        case 0:
            queries.append(sentence(queryRandom, 1));
            break;
        case 1:
            queries.append(sentence(queryRandom, 2));
            break;
        case 2:
            queries.append(lastNames.at(int(queryRandom.bounded(lastNames.size()))));
            break;
        default:
            queries.append(sentence(queryRandom, 1).left(4));
        }
    }
    const QList<QPair<QString, ConversationFilter>> filters = {
        {QStringLiteral("no filter"), ConversationFilter()},
        {QStringLiteral("all-open"), ConversationFilter::allOpen()},
        {QStringLiteral("mine"), ConversationFilter::mine(QStringLiteral("7"))},
    };
    for (const auto &base : filters) {
        QList<double> all;
        QList<double> common;
        QList<double> rare;
        QList<QPair<double, QString>> slowest;
        int hits = 0;
        for (const QString &text : queries) {
            ConversationFilter filter = base.second;
            filter.text = text;
            const double ms = timedMs([&] { hits += int(repo.search(filter, 50).size()); });
            all.append(ms);
            ConversationFilter unfiltered;
            unfiltered.text = text;
            const bool isCommon
                = repo.count(unfiltered) >= ConversationRepository::searchCandidates;
            (isCommon ? common : rare).append(ms);
            slowest.append({ms, text});
        }
        std::sort(slowest.begin(), slowest.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList worst;
        for (int i = 0; i < 5 && i < slowest.size(); ++i)
            worst.append(QStringLiteral("\"%1\" %2")
                             .arg(slowest.at(i).second)
                             .arg(slowest.at(i).first, 0, 'f', 1));
        out << QStringLiteral("fts search, %1: %2; %3; %4; hits %5; slowest ms: %6")
                   .arg(base.first, figures(QStringLiteral("all"), all),
                        figures(QStringLiteral("common"), common),
                        figures(QStringLiteral("rare"), rare))
                   .arg(hits)
                   .arg(worst.join(QLatin1String(", ")))
            << Qt::endl;
        totalHits += hits;
    }
    return totalHits;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int count = 100000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--count"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    QTemporaryDir dir;
    const QString path = (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/store.sqlite");
    Database db;
    if (const StoreError error = db.open(path)) {
        out << "cannot open: " << error.detail << Qt::endl;
        return 1;
    }
    ConversationRepository repo(db);
    QRandomGenerator random(42);
    const qint64 now = 1750000000;

    // Generation is timed apart: it stands for the JSON parsing the sync engine does.
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
            return 1;
        }
    }
    const qint64 upsertMs = timer.elapsed();
    all.clear();
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db.exec(QStringLiteral("PRAGMA optimize"));

    out << "conversations: " << count << Qt::endl;
    out << "upsert: " << upsertMs << " ms ("
        << qint64(count * 1000.0 / std::max<qint64>(1, upsertMs)) << " rows/s, batches of "
        << pageSize << ")" << Qt::endl;
    out << "db file: " << QFileInfo(path).size() / 1024 << " KiB" << Qt::endl;

    const QList<QPair<QString, ConversationFilter>> views = {
        {QStringLiteral("mine"), ConversationFilter::mine(QStringLiteral("7"))},
        {QStringLiteral("unassigned"), ConversationFilter::unassigned()},
        {QStringLiteral("team"), ConversationFilter::team(QStringLiteral("101"))},
        {QStringLiteral("all-open"), ConversationFilter::allOpen()},
        {QStringLiteral("snoozed"), ConversationFilter::snoozed()},
        {QStringLiteral("closed"), ConversationFilter::closed()},
    };
    constexpr int runs = 200;
    for (const auto &view : views) {
        const int total = repo.count(view.second);
        // A first page, then keyset pages 20 pages deep.
        const Percentiles first = measure(
            runs, [&](int) { repo.page(view.second, ConversationSort::UpdatedNewest, 50); });
        PageCursor deep;
        for (int p = 0; p < 20; ++p)
            deep = repo.page(view.second, ConversationSort::UpdatedNewest, 50, deep).next;
        const Percentiles later = measure(
            runs, [&](int) { repo.page(view.second, ConversationSort::UpdatedNewest, 50, deep); });
        const Percentiles counted = measure(runs, [&](int) { repo.count(view.second); });
        out << QStringLiteral("view %1 (%2 rows): page p50 %3 ms p95 %4 ms; page 21 p50 %5 ms p95 "
                              "%6 ms; count p50 %7 ms p95 %8 ms")
                   .arg(view.first, -10)
                   .arg(total)
                   .arg(first.p50, 0, 'f', 3)
                   .arg(first.p95, 0, 'f', 3)
                   .arg(later.p50, 0, 'f', 3)
                   .arg(later.p95, 0, 'f', 3)
                   .arg(counted.p50, 0, 'f', 3)
                   .arg(counted.p95, 0, 'f', 3)
            << Qt::endl;
    }
    const Percentiles sidebar = measure(50, [&](int) {
        repo.viewCounts(QStringLiteral("7"),
                        {QStringLiteral("100"), QStringLiteral("101"), QStringLiteral("102")});
    });
    out << QStringLiteral("all sidebar counts: p50 %1 ms p95 %2 ms")
               .arg(sidebar.p50, 0, 'f', 3)
               .arg(sidebar.p95, 0, 'f', 3)
        << Qt::endl;

    return benchSearch(repo, out) > 0 ? 0 : 2;
}
