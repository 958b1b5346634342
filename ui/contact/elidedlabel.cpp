#include "elidedlabel.h"

#include <QEvent>

namespace ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text, const QString &toolTip)
{
    m_fullText = text;
    m_toolTip = toolTip;
    updateElision();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 4, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElision();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateElision();
}

void ElidedLabel::updateElision()
{
    // One line: a value with newlines would otherwise grow the row.
    QString line = m_fullText;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const int width = contentsRect().width();
    const QString shown = width > 0 ? fontMetrics().elidedText(line, Qt::ElideRight, width) : line;
    setText(shown);
    if (!m_toolTip.isEmpty())
        setToolTip(m_toolTip);
    else
        setToolTip(shown != m_fullText ? m_fullText : QString());
}

} // namespace ui
