// The assignee picker, driven by the keyboard as an agent would: type-ahead (case- and
// accent-insensitive), Up/Down skipping section headers, Enter assigns (delivered to the
// sandbox), Escape closes and gives focus back. The filter model runs under
// QAbstractItemModelTester throughout.

#include "actionsfixture.h"

#include "models/teammatesmodel.h"
#include "models/teamsmodel.h"
#include "ui/actions/assigneepicker.h"
#include "ui/actions/pickerfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using ui::PickerKind;
using ServerState = sandbox::ConversationState;

namespace {

constexpr int AliceIndex = 3;
constexpr int AlvaroIndex = 4;
constexpr int AwayIndex = 5;
constexpr int BillingIndex = 1;

} // namespace

class TestAssigneePicker : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    std::unique_ptr<models::TeammatesModel> teammates;
    std::unique_ptr<models::TeamsModel> teams;
    std::unique_ptr<QWidget> window;
    QLineEdit *anchor = nullptr;
    ui::AssigneePicker *picker = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;

    ui::PickerFilterModel *model() const { return picker->filterModel(); }
    PickerKind kindAt(int row) const
    {
        return PickerKind(model()->index(row, 0).data(ui::PickerKindRole).toInt());
    }
    QString textAt(int row) const { return model()->index(row, 0).data().toString(); }
    QString currentText() const { return textAt(picker->currentRow()); }
    void type(const QString &text)
    {
        picker->filterEdit()->clear();
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::keyClick(picker->filterEdit(), char(c.unicode()));
            } else { // QTest's key clicks take ASCII only
                QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
                QApplication::sendEvent(picker->filterEdit(), &press);
            }
        }
    }
    void openPicker()
    {
        // The offscreen platform activates a window when it is shown, and never hands the
        // activation back from a closed popup: show the window again when it lost it.
        if (QApplication::activeWindow() != window.get()) {
            window->hide();
            window->show();
            QTRY_COMPARE(QApplication::activeWindow(), window.get());
        }
        anchor->setFocus();
        picker->popup(anchor);
        QVERIFY(picker->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.startAll(40, 6, [](sandbox::Workspace &ws) {
            ws.admins[AliceIndex].name = QStringLiteral("Alice Martin");
            ws.admins[AlvaroIndex].name = QStringLiteral("Álvaro Núñez");
            ws.admins[AwayIndex].awayModeEnabled = true;
            ws.teams[BillingIndex].name = QStringLiteral("Billing Escalations");
        }));
        teammates = std::make_unique<models::TeammatesModel>(*f.db, &f.changes);
        teams = std::make_unique<models::TeamsModel>(*f.db, &f.changes);
        window = std::make_unique<QWidget>();
        anchor = new QLineEdit(window.get());
        anchor->setObjectName(QStringLiteral("anchor"));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        picker = new ui::AssigneePicker(teammates.get(), teams.get(), window.get());
        picker->setActions(f.actions.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            picker->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() { picker->hide(); }

    void sectionsListCommandsTeammatesAndTeams()
    {
        openPicker();
        const int admins = int(f.workspace().admins.size());
        const int teamCount = int(f.workspace().teams.size());
        QCOMPARE(model()->rowCount(), 2 + 1 + admins + 1 + teamCount);
        QCOMPARE(kindAt(0), PickerKind::Me);
        QCOMPARE(textAt(0), QStringLiteral("Assign to me"));
        QCOMPARE(kindAt(1), PickerKind::Unassign);
        QCOMPARE(kindAt(2), PickerKind::Header);
        QCOMPARE(textAt(2), QStringLiteral("Teammates"));
        QCOMPARE(kindAt(3), PickerKind::Admin);
        QCOMPARE(kindAt(3 + admins), PickerKind::Header);
        QCOMPARE(textAt(3 + admins), QStringLiteral("Teams"));
        QCOMPARE(kindAt(4 + admins), PickerKind::Team);
        QVERIFY(!model()->isSelectable(2));
        // The keyboard starts on the first command.
        QCOMPARE(picker->currentRow(), 0);
        QVERIFY(picker->filterEdit()->hasFocus());
        // A teammate in away mode says so.
        bool sawAway = false;
        for (int row = 0; row < model()->rowCount(); ++row)
            sawAway
                |= textAt(row) == f.workspace().admins[AwayIndex].name + QStringLiteral(" (away)");
        QVERIFY(sawAway);
        QVERIFY(!picker->accessibleName().isEmpty());
        QVERIFY(!picker->filterEdit()->accessibleName().isEmpty());
        QVERIFY(!picker->listView()->accessibleName().isEmpty());
    }

    void upAndDownSkipHeaders()
    {
        openPicker();
        QCOMPARE(picker->currentRow(), 0);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Up); // already at the top
        QCOMPARE(picker->currentRow(), 0);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
        QCOMPARE(picker->currentRow(), 1);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
        QCOMPARE(picker->currentRow(), 3); // over the "Teammates" header
        QTest::keyClick(picker->filterEdit(), Qt::Key_Up);
        QCOMPARE(picker->currentRow(), 1);
        QTest::keyClick(picker->filterEdit(), Qt::Key_PageDown);
        QCOMPARE(kindAt(picker->currentRow()), PickerKind::Admin);
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(picker->filterEdit(), Qt::Key_PageDown);
        QCOMPARE(picker->currentRow(), model()->rowCount() - 1); // the last team
    }

    void typeAheadIgnoresCaseAndAccents_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("current");
        QTest::addRow("filter/prefix") << "ali"
                                       << "Alice Martin";
        QTest::addRow("filter/upper-case") << "ALICE"
                                           << "Alice Martin";
        QTest::addRow("filter/accent-typed-plain") << "alv"
                                                   << "Álvaro Núñez";
        QTest::addRow("filter/accent-inside") << "nunez"
                                              << "Álvaro Núñez";
        QTest::addRow("filter/accent-typed") << "Núñ"
                                             << "Álvaro Núñez";
        QTest::addRow("filter/team") << "billing"
                                     << "Billing Escalations";
    }

    void typeAheadIgnoresCaseAndAccents()
    {
        QFETCH(QString, typed);
        QFETCH(QString, current);
        openPicker();
        type(typed);
        QCOMPARE(currentText(), current);
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (kindAt(row) != PickerKind::Header)
                QVERIFY2(ui::PickerFilterModel::fold(textAt(row))
                                 .contains(ui::PickerFilterModel::fold(typed))
                             || model()
                                    ->index(row, 0)
                                    .data(models::AdminEmailRole)
                                    .toString()
                                    .contains(typed, Qt::CaseInsensitive),
                         qPrintable(textAt(row)));
        }
    }

    void headersFollowTheirSections()
    {
        openPicker();
        type(QStringLiteral("billing"));
        // Only the team matches: no "Teammates" header, a "Teams" header above it.
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(kindAt(0), PickerKind::Header);
        QCOMPARE(textAt(0), QStringLiteral("Teams"));
        QCOMPARE(picker->currentRow(), 1);
        type(QStringLiteral("zzqx"));
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(picker->currentRow(), -1);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return); // nothing to choose
        QVERIFY(picker->isVisible());
    }

    void typeAliAndEnterAssignsToAlice()
    {
        const QString alice = f.adminIdAt(AliceIndex);
        QVERIFY(alice != f.adminId);
        QStringList ids; // two that are not Alice's yet
        for (const QString &id : std::as_const(f.conversationIds)) {
            if (ids.size() < 2 && f.local(id)->adminAssigneeId != alice)
                ids << id;
        }
        QCOMPARE(ids.size(), 2);
        picker->setConversationIds(ids);
        QSignalSpy chosen(picker, &ui::AssigneePicker::adminChosen);
        QSignalSpy queued(f.actions.get(), &ui::ConversationActions::actionQueued);
        openPicker();
        QTest::keyClicks(picker->filterEdit(), QStringLiteral("ali"));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), alice);
        QVERIFY(!picker->isVisible());
        QCOMPARE(queued.count(), 1);
        QVERIFY2(queued.first().first().toString().contains(QStringLiteral("Alice Martin")),
                 qPrintable(queued.first().first().toString()));
        for (const QString &id : ids)
            QCOMPARE(f.local(id)->adminAssigneeId, alice);
        DRAIN(f);
        for (const QString &id : ids)
            QCOMPARE(QString::number(f.serverConversation(id).adminAssigneeId), alice);
    }

    void enterOnCommandsAndTeams()
    {
        const QStringList ids = f.conversationIds.mid(2, 2);
        picker->setConversationIds(ids);
        QSignalSpy me(picker, &ui::AssigneePicker::assignToMeChosen);
        QSignalSpy unassign(picker, &ui::AssigneePicker::unassignChosen);
        QSignalSpy team(picker, &ui::AssigneePicker::teamChosen);

        openPicker();
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return); // "Assign to me"
        QCOMPARE(me.count(), 1);
        DRAIN(f);
        for (const QString &id : ids)
            QCOMPARE(QString::number(f.serverConversation(id).adminAssigneeId), f.adminId);

        openPicker();
        QTest::keyClicks(picker->filterEdit(), QStringLiteral("billing esc"));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Enter);
        QCOMPARE(team.count(), 1);
        QCOMPARE(team.first().first().toString(), f.teamIdAt(BillingIndex));

        openPicker();
        QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return); // "Unassign"
        QCOMPARE(unassign.count(), 1);
        DRAIN(f);
        for (const QString &id : ids) {
            QCOMPARE(f.serverConversation(id).adminAssigneeId, qint64(0));
            QCOMPARE(QString::number(f.serverConversation(id).teamAssigneeId),
                     f.teamIdAt(BillingIndex));
        }
    }

    void escapeClosesAndReturnsFocus()
    {
        picker->setConversationIds({});
        QSignalSpy chosen(picker, &ui::AssigneePicker::adminChosen);
        // No event-loop turn while the popup is open (see openPicker()).
        openPicker();
        QVERIFY(picker->filterEdit()->hasFocus());
        QTest::keyClicks(picker->filterEdit(), QStringLiteral("ali"));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Escape);
        QVERIFY(!picker->isVisible());
        QCOMPARE(chosen.count(), 0);
        QVERIFY(anchor->hasFocus());
        // A choice gives focus back too.
        openPicker();
        QVERIFY(picker->filterEdit()->hasFocus());
        QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return); // "Unassign" of nothing
        QVERIFY(!picker->isVisible());
        QVERIFY(anchor->hasFocus());
        // Opening again starts from an empty filter.
        openPicker();
        QVERIFY(picker->filterEdit()->text().isEmpty());
        QCOMPARE(picker->currentRow(), 0);
    }

    void clickChoosesToo()
    {
        QSignalSpy chosen(picker, &ui::AssigneePicker::teamChosen);
        picker->setConversationIds({});
        openPicker();
        type(QStringLiteral("billing"));
        QListView *list = picker->listView();
        const QRect rect = list->visualRect(model()->index(1, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(chosen.count(), 1);
        // A header is not a choice.
        openPicker();
        type(QStringLiteral("billing"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(model()->index(0, 0)).center());
        QCOMPARE(chosen.count(), 1);
        QVERIFY(picker->isVisible());
    }

    void listChangesWhileOpenKeepARow()
    {
        openPicker();
        type(QStringLiteral("ali"));
        QCOMPARE(currentText(), QStringLiteral("Alice Martin"));
        // The sync renames teammates while the picker is open.
        QList<api::Admin> admins = models::ReferenceRepository(*f.db).admins();
        for (api::Admin &admin : admins) {
            if (admin.name == QStringLiteral("Alice Martin"))
                admin.name = QStringLiteral("Alicia Martin");
        }
        api::Admin extra;
        extra.id = QStringLiteral("99999");
        extra.name = QStringLiteral("Alina New");
        admins.append(extra);
        QVERIFY(models::ReferenceRepository(*f.db).replaceAdmins(admins));
        f.changes.notifyReferenceDataChanged();
        QTRY_COMPARE(teammates->rowCount(), int(admins.size()));
        QVERIFY(model()->isSelectable(picker->currentRow()));
        QStringList shown;
        for (int row = 0; row < model()->rowCount(); ++row)
            shown << textAt(row);
        QVERIFY2(shown.contains(QStringLiteral("Alina New")), qPrintable(shown.join(u',')));
        QVERIFY(shown.contains(QStringLiteral("Alicia Martin")));
        QCOMPARE(shown.first(), QStringLiteral("Teammates"));
    }
};

QTEST_MAIN(TestAssigneePicker)
#include "tst_assigneepicker.moc"
