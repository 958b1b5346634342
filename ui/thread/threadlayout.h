#pragma once

#include <QList>

namespace ui {

/// The vertical bookkeeping of a thread: one height per part, either measured (laid out at
/// the current width) or estimated (not laid out yet), and the running tops. Only the parts
/// that come into view are ever measured, so opening a long thread costs what one screen
/// costs; estimates are corrected as parts are measured. Plain value; no Qt objects.
class ThreadLayout
{
public:
    void reset(const QList<int> &estimates);
    void insert(int row, const QList<int> &estimates);
    void remove(int row, int count);

    int count() const { return int(m_heights.size()); }
    int height(int row) const { return m_heights.at(row); }
    bool isMeasured(int row) const { return m_measured.at(row); }
    void setMeasured(int row, int height);
    /// Back to an estimate (the part changed); keeps the old height as the estimate.
    void invalidate(int row);
    /// The width changed: every height becomes an estimate, scaled for the new width.
    void invalidateAll(int oldWidth, int newWidth);

    /// Sum of the heights above \a row (row == count(): the total height).
    int top(int row) const;
    int totalHeight() const { return top(count()); }
    /// The row that contains \a y (clamped to the first and last rows); -1 when empty.
    int rowAt(int y) const;

private:
    void ensureTops() const;

    QList<int> m_heights;
    QList<bool> m_measured;
    mutable QList<int> m_tops; ///< count() + 1 entries when valid
    mutable bool m_topsValid = false;
};

} // namespace ui
