#include "threadscrollarea.h"

#include "partbodybrowser.h"
#include "remoteimageloader.h"
#include "threadpart.h"
#include "threadpartwidget.h"
#include "ui/html/htmlsanitizer.h"

#include "models/threadmodel.h"
#include "models/threadroles.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QToolButton>

#include <algorithm>

namespace ui {

namespace {

constexpr int MaxWidgets = 80;     ///< materialized parts kept (shown or recycled)
constexpr int SanitizeBatch = 16;  ///< bodies sanitized per background step
constexpr int EstimateWidth = 480; ///< before the view has a width

bool isKeyboardFocusChange()
{
    return QGuiApplication::mouseButtons() == Qt::NoButton;
}

} // namespace

ThreadScrollArea::ThreadScrollArea(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("threadScrollArea"));
    setAccessibleName(tr("Conversation thread"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalScrollBar()->setAccessibleName(tr("Scroll the conversation"));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);

    m_placeholder = new QLabel(viewport());
    m_placeholder->setObjectName(QStringLiteral("threadPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Select a conversation"));

    m_newMessagePill = new QToolButton(this);
    m_newMessagePill->setObjectName(QStringLiteral("threadNewMessagePill"));
    m_newMessagePill->setText(tr("New message ↓"));
    m_newMessagePill->setAccessibleName(tr("New message: jump to the newest part"));
    m_newMessagePill->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newMessagePill->hide();
    connect(m_newMessagePill, &QToolButton::clicked, this, &ThreadScrollArea::scrollToBottom);

    m_sanitizeTimer.setInterval(0);
    connect(&m_sanitizeTimer, &QTimer::timeout, this, &ThreadScrollArea::sanitizeSome);
    // Images arrive in bursts: re-render once per burst.
    m_imageRefreshTimer.setSingleShot(true);
    m_imageRefreshTimer.setInterval(30);
    connect(&m_imageRefreshTimer, &QTimer::timeout, this, &ThreadScrollArea::onImageReady);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { ensureFocusVisible(now); });
}

ThreadScrollArea::~ThreadScrollArea() = default;

void ThreadScrollArea::setModel(models::ThreadModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ThreadScrollArea::resetFromModel);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ThreadScrollArea::resetFromModel);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ThreadScrollArea::onRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ThreadScrollArea::onRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &ThreadScrollArea::onDataChanged);
    }
    resetFromModel();
}

void ThreadScrollArea::setImageLoader(RemoteImageLoader *loader)
{
    if (m_loader)
        m_loader->disconnect(this);
    m_loader = loader;
    if (loader) {
        connect(loader, &RemoteImageLoader::imageReady, &m_imageRefreshTimer,
                qOverload<>(&QTimer::start));
    }
}

bool ThreadScrollArea::remoteImagesAllowed() const
{
    return m_model && !m_model->conversationId().isEmpty()
           && m_imagesAllowedFor.contains(m_model->conversationId());
}

void ThreadScrollArea::allowRemoteImages()
{
    if (!m_model || m_model->conversationId().isEmpty() || remoteImagesAllowed())
        return;
    m_imagesAllowedFor.insert(m_model->conversationId());
    // Every body is sanitized again with images kept; the ones on screen at once.
    for (Entry &entry : m_entries) {
        unsanitize(entry);
        dropWidget(entry);
    }
    for (int row = 0; row < m_layout.count(); ++row)
        m_layout.invalidate(row);
    m_sanitizeCursor = 0;
    relayout();
    m_sanitizeTimer.start();
    Q_EMIT blockedImagesChanged(m_blockedImages);
}

void ThreadScrollArea::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
}

QString ThreadScrollArea::placeholderText() const
{
    return m_placeholder->text();
}

ThreadPartWidget *ThreadScrollArea::partWidget(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).widget : nullptr;
}

QList<int> ThreadScrollArea::visibleRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_entries.size(); ++row) {
        const ThreadPartWidget *widget = m_entries.at(row).widget;
        if (widget && m_shown.contains(widget))
            rows.append(row);
    }
    return rows;
}

// --- model --------------------------------------------------------------------------------

