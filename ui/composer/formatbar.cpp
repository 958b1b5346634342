#include "formatbar.h"

#include "richtexteditor.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace ui {

FormatBar::FormatBar(RichTextEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_bold(button(tr("B"), QStringLiteral("formatBold"), tr("Bold"), tr("Bold (Ctrl+B)"), true))
    , m_italic(button(tr("I"), QStringLiteral("formatItalic"), tr("Italic"), tr("Italic (Ctrl+I)"),
                      true))
    , m_link(button(tr("Link"), QStringLiteral("formatLink"), tr("Insert link"),
                    tr("Insert link (Ctrl+K)"), false))
    , m_bullets(button(QStringLiteral("•"), QStringLiteral("formatBullets"), tr("Bulleted list"),
                       tr("Bulleted list"), true))
    , m_numbers(button(QStringLiteral("1."), QStringLiteral("formatNumbers"), tr("Numbered list"),
                       tr("Numbered list"), true))
    , m_code(button(QStringLiteral("</>"), QStringLiteral("formatCode"), tr("Code"),
                    tr("Inline code"), true))
{
    setObjectName(QStringLiteral("composerFormatBar"));
    setAccessibleName(tr("Formatting"));
    QFont bold = m_bold->font();
    bold.setBold(true);
    m_bold->setFont(bold);
    QFont italic = m_italic->font();
    italic.setItalic(true);
    m_italic->setFont(italic);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QToolButton *b : {m_bold, m_italic, m_link, m_bullets, m_numbers, m_code})
        layout->addWidget(b);
    layout->addStretch(1);

    connect(m_bold, &QToolButton::clicked, m_editor, &RichTextEditor::setBold);
    connect(m_italic, &QToolButton::clicked, m_editor, &RichTextEditor::setItalic);
    connect(m_code, &QToolButton::clicked, m_editor, &RichTextEditor::setCode);
    connect(m_link, &QToolButton::clicked, this, &FormatBar::linkRequested);
    connect(m_bullets, &QToolButton::clicked, m_editor, [this] {
        m_editor->toggleList(false);
        sync();
    });
    connect(m_numbers, &QToolButton::clicked, m_editor, [this] {
        m_editor->toggleList(true);
        sync();
    });
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, &FormatBar::sync);
    connect(m_editor, &QTextEdit::cursorPositionChanged, this, &FormatBar::sync);
    sync();
}

QToolButton *FormatBar::button(const QString &text, const QString &name, const QString &accessible,
                               const QString &tip, bool checkable)
{
    auto *b = new QToolButton(this);
    b->setText(text);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setToolTip(tip);
    b->setCheckable(checkable);
    b->setAutoRaise(true);
    // Reached with Tab like every control, but clicking keeps the focus in the editor.
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

void FormatBar::sync()
{
    m_bold->setChecked(m_editor->isBold());
    m_italic->setChecked(m_editor->isItalic());
    m_code->setChecked(m_editor->isCode());
    m_bullets->setChecked(m_editor->isInList(false));
    m_numbers->setChecked(m_editor->isInList(true));
}

} // namespace ui
