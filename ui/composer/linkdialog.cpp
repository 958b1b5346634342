#include "linkdialog.h"

#include "composerhtml.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ui {

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("composerLinkDialog"));
    setWindowTitle(tr("Insert Link"));
    m_url->setObjectName(QStringLiteral("linkUrl"));
    m_url->setAccessibleName(tr("Link address"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_text->setObjectName(QStringLiteral("linkText"));
    m_text->setAccessibleName(tr("Link text"));
    m_hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    auto *urlLabel = new QLabel(tr("&Address:"), this);
    urlLabel->setBuddy(m_url);
    auto *textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(urlLabel, m_url);
    form->addRow(textLabel, m_text);
    form->addRow(m_hint);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &LinkDialog::validate);
    validate();
}

void LinkDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void LinkDialog::setLinkText(const QString &text)
{
    m_text->setText(text);
}

QString LinkDialog::normalized(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(':')))
        return text;
    if (text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char('/')))
        return QLatin1String("mailto:") + text;
    return QLatin1String("https://") + text;
}

QString LinkDialog::url() const
{
    const QString url = normalized(m_url->text());
    return ComposerHtml::isAllowedLink(url) ? url : QString();
}

QString LinkDialog::linkText() const
{
    return m_text->text();
}

void LinkDialog::validate()
{
    const bool ok = !url().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_hint->setText(ok || m_url->text().trimmed().isEmpty()
                        ? QString()
                        : tr("Only web (http, https) and e-mail (mailto) links can be sent."));
}

} // namespace ui