void ThreadScrollArea::resetFromModel()
{
    for (Entry &entry : m_entries)
        dropWidget(entry);
    m_shown.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_entries = QList<Entry>(rows);
    m_blockedImages = 0;
    m_sanitizeCursor = 0;
    m_now = QDateTime::currentDateTimeUtc();
    QList<int> estimates;
    estimates.reserve(rows);
    for (int row = 0; row < rows; ++row)
        estimates.append(estimateHeight(row));
    m_layout.reset(estimates);
    m_anchorRow = 0;
    m_anchorOffset = 0;
    m_newMessagePill->hide();
    setAtBottom(true);
    relayout();
    if (rows > 0)
        m_sanitizeTimer.start();
    else
        m_sanitizeTimer.stop();
    Q_EMIT blockedImagesChanged(m_blockedImages);
}

void ThreadScrollArea::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const bool appended = last == m_model->rowCount() - 1;
    for (int i = 0; i < count; ++i)
        m_entries.insert(first + i, Entry());
    QList<int> estimates;
    for (int row = first; row <= last; ++row)
        estimates.append(estimateHeight(row));
    m_layout.insert(first, estimates);
    m_now = QDateTime::currentDateTimeUtc();
    if (!m_atBottom && first <= m_anchorRow && m_layout.count() > count)
        m_anchorRow += count;
    if (!m_atBottom && appended)
        m_newMessagePill->show();
    relayout();
    placeOverlays();
    m_sanitizeCursor = qMin(m_sanitizeCursor, first);
    m_sanitizeTimer.start();
}

void ThreadScrollArea::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int row = first; row <= last; ++row) {
        Entry &entry = m_entries[row];
        unsanitize(entry);
        m_shown.removeOne(entry.widget);
        dropWidget(entry);
    }
    m_entries.remove(first, count);
    m_layout.remove(first, count);
    if (m_anchorRow > last) {
        m_anchorRow -= count;
    } else if (m_anchorRow >= first) {
        m_anchorRow = first;
        m_anchorOffset = 0;
    }
    m_sanitizeCursor = qMin(m_sanitizeCursor, first);
    relayout();
    Q_EMIT blockedImagesChanged(m_blockedImages);
}

void ThreadScrollArea::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    // The thread-wide state roles change on every row at once; they are the ThreadView's.
    const bool stateOnly = !roles.isEmpty() && std::all_of(roles.cbegin(), roles.cend(), [](int r) {
        return r == models::ThreadIsLoadingRole || r == models::ThreadIsStaleRole;
    });
    if (stateOnly)
        return;
    m_now = QDateTime::currentDateTimeUtc();
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        unsanitize(entry);
        m_shown.removeOne(entry.widget);
        dropWidget(entry);
        m_layout.invalidate(row);
    }
    m_sanitizeCursor = qMin(m_sanitizeCursor, topLeft.row());
    relayout();
    m_sanitizeTimer.start();
    Q_EMIT blockedImagesChanged(m_blockedImages);
}

// --- sanitizing and widgets ----------------------------------------------------------------

void ThreadScrollArea::sanitize(int row)
{
    Entry &entry = m_entries[row];
    if (entry.sanitized)
        return;
    entry.sanitized = true;
    const QModelIndex index = m_model->index(row);
    if (index.data(models::PartKindRole).toString() == QLatin1String("event"))
        return;
    SanitizeOptions options;
    options.allowRemoteImages = remoteImagesAllowed();
    SanitizedHtml result
        = HtmlSanitizer::sanitize(index.data(models::BodyHtmlRole).toString(), options);
    entry.html = std::move(result.html);
    entry.blockedImages = result.blockedImages;
    m_blockedImages += entry.blockedImages;
}

void ThreadScrollArea::unsanitize(Entry &entry)
{
    m_blockedImages -= entry.blockedImages;
    entry.blockedImages = 0;
    entry.html.clear();
    entry.sanitized = false;
}

void ThreadScrollArea::sanitizeSome()
{
    const int before = m_blockedImages;
    int done = 0;
    while (m_sanitizeCursor < m_entries.size() && done < SanitizeBatch) {
        if (!m_entries.at(m_sanitizeCursor).sanitized) {
            sanitize(m_sanitizeCursor);
            ++done;
        }
        ++m_sanitizeCursor;
    }
    if (m_sanitizeCursor >= m_entries.size())
        m_sanitizeTimer.stop();
    if (m_blockedImages != before)
        Q_EMIT blockedImagesChanged(m_blockedImages);
}

