#pragma once

#include "threadlayout.h"

#include "models/threadmodel.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QLabel;
class QToolButton;

namespace ui {

class RemoteImageLoader;
class ThreadPartWidget;

/// The scrolling part of the thread view. Lays parts out lazily: a part becomes a widget
/// (ThreadPartWidget) and gets measured only when it comes into view; the others count with an
/// estimated height that is corrected once they are measured. Scrolling is anchored — to the
/// bottom while the agent is there (threads open at the newest part, and new parts keep it in
/// view), otherwise to the first visible part and its offset — so corrections of estimates,
/// width changes and parts arriving never move what is on screen. A "New message" pill
/// appears when a part arrives while the agent reads further up.
///
/// Bodies are sanitized (HtmlSanitizer) when they are first shown and, in the background, for
/// the rest of the thread, to count the remote images held back. Widgets of parts far from the
/// view are recycled. GUI thread; the model is not owned.
class ThreadScrollArea : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit ThreadScrollArea(QWidget *parent = nullptr);
    ~ThreadScrollArea() override;

    void setModel(models::ThreadModel *model);
    models::ThreadModel *model() const { return m_model; }
    void setImageLoader(RemoteImageLoader *loader);

    /// Session-wide memory of the conversations whose remote images the agent loaded.
    void allowRemoteImages();
    bool remoteImagesAllowed() const;
    /// Remote images held back in the parts sanitized so far (all of them once the background
    /// pass is done).
    int blockedImages() const { return m_blockedImages; }

    void setPlaceholderText(const QString &text);
    QString placeholderText() const;

    bool isAtBottom() const { return m_atBottom; }
    /// The widget of \a row when it is materialized (null otherwise); for tests and tools.
    ThreadPartWidget *partWidget(int row) const;
    /// The rows on screen, top to bottom.
    QList<int> visibleRows() const;
    int materializedCount() const { return m_widgetCount; }
    const ThreadLayout &threadLayout() const { return m_layout; }

public Q_SLOTS:
    void scrollToTop();
    void scrollToBottom();
    /// Positive: towards newer parts.
    void scrollByPixels(int delta);

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void attachmentActivated(const QUrl &url);
    void blockedImagesChanged(int count);
    void atBottomChanged(bool atBottom);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        ThreadPartWidget *widget = nullptr;
        QString html;
        int blockedImages = 0;
        bool sanitized = false;
    };

    void resetFromModel();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    void relayout();
    void layoutFromBottom();
    void normalizeAnchor();
    void placeVisible();
    void syncScrollBar();
    void updateTabOrder();
    void evictFarWidgets();
    void setAtBottom(bool atBottom);
    void placeOverlays();

    void measure(int row);
    ThreadPartWidget *ensureWidget(int row);
    void dropWidget(Entry &entry);
    void sanitize(int row);
    void unsanitize(Entry &entry);
    void sanitizeSome();
    int estimateHeight(int row) const;
    QVariant imageFor(const QUrl &url);
    void onImageReady();
    void ensureFocusVisible(QWidget *focused);

    QPointer<models::ThreadModel> m_model;
    QPointer<RemoteImageLoader> m_loader;
    QList<Entry> m_entries;
    ThreadLayout m_layout;
    QList<ThreadPartWidget *> m_shown;
    QSet<QString> m_imagesAllowedFor;
    QDateTime m_now;
    QLabel *m_placeholder = nullptr;
    QToolButton *m_newMessagePill = nullptr;
    QTimer m_sanitizeTimer;
    QTimer m_imageRefreshTimer;
    int m_anchorRow = 0;
    int m_anchorOffset = 0; ///< viewport y of the anchor row's top (<= 0)
    int m_layoutWidth = 0;
    int m_widgetCount = 0;
    int m_sanitizeCursor = 0;
    int m_blockedImages = 0;
    bool m_atBottom = true;
    bool m_inLayout = false;
    bool m_syncingScrollBar = false;
};

} // namespace ui
