#pragma once

#include <QLatin1String>
#include <QString>

namespace ui::htmltags {

enum class Policy {
    Keep,            // allowlisted: written out with its allowed attributes
    DropWithContent, // script, svg, form, …: the element and everything inside it disappear
};

enum Flag : unsigned {
    Void = 1u << 0,    // no content, no end tag (br, hr, img)
    ClosesP = 1u << 1, // a block that ends an open <p>
    Heading = 1u << 2,
    List = 1u << 3,     // ul, ol
    ListItem = 1u << 4, // li
    DefList = 1u << 5,  // dl
    DefItem = 1u << 6,  // dt, dd
    Table = 1u << 7,
    Section = 1u << 8, // thead, tbody, tfoot
    Row = 1u << 9,
    Cell = 1u << 10, // td, th
    Anchor = 1u << 11,
    Image = 1u << 12,
    Foreign = 1u << 13,   // svg, math: "<svg/>" really is empty
    LineBreak = 1u << 14, // br: "</br>" counts as "<br>", as in browsers
    Paragraph = 1u << 15, // p: ended by the start of any ClosesP block
};

/// Attributes that may survive, each with its own value check in the sanitizer.
enum Attribute : unsigned {
    Href = 1u << 0,
    Src = 1u << 1,
    Alt = 1u << 2,
    Width = 1u << 3,
    Height = 1u << 4,
    Colspan = 1u << 5,
    Rowspan = 1u << 6,
    Align = 1u << 7,
    Valign = 1u << 8,
    Dir = 1u << 9,
    ListType = 1u << 10,
    Border = 1u << 11,
    Cellpadding = 1u << 12,
    Cellspacing = 1u << 13,
};
constexpr int AttributeCount = 14;

struct TagInfo
{
    int id; // dense index, for per-tag counters
    Policy policy;
    QLatin1String outputName; // what is written (strike, del → s; ins → u)
    unsigned flags;
    unsigned attributes; // Attribute bits allowed on this element

    bool is(Flag flag) const { return (flags & flag) != 0; }
};

/// Number of distinct TagInfo ids (for arrays indexed by TagInfo::id).
int tagCount();

/// The element named \a lowercaseName, or nullptr for elements that are neither kept nor
/// dropped with their content (their tags vanish, their text stays). Thread-safe.
const TagInfo *lookup(const QString &lowercaseName);

/// The Attribute bit for an attribute name as written (ASCII case-insensitive), or 0.
unsigned attributeFromName(QStringView name);

/// The attribute's name as written out.
QLatin1String attributeName(unsigned attribute);

} // namespace ui::htmltags
