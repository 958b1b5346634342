#include "textinputshortcutguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ui {

namespace {
constexpr char TextInputProperty[] = "triageTextInput";
}

TextInputShortcutGuard::TextInputShortcutGuard(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

TextInputShortcutGuard::~TextInputShortcutGuard()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool TextInputShortcutGuard::acceptsTextInput(const QWidget *widget)
{
    if (!widget || !widget->isEnabled())
        return false;
    if (widget->property(TextInputProperty).toBool())
        return true;
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return !spin->isReadOnly();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    return false;
}

bool TextInputShortcutGuard::isTyping(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers mods = event.modifiers();
    const QString text = event.text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint();
    // AltGr arrives as Ctrl+Alt on Windows and still types a character ("@", "{").
    const bool altGr = (mods & Qt::ControlModifier) && (mods & Qt::AltModifier);
    if (altGr && printable)
        return true;
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (printable)
        return true;
    switch (event.key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Space:
        return true;
    default:
        return false;
    }
}

void TextInputShortcutGuard::markAsTextInput(QWidget *widget, bool on)
{
    if (widget)
        widget->setProperty(TextInputProperty, on);
}

bool TextInputShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!isTyping(*key) || !acceptsTextInput(static_cast<QWidget *>(watched)))
        return false;
    // Accepted means "deliver as a key press to the widget instead of matching shortcuts".
    event->accept();
    return true;
}

} // namespace ui
