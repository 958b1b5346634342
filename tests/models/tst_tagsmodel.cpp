#include "models/referenceroles.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"
#include "models/tagsmodel.h"

#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using models::TagsModel;

/// Tags in the user's collation order, refreshed with row signals for what changed.
class TestTagsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sortedForTheLocale();
    void refreshSignalsOnlyTheDifference();
    void rolesOfOtherListsAreInvalid();

private:
    QStringList names() const;
    void storeTags(const QList<api::Tag> &tags);

    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<models::StoreChanges> m_changes;
    std::unique_ptr<TagsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTagsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTagsModel::init()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_changes = std::make_unique<models::StoreChanges>();
    QVERIFY(models::ReferenceRepository(m_store->db())
                .replaceTags({storetest::tag(QStringLiteral("1"), QStringLiteral("zeta")),
                              storetest::tag(QStringLiteral("2"), QStringLiteral("Beta 10")),
                              storetest::tag(QStringLiteral("3"), QStringLiteral("émigré")),
                              storetest::tag(QStringLiteral("4"), QStringLiteral("Alpha")),
                              storetest::tag(QStringLiteral("5"), QStringLiteral("beta 9")),
                              storetest::tag(QStringLiteral("6"), QStringLiteral("Emma"))}));
    m_model = std::make_unique<TagsModel>(m_store->db(), m_changes.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTagsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_changes.reset();
    m_store.reset();
}

QStringList TestTagsModel::names() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->index(row).data().toString();
    return result;
}

void TestTagsModel::storeTags(const QList<api::Tag> &tags)
{
    QVERIFY(models::ReferenceRepository(m_store->db()).replaceTags(tags));
    m_changes->notifyReferenceDataChanged();
}

void TestTagsModel::sortedForTheLocale()
{
    // Case and accents don't split the alphabet; numbers sort by value.
    QCOMPARE(names(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta 9"),
                                   QStringLiteral("Beta 10"), QStringLiteral("émigré"),
                                   QStringLiteral("Emma"), QStringLiteral("zeta")}));
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(models::ReferenceIdRole).toString(), QStringLiteral("4"));
    QCOMPARE(first.data(models::ReferenceNameRole).toString(), QStringLiteral("Alpha"));
    QCOMPARE(m_model->rowOf(QStringLiteral("1")), 5);
    QCOMPARE(m_model->rowOf(QStringLiteral("missing")), -1);
}

void TestTagsModel::refreshSignalsOnlyTheDifference()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // Nothing changed: nothing signalled.
    m_changes->notifyReferenceDataChanged();
    QCOMPARE(inserted.count() + removed.count() + moved.count() + changed.count(), 0);

    // "zeta" removed, "Delta" added, "Alpha" renamed in place, "Emma" renamed to the top.
    storeTags({storetest::tag(QStringLiteral("2"), QStringLiteral("Beta 10")),
               storetest::tag(QStringLiteral("3"), QStringLiteral("émigré")),
               storetest::tag(QStringLiteral("4"), QStringLiteral("Alphabet")),
               storetest::tag(QStringLiteral("5"), QStringLiteral("beta 9")),
               storetest::tag(QStringLiteral("6"), QStringLiteral("Aaron")),
               storetest::tag(QStringLiteral("7"), QStringLiteral("Delta"))});
    QCOMPARE(names(), (QStringList{QStringLiteral("Aaron"), QStringLiteral("Alphabet"),
                                   QStringLiteral("beta 9"), QStringLiteral("Beta 10"),
                                   QStringLiteral("Delta"), QStringLiteral("émigré")}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1); // Aaron and Alphabet: adjacent rows, one signal
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
}

void TestTagsModel::rolesOfOtherListsAreInvalid()
{
    const QModelIndex first = m_model->index(0);
    QVERIFY(!first.data(models::AdminEmailRole).isValid());
    QVERIFY(!first.data(models::TeamMemberCountRole).isValid());
    QVERIFY(!m_model->roleNames().contains(models::AdminEmailRole));
    QCOMPARE(m_model->roleNames().value(models::ReferenceNameRole), QByteArray("name"));
}

QTEST_GUILESS_MAIN(TestTagsModel)
#include "tst_tagsmodel.moc"
