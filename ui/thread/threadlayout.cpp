#include "threadlayout.h"

#include <algorithm>

namespace ui {

void ThreadLayout::reset(const QList<int> &estimates)
{
    m_heights = estimates;
    m_measured = QList<bool>(estimates.size(), false);
    m_topsValid = false;
}

void ThreadLayout::insert(int row, const QList<int> &estimates)
{
    for (qsizetype i = 0; i < estimates.size(); ++i) {
        m_heights.insert(row + i, estimates.at(i));
        m_measured.insert(row + i, false);
    }
    m_topsValid = false;
}

void ThreadLayout::remove(int row, int count)
{
    m_heights.remove(row, count);
    m_measured.remove(row, count);
    m_topsValid = false;
}

void ThreadLayout::setMeasured(int row, int height)
{
    m_measured[row] = true;
    if (m_heights.at(row) != height) {
        m_heights[row] = height;
        m_topsValid = false;
    }
}

void ThreadLayout::invalidate(int row)
{
    m_measured[row] = false;
}

void ThreadLayout::invalidateAll(int oldWidth, int newWidth)
{
    if (oldWidth > 0 && newWidth > 0 && oldWidth != newWidth) {
        // Text reflows roughly in inverse proportion to the width; good enough for an estimate.
        const double scale = double(oldWidth) / double(newWidth);
        for (int &height : m_heights)
            height = std::max(1, int(height * scale));
        m_topsValid = false;
    }
    std::fill(m_measured.begin(), m_measured.end(), false);
}

void ThreadLayout::ensureTops() const
{
    if (m_topsValid)
        return;
    m_tops.resize(m_heights.size() + 1);
    int y = 0;
    for (qsizetype i = 0; i < m_heights.size(); ++i) {
        m_tops[i] = y;
        y += m_heights.at(i);
    }
    m_tops[m_heights.size()] = y;
    m_topsValid = true;
}

int ThreadLayout::top(int row) const
{
    ensureTops();
    return m_tops.at(row);
}

int ThreadLayout::rowAt(int y) const
{
    if (m_heights.isEmpty())
        return -1;
    ensureTops();
    // The last top that is <= y.
    const auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend() - 1, y);
    const int row = int(it - m_tops.cbegin()) - 1;
    return std::clamp(row, 0, count() - 1);
}

} // namespace ui
