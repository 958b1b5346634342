#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace ui {

/// Lets a focused text field keep the keys a person types, so single-key shortcuts (J, K, R, /)
/// fire everywhere except while typing: pressing "r" in the composer inserts "r".
///
/// Qt asks the focus widget first with a ShortcutOverride event; this application-wide filter
/// answers "the widget wants it" when the widget takes text and the key is plain typing (no
/// Ctrl/Alt/Meta, or AltGr's Ctrl+Alt producing a character) or text editing (Return, arrows,
/// Backspace…). Modified shortcuts (Ctrl+K, Ctrl+Shift+Y) still fire from a text field.
/// Text widgets are QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox and editable
/// QComboBox that are not read-only, plus any widget marked with markAsTextInput().
/// Installed by CommandRegistry; GUI thread.
class TextInputShortcutGuard : public QObject
{
    Q_OBJECT
public:
    explicit TextInputShortcutGuard(QObject *parent = nullptr);
    ~TextInputShortcutGuard() override;

    static bool acceptsTextInput(const QWidget *widget);
    static bool isTyping(const QKeyEvent &event);
    /// Opts a custom editor (not derived from the Qt text widgets) into the same treatment.
    static void markAsTextInput(QWidget *widget, bool on = true);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ui
