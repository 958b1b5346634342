#include "tagpicker.h"

#include "conversationactions.h"
#include "pickerkindproxy.h"

#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>

namespace ui {

TagPicker::TagPicker(QAbstractItemModel *tags, QWidget *parent)
    : PickerPopup(QStringLiteral("tagPicker"), parent)
    , m_tags(tags)
    , m_tagRows(new PickerKindProxy(PickerKind::Tag, this))
    , m_create(new QStandardItemModel(this))
{
    setAccessibleName(tr("Tag conversations"));
    filterEdit()->setPlaceholderText(tr("Find or create a tag…"));
    filterEdit()->setAccessibleName(tr("Find or create a tag"));
    listView()->setAccessibleName(tr("Tags"));
    m_tagRows->setSourceModel(tags);
    m_tagRows->setCounts({}, 0);
    // Without rows a QStandardItemModel has no columns, and the concatenation shows as many
    // columns as its narrowest part: none.
    m_create->setColumnCount(1);
    appendSection(m_tagRows);
    appendSection(m_create);
    // A tag created (by us or by the sync) may now match the typed name exactly.
    connect(tags, &QAbstractItemModel::rowsInserted, this, &TagPicker::updateCreateRow);
    connect(tags, &QAbstractItemModel::rowsRemoved, this, &TagPicker::updateCreateRow);
    connect(tags, &QAbstractItemModel::modelReset, this, &TagPicker::updateCreateRow);
    connect(tags, &QAbstractItemModel::dataChanged, this, &TagPicker::updateCreateRow);
}

void TagPicker::setActions(ConversationActions *actions)
{
    if (m_actions)
        disconnect(m_actions, nullptr, this, nullptr);
    m_actions = actions;
    if (m_actions)
        connect(m_actions, &ConversationActions::actionQueued, this, &TagPicker::refreshCounts);
    refreshCounts();
}

void TagPicker::setConversationIds(const QStringList &ids)
{
    m_ids = ids;
    refreshCounts();
}

void TagPicker::refreshCounts()
{
    if (m_actions)
        m_tagRows->setCounts(m_actions->tagCounts(m_ids), int(m_ids.size()));
}

void TagPicker::setTagCounts(const QHash<QString, int> &counts, int total)
{
    m_tagRows->setCounts(counts, total);
}

Qt::CheckState TagPicker::checkState(const QString &tagId) const
{
    return m_tagRows->checkState(tagId);
}

QString TagPicker::pendingCreateName() const
{
    return m_create->rowCount() > 0 ? m_create->item(0)->data(models::ReferenceNameRole).toString()
                                    : QString();
}

void TagPicker::filterTextChanging(const QString &text)
{
    m_typed = text.simplified();
    updateCreateRow();
}

bool TagPicker::hasTagNamed(const QString &name) const
{
    // Intercom compares tag names without case.
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QString tag = m_tags->index(row, 0).data(models::ReferenceNameRole).toString();
        if (tag.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void TagPicker::updateCreateRow()
{
    const bool offer = !m_typed.isEmpty() && !hasTagNamed(m_typed);
    if (!offer) {
        if (m_create->rowCount() > 0)
            m_create->removeRows(0, m_create->rowCount());
        return;
    }
    //: A row of the tag picker; %1 is the typed name
    const QString text = tr("Create tag “%1”").arg(m_typed);
    if (m_create->rowCount() == 0) {
        auto *item = new QStandardItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
        item->setData(int(PickerKind::CreateTag), PickerKindRole);
        m_create->appendRow(item);
    }
    QStandardItem *item = m_create->item(0);
    item->setText(text);
    item->setData(m_typed, models::ReferenceNameRole);
}

void TagPicker::choose(const QModelIndex &index)
{
    const auto kind = PickerKind(index.data(PickerKindRole).toInt());
    if (kind == PickerKind::CreateTag) {
        const QString name = index.data(models::ReferenceNameRole).toString();
        if (m_actions)
            m_actions->createTagAndAdd(m_ids, name);
        Q_EMIT createTagChosen(name);
        return;
    }
    if (kind != PickerKind::Tag)
        return;
    const QString tagId = index.data(models::ReferenceIdRole).toString();
    if (m_actions)
        m_actions->toggleTag(m_ids, tagId);
    Q_EMIT tagToggled(tagId);
}

} // namespace ui
