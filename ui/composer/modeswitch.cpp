#include "modeswitch.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace ui {

namespace {

QToolButton *segment(const QString &text, const QString &name, const QString &accessible,
                     const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ModeSwitch::ModeSwitch(QWidget *parent)
    : QWidget(parent)
    , m_reply(segment(tr("&Reply"), QStringLiteral("composerReplyMode"), tr("Reply to customer"),
                      tr("The customer sees this message"), this))
    , m_note(segment(tr("&Note"), QStringLiteral("composerNoteMode"), tr("Internal note"),
                     tr("Only teammates see this note"), this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("composerModeSwitch"));
    setAccessibleName(tr("Message type"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0); // segmented: the two buttons touch
    layout->addWidget(m_reply);
    layout->addWidget(m_note);
    m_group->setExclusive(true);
    m_group->addButton(m_reply, int(Mode::Reply));
    m_group->addButton(m_note, int(Mode::Note));
    m_reply->setChecked(true);
    paintSegments();
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        paintSegments();
        if (checked)
            Q_EMIT modeChanged(Mode(id));
    });
}

void ModeSwitch::paintSegments()
{
    for (QToolButton *button : {m_reply, m_note}) {
        QPalette p = palette();
        if (button->isChecked()) {
            for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
                p.setColor(group, QPalette::Button, p.color(group, QPalette::Highlight));
                p.setColor(group, QPalette::ButtonText, p.color(group, QPalette::HighlightedText));
            }
        }
        button->setPalette(p);
    }
}

ModeSwitch::Mode ModeSwitch::mode() const
{
    return m_note->isChecked() ? Mode::Note : Mode::Reply;
}

void ModeSwitch::setMode(Mode mode)
{
    (mode == Mode::Note ? m_note : m_reply)->setChecked(true);
}

void ModeSwitch::keyPressEvent(QKeyEvent *event)
{
    // A segmented control: Left/Right switch sides, like a pair of radio buttons.
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        const Mode next = event->key() == Qt::Key_Left ? Mode::Reply : Mode::Note;
        setMode(next);
        (next == Mode::Note ? m_note : m_reply)->setFocus(Qt::TabFocusReason);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ui
