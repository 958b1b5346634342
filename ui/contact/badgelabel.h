#pragma once

#include <QLabel>

namespace ui {

/// A small pill: the text on the palette's highlight color blended into the base, so it is
/// readable in light and dark themes alike. For the contact's role. GUI thread.
class BadgeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit BadgeLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace ui
