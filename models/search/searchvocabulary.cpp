#include "searchvocabulary.h"

#include "models/store/referencerepository.h"

namespace models {

SearchVocabulary SearchVocabulary::fromStore(Database &db, const QString &meAdminId)
{
    ReferenceRepository references(db);
    SearchVocabulary vocabulary;
    vocabulary.admins = references.admins();
    vocabulary.teams = references.teams();
    vocabulary.tags = references.tags();
    vocabulary.meAdminId = meAdminId;
    return vocabulary;
}

} // namespace models
