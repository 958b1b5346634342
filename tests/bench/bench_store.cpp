// Fills a store with generated conversations and prints how fast it writes, pages, counts and
// searches. Usage: bench_store [--count N] [--keep DIR]
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
    const qint64 upsertMs = benchstore::fill(db, count, out);
    if (upsertMs < 0)
        return 1;
    constexpr int pageSize = 150;

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

    return benchSearch(repo, out) > 0 ? 0 : 2;
}
