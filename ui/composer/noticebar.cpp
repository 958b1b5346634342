#include "noticebar.h"

#include "ui/inbox/palettecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

NoticeBar::NoticeBar(Tone tone, QWidget *parent)
    : QFrame(parent)
    , m_tone(tone)
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setVisible(false);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(texts, 1);
    layout->addLayout(m_buttons);
    applyTone();
}

void NoticeBar::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString NoticeBar::text() const
{
    return m_text->text();
}

void NoticeBar::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString NoticeBar::detail() const
{
    return m_detail->text();
}

QPushButton *NoticeBar::addButton(const QString &text, const QString &objectName,
                                  const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    m_buttons->addWidget(button);
    return button;
}

QColor NoticeBar::hueOf(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return QColor(220, 50, 47);
    case Tone::Warning:
    case Tone::Note:
        return QColor(240, 180, 0);
    case Tone::Info:
        break;
    }
    return QColor(38, 139, 210);
}

void NoticeBar::applyTone()
{
    QPalette p = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Base)
                                       : p.color(QPalette::Base);
    p.setColor(QPalette::Window, PaletteColors::mix(base, hueOf(m_tone), 0.18));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    setPalette(p);
}

void NoticeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying) {
        m_applying = true;
        applyTone();
        m_applying = false;
    }
}

} // namespace ui
