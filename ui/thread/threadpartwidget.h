#pragma once

#include "threadpart.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;

namespace ui {

class PartBodyBrowser;

/// One part of a thread, as the thread view places it: a card for messages and notes (author,
/// age with the absolute time as tooltip, "Note" label, pending/failed mark, rich-text body,
/// attachments with an Open button) or one compact grey line for an event. Teammates' cards
/// sit to the right with an accent, the customer's to the left; notes are tinted. Colors are
/// blended from the palette, so light and dark themes both work.
/// Its height for a width is computed (and cached) by heightForWidth(); the view sets the
/// geometry. GUI thread; a child of the view's viewport.
class ThreadPartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ThreadPartWidget(QWidget *parent = nullptr);

    /// Where the body's images come from; set before setPart().
    void setImageSource(std::function<QVariant(const QUrl &)> source);
    void setPart(const ThreadPart &part, const QDateTime &now);
    const ThreadPart &part() const { return m_part; }
    PartBodyBrowser *body() const { return m_body; }
    QList<QToolButton *> attachmentButtons() const { return m_openButtons; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    /// Forgets the laid-out height (after images arrived).
    void invalidateHeight();

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void attachmentActivated(const QUrl &url);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Metrics;
    Metrics metrics() const;
    QRect cardRect(int width) const;
    int bodyWidth(int width) const;
    int attachmentRowHeight() const;
    void placeChildren();
    void clearAttachments();
    QString stateText() const;
    QString eventLine() const;

    ThreadPart m_part;
    QString m_age;
    PartBodyBrowser *m_body = nullptr;
    bool m_hasBody = false;
    std::function<QVariant(const QUrl &)> m_imageSource;
    QList<QLabel *> m_fileLabels;
    QList<QToolButton *> m_openButtons;
    mutable int m_cachedWidth = -1;
    mutable int m_cachedHeight = 0;
};

} // namespace ui
