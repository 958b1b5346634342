#include "threadpartwidget.h"

#include "partbodybrowser.h"
#include "threadtext.h"
#include "ui/colorscheme.h"
#include "ui/inbox/palettecolors.h"

#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QToolTip>

namespace ui {

namespace {

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return PaletteColors::mix(from, to, amount);
}

/// The hue that notes are tinted with; always blended with the palette, never used as is.
QColor noteHue()
{
    return QColor::fromHsv(42, 230, 245);
}

} // namespace

struct ThreadPartWidget::Metrics
{
    int outer = 12;   // left/right margin inside the view
    int gap = 4;      // above and below each part
    int padding = 10; // inside a card
    int spacing = 4;  // between header, body and attachments
    int indent = 48;  // the side a card does not lean to
    int header = 0;   // one line of the bold header font
    int line = 0;     // one line of the event font
};

ThreadPartWidget::ThreadPartWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("threadPart"));
    setFocusPolicy(Qt::NoFocus);
}

ThreadPartWidget::Metrics ThreadPartWidget::metrics() const
{
    Metrics m;
    QFont bold = font();
    bold.setBold(true);
    m.header = QFontMetrics(bold).height();
    m.line = fontMetrics().height();
    return m;
}

void ThreadPartWidget::setImageSource(std::function<QVariant(const QUrl &)> source)
{
    m_imageSource = std::move(source);
    if (m_body)
        m_body->setImageSource(m_imageSource);
}

void ThreadPartWidget::setPart(const ThreadPart &part, const QDateTime &now)
{
    m_part = part;
    m_age = ThreadText::longAge(part.createdAt, now);
    if (part.isEvent())
        m_age = ThreadText::shortAge(part.createdAt, now);
    clearAttachments();

    const bool hasBody = !part.isEvent() && !part.html.isEmpty();
    m_hasBody = hasBody;
    if (hasBody && !m_body) {
        m_body = new PartBodyBrowser(this);
        m_body->setImageSource(m_imageSource);
        connect(m_body, &QTextBrowser::anchorClicked, this, &ThreadPartWidget::linkActivated);
    }
    if (m_body) {
        m_body->setVisible(hasBody);
        if (hasBody)
            m_body->setBodyHtml(part.html);
    }

    const QString summary = ThreadText::partSummary(part.kind, part.author, m_age, stateText());
    setAccessibleName(part.isEvent() ? eventLine() : summary);
    setAccessibleDescription(part.isEvent() ? QString() : part.text);
    if (m_body && hasBody)
        m_body->setAccessibleName(summary);

    if (!part.isEvent()) {
        for (const QVariant &value : part.attachments) {
            const QVariantMap file = value.toMap();
            const QString name = file.value(QStringLiteral("name")).toString();
            const QUrl url = file.value(QStringLiteral("url")).toUrl();
            auto *label = new QLabel(
                ThreadText::attachmentLabel(name, file.value(QStringLiteral("size")).toLongLong()),
                this);
            label->setObjectName(QStringLiteral("threadAttachmentName"));
            label->setTextFormat(Qt::PlainText);
            auto *open = new QToolButton(this);
            open->setObjectName(QStringLiteral("threadAttachmentOpen"));
            open->setText(tr("Open"));
            open->setAccessibleName(tr("Open attachment %1").arg(name));
            open->setToolTip(url.toDisplayString());
            open->setAutoRaise(true);
            connect(open, &QToolButton::clicked, this,
                    [this, url] { Q_EMIT attachmentActivated(url); });
            label->show();
            open->show();
            m_fileLabels.append(label);
            m_openButtons.append(open);
        }
    }
    invalidateHeight();
    placeChildren();
    update();
}

void ThreadPartWidget::clearAttachments()
{
    qDeleteAll(m_fileLabels);
    qDeleteAll(m_openButtons);
    m_fileLabels.clear();
    m_openButtons.clear();
}

void ThreadPartWidget::invalidateHeight()
{
    m_cachedWidth = -1;
}

QString ThreadPartWidget::stateText() const
{
    if (m_part.failed)
        return tr("Not sent");
    if (m_part.pending)
        return tr("Sending…");
    return {};
}

QString ThreadPartWidget::eventLine() const
{
    QString line
        = m_age.isEmpty() ? m_part.text : tr("%1 · %2", "event · age").arg(m_part.text, m_age);
    const QString state = stateText();
    return state.isEmpty() ? line : tr("%1 · %2", "event · state").arg(line, state);
}

QRect ThreadPartWidget::cardRect(int width) const
{
    const Metrics m = metrics();
    const int indent = qMin(m.indent, width / 8);
    const int cardWidth = qMax(0, width - 2 * m.outer - indent);
    const int x = m_part.fromTeammate() ? m.outer + indent : m.outer;
    return {x, m.gap, cardWidth, 0};
}

int ThreadPartWidget::bodyWidth(int width) const
{
    return qMax(1, cardRect(width).width() - 2 * metrics().padding);
}

int ThreadPartWidget::attachmentRowHeight() const
{
    if (m_openButtons.isEmpty())
        return 0;
    return qMax(m_openButtons.first()->sizeHint().height(), fontMetrics().height());
}

