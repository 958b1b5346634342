#include "models/diffinglistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>

namespace {

/// Rows "key=value": the key identifies a row, the value is its content.
class StringRows final : public models::DiffingListModel
{
public:
    explicit StringRows(const QStringList &rows) { m_rows = rows; }
    void apply(const QStringList &fresh)
    {
        applyRows(
            m_rows, fresh, [](const QString &row) { return row.section(QLatin1Char('='), 0, 0); },
            std::equal_to<QString>());
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return m_rows.at(index.row());
    }
    QStringList rows() const { return m_rows; }

private:
    QStringList m_rows;
};

QStringList split(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

/// The row diff behind every live model: any old list becomes any new list, with few signals.
class TestDiffingListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
};

void TestDiffingListModel::apply_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected"); // when it differs from after (duplicates dropped)
    QTest::addColumn<int>("inserts");
    QTest::addColumn<int>("removes");
    QTest::addColumn<int>("moves");
    QTest::addColumn<int>("changes");

    QTest::newRow("diff/same") << "a b c"
                               << "a b c"
                               << "" << 0 << 0 << 0 << 0;
    QTest::newRow("diff/empty-to-rows") << ""
                                        << "a b c"
                                        << "" << 1 << 0 << 0 << 0;
    QTest::newRow("diff/rows-to-empty") << "a b c"
                                        << ""
                                        << "" << 0 << 1 << 0 << 0;
    QTest::newRow("diff/append-run") << "a b"
                                     << "a b c d"
                                     << "" << 1 << 0 << 0 << 0;
    QTest::newRow("diff/insert-two-places") << "a c e"
                                            << "a b c d e"
                                            << "" << 2 << 0 << 0 << 0;
    QTest::newRow("diff/remove-two-runs") << "a b c d e"
                                          << "a c"
                                          << "" << 0 << 2 << 0 << 0;
    QTest::newRow("diff/change-adjacent") << "a b c"
                                          << "a=1 b=2 c"
                                          << "" << 0 << 0 << 0 << 1;
    QTest::newRow("diff/change-apart") << "a b c"
                                       << "a=1 b c=2"
                                       << "" << 0 << 0 << 0 << 2;
    QTest::newRow("diff/move-up") << "a b c d"
                                  << "d a b c"
                                  << "" << 0 << 0 << 1 << 0;
    QTest::newRow("diff/move-down") << "a b c d"
                                    << "b c d a"
                                    << "" << 0 << 0 << 1 << 0;
    QTest::newRow("diff/move-and-change") << "a b c"
                                          << "b c a=1"
                                          << "" << 0 << 0 << 1 << 1;
    QTest::newRow("diff/swap") << "a b"
                               << "b a"
                               << "" << 0 << 0 << 1 << 0;
    QTest::newRow("diff/reverse") << "a b c d"
                                  << "d c b a"
                                  << "" << 0 << 0 << 3 << 0;
    QTest::newRow("diff/mixed") << "a b c d e"
                                << "x e=1 a c y"
                                << "" << 2 << 2 << 1 << 1;
    QTest::newRow("diff/duplicates") << "a"
                                     << "b a b=1"
                                     << "b a" << 1 << 0 << 0 << 0;
}

void TestDiffingListModel::apply()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QFETCH(int, inserts);
    QFETCH(int, removes);
    QFETCH(int, moves);
    QFETCH(int, changes);

    StringRows model(split(before));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.apply(split(after));
    QCOMPARE(model.rows(), split(expected.isEmpty() ? after : expected));
    QCOMPARE(inserted.count(), inserts);
    QCOMPARE(removed.count(), removes);
    QCOMPARE(moved.count(), moves);
    QCOMPARE(changed.count(), changes);
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestDiffingListModel)
#include "tst_diffinglistmodel.moc"
