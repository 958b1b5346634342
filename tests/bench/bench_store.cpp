// Fills a store with generated conversations and prints how fast it writes, pages, counts and
// searches, and what the writes cost. Usage: bench_store [--count N] [--keep DIR] [--search-only]
// (--search-only: the fill, the searches and the writes, not the views' pages and counts)
#include "generatedstore.h"

#include "models/store/conversationrepository.h"
#include "models/store/database.h"
#include "models/store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace models;
using benchstore::lastNames;
using benchstore::sentence;

namespace {

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

// Full-text search: one word, two words, a name, a prefix (search as you type), each without
// a filter and inside views of several sizes (all open 40 %, a team's open 5 %, one tag 3 %,
// one agent's open "mine" 1.5 %). Two paths: search() (ranked, top 50) and what the search
// results list runs (ConversationListModel: the first page of 50 newest, then the count), the
// latter also as its page and its count apart.
// Figures per query kind: "common" is a text matching at least
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
    QList<bool> isCommon;
    for (const QString &text : std::as_const(queries)) {
        ConversationFilter unfiltered;
        unfiltered.text = text;
        isCommon.append(repo.count(unfiltered) >= ConversationRepository::searchCandidates);
    }
    ConversationFilter tag;
    tag.tagId = QStringLiteral("510");
    const QList<QPair<QString, ConversationFilter>> filters = {
        {QStringLiteral("no filter"), ConversationFilter()},
        {QStringLiteral("all-open"), ConversationFilter::allOpen()},
        {QStringLiteral("team"), ConversationFilter::team(QStringLiteral("101"))},
        {QStringLiteral("tag"), tag},
        {QStringLiteral("mine"), ConversationFilter::mine(QStringLiteral("7"))},
    };
    using Run = std::function<int(const ConversationFilter &)>;
    const QList<QPair<QString, Run>> paths = {
        {QStringLiteral("ranked"),
         [&](const ConversationFilter &f) {
             return int(repo.search(f, 50).size());
         }},
        {QStringLiteral("list"),
         [&](const ConversationFilter &f) {
             return int(repo.page(f, ConversationSort::UpdatedNewest, 50).rows.size())
                    + repo.count(f);
         }},
        // The list's two parts apart: the window shows the page first and counts afterwards.
        {QStringLiteral("list page"),
         [&](const ConversationFilter &f) {
             return int(repo.page(f, ConversationSort::UpdatedNewest, 50).rows.size());
         }},
        {QStringLiteral("list count"), [&](const ConversationFilter &f) { return repo.count(f); }},
    };
    for (const auto &path : paths) {
        for (const auto &base : filters) {
            QList<double> all;
            QList<double> common;
            QList<double> rare;
            QList<QPair<double, QString>> slowest;
            int hits = 0;
            for (int i = 0; i < queries.size(); ++i) {
                ConversationFilter filter = base.second;
                filter.text = queries.at(i);
                const double ms = timedMs([&] { hits += path.second(filter); });
                all.append(ms);
                (isCommon.at(i) ? common : rare).append(ms);
                slowest.append({ms, queries.at(i)});
            }
            std::sort(slowest.begin(), slowest.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
            QStringList worst;
            for (int i = 0; i < 3 && i < slowest.size(); ++i)
                worst.append(QStringLiteral("\"%1\" %2")
                                 .arg(slowest.at(i).second)
                                 .arg(slowest.at(i).first, 0, 'f', 1));
            out << QStringLiteral("search %1, %2: %3; %4; %5; hits %6; slowest ms: %7")
                       .arg(path.first, base.first, figures(QStringLiteral("all"), all),
                            figures(QStringLiteral("common"), common),
                            figures(QStringLiteral("rare"), rare))
                       .arg(hits)
                       .arg(worst.join(QLatin1String(", ")))
                << Qt::endl;
            totalHits += hits;
        }
    }
    return totalHits;
}

// What the search index costs writes: the sync updating conversations that already exist
// (a page of 150 in one transaction, their state, assignees and tags changed), and optimistic
// local effects one at a time (each in its own transaction, as the outbox writes them).
void benchWrites(Database &db, int count, QTextStream &out)
{
    ConversationRepository repo(db);
    QRandomGenerator random(99);
    const qint64 now = 1750000000 + 86400;
    constexpr int pageSize = 150;
    const int updated = std::min(count, 15000);
    QList<double> pages;
    for (int first = 0; first < updated; first += pageSize) {
        QList<api::Conversation> page;
        for (int i = first; i < std::min(updated, first + pageSize); ++i) {
            const int n = int(random.bounded(count));
            api::Conversation c = benchstore::generate(random, n, now);
            c.updatedAt = now + i; // newer than any stored copy
            page.append(c);
        }
        pages.append(timedMs([&] {
            if (!repo.upsertConversations(page))
                out << "update failed: " << db.lastError().detail << Qt::endl;
        }));
    }
    out << figures(QStringLiteral("sync update of existing conversations, ms per page of 150"),
                   pages)
        << Qt::endl;

    using State = api::Conversation::State;
    const auto idOf = [&](int i) {
        return QString::number(100000000 + (i * 7919) % count);
    };
    const auto effect = [&](const QString &label, const std::function<bool(int)> &write) {
        QList<double> ms;
        for (int i = 0; i < 200; ++i) {
            ms.append(timedMs([&] {
                Transaction transaction(db);
                if (!write(i) || !transaction.commit())
                    out << label << " failed: " << db.lastError().detail << Qt::endl;
            }));
        }
        out << figures(QStringLiteral("local effect: ") + label, ms) << Qt::endl;
    };
    effect(QStringLiteral("close/open"),
           [&](int i) { return repo.setState(idOf(i), i % 2 ? State::Open : State::Closed); });
    effect(QStringLiteral("assign"), [&](int i) {
        return repo.setAssignees(idOf(i), QString::number(i % 20 + 1), QStringLiteral("0"));
    });
    effect(QStringLiteral("add tag"),
           [&](int i) { return repo.addTag(idOf(i), QStringLiteral("599")); });
    effect(QStringLiteral("remove tag"),
           [&](int i) { return repo.removeTag(idOf(i), QStringLiteral("599")); });
    effect(QStringLiteral("mark read"), [&](int i) { return repo.setRead(idOf(i), i % 2); });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int count = 100000;
    QString keep;
    const QStringList args = app.arguments();
    const bool searchOnly = args.contains(QLatin1String("--search-only"));
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
    const qint64 upsertMs = benchstore::fill(db, count, out);
    if (upsertMs < 0)
        return 1;
    constexpr int pageSize = 150;

    out << "conversations: " << count << Qt::endl;
    out << "upsert: " << upsertMs << " ms ("
        << qint64(count * 1000.0 / std::max<qint64>(1, upsertMs)) << " rows/s, batches of "
        << pageSize << ")" << Qt::endl;
    out << "db file: " << QFileInfo(path).size() / 1024 << " KiB" << Qt::endl;
    if (searchOnly) {
        const int hits = benchSearch(repo, out);
        benchWrites(db, count, out);
        return hits > 0 ? 0 : 2;
    }

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
        const Percentiles counted = measure(runs, [&](int) { repo.count(view.second); });
        out << QStringLiteral("view %1 (%2 rows): count p50 %3 ms p95 %4 ms")
                   .arg(view.first, -10)
                   .arg(total)
                   .arg(counted.p50, 0, 'f', 3)
                   .arg(counted.p95, 0, 'f', 3)
            << Qt::endl;
    }
    // Each sort of each view: a first page, then a keyset page 20 pages deep.
    const QList<QPair<QString, ConversationSort>> sorts = {
        {QStringLiteral("newest"), ConversationSort::UpdatedNewest},
        {QStringLiteral("oldest"), ConversationSort::UpdatedOldest},
        {QStringLiteral("waiting"), ConversationSort::WaitingLongest},
        {QStringLiteral("priority"), ConversationSort::PriorityFirst},
    };
    for (const auto &sort : sorts) {
        for (const auto &view : views) {
            const Percentiles first
                = measure(runs, [&](int) { repo.page(view.second, sort.second, 50); });
            PageCursor deep;
            for (int p = 0; p < 20; ++p)
                deep = repo.page(view.second, sort.second, 50, deep).next;
            const Percentiles later
                = measure(runs, [&](int) { repo.page(view.second, sort.second, 50, deep); });
            out << QStringLiteral("page %1 %2: first p50 %3 ms p95 %4 ms; page 21 p50 %5 ms p95 "
                                  "%6 ms")
                       .arg(sort.first, -8)
                       .arg(view.first, -10)
                       .arg(first.p50, 0, 'f', 3)
                       .arg(first.p95, 0, 'f', 3)
                       .arg(later.p50, 0, 'f', 3)
                       .arg(later.p95, 0, 'f', 3)
                << Qt::endl;
        }
    }
    const Percentiles sidebar = measure(50, [&](int) {
        repo.viewCounts(QStringLiteral("7"),
                        {QStringLiteral("100"), QStringLiteral("101"), QStringLiteral("102")});
    });
    out << QStringLiteral("all sidebar counts: p50 %1 ms p95 %2 ms")
               .arg(sidebar.p50, 0, 'f', 3)
               .arg(sidebar.p95, 0, 'f', 3)
        << Qt::endl;

    const int hits = benchSearch(repo, out);
    benchWrites(db, count, out);
    return hits > 0 ? 0 : 2;
}
