#pragma once

#include "api/article.h"
#include "api/collection.h"

#include <QList>

#include <optional>

namespace models {

class Database;

/// Help-center articles and collections. Reads overlay the stored columns on the parsed raw
/// JSON. Same thread as the Database.
class HelpCenterRepository
{
public:
    explicit HelpCenterRepository(Database &db)
        : m_db(db)
    {}

    [[nodiscard]] bool upsertArticles(const QList<api::Article> &articles);
    [[nodiscard]] bool removeArticle(const QString &id);
    [[nodiscard]] bool upsertCollections(const QList<api::Collection> &collections);

    std::optional<api::Article> article(const QString &id);
    /// Articles whose parent is \a parentId ("" = top level), ordered by title.
    QList<api::Article> articlesIn(const QString &parentId);
    /// All collections, ordered by their order then name.
    QList<api::Collection> collections();

private:
    Database &m_db;
};

} // namespace models
