#include "contactavatar.h"

#include "ui/inbox/initialsavatar.h"

#include <QPainter>

namespace ui {

ContactAvatar::ContactAvatar(int diameter, QWidget *parent)
    : QWidget(parent)
    , m_diameter(diameter)
{
    setFixedSize(diameter, diameter);
}

void ContactAvatar::setContact(const QString &name, const QString &key)
{
    if (name == m_name && key == m_key)
        return;
    m_name = name;
    m_key = key;
    update();
}

void ContactAvatar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    InitialsAvatar::paint(&painter, QRectF(rect()), m_name, m_key.isEmpty() ? m_name : m_key,
                          palette());
}

} // namespace ui
