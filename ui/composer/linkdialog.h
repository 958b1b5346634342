#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ui {

/// Asks for a link's address (and text when nothing is selected). OK is enabled only for
/// http, https and mailto addresses; a bare "example.com" is read as https.
/// GUI-thread dialog.
class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LinkDialog(QWidget *parent = nullptr);

    void setUrl(const QString &url);
    void setLinkText(const QString &text);
    /// The address as it will be linked (scheme added), empty when not allowed.
    QString url() const;
    QString linkText() const;

    /// "example.com/x" → "https://example.com/x"; "a@b.c" → "mailto:a@b.c"; others as typed.
    static QString normalized(const QString &typed);

private:
    void validate();

    QLineEdit *m_url;
    QLineEdit *m_text;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