ThreadPartWidget *ThreadScrollArea::ensureWidget(int row)
{
    Entry &entry = m_entries[row];
    if (entry.widget)
        return entry.widget;
    const int blockedBefore = m_blockedImages;
    sanitize(row);
    ThreadPart part = ThreadPart::fromIndex(m_model->index(row));
    part.html = entry.html;
    auto *widget = new ThreadPartWidget(viewport());
    widget->setImageSource([this](const QUrl &url) { return imageFor(url); });
    widget->setPart(part, m_now);
    connect(widget, &ThreadPartWidget::linkActivated, this, &ThreadScrollArea::linkActivated);
    connect(widget, &ThreadPartWidget::attachmentActivated, this,
            &ThreadScrollArea::attachmentActivated);
    entry.widget = widget;
    ++m_widgetCount;
    if (m_blockedImages != blockedBefore)
        Q_EMIT blockedImagesChanged(m_blockedImages);
    return widget;
}

void ThreadScrollArea::dropWidget(Entry &entry)
{
    if (!entry.widget)
        return;
    ThreadPartWidget *widget = entry.widget;
    entry.widget = nullptr;
    --m_widgetCount;
    m_shown.removeOne(widget);
    if (widget->isAncestorOf(QApplication::focusWidget()))
        setFocus(Qt::OtherFocusReason);
    widget->hide();
    // A link click may be on its way out of this widget's stack.
    widget->deleteLater();
}

void ThreadScrollArea::measure(int row)
{
    ThreadPartWidget *widget = ensureWidget(row);
    if (!m_layout.isMeasured(row))
        m_layout.setMeasured(row, widget->heightForWidth(viewport()->width()));
}

int ThreadScrollArea::estimateHeight(int row) const
{
    const QModelIndex index = m_model->index(row);
    const int line = fontMetrics().height();
    if (index.data(models::PartKindRole).toString() == QLatin1String("event"))
        return line + 12;
    const int width = m_layoutWidth > 0 ? m_layoutWidth : EstimateWidth;
    const int charsPerLine = qMax(20, (width - 100) / qMax(1, fontMetrics().averageCharWidth()));
    // Markup is roughly a third of Intercom HTML; paragraphs add a line or so each.
    const qsizetype length = index.data(models::BodyHtmlRole).toString().size();
    const int lines = 1 + int(length * 2 / 3 / charsPerLine);
    const int files = int(index.data(models::AttachmentsRole).toList().size());
    return 2 * 4 + 2 * 10 + line + 4 + lines * line + files * (line + 8);
}

QVariant ThreadScrollArea::imageFor(const QUrl &url)
{
    // Nothing is ever requested for a conversation whose images the agent did not load.
    if (!remoteImagesAllowed() || !m_loader || !RemoteImageLoader::isFetchable(url))
        return {};
    const QImage image = m_loader->image(url);
    if (!image.isNull())
        return image;
    m_loader->request(url);
    return {};
}

void ThreadScrollArea::onImageReady()
{
    // Re-render the materialized bodies that show images; the others pick them up when shown.
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (!entry.widget || !entry.widget->body()
            || !entry.html.contains(QLatin1String("<img"), Qt::CaseInsensitive)) {
            continue;
        }
        entry.widget->body()->setBodyHtml(entry.html);
        entry.widget->invalidateHeight();
        m_layout.invalidate(row);
    }
    relayout();
}

// --- layout ---------------------------------------------------------------------------------

void ThreadScrollArea::relayout()
{
    if (m_inLayout)
        return;
    const QScopedValueRollback<bool> guard(m_inLayout, true);
    const int width = viewport()->width();
    if (width != m_layoutWidth) {
        m_layout.invalidateAll(m_layoutWidth, width);
        for (Entry &entry : m_entries) {
            if (entry.widget)
                entry.widget->invalidateHeight();
        }
        m_layoutWidth = width;
    }
    const int rows = m_layout.count();
    m_placeholder->setGeometry(viewport()->rect().adjusted(16, 16, -16, -16));
    m_placeholder->setVisible(rows == 0);
    if (rows > 0) {
        if (!m_atBottom) {
            normalizeAnchor();
            // Measure down from the anchor; reaching the end with room left means "at bottom".
            int y = m_anchorOffset;
            int row = m_anchorRow;
            while (row < rows && y < viewport()->height()) {
                measure(row);
                y += m_layout.height(row);
                ++row;
            }
            if (row == rows && y <= viewport()->height())
                setAtBottom(true);
        }
        if (m_atBottom)
            layoutFromBottom();
    }
    placeVisible();
    syncScrollBar();
    evictFarWidgets();
}

