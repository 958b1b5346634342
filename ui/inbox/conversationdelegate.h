#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

#include <functional>
#include <memory>

namespace ui {

/// Paints one conversation in three lines of fixed height (so a list of 100,000 rows lays
/// out in constant time per row: QListView::setUniformItemSizes):
///  1. unread dot, initials avatar, contact name (bold when unread), pending/stale marks and
///     the relative time right-aligned;
///  2. the title, or the first message as plain text, elided to one line;
///  3. priority, "waiting 2h", the assignee, and the tags as small pills ("+2" for those
///     that do not fit).
/// Reads only the roles of models/conversationroles.h. Every color comes from the palette
/// (the avatar's hue from the contact, its lightness from the palette), so light and dark
/// themes both work; everything is drawn as text and vector shapes, crisp at any scale.
/// GUI thread.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);
    ~ConversationDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The clock relative times are measured against (tests); the system clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// "now", "5m", "3h", "2d", or a date: short enough for a list column.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    /// "5m", "3h", "2d", "6w": a duration in its largest whole unit, short.
    static QString shortDuration(qint64 seconds);
    /// The text of the third line's waiting mark: "waiting 2h"; empty when nobody waits.
    static QString waitingText(const QDateTime &since, const QDateTime &now);
    /// The tags that fit in \a width at \a metrics, the rest counted in a last "+N" pill.
    static QStringList fittingTags(const QStringList &tags, const QFontMetrics &metrics, int width);
    /// The width of the pill showing \a text.
    static int pillWidth(const QString &text, const QFontMetrics &metrics);
    /// \a text elided on the right to \a width, like QFontMetrics::elidedText(), which shapes
    /// the whole string first: a 200-character snippet for a line that holds 50 is four times
    /// the work of every row's paint. A text far longer than any line could hold is cut before
    /// that (at twice as many characters as the narrowest letters would fill) and marked
    /// with "…" itself, so the row reads the same.
    static QString elided(const QString &text, const QFontMetrics &metrics, int width);

private:
    struct RowLayout;

    QDateTime now() const;
    const RowLayout &rowLayout(const QFont &font) const;

    std::function<QDateTime()> m_clock;
    mutable std::unique_ptr<RowLayout> m_layout; ///< for the last font painted with
};

} // namespace ui
