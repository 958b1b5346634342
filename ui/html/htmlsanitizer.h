#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace ui {

struct SanitizeOptions
{
    bool allowRemoteImages
        = false; // false: <img src="http(s)://…"> become a placeholder, never fetched
    int maxNestingDepth = 32; // deeper elements are flattened (their text kept)
};

struct SanitizedHtml
{
    QString html;          // safe for QTextDocument / QLabel rich text
    int blockedImages = 0; // remote images held back (for the "Load images" bar)
    QList<QUrl> links;     // the http/https/mailto links kept, in document order
};

/// Turns customer HTML (Intercom conversation parts) into a small, well-formed subset that is
/// safe to hand to QTextDocument or a rich-text QLabel: an allowlist of elements and attributes
/// (no style, class, id or event handlers), links limited to http/https/mailto (checked after
/// decoding entities, exactly as written back), remote images held back unless allowed, and
/// script, style, iframe, object, form, svg, math, head … dropped with their content.
///
/// The output is canonical: lowercase tags, every element closed, double-quoted attributes,
/// text escaped (& < > "), no comments or doctypes; sanitizing it again changes nothing.
/// SanitizeOptions::maxNestingDepth is clamped to 0…256 (0: text only); tables nest at most
/// four deep (QTextDocument lays out nested tables slowly). The image placeholders are
/// translated in the context "ui::HtmlSanitizer".
///
/// A pure function over its input: no global state, no network, output a small constant
/// multiple of the input at most. It never crashes or loops on hostile input (it is a fuzz
/// target) and runs in time linear in the input (about 25 ms of CPU per MB). Thread-safe:
/// call from any thread. For one line of plain text use models::plainTextFromHtml() instead.
class HtmlSanitizer
{
public:
    static SanitizedHtml sanitize(const QString &html, const SanitizeOptions &options = {});
};

} // namespace ui
