#include "htmltags.h"

#include "htmlascii.h"

#include <QHash>

#include <iterator>

namespace ui::htmltags {

namespace {

struct TagSpec
{
    const char *name;
    Policy policy;
    const char *outputName; // nullptr: same as name
    unsigned flags;
    unsigned attributes;
};

constexpr unsigned BlockAlign = Align | Dir;
constexpr unsigned CellAttributes = Colspan | Rowspan | Align | Valign | Width | Dir;

// What QTextDocument renders well and customer mail uses. Everything not here loses its tags
// but keeps its text, except the DropWithContent entries, whose content is code, styling,
// embedded documents or controls, never something the agent should read.
constexpr TagSpec Specs[] = {
    {"a", Policy::Keep, nullptr, Anchor, Href | Dir},
    {"address", Policy::Keep, nullptr, ClosesP, Dir},
    {"b", Policy::Keep, nullptr, 0, Dir},
    {"big", Policy::Keep, nullptr, 0, Dir},
    {"blockquote", Policy::Keep, nullptr, ClosesP, Dir},
    {"br", Policy::Keep, nullptr, Void | LineBreak, 0},
    {"center", Policy::Keep, nullptr, ClosesP, Dir},
    {"cite", Policy::Keep, nullptr, 0, Dir},
    {"code", Policy::Keep, nullptr, 0, Dir},
    {"dd", Policy::Keep, nullptr, DefItem | ClosesP, Dir},
    {"del", Policy::Keep, "s", 0, Dir},
    {"dfn", Policy::Keep, nullptr, 0, Dir},
    {"div", Policy::Keep, nullptr, ClosesP, BlockAlign},
    {"dl", Policy::Keep, nullptr, DefList | ClosesP, Dir},
    {"dt", Policy::Keep, nullptr, DefItem | ClosesP, Dir},
    {"em", Policy::Keep, nullptr, 0, Dir},
    {"h1", Policy::Keep, nullptr, Heading | ClosesP, BlockAlign},
    {"h2", Policy::Keep, nullptr, Heading | ClosesP, BlockAlign},
    {"h3", Policy::Keep, nullptr, Heading | ClosesP, BlockAlign},
    {"h4", Policy::Keep, nullptr, Heading | ClosesP, BlockAlign},
    {"h5", Policy::Keep, nullptr, Heading | ClosesP, BlockAlign},
    {"h6", Policy::Keep, nullptr, Heading | ClosesP, BlockAlign},
    {"hr", Policy::Keep, nullptr, Void | ClosesP, 0},
    {"i", Policy::Keep, nullptr, 0, Dir},
    {"img", Policy::Keep, nullptr, Void | Image, Src | Alt | Width | Height},
    {"ins", Policy::Keep, "u", 0, Dir},
    {"kbd", Policy::Keep, nullptr, 0, Dir},
    {"li", Policy::Keep, nullptr, ListItem | ClosesP, Dir},
    {"ol", Policy::Keep, nullptr, List | ClosesP, ListType | Dir},
    {"p", Policy::Keep, nullptr, Paragraph | ClosesP, BlockAlign},
    {"pre", Policy::Keep, nullptr, ClosesP, Dir},
    {"s", Policy::Keep, nullptr, 0, Dir},
    {"samp", Policy::Keep, nullptr, 0, Dir},
    {"small", Policy::Keep, nullptr, 0, Dir},
    {"span", Policy::Keep, nullptr, 0, Dir},
    {"strike", Policy::Keep, "s", 0, Dir},
    {"strong", Policy::Keep, nullptr, 0, Dir},
    {"sub", Policy::Keep, nullptr, 0, Dir},
    {"sup", Policy::Keep, nullptr, 0, Dir},
    {"table", Policy::Keep, nullptr, Table | ClosesP,
     Align | Width | Border | Cellpadding | Cellspacing | Dir},
    {"tbody", Policy::Keep, nullptr, Section, Valign},
    {"td", Policy::Keep, nullptr, Cell, CellAttributes},
    {"tfoot", Policy::Keep, nullptr, Section, Valign},
    {"th", Policy::Keep, nullptr, Cell, CellAttributes},
    {"thead", Policy::Keep, nullptr, Section, Valign},
    {"tr", Policy::Keep, nullptr, Row, Valign | Dir},
    {"tt", Policy::Keep, nullptr, 0, Dir},
    {"u", Policy::Keep, nullptr, 0, Dir},
    {"ul", Policy::Keep, nullptr, List | ClosesP, Dir},
    {"var", Policy::Keep, nullptr, 0, Dir},

    {"applet", Policy::DropWithContent, nullptr, 0, 0},
    {"audio", Policy::DropWithContent, nullptr, 0, 0},
    {"button", Policy::DropWithContent, nullptr, 0, 0},
    {"canvas", Policy::DropWithContent, nullptr, 0, 0},
    {"datalist", Policy::DropWithContent, nullptr, 0, 0},
    {"form", Policy::DropWithContent, nullptr, 0, 0},
    {"frameset", Policy::DropWithContent, nullptr, 0, 0},
    {"head", Policy::DropWithContent, nullptr, 0, 0},
    {"iframe", Policy::DropWithContent, nullptr, 0, 0},
    {"math", Policy::DropWithContent, nullptr, Foreign, 0},
    {"noembed", Policy::DropWithContent, nullptr, 0, 0},
    {"noframes", Policy::DropWithContent, nullptr, 0, 0},
    {"noscript", Policy::DropWithContent, nullptr, 0, 0},
    {"object", Policy::DropWithContent, nullptr, 0, 0},
    {"script", Policy::DropWithContent, nullptr, 0, 0},
    {"select", Policy::DropWithContent, nullptr, 0, 0},
    {"style", Policy::DropWithContent, nullptr, 0, 0},
    {"svg", Policy::DropWithContent, nullptr, Foreign, 0},
    {"template", Policy::DropWithContent, nullptr, 0, 0},
    {"textarea", Policy::DropWithContent, nullptr, 0, 0},
    {"title", Policy::DropWithContent, nullptr, 0, 0},
    {"video", Policy::DropWithContent, nullptr, 0, 0},
};

// Void elements (input, meta, link, base, embed, frame …) need no entry: an unknown void
// element simply vanishes, and listing them here would wait for an end tag that never comes.

// In bit order: AttributeNames[i] is the name of attribute 1 << i.
constexpr QLatin1String AttributeNames[] = {
    QLatin1String("href"),        QLatin1String("src"),         QLatin1String("alt"),
    QLatin1String("width"),       QLatin1String("height"),      QLatin1String("colspan"),
    QLatin1String("rowspan"),     QLatin1String("align"),       QLatin1String("valign"),
    QLatin1String("dir"),         QLatin1String("type"),        QLatin1String("border"),
    QLatin1String("cellpadding"), QLatin1String("cellspacing"),
};
static_assert(std::size(AttributeNames) == AttributeCount);

struct TagTable
{
    QHash<QString, TagInfo> tags;
};

const TagTable &table()
{
    static const TagTable instance = [] {
        TagTable result;
        int id = 0;
        for (const TagSpec &spec : Specs) {
            const char *out = spec.outputName ? spec.outputName : spec.name;
            result.tags.insert(
                QString::fromLatin1(spec.name),
                TagInfo{id++, spec.policy, QLatin1String(out), spec.flags, spec.attributes});
        }
        return result;
    }();
    return instance;
}

} // namespace

int tagCount()
{
    return int(std::size(Specs));
}

const TagInfo *lookup(const QString &lowercaseName)
{
    const auto &tags = table().tags;
    const auto it = tags.constFind(lowercaseName);
    return it == tags.constEnd() ? nullptr : &it.value();
}

unsigned attributeFromName(QStringView name)
{
    for (size_t i = 0; i < std::size(AttributeNames); ++i) {
        const QLatin1String candidate = AttributeNames[i];
        if (candidate.size() != name.size())
            continue;
        bool same = true;
        for (qsizetype c = 0; same && c < name.size(); ++c)
            same = htmlascii::toLower(name[c]) == QLatin1Char(candidate[c]);
        if (same)
            return 1u << i;
    }
    return 0;
}

QLatin1String attributeName(unsigned attribute)
{
    for (size_t i = 0; i < std::size(AttributeNames); ++i) {
        if (attribute == 1u << i)
            return AttributeNames[i];
    }
    return {};
}

} // namespace ui::htmltags
