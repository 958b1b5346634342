#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace ui {

class CommandRegistry;

/// The commands of a registry that match a query, best first (fuzzy over title, then keywords
/// and category). An empty query lists every command, recently used ones first. Follows the
/// registry: new commands, remaps, retitles and enabled changes update the rows. Roles in
/// commandroles.h. Does not own the registry. GUI thread.
class CommandPaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit CommandPaletteModel(CommandRegistry *registry, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    QString commandId(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString id;
        int score = 0;
        QList<int> positions;
    };

    void rebuild();
    void refreshRow(const QString &id);

    QPointer<CommandRegistry> m_registry;
    QString m_query;
    QList<Row> m_rows;
};

} // namespace ui
