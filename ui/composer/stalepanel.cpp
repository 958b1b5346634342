#include "stalepanel.h"

#include "models/htmltext.h"

#include <QPushButton>

namespace ui {

namespace {

constexpr int MaxListed = 3;
constexpr int SummaryChars = 80;

} // namespace

StalePanel::StalePanel(QWidget *parent)
    : NoticeBar(Tone::Warning, parent)
    , m_sendAnyway(
          addButton(tr("Send &anyway"), QStringLiteral("composerSendAnyway"), tr("Send anyway")))
    , m_review(
          addButton(tr("Re&view"), QStringLiteral("composerReview"), tr("Review the new messages")))
{
    setObjectName(QStringLiteral("composerStalePanel"));
    setAccessibleName(tr("New messages arrived"));
    setVisible(false);
    connect(m_sendAnyway, &QPushButton::clicked, this, &StalePanel::sendAnywayRequested);
    connect(m_review, &QPushButton::clicked, this, &StalePanel::reviewRequested);
}

QString StalePanel::summary(const api::ConversationPart &part)
{
    QString who = part.author.name;
    if (who.isEmpty())
        who = part.author.type == QLatin1String("admin") ? tr("A teammate") : tr("The customer");
    QString text = models::plainTextFromHtml(part.body, SummaryChars);
    if (text.isEmpty())
        text = part.isNote() ? tr("(note)") : tr("(attachment or event)");
    return tr("%1: %2").arg(who, text);
}

void StalePanel::showParts(const QList<api::ConversationPart> &parts)
{
    m_parts = parts;
    setText(tr("%n new message(s) arrived while you were typing.", nullptr, int(parts.size())));
    QStringList lines;
    for (int i = 0; i < parts.size() && i < MaxListed; ++i)
        lines.append(summary(parts.at(i)));
    if (parts.size() > MaxListed)
        lines.append(tr("and %n more", nullptr, int(parts.size()) - MaxListed));
    setDetail(lines.join(QLatin1Char('\n')));
    setVisible(true);
}

void StalePanel::clear()
{
    m_parts.clear();
    setVisible(false);
}

} // namespace ui
