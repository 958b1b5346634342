// DraftKeeper: debounced saves (within 1 s of the last keystroke, and at least once a second
// while typing goes on), restore, and per-kind drafts.

#include "models/drafts/draftkeeper.h"
#include "models/store/database.h"
#include "models/storechanges.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Kind = models::DraftRepository::Kind;

class TestDraftKeeper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    models::Database m_db;
    models::StoreChanges m_changes;

    std::optional<QString> stored(const QString &id, Kind kind)
    {
        const auto draft = models::DraftRepository(m_db).load(id, kind);
        return draft ? std::optional<QString>(draft->text) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("store.sqlite")))); }

    void savesAfterPause()
    {
        models::DraftKeeper keeper(m_db, &m_changes);
        QSignalSpy saved(&keeper, &models::DraftKeeper::saved);
        QSignalSpy announced(&m_changes, &models::StoreChanges::draftChanged);
        QElapsedTimer timer;
        timer.start();
        keeper.edit(QStringLiteral("1"), Kind::Reply, QStringLiteral("Hello"));
        QVERIFY(!stored(QStringLiteral("1"), Kind::Reply)); // not on every keystroke
        QVERIFY(keeper.hasUnsaved());
        QCOMPARE(keeper.restore(QStringLiteral("1"), Kind::Reply), QStringLiteral("Hello"));
        QVERIFY(saved.wait(2000));
        QVERIFY2(timer.elapsed() <= 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(stored(QStringLiteral("1"), Kind::Reply), QStringLiteral("Hello"));
        QVERIFY(!keeper.hasUnsaved());
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.first().first().toString(), QStringLiteral("1"));
    }

    void continuousTypingStillSaves()
    {
        models::DraftKeeper keeper(m_db, nullptr);
        QSignalSpy saved(&keeper, &models::DraftKeeper::saved);
        QString text;
        QTimer typing;
        typing.setInterval(50); // faster than the debounce: only the deadline saves
        connect(&typing, &QTimer::timeout, this, [&] {
            text.append(QLatin1Char('x'));
            keeper.edit(QStringLiteral("2"), Kind::Note, text);
        });
        QElapsedTimer timer;
        timer.start();
        typing.start();
        QList<qint64> saves;
        while (saves.size() < 3 && timer.elapsed() < 10000) {
            if (saved.wait(1500))
                saves.append(timer.elapsed());
        }
        typing.stop();
        QCOMPARE(saves.size(), 3);
        QVERIFY2(saves[0] <= 1100, qPrintable(QString::number(saves[0])));
        for (int i = 1; i < saves.size(); ++i)
            QVERIFY2(saves[i] - saves[i - 1] <= 1100,
                     qPrintable(QString::number(saves[i] - saves[i - 1])));
        QVERIFY(stored(QStringLiteral("2"), Kind::Note)->size() > 10);
    }

    void replyAndNoteAreSeparate()
    {
        models::DraftKeeper keeper(m_db, nullptr);
        keeper.edit(QStringLiteral("3"), Kind::Reply, QStringLiteral("to the customer"));
        keeper.edit(QStringLiteral("3"), Kind::Note, QStringLiteral("for the team"));
        keeper.flush();
        QCOMPARE(stored(QStringLiteral("3"), Kind::Reply), QStringLiteral("to the customer"));
        QCOMPARE(stored(QStringLiteral("3"), Kind::Note), QStringLiteral("for the team"));
    }

    void restoredWhenReopened()
    {
        {
            models::DraftKeeper keeper(m_db, nullptr);
            keeper.edit(QStringLiteral("4"), Kind::Reply, QStringLiteral("half a sentence"));
            // Destroyed before the debounce: the destructor saves.
        }
        models::DraftKeeper later(m_db, nullptr);
        QCOMPARE(later.restore(QStringLiteral("4"), Kind::Reply),
                 QStringLiteral("half a sentence"));
        QCOMPARE(later.restore(QStringLiteral("4"), Kind::Note), QString());
    }

    void emptiedComposerClearsDraft()
    {
        models::DraftKeeper keeper(m_db, nullptr);
        keeper.edit(QStringLiteral("5"), Kind::Reply, QStringLiteral("oops"));
        keeper.flush();
        keeper.edit(QStringLiteral("5"), Kind::Reply, QString());
        keeper.flush();
        QVERIFY(!stored(QStringLiteral("5"), Kind::Reply));
    }
};

QTEST_GUILESS_MAIN(TestDraftKeeper)
#include "tst_draftkeeper.moc"
