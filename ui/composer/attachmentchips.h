#pragma once

#include "models/store/messageattachment.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;

namespace ui {

/// The composer's attached files as removable chips ("name · 12 KB  ×"). Each remove button
/// has its own accessible name ("Remove report.pdf"). Hidden while empty.
/// GUI-thread widget.
class AttachmentChips : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentChips(QWidget *parent = nullptr);

    const QList<models::MessageAttachment> &attachments() const { return m_attachments; }
    void setAttachments(const QList<models::MessageAttachment> &attachments);
    /// Adds \a attachment unless a limit forbids it; returns the refusal (translated) or empty.
    QString add(const models::MessageAttachment &attachment);
    void removeAt(int index);

Q_SIGNALS:
    /// By add(), removeAt() or a chip's remove button; not by setAttachments().
    void changed();

private:
    void rebuild();

    QList<models::MessageAttachment> m_attachments;
    QHBoxLayout *m_layout;
};

} // namespace ui
