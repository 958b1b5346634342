#pragma once

#include <QLabel>

namespace ui {

/// A one-line label that elides its text to the width it gets (never asking for more), with
/// the full text as tooltip when it does not fit (or a tooltip of its own, always shown). For
/// values of unknown length in a narrow panel. GUI thread.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    /// \a toolTip, when given, is the tooltip whether or not the text fits.
    void setFullText(const QString &text, const QString &toolTip = {});
    QString fullText() const { return m_fullText; }
    /// Whether the text shown is shorter than the full text.
    bool isElided() const { return text() != m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateElision();

    QString m_fullText;
    QString m_toolTip;
};

} // namespace ui