int ThreadPartWidget::heightForWidth(int width) const
{
    if (width == m_cachedWidth)
        return m_cachedHeight;
    const Metrics m = metrics();
    int height = 0;
    if (m_part.isEvent()) {
        height = m.line + 2 * m.gap + 4;
    } else {
        height = 2 * m.gap + 2 * m.padding + m.header;
        if (m_hasBody)
            height += m.spacing + m_body->documentHeightForWidth(bodyWidth(width));
        if (!m_openButtons.isEmpty())
            height += m.spacing + int(m_openButtons.size()) * attachmentRowHeight();
    }
    m_cachedWidth = width;
    m_cachedHeight = height;
    return height;
}

void ThreadPartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeChildren();
}

void ThreadPartWidget::placeChildren()
{
    if (m_part.isEvent())
        return;
    const Metrics m = metrics();
    const QRect card = cardRect(width());
    const int x = card.x() + m.padding;
    const int innerWidth = bodyWidth(width());
    int y = card.y() + m.padding + m.header;
    if (m_hasBody) {
        y += m.spacing;
        const int bodyHeight = m_body->documentHeightForWidth(innerWidth);
        m_body->setGeometry(x, y, innerWidth, bodyHeight);
        y += bodyHeight;
    }
    if (!m_openButtons.isEmpty())
        y += m.spacing;
    const int rowHeight = attachmentRowHeight();
    for (qsizetype i = 0; i < m_openButtons.size(); ++i) {
        QToolButton *open = m_openButtons.at(i);
        const int buttonWidth = open->sizeHint().width();
        m_fileLabels.at(i)->setGeometry(x, y, qMax(0, innerWidth - buttonWidth - m.spacing),
                                        rowHeight);
        open->setGeometry(x + innerWidth - buttonWidth, y, buttonWidth, rowHeight);
        y += rowHeight;
    }
}

bool ThreadPartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // The absolute time, over the header line (or anywhere on an event line).
        auto *help = static_cast<QHelpEvent *>(event);
        const Metrics m = metrics();
        const bool overHeader = m_part.isEvent() || help->pos().y() < m.gap + m.padding + m.header;
        const QString time = ThreadText::absoluteTime(m_part.createdAt);
        if (overHeader && !time.isEmpty())
            QToolTip::showText(help->globalPos(), time, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ThreadPartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = mix(text, base, 0.45);
    const Metrics m = metrics();

    if (m_part.isEvent()) {
        painter.setPen(m_part.failed ? mix(text, QColor(Qt::red), 0.6) : secondary);
        const QRect line = rect().adjusted(m.outer, 0, -m.outer, 0);
        painter.drawText(line, Qt::AlignCenter,
                         fontMetrics().elidedText(eventLine(), Qt::ElideRight, line.width()));
        return;
    }

    painter.setRenderHint(QPainter::Antialiasing);
    QRect card = cardRect(width());
    card.setHeight(height() - 2 * m.gap);
    const QColor highlight = pal.color(QPalette::Highlight);
    QColor fill;
    QColor border = Qt::transparent;
    if (m_part.isNote()) {
        fill = mix(base, noteHue(), ColorScheme::isDark(pal) ? 0.20 : 0.26);
        border = mix(base, noteHue(), 0.65);
    } else if (m_part.fromTeammate()) {
        fill = mix(base, highlight, 0.10);
    } else {
        fill = mix(base, text, 0.06);
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter.fillPath(path, fill);
    if (border.alpha() > 0) {
        painter.setPen(QPen(border, 1));
        painter.drawPath(path);
    }
    if (m_part.fromTeammate() && !m_part.isNote()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(highlight);
        painter.drawRoundedRect(QRectF(card.right() - 3, card.top() + 8, 3, card.height() - 16),
                                1.5, 1.5);
    }

    // Header: [Note] Author · age                                   Sending… / Not sent
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int x = card.x() + m.padding;
    const int right = card.right() - m.padding;
    const QRect header(x, card.y() + m.padding, right - x, m.header);
    const QString state = stateText();
    int stateWidth = 0;
    if (!state.isEmpty()) {
        stateWidth = fontMetrics().horizontalAdvance(state) + m.padding;
        painter.setFont(font());
        painter.setPen(m_part.failed ? mix(text, QColor(Qt::red), 0.6) : secondary);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, state);
    }
    painter.setFont(bold);
    if (m_part.isNote()) {
        const QString label = tr("Note");
        painter.setPen(mix(text, noteHue(), ColorScheme::isDark(pal) ? 0.55 : 0.35));
        painter.drawText(QRect(x, header.y(), header.width(), header.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        x += boldMetrics.horizontalAdvance(label)
             + boldMetrics.horizontalAdvance(QLatin1Char(' ')) * 2;
    }
    const int available = qMax(0, right - stateWidth - x);
    const QString author = boldMetrics.elidedText(m_part.author, Qt::ElideRight, available);
    painter.setPen(text);
    painter.drawText(QRect(x, header.y(), available, header.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, author);
    x += boldMetrics.horizontalAdvance(author);
    if (!m_age.isEmpty()) {
        painter.setFont(font());
        painter.setPen(secondary);
        const int ageWidth = qMax(0, right - stateWidth - x);
        painter.drawText(
            QRect(x, header.y(), ageWidth, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics().elidedText(tr(" · %1").arg(m_age), Qt::ElideRight, ageWidth));
    }
}

} // namespace ui
