#include "ui/search/searchfield.h"

#include "models/search/savedsearchesmodel.h"
#include "models/search/savedsearchroles.h"
#include "models/store/database.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using ui::SearchField;

class TestSearchField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void placeholderAndAccessibility();
    void typingIsDebounced();
    void enterCommits();
    void escapeClearsThenReturnsFocus();
    void errorsShowInTooltip();
    void completesValues_data();
    void completesValues();
    void insertsQuotedCompletion();
    void savesSearchUnderAName();
    void focusSearchSelectsText();

private:
    std::unique_ptr<QWidget> m_window;
    SearchField *m_field = nullptr;
    QStringListModel m_teammates{{QStringLiteral("Ann Lee"), QStringLiteral("Bob")}};
    QStringListModel m_teams{{QStringLiteral("Billing"), QStringLiteral("Tier 2")}};
    QStringListModel m_tags{{QStringLiteral("vip"), QStringLiteral("needs reply")}};
};

void TestSearchField::init()
{
    m_window = std::make_unique<QWidget>();
    m_field = new SearchField(m_window.get());
    m_field->setDebounce(30);
    m_field->setCompletionModels(&m_teammates, &m_teams, &m_tags);
    m_window->resize(500, 40);
    m_field->resize(480, 30);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_field->setFocus();
    QTRY_VERIFY(m_field->hasFocus());
}

void TestSearchField::cleanup()
{
    m_window.reset();
}

void TestSearchField::placeholderAndAccessibility()
{
    QCOMPARE(m_field->placeholderText(), QStringLiteral("Search conversations  (/)"));
    QVERIFY(!m_field->accessibleName().isEmpty());
    QVERIFY(m_field->toolTip().contains(QLatin1String("assignee:")));
    QVERIFY(m_field->isClearButtonEnabled());
    QVERIFY(!m_field->saveAction()->text().isEmpty());
    QVERIFY(!m_field->saveAction()->isEnabled()); // nothing to save yet
}

void TestSearchField::typingIsDebounced()
{
    QSignalSpy changed(m_field, &SearchField::queryChanged);
    QTest::keyClicks(m_field, QStringLiteral("is:open"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("is:open"));
    QVERIFY(m_field->saveAction()->isEnabled());
}

void TestSearchField::enterCommits()
{
    QSignalSpy committed(m_field, &SearchField::queryCommitted);
    QSignalSpy changed(m_field, &SearchField::queryChanged);
    QTest::keyClicks(m_field, QStringLiteral("refund"));
    QTest::keyClick(m_field, Qt::Key_Return);
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.at(0).at(0).toString(), QStringLiteral("refund"));
    QTest::qWait(80);
    QCOMPARE(changed.count(), 0); // the pending debounce was taken over by the commit
}

void TestSearchField::escapeClearsThenReturnsFocus()
{
    QSignalSpy changed(m_field, &SearchField::queryChanged);
    QSignalSpy back(m_field, &SearchField::returnFocusRequested);
    QTest::keyClicks(m_field, QStringLiteral("refund"));
    QTest::keyClick(m_field, Qt::Key_Escape);
    QVERIFY(m_field->text().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QString());
    QCOMPARE(back.count(), 1);
    QTest::keyClick(m_field, Qt::Key_Escape); // already empty: only the focus
    QCOMPARE(changed.count(), 1);
    QCOMPARE(back.count(), 2);
}

void TestSearchField::errorsShowInTooltip()
{
    m_field->setText(QStringLiteral("is:open tag:gold"));
    m_field->setErrors({{8, 8, QStringLiteral("No tag is called \"gold\".")}});
    QCOMPARE(m_field->errors().size(), 1);
    QCOMPARE(m_field->toolTip(), QStringLiteral("No tag is called \"gold\"."));
    QVERIFY(m_field->accessibleDescription().contains(QLatin1String("gold")));
    QVERIFY(!m_field->saveAction()->isEnabled());                  // an invalid search is not saved
    QCOMPARE(m_field->text(), QStringLiteral("is:open tag:gold")); // formats leave the text
    // Editing drops the stale underline until the next parse.
    QTest::keyClick(m_field, Qt::Key_Backspace);
    QVERIFY(m_field->errors().isEmpty());
    QVERIFY(m_field->toolTip().contains(QLatin1String("assignee:")));
}

void TestSearchField::completesValues_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("offered");
    QTest::newRow("assignee") << QStringLiteral("assignee:")
                              << QStringList{"me", "none", "Ann Lee", "Bob"};
    QTest::newRow("team") << QStringLiteral("is:open team:B")
                          << QStringList{"none", "Billing", "Tier 2"};
    QTest::newRow("tag") << QStringLiteral("tag:v") << QStringList{"vip", "needs reply"};
    QTest::newRow("negated-tag") << QStringLiteral("-tag:") << QStringList{"vip", "needs reply"};
    QTest::newRow("is") << QStringLiteral("is:")
                        << QStringList{"open", "closed", "snoozed", "unread", "read"};
    QTest::newRow("free-text") << QStringLiteral("refund") << QStringList{};
}

void TestSearchField::completesValues()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, offered);
    QTest::keyClicks(m_field, typed);
    QCOMPARE(m_field->completionValues(), offered);
    m_field->valueCompleter()->popup()->hide();
}

void TestSearchField::insertsQuotedCompletion()
{
    QSignalSpy changed(m_field, &SearchField::queryChanged);
    QTest::keyClicks(m_field, QStringLiteral("tag:need"));
    QCompleter *completer = m_field->valueCompleter();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(m_field->text(), QStringLiteral("tag:\"needs reply\" "));
    QCOMPARE(m_field->cursorPosition(), int(m_field->text().size()));
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.constLast().at(0).toString(), QStringLiteral("tag:\"needs reply\" "));
}

void TestSearchField::savesSearchUnderAName()
{
    QTemporaryDir dir;
    models::Database db;
    QVERIFY(!db.open(dir.filePath(QStringLiteral("store.sqlite"))));
    models::SavedSearchesModel saved(db);
    m_field->setSavedSearches(&saved);
    QString askedFor;
    m_field->setNamePrompt([&](QWidget *, const QString &query) {
        askedFor = query;
        return QStringLiteral("My VIPs");
    });
    QSignalSpy requested(m_field, &SearchField::saveRequested);
    m_field->setText(QStringLiteral("tag:vip assignee:me "));
    m_field->saveAction()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(askedFor, QStringLiteral("tag:vip assignee:me"));
    QCOMPARE(saved.rowCount(), 1);
    QCOMPARE(saved.index(0, 0).data().toString(), QStringLiteral("My VIPs"));
    QCOMPARE(saved.index(0, 0).data(models::SavedSearchQueryRole).toString(),
             QStringLiteral("tag:vip assignee:me"));
    // Cancelling the name adds nothing.
    m_field->setNamePrompt([](QWidget *, const QString &) { return QString(); });
    m_field->saveSearch();
    QCOMPARE(saved.rowCount(), 1);
}

void TestSearchField::focusSearchSelectsText()
{
    QLineEdit other(m_window.get());
    other.move(0, 35);
    other.show();
    other.setFocus();
    QTRY_VERIFY(other.hasFocus());
    m_field->setText(QStringLiteral("is:open"));
    m_field->focusSearch();
    QTRY_VERIFY(m_field->hasFocus());
    QCOMPARE(m_field->selectedText(), QStringLiteral("is:open"));
}

QTEST_MAIN(TestSearchField)
#include "tst_searchfield.moc"
