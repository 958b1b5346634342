#include "attachmentchips.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ui {

using models::MessageAttachment;

AttachmentChips::AttachmentChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("composerAttachments"));
    setAccessibleName(tr("Attached files"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    setVisible(false);
}

void AttachmentChips::setAttachments(const QList<MessageAttachment> &attachments)
{
    m_attachments = attachments;
    rebuild();
}

QString AttachmentChips::add(const MessageAttachment &attachment)
{
    const QString refusal = MessageAttachment::refusal(m_attachments, attachment);
    if (!refusal.isEmpty())
        return refusal;
    m_attachments.append(attachment);
    rebuild();
    Q_EMIT changed();
    return {};
}

void AttachmentChips::removeAt(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    m_attachments.removeAt(index);
    rebuild();
    Q_EMIT changed();
}

void AttachmentChips::rebuild()
{
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        // Later: the chip's own remove button may be what is running now.
        if (QWidget *chip = item->widget()) {
            chip->hide();
            chip->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_attachments.size(); ++i) {
        const MessageAttachment &file = m_attachments.at(i);
        auto *chip = new QFrame(this);
        chip->setObjectName(QStringLiteral("attachmentChip%1").arg(i));
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setAutoFillBackground(true);
        chip->setBackgroundRole(QPalette::AlternateBase);
        auto *row = new QHBoxLayout(chip);
        row->setContentsMargins(6, 2, 2, 2);
        const QString size = MessageAttachment::sizeText(file.data.size());
        auto *label = new QLabel(tr("%1 · %2").arg(file.name, size), chip);
        label->setToolTip(file.name);
        label->setAccessibleName(tr("%1, %2").arg(file.name, size));
        row->addWidget(label);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("removeAttachment%1").arg(i));
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setAccessibleName(tr("Remove %1").arg(file.name));
        remove->setToolTip(tr("Remove %1").arg(file.name));
        connect(remove, &QToolButton::clicked, this, [this, i] { removeAt(i); });
        row->addWidget(remove);
        m_layout->insertWidget(i, chip);
    }
    setVisible(!m_attachments.isEmpty());
}

} // namespace ui
