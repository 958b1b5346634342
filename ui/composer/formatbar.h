#pragma once

#include <QWidget>

class QToolButton;

namespace ui {

class RichTextEditor;

/// The composer's formatting buttons (bold, italic, link, bulleted and numbered list, code),
/// kept in step with the format at the editor's cursor. Link asks through linkRequested() so
/// the composer owns the dialog. GUI-thread widget; the editor must outlive it.
class FormatBar : public QWidget
{
    Q_OBJECT
public:
    FormatBar(RichTextEditor *editor, QWidget *parent = nullptr);

Q_SIGNALS:
    void linkRequested();

private:
    QToolButton *button(const QString &text, const QString &name, const QString &accessible,
                        const QString &tip, bool checkable);
    void sync();

    RichTextEditor *m_editor;
    QToolButton *m_bold;
    QToolButton *m_italic;
    QToolButton *m_link;
    QToolButton *m_bullets;
    QToolButton *m_numbers;
    QToolButton *m_code;
};

} // namespace ui
