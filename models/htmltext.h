#pragma once

#include <QString>

namespace models {

/// Intercom bodies are HTML; lists and notifications want one line of plain text.
/// Drops tags (and the content of script/style), decodes the common entities, folds white
/// space, and cuts at \a maxLength characters with an ellipsis (0 = no limit). Not a
/// sanitizer: the result is only ever shown as plain text.
QString plainTextFromHtml(const QString &html, int maxLength = 0);

} // namespace models
