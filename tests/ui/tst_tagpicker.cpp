// The tag picker over a selection: check states for all / some / none, Enter toggles and
// stays open, "Create tag “…”" offered only without an exact match, created online (stored,
// listed, added, delivered to the sandbox) and refused offline without losing what was typed.

#include "actionsfixture.h"

#include "models/tagsmodel.h"
#include "ui/actions/pickerfiltermodel.h"
#include "ui/actions/tagpicker.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using ui::PickerKind;

class TestTagPicker : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    std::unique_ptr<models::TagsModel> tags;
    std::unique_ptr<ui::TagPicker> picker;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QStringList pair;
    QString allTag, someTag, noneTag; // ids
    QString someName, noneName;

    ui::PickerFilterModel *model() const { return picker->filterModel(); }
    PickerKind kindAt(int row) const
    {
        return PickerKind(model()->index(row, 0).data(ui::PickerKindRole).toInt());
    }
    QString currentId() const
    {
        return model()->index(picker->currentRow(), 0).data(models::ReferenceIdRole).toString();
    }
    Qt::CheckState shownState(const QString &tagId) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex index = model()->index(row, 0);
            if (index.data(models::ReferenceIdRole).toString() == tagId)
                return Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
        }
        return Qt::CheckState(-1);
    }
    void type(const QString &text)
    {
        picker->filterEdit()->clear();
        QTest::keyClicks(picker->filterEdit(), text);
    }
    QString nameOf(const QString &tagId)
    {
        for (const api::Tag &tag : models::ReferenceRepository(*f.db).tags()) {
            if (tag.id == tagId)
                return tag.name;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.startAll(40, 6));
        pair = f.conversationIds.mid(0, 2);
        // Start the pair with no tags, then: one tag on both, one on the first only.
        for (const QString &id : pair) {
            const QStringList had = f.local(id)->tagIds;
            for (const QString &tagId : had)
                QVERIFY(f.outbox->removeTag(id, tagId) > 0);
        }
        allTag = f.tagIdAt(0);
        someTag = f.tagIdAt(2);
        noneTag = f.tagIdAt(3);
        QCOMPARE(f.actions->addTag(pair, allTag).queued, 2);
        QCOMPARE(f.actions->addTag({pair[0]}, someTag).queued, 1);
        DRAIN(f);
        someName = nameOf(someTag);
        noneName = nameOf(noneTag);
        QVERIFY(!someName.isEmpty() && !noneName.isEmpty());

        tags = std::make_unique<models::TagsModel>(*f.db, &f.changes);
        picker = std::make_unique<ui::TagPicker>(tags.get());
        picker->setActions(f.actions.get());
        picker->setConversationIds(pair);
        tester = std::make_unique<QAbstractItemModelTester>(
            picker->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void init()
    {
        f.outbox->setOnline(true);
        picker->popup();
    }
    void cleanup() { picker->hide(); }

    void checkStatesSayAllSomeNone()
    {
        QCOMPARE(model()->rowCount(), tags->rowCount()); // no create row without text
        QCOMPARE(picker->checkState(allTag), Qt::Checked);
        QCOMPARE(picker->checkState(someTag), Qt::PartiallyChecked);
        QCOMPARE(picker->checkState(noneTag), Qt::Unchecked);
        QCOMPARE(shownState(allTag), Qt::Checked);
        QCOMPARE(shownState(someTag), Qt::PartiallyChecked);
        QCOMPARE(shownState(noneTag), Qt::Unchecked);
        // Checkable for assistive technology, but never edited through the model.
        const QModelIndex first = model()->index(0, 0);
        QVERIFY(model()->flags(first) & Qt::ItemIsUserCheckable);
        QVERIFY(!model()->setData(first, Qt::Checked, Qt::CheckStateRole));
    }

    void enterTogglesAndStaysOpen()
    {
        type(someName);
        QCOMPARE(currentId(), someTag);
        QSignalSpy toggled(picker.get(), &ui::TagPicker::tagToggled);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QCOMPARE(toggled.count(), 1);
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->filterEdit()->text(), someName);
        QCOMPARE(shownState(someTag), Qt::Checked); // some → all
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QCOMPARE(shownState(someTag), Qt::Unchecked); // all → none
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QCOMPARE(shownState(someTag), Qt::Checked);
        DRAIN(f);
        QVERIFY(f.serverHasTag(pair[0], someTag));
        QVERIFY(f.serverHasTag(pair[1], someTag));
    }

    void createRowOnlyWithoutExactMatch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("offered");
        QTest::addRow("create/new-name") << "Totally new tag" << true;
        QTest::addRow("create/exact") << "refund" << false;
        QTest::addRow("create/other-case") << "REFUND" << false;
        QTest::addRow("create/prefix-of-existing") << "refu" << true;
        QTest::addRow("create/blank") << "   " << false;
    }

    void createRowOnlyWithoutExactMatch()
    {
        QFETCH(QString, typed);
        QFETCH(bool, offered);
        type(typed);
        const int last = model()->rowCount() - 1;
        QCOMPARE(last >= 0 && kindAt(last) == PickerKind::CreateTag, offered);
        QCOMPARE(picker->pendingCreateName().isEmpty(), !offered);
        if (!offered)
            return;
        QCOMPARE(model()->index(last, 0).data().toString(),
                 QStringLiteral("Create tag “%1”").arg(typed.simplified()));
        // An existing match stays the first choice; the create row is the last.
        if (last > 0)
            QCOMPARE(kindAt(picker->currentRow()), PickerKind::Tag);
    }

    void createOfflineFailsAndKeepsTheText()
    {
        f.outbox->setOnline(false);
        QSignalSpy failed(f.actions.get(), &ui::ConversationActions::actionFailed);
        type(QStringLiteral("Offline idea"));
        QCOMPARE(kindAt(picker->currentRow()), PickerKind::CreateTag);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("offline")));
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->filterEdit()->text(), QStringLiteral("Offline idea"));
        QCOMPARE(picker->pendingCreateName(), QStringLiteral("Offline idea"));
    }

    void createOnlineListsChecksAndDelivers()
    {
        QSignalSpy created(f.actions.get(), &ui::ConversationActions::tagCreated);
        QSignalSpy chosen(picker.get(), &ui::TagPicker::createTagChosen);
        const int before = tags->rowCount();
        type(QStringLiteral("Waiting on engineering"));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Down); // already the only row
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QVERIFY(created.wait(10000));
        const QString tagId = created.first().first().toString();
        // Listed, checked for the whole selection, and no create row any more.
        QTRY_COMPARE(tags->rowCount(), before + 1);
        QTRY_COMPARE(shownState(tagId), Qt::Checked);
        QVERIFY(picker->pendingCreateName().isEmpty());
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(currentId(), tagId);
        DRAIN(f);
        QVERIFY(f.serverHasTag(pair[0], tagId));
        QVERIFY(f.serverHasTag(pair[1], tagId));
    }

    void escapeCloses()
    {
        QVERIFY(picker->isVisible());
        QTest::keyClick(picker->filterEdit(), Qt::Key_Escape);
        QVERIFY(!picker->isVisible());
    }
};

QTEST_MAIN(TestTagPicker)
#include "tst_tagpicker.moc"
