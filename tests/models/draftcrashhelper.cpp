// Helper of tst_draftcrash: types into a draft through a DraftKeeper at a steady pace and
// reports each keystroke on stdout ("typed <count> <ms since epoch>"), until it is killed.
// Usage: draftcrashhelper <store file> <conversation id> <interval ms>

#include "models/drafts/draftkeeper.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: draftcrashhelper <store> <conversation> <interval ms>\n");
        return 2;
    }
    models::Database db;
    if (const models::StoreError error = db.open(args.at(1))) {
        std::fprintf(stderr, "cannot open the store\n");
        return 1;
    }
    const QString conversationId = args.at(2);
    models::DraftKeeper keeper(db, nullptr);
    QObject::connect(&keeper, &models::DraftKeeper::saved, &app, [] {
        std::printf("saved %lld\n", QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    });
    QString text;
    QTimer typing;
    typing.setTimerType(Qt::PreciseTimer);
    typing.setInterval(args.at(3).toInt());
    QObject::connect(&typing, &QTimer::timeout, &app, [&] {
        // A recognisable sequence: the test can tell how many characters were typed.
        text.append(QChar(char16_t(u'a' + text.size() % 26)));
        keeper.edit(conversationId, models::DraftRepository::Kind::Reply, text);
        std::printf("typed %lld %lld\n", qint64(text.size()), QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    });
    typing.start();
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
