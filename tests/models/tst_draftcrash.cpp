// A draft survives kill -9 in the middle of typing: a child process types through a
// DraftKeeper, the test kills it with SIGKILL, reopens the store and finds at least what was
// typed up to one second before the kill.

#include "models/store/database.h"
#include "models/store/draftrepository.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDraftCrash : public QObject
{
    Q_OBJECT

private:
    struct Keystroke
    {
        int count = 0;
        qint64 atMs = 0;
    };
    QList<Keystroke> m_typed;

    void readLines(QProcess &process)
    {
        while (process.canReadLine()) {
            const QList<QByteArray> words = process.readLine().trimmed().split(' ');
            if (words.size() == 3 && words[0] == "typed")
                m_typed.append({words[1].toInt(), words[2].toLongLong()});
        }
    }

private Q_SLOTS:
    void draftSurvivesKillDuringTyping()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store.sqlite"));
        {
            models::Database db; // create the schema before the child starts typing
            QVERIFY(!db.open(store));
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(&child, &QProcess::readyReadStandardOutput, this, [&] { readLines(child); });
        child.start(QStringLiteral(DRAFT_CRASH_HELPER),
                    {store, QStringLiteral("4242"), QStringLiteral("30")});
        QVERIFY(child.waitForStarted(5000));
        // About 2.5 s of typing: several saves behind, one in progress.
        QTRY_VERIFY_WITH_TIMEOUT(!m_typed.isEmpty() && m_typed.last().count >= 80, 15000);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        child.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(child.waitForFinished(5000));
        readLines(child);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        models::Database db;
        QVERIFY(!db.open(store));
        const auto draft = models::DraftRepository(db).load(QStringLiteral("4242"),
                                                            models::DraftRepository::Kind::Reply);
        QVERIFY(draft);
        // What was typed a second (plus timer slack) before the kill must be there.
        int mustHave = 0;
        for (const Keystroke &k : m_typed) {
            if (k.atMs <= killedAt - 1100)
                mustHave = k.count;
        }
        QString expected;
        for (int i = 0; i < m_typed.last().count; ++i)
            expected.append(QChar(char16_t(u'a' + i % 26)));
        qInfo("typed %d characters, %d saved at the kill, at least %d required",
              m_typed.last().count, int(draft->text.size()), mustHave);
        QVERIFY(mustHave > 0);
        QVERIFY(draft->text.size() >= mustHave);
        QVERIFY(expected.startsWith(draft->text));
    }
};

QTEST_GUILESS_MAIN(TestDraftCrash)
#include "tst_draftcrash.moc"
