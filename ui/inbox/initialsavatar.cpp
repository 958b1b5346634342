#include "initialsavatar.h"

#include "ui/colorscheme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}

} // namespace

QString InitialsAvatar::initials(const QString &name)
{
    // An email's local part stands for the name ("alice.smith@…" → "AS").
    QString text = name.trimmed();
    if (const int at = text.indexOf(QLatin1Char('@')); at > 0)
        text = text.left(at);
    static const QRegularExpression separators(QStringLiteral("[\\s._-]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QString result;
    for (const QString &word : words) {
        const auto letter = std::find_if(word.cbegin(), word.cend(),
                                         [](QChar c) { return c.isLetterOrNumber(); });
        if (letter == word.cend())
            continue;
        if (result.isEmpty() || &word == &words.constLast())
            result += letter->toUpper();
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}

QColor InitialsAvatar::background(const QString &key, const QPalette &palette)
{
    // qHash is seeded per process; the color must not change between runs.
    quint32 hash = 2166136261u; // FNV-1a
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const int hue = int(hash % 360);
    return ColorScheme::isDark(palette) ? QColor::fromHsl(hue, 110, 165)
                                        : QColor::fromHsl(hue, 150, 90);
}

QColor InitialsAvatar::foreground(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

double InitialsAvatar::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void InitialsAvatar::paint(QPainter *painter, const QRectF &rect, const QString &name,
                           const QString &key, const QPalette &palette)
{
    const QColor fill = background(key.isEmpty() ? name : key, palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(rect);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(rect.height() * 0.4)));
    painter->setFont(font);
    painter->setPen(foreground(fill));
    // Centred by hand: the rectangle form of drawText() would also lay the two letters out
    // as a paragraph, in every row of the list.
    const QString letters = initials(name);
    const QFontMetricsF metrics(font);
    painter->drawText(QPointF(rect.center().x() - metrics.horizontalAdvance(letters) / 2,
                              rect.center().y() + (metrics.ascent() - metrics.descent()) / 2),
                      letters);
    painter->restore();
}

} // namespace ui
