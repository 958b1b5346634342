#pragma once

#include <QString>

namespace sandbox {

/// The display_as=plaintext rendering of an HTML message body: block elements become line
/// breaks, list items get "- ", links become "label (url)", images and other tags disappear
/// and entities are decoded.
QString htmlToPlainText(const QString &html);

} // namespace sandbox
