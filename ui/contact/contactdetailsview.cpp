#include "contactdetailsview.h"

#include "badgelabel.h"
#include "contactavatar.h"
#include "elidedlabel.h"

#include "ui/inbox/palettecolors.h"
#include "ui/thread/threadtext.h"

#include "models/contact/contactdetailsmodel.h"
#include "models/contact/contactroles.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

constexpr int avatarSize = 40;

QLabel *selectableLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

} // namespace

ContactDetailsView::ContactDetailsView(models::ContactDetailsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("contactDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_avatar = new ContactAvatar(avatarSize, this);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *identity = new QVBoxLayout;
    identity->setSpacing(2);
    m_name = selectableLabel(QStringLiteral("contactName"), tr("Contact name"), this);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_email = selectableLabel(QStringLiteral("contactEmail"), tr("Contact email"), this);
    m_role = new BadgeLabel(this);
    m_role->setObjectName(QStringLiteral("contactRole"));
    identity->addWidget(m_name);
    identity->addWidget(m_email);
    identity->addWidget(m_role, 0, Qt::AlignLeft);
    header->addLayout(identity, 1);
    layout->addLayout(header);

    m_fields = new QFormLayout;
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_fields->setLabelAlignment(Qt::AlignLeft);
    m_company = addField(QStringLiteral("contactCompany"), tr("Company"));
    m_location = addField(QStringLiteral("contactLocation"), tr("Location"));
    m_localTime = addField(QStringLiteral("contactLocalTime"), tr("Local time"));
    m_lastSeen = addField(QStringLiteral("contactLastSeen"), tr("Last seen"));
    m_signedUp = addField(QStringLiteral("contactSignedUp"), tr("Signed up"));
    m_tags = addField(QStringLiteral("contactTags"), tr("Tags"));
    layout->addLayout(m_fields);

    m_attributesTitle = new QLabel(tr("Attributes"), this);
    m_attributesTitle->setObjectName(QStringLiteral("contactAttributesTitle"));
    QFont heading = m_attributesTitle->font();
    heading.setBold(true);
    m_attributesTitle->setFont(heading);
    layout->addWidget(m_attributesTitle);
    m_attributes = new QWidget(this);
    m_attributes->setObjectName(QStringLiteral("contactAttributes"));
    m_attributes->setAccessibleName(tr("Custom attributes"));
    m_attributesGrid = new QGridLayout(m_attributes);
    m_attributesGrid->setContentsMargins(0, 0, 0, 0);
    m_attributesGrid->setHorizontalSpacing(8);
    m_attributesGrid->setVerticalSpacing(2);
    m_attributesGrid->setColumnStretch(1, 1);
    layout->addWidget(m_attributes);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ContactDetailsView::rebuildAttributes);
    auto scheduleRebuild = [this] {
        m_rebuildTimer.start();
    };
    connect(model, &QAbstractItemModel::modelReset, this, scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsMoved, this, scheduleRebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, scheduleRebuild);
    connect(model, &models::ContactDetailsModel::contactChanged, this,
            &ContactDetailsView::updateFields);
    m_minuteTimer.setInterval(30 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &ContactDetailsView::updateTimes);
    m_minuteTimer.start();

    applySecondaryColor();
    updateFields();
}

void ContactDetailsView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updateTimes();
}

QWidget *ContactDetailsView::firstFocusable() const
{
    return m_name;
}

QWidget *ContactDetailsView::lastFocusable() const
{
    return m_email;
}

QDateTime ContactDetailsView::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

ElidedLabel *ContactDetailsView::addField(const QString &objectName, const QString &label)
{
    auto *value = new ElidedLabel(this);
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *name = new QLabel(label, this);
    name->setProperty("secondary", true);
    name->setBuddy(value);
    m_fields->addRow(name, value);
    return value;
}

void ContactDetailsView::setField(ElidedLabel *field, const QString &text, const QString &toolTip)
{
    field->setFullText(text, toolTip);
    m_fields->setRowVisible(field, !text.isEmpty());
}

void ContactDetailsView::updateFields()
{
    const models::ContactDetailsModel &m = *m_model;
    m_avatar->setContact(m.displayName(), m.contact().id);
    m_name->setText(m.displayName());
    m_email->setText(m.email());
    m_email->setVisible(!m.email().isEmpty());
    m_role->setText(m.roleText());
    m_role->setAccessibleName(tr("Role: %1").arg(m.roleText()));
    m_role->setVisible(!m.roleText().isEmpty());
    m_role->updateGeometry();
    setField(m_company, m.companyNames().join(tr(", ", "list separator")));
    setField(m_location, m.location());
    const QDateTime signedUp = m.signedUpAt();
    setField(m_signedUp,
             signedUp.isValid() ? QLocale().toString(signedUp.date(), QLocale::ShortFormat)
                                : QString(),
             ThreadText::absoluteTime(signedUp));
    setField(m_tags, m.tagNames().join(tr(", ", "list separator")));
    updateTimes();
    // The model updates its rows before it announces the contact: show both in one go.
    m_rebuildTimer.stop();
    rebuildAttributes();
}

void ContactDetailsView::updateTimes()
{
    const QDateTime current = now();
    const QDateTime lastSeen = m_model->lastSeenAt();
    setField(m_lastSeen, ThreadText::longAge(lastSeen, current),
             ThreadText::absoluteTime(lastSeen));
    QString localTime;
    if (const QString zoneId = m_model->timeZoneId(); !zoneId.isEmpty()) {
        const QTimeZone zone(zoneId.toUtf8());
        const QDateTime there = current.toTimeZone(zone);
        localTime = tr("%1 (%2)", "local time (time zone)")
                        .arg(QLocale().toString(there.time(), QLocale::ShortFormat),
                             zone.abbreviation(current));
    }
    setField(m_localTime, localTime, m_model->timeZoneId());
}

void ContactDetailsView::rebuildAttributes()
{
    while (QLayoutItem *item = m_attributesGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int rows = m_model->rowCount();
    int keyWidth = 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row);
        const QString key = index.data(models::AttributeKeyRole).toString();
        auto *name = new ElidedLabel(m_attributes);
        name->setFullText(key);
        name->setProperty("secondary", true);
        auto *value = new ElidedLabel(m_attributes);
        value->setObjectName(QLatin1String("attribute:") + key);
        value->setAccessibleName(key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setFullText(index.data(models::AttributeTextRole).toString());
        keyWidth = std::max(keyWidth, name->fontMetrics().horizontalAdvance(key));
        m_attributesGrid->addWidget(name, row, 0);
        m_attributesGrid->addWidget(value, row, 1);
    }
    // Keys get the room of the longest one, up to about 14 characters: values matter more.
    m_attributesGrid->setColumnMinimumWidth(
        0, std::min(keyWidth + 2, fontMetrics().averageCharWidth() * 14));
    m_attributesTitle->setVisible(rows > 0);
    m_attributes->setVisible(rows > 0);
    applySecondaryColor();
}

void ContactDetailsView::applySecondaryColor()
{
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->property("secondary").toBool())
            continue;
        QPalette pal = label->palette();
        const QPalette &own = palette();
        pal.setColor(QPalette::WindowText, PaletteColors::mix(own.color(QPalette::WindowText),
                                                              own.color(QPalette::Window), 0.35));
        label->setPalette(pal);
    }
}

void ContactDetailsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applySecondaryColor();
}

} // namespace ui
