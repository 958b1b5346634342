#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <utility>

namespace models {

/// A list model that refreshes by comparing a freshly read list with the rows it holds and
/// emitting the fewest row signals: removals, moves, insertions (in runs) and dataChanged
/// for rows whose content differs. Views keep their selection and scroll position, which a
/// reset would lose. Subclasses own the rows and call applyRows(). GUI thread.
class DiffingListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

protected:
    /// Makes \a rows equal to \a fresh. \a keyOf(row) identifies a row (a QString unique in
    /// the list: later duplicates in \a fresh are dropped); \a same(a, b) says whether two
    /// rows with the same key show the same thing. Quadratic only in the number of rows that
    /// moved, so the usual refresh (a few appended or changed rows) is linear.
    template<typename T, typename KeyOf, typename Same>
    void applyRows(QList<T> &rows, QList<T> fresh, KeyOf keyOf, Same same)
    {
        QHash<QString, int> freshIndex;
        for (auto it = fresh.begin(); it != fresh.end();) {
            const QString key = keyOf(*it);
            if (freshIndex.contains(key)) {
                it = fresh.erase(it);
            } else {
                freshIndex.insert(key, int(freshIndex.size()));
                ++it;
            }
        }
        removeVanished(rows, freshIndex, keyOf);

        QSet<QString> heldKeys;
        for (const T &row : std::as_const(rows))
            heldKeys.insert(keyOf(row));
        QList<int> changed;
        // Invariant: rows[0, i) equal fresh[0, i); every held row is in fresh.
        for (int i = 0; i < fresh.size(); ++i) {
            const QString key = keyOf(fresh.at(i));
            if (!heldKeys.contains(key)) {
                int end = i + 1; // a run of new rows goes in with one insertion
                while (end < fresh.size() && !heldKeys.contains(keyOf(fresh.at(end))))
                    ++end;
                beginInsertRows({}, i, end - 1);
                for (int j = i; j < end; ++j)
                    rows.insert(j, fresh.at(j));
                endInsertRows();
                i = end - 1;
                continue;
            }
            if (keyOf(rows.at(i)) != key)
                bringToFront(rows, i, key, freshIndex, keyOf);
            if (!same(rows.at(i), fresh.at(i))) {
                rows[i] = fresh.at(i);
                changed.append(i);
            }
        }
        emitChangedRuns(changed);
    }

private:
    /// Moves rows so that the row keyed \a key is at \a i. When the row at \a i is the one
    /// out of place (it sorts later now, e.g. a rename), it moves down once, instead of every
    /// row after it moving up.
    template<typename T, typename KeyOf>
    void bringToFront(QList<T> &rows, int i, const QString &key,
                      const QHash<QString, int> &freshIndex, KeyOf keyOf)
    {
        const int target = freshIndex.value(keyOf(rows.at(i)));
        if (keyOf(rows.at(i + 1)) == key && target > i + 1) {
            int before = i + 1; // before the first row that sorts after the displaced one
            while (before < rows.size() && freshIndex.value(keyOf(rows.at(before))) < target)
                ++before;
            beginMoveRows({}, i, i, {}, before);
            rows.move(i, before - 1);
            endMoveRows();
            return;
        }
        int from = i + 1;
        while (keyOf(rows.at(from)) != key)
            ++from;
        beginMoveRows({}, from, from, {}, i);
        rows.move(from, i);
        endMoveRows();
    }

    template<typename T, typename KeyOf>
    void removeVanished(QList<T> &rows, const QHash<QString, int> &keep, KeyOf keyOf)
    {
        // From the end, one removal per run, so the indexes still to visit stay valid.
        for (int last = int(rows.size()) - 1; last >= 0; --last) {
            if (keep.contains(keyOf(rows.at(last))))
                continue;
            int first = last;
            while (first > 0 && !keep.contains(keyOf(rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, last);
            rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first;
        }
    }

    /// One dataChanged per run of adjacent changed rows (\a rows ascending).
    void emitChangedRuns(const QList<int> &rows)
    {
        for (int i = 0; i < rows.size();) {
            int j = i;
            while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
                ++j;
            Q_EMIT dataChanged(index(rows.at(i)), index(rows.at(j)));
            i = j + 1;
        }
    }
};

} // namespace models