void ThreadScrollArea::layoutFromBottom()
{
    int y = viewport()->height();
    int row = m_layout.count() - 1;
    while (row >= 0 && y > 0) {
        measure(row);
        y -= m_layout.height(row);
        --row;
    }
    if (y >= 0) { // everything fits: top-aligned
        m_anchorRow = 0;
        m_anchorOffset = 0;
    } else {
        m_anchorRow = row + 1;
        m_anchorOffset = y;
    }
}

void ThreadScrollArea::normalizeAnchor()
{
    const int rows = m_layout.count();
    m_anchorRow = std::clamp(m_anchorRow, 0, rows - 1);
    measure(m_anchorRow);
    // Scrolling up: the parts above are measured before they are placed, so nothing jumps.
    while (m_anchorOffset > 0 && m_anchorRow > 0) {
        --m_anchorRow;
        measure(m_anchorRow);
        m_anchorOffset -= m_layout.height(m_anchorRow);
    }
    if (m_anchorRow == 0 && m_anchorOffset > 0)
        m_anchorOffset = 0;
    while (m_anchorRow < rows - 1 && m_anchorOffset + m_layout.height(m_anchorRow) <= 0) {
        m_anchorOffset += m_layout.height(m_anchorRow);
        ++m_anchorRow;
        measure(m_anchorRow);
    }
}

void ThreadScrollArea::placeVisible()
{
    QList<ThreadPartWidget *> shown;
    const int width = viewport()->width();
    const int height = viewport()->height();
    int y = m_anchorOffset;
    for (int row = m_anchorRow; row < m_layout.count() && y < height; ++row) {
        ThreadPartWidget *widget = ensureWidget(row);
        const int partHeight = m_layout.height(row);
        widget->setGeometry(0, y, width, partHeight);
        shown.append(widget);
        y += partHeight;
    }
    for (ThreadPartWidget *widget : std::as_const(m_shown)) {
        if (!shown.contains(widget)) {
            if (widget->isAncestorOf(QApplication::focusWidget()))
                setFocus(Qt::OtherFocusReason);
            widget->hide();
        }
    }
    for (ThreadPartWidget *widget : std::as_const(shown))
        widget->show();
    // Not QList::operator==: Qt 6.4 compares an empty list with a reserved one by memcmp on
    // a null pointer (undefined behaviour, reported by UBSan).
    const bool changed = shown.size() != m_shown.size()
                         || !std::equal(shown.cbegin(), shown.cend(), m_shown.cbegin());
    m_shown = shown;
    if (changed)
        updateTabOrder();
}

void ThreadScrollArea::syncScrollBar()
{
    const QScopedValueRollback<bool> guard(m_syncingScrollBar, true);
    QScrollBar *bar = verticalScrollBar();
    const int height = viewport()->height();
    const int line = fontMetrics().height();
    bar->setRange(0, qMax(0, m_layout.totalHeight() - height));
    bar->setPageStep(height);
    bar->setSingleStep(3 * line);
    const int value = m_layout.count() > 0 ? m_layout.top(m_anchorRow) - m_anchorOffset : 0;
    bar->setValue(m_atBottom ? bar->maximum() : value);
}

void ThreadScrollArea::updateTabOrder()
{
    // Tab goes from the view through the links and buttons of the parts on screen, in order.
    QWidget *previous = this;
    for (ThreadPartWidget *part : std::as_const(m_shown)) {
        QList<QWidget *> stops;
        if (part->body() && part->body()->isVisibleTo(part)
            && (part->body()->focusPolicy() & Qt::TabFocus)) {
            stops.append(part->body());
        }
        for (QToolButton *button : part->attachmentButtons())
            stops.append(button);
        for (QWidget *stop : std::as_const(stops)) {
            QWidget::setTabOrder(previous, stop);
            previous = stop;
        }
    }
}

