#include "signinstatus.h"

#include "ui/composer/noticebar.h"
#include "ui/inbox/palettecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

namespace ui {

SignInStatus::SignInStatus(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("signInStatus"));
    setAccessibleName(tr("Sign-in status"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setObjectName(QStringLiteral("signInStatusIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("signInStatusText"));
    m_text->setTextFormat(Qt::PlainText); // names come from the server: shown, never interpreted
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setObjectName(QStringLiteral("signInStatusBusy"));
    m_busy->setAccessibleName(tr("Checking"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_action->setObjectName(QStringLiteral("signInStatusAction"));
    m_action->setAutoDefault(true); // focused after a wrong-region answer: Enter takes it
    setAction({});
    connect(m_action, &QPushButton::clicked, this, &SignInStatus::actionTriggered);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_busy, 0, Qt::AlignVCenter);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    applyState();
}

void SignInStatus::showBusy(const QString &text)
{
    setAction({});
    m_text->setText(text);
    m_state = State::Busy;
    applyState();
}

void SignInStatus::showMessage(State state, const QString &text)
{
    m_text->setText(text);
    m_state = state;
    applyState();
}

void SignInStatus::clear()
{
    setAction({});
    m_text->clear();
    m_state = State::Hidden;
    applyState();
}

void SignInStatus::setAction(const QString &text, const QString &accessibleName)
{
    m_action->setText(text);
    QString name
        = accessibleName.isEmpty() ? QString(text).remove(QLatin1Char('&')) : accessibleName;
    m_action->setAccessibleName(name.isEmpty() ? tr("Fix the problem") : name);
    m_action->setVisible(!text.isEmpty());
}

QString SignInStatus::text() const
{
    return m_text->text();
}

void SignInStatus::applyState()
{
    setVisible(m_state != State::Hidden);
    m_busy->setVisible(m_state == State::Busy);
    setAccessibleDescription(m_text->text());

    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QColor hue = NoticeBar::hueOf(NoticeBar::Tone::Info);
    switch (m_state) {
    case State::Hidden:
    case State::Busy:
        break;
    case State::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        hue = QColor(64, 160, 43); // tinted into the base below, like NoticeBar's hues
        break;
    case State::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        hue = NoticeBar::hueOf(NoticeBar::Tone::Warning);
        break;
    case State::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        hue = NoticeBar::hueOf(NoticeBar::Tone::Error);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_icon->setVisible(m_state != State::Busy);

    QPalette p = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Base)
                                       : p.color(QPalette::Base);
    p.setColor(QPalette::Window, PaletteColors::mix(base, hue, 0.16));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    m_applying = true;
    setPalette(p);
    m_applying = false;
}

void SignInStatus::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyState();
}

} // namespace ui
