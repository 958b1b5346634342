#pragma once

#include "searchquery.h"

#include <optional>

namespace sandbox {

/// How the search engine treats a field; decides the valid operators and value types.
enum class SearchFieldType {
    String,  ///< case-insensitive text; ids also match numerically
    Body,    ///< conversation source.body: =, IN, ^, $ per word; ~ on the visible text
    Integer, ///< integers; conversation timestamps are compared as plain integers too
    Boolean,
    DayDate, ///< contact timestamps: matched by calendar day in the workspace timezone
    TagId,   ///< contact tag_id: only = and !=
    Dynamic, ///< custom_attributes.*: the filter value's JSON type decides
};

/// The type of a searchable field, or nullopt when @p field is not searchable on @p target.
/// The tables follow the "Accepted Fields" sections of the v2.16 description.
std::optional<SearchFieldType> searchFieldType(SearchTarget target, const QString &field);

} // namespace sandbox