void ThreadScrollArea::evictFarWidgets()
{
    if (m_widgetCount <= MaxWidgets)
        return;
    QList<int> rows;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).widget && !m_shown.contains(m_entries.at(row).widget))
            rows.append(row);
    }
    const int anchor = m_anchorRow;
    std::sort(rows.begin(), rows.end(),
              [anchor](int a, int b) { return qAbs(a - anchor) > qAbs(b - anchor); });
    for (int row : std::as_const(rows)) {
        if (m_widgetCount <= MaxWidgets * 3 / 4)
            break;
        dropWidget(m_entries[row]);
        // Measured heights stay valid: the widget only caches what the layout already knows.
    }
}

void ThreadScrollArea::setAtBottom(bool atBottom)
{
    if (atBottom)
        m_newMessagePill->hide();
    if (m_atBottom == atBottom)
        return;
    m_atBottom = atBottom;
    Q_EMIT atBottomChanged(atBottom);
}

void ThreadScrollArea::placeOverlays()
{
    const QSize hint = m_newMessagePill->sizeHint();
    const QRect area = viewport()->geometry();
    m_newMessagePill->setGeometry(area.center().x() - hint.width() / 2,
                                  area.bottom() - hint.height() - 12, hint.width(), hint.height());
    m_newMessagePill->raise();
}

// --- scrolling ------------------------------------------------------------------------------

void ThreadScrollArea::scrollToTop()
{
    if (m_layout.count() == 0)
        return;
    setAtBottom(false);
    m_anchorRow = 0;
    m_anchorOffset = 0;
    relayout();
}

void ThreadScrollArea::scrollToBottom()
{
    setAtBottom(true);
    relayout();
}

void ThreadScrollArea::scrollByPixels(int delta)
{
    if (m_layout.count() == 0 || delta == 0)
        return;
    if (m_atBottom) {
        if (delta > 0)
            return;
        setAtBottom(false); // the anchor of the last layout is the top of the screen
    }
    m_anchorOffset -= delta;
    relayout();
}

void ThreadScrollArea::scrollContentsBy(int, int dy)
{
    if (m_syncingScrollBar || m_inLayout || dy == 0)
        return;
    QScrollBar *bar = verticalScrollBar();
    if (qAbs(dy) <= 2 * viewport()->height()) {
        // Wheel, arrows, small drags: move by pixels from the anchor (exact).
        scrollByPixels(-dy);
        return;
    }
    // A long jump of the thumb: go to the part at that position of the estimated total.
    const int value = bar->value();
    if (value >= bar->maximum()) {
        scrollToBottom();
        return;
    }
    setAtBottom(false);
    m_anchorRow = m_layout.rowAt(value);
    m_anchorOffset = m_layout.top(m_anchorRow) - value;
    relayout();
}

void ThreadScrollArea::keyPressEvent(QKeyEvent *event)
{
    const int line = 3 * fontMetrics().height();
    const int page = qMax(line, viewport()->height() - fontMetrics().height() * 2);
    switch (event->key()) {
    case Qt::Key_Up:
        scrollByPixels(-line);
        break;
    case Qt::Key_Down:
        scrollByPixels(line);
        break;
    case Qt::Key_PageUp:
        scrollByPixels(-page);
        break;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        scrollByPixels(page);
        break;
    case Qt::Key_Home:
        scrollToTop();
        break;
    case Qt::Key_End:
        scrollToBottom();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ThreadScrollArea::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
    placeOverlays();
}

void ThreadScrollArea::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        for (Entry &entry : m_entries)
            dropWidget(entry);
        for (int row = 0; row < m_layout.count(); ++row)
            m_layout.invalidate(row);
        relayout();
    }
}

void ThreadScrollArea::ensureFocusVisible(QWidget *focused)
{
    if (!focused || !viewport()->isAncestorOf(focused) || !isKeyboardFocusChange())
        return;
    QWidget *part = focused;
    while (part && part->parentWidget() != viewport())
        part = part->parentWidget();
    if (!part)
        return;
    const int top = part->y();
    const int bottom = part->y() + part->height();
    if (top < 0)
        scrollByPixels(top);
    else if (bottom > viewport()->height())
        scrollByPixels(qMin(top, bottom - viewport()->height()));
}

} // namespace ui
