#pragma once

#include <QString>

class QTextCharFormat;
class QTextDocument;

namespace ui {

/// The composer's text as the small HTML that Intercom expects: <p>, <br>, <b>, <i>,
/// <a href> (http, https and mailto only), <code>, <ul>/<ol>/<li> (nested by indent).
/// QTextDocument::toHtml() writes a whole styled document instead; everything it knows
/// beyond these (fonts, colours, sizes, images) is dropped here. Empty paragraphs at the
/// start and end are left out. Stateless; any thread that owns the document.
class ComposerHtml
{
public:
    static QString fromDocument(const QTextDocument &document);
    /// The same clean HTML for an HTML snippet (e.g. pasted rich text).
    static QString clean(const QString &html);
    /// Whether a link to \a href is kept (http and https with a host, mailto).
    static bool isAllowedLink(const QString &href);
    /// Inline code: a fixed-pitch font (the editor's Code button) or a monospace family (what
    /// Qt's HTML reader makes of <code>).
    static bool isCode(const QTextCharFormat &format);
};

} // namespace ui
