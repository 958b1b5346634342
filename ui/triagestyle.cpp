#include "triagestyle.h"

#include "paintedicon.h"

#include <QApplication>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

namespace ui {

TriageStyle::TriageStyle(const QString &baseStyleName)
    : QProxyStyle(QStyleFactory::create(baseStyleName))
{
    setObjectName(QStringLiteral("triageStyle"));
}

QIcon TriageStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                const QWidget *widget) const
{
    void (*draw)(QPainter &) = nullptr;
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        draw = PaintedIcon::more;
        break;
    case SP_LineEditClearButton:
        draw = PaintedIcon::clear;
        break;
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
    const QPalette palette = option   ? option->palette
                             : widget ? widget->palette()
                                      : QApplication::palette();
    return PaintedIcon::make(palette.color(QPalette::Text), draw);
}

} // namespace ui
