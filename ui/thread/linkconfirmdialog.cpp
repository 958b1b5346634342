#include "linkconfirmdialog.h"

#include "ui/html/linkpolicy.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

LinkConfirmDialog::LinkConfirmDialog(const QUrl &url, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
{
    setObjectName(QStringLiteral("threadLinkConfirmation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Open Link"));
    setAccessibleName(tr("Open link confirmation"));

    auto *question = new QLabel(tr("Open this link in your browser?"), this);
    question->setObjectName(QStringLiteral("threadLinkQuestion"));
    auto *address = new QLabel(this);
    address->setObjectName(QStringLiteral("threadLinkAddress"));
    address->setTextFormat(Qt::PlainText); // the URL is shown, never interpreted
    address->setText(LinkPolicy::displayText(url));
    address->setWordWrap(true);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    address->setAccessibleName(tr("Link address"));
    QFont mono = address->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    address->setFont(mono);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("threadLinkOpenButton"));
    open->setAccessibleName(tr("Open link"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("threadLinkCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(address);
    layout->addWidget(buttons);
    cancel->setFocus();
}

} // namespace ui
