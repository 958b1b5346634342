#include "htmlsanitizer.h"

#include "htmlascii.h"
#include "htmlentities.h"
#include "htmltags.h"
#include "htmltokenizer.h"
#include "linkpolicy.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <vector>

namespace ui {

using htmltags::TagInfo;

namespace {

constexpr int MaxDepthLimit = 256;  // whatever the caller asks, the stack stays this small
constexpr int MaxTableNesting = 4;  // QTextDocument lays out nested tables slowly
constexpr int MaxAltLength = 200;   // characters of alt text in an image placeholder
constexpr int MaxSpan = 64;         // colspan/rowspan: QTextDocument allocates the grid
constexpr int MaxPixels = 4096;     // width, height
constexpr int MaxTableSpacing = 64; // border, cellpadding, cellspacing

/// A small non-negative integer, optionally followed by "px" (or "%" when \a percentAllowed);
/// returns the value clamped to \a min…\a max, or a null string.
QString checkedNumber(QStringView value, int min, int max, bool percentAllowed = false)
{
    value = value.trimmed();
    qsizetype digits = 0;
    while (digits < value.size() && value[digits] >= u'0' && value[digits] <= u'9')
        ++digits;
    if (digits == 0 || digits > 6)
        return {};
    const QStringView suffix = value.mid(digits);
    const bool percent = suffix == u"%";
    if (!suffix.isEmpty() && !percent && suffix.compare(u"px", Qt::CaseInsensitive) != 0)
        return {};
    if (percent && !percentAllowed)
        return {};
    const int number = value.left(digits).toInt();
    if (percent)
        return QString::number(qBound(1, number, 100)) + u'%';
    return QString::number(qBound(min, number, max));
}

/// \a value if it is one of \a allowed (ASCII case-insensitive), lowercased; else null.
QString checkedKeyword(QStringView value, std::initializer_list<const char16_t *> allowed)
{
    QString lower = value.trimmed().toString();
    for (QChar &c : lower)
        c = htmlascii::toLower(c);
    for (const char16_t *keyword : allowed) {
        if (lower == QStringView(keyword))
            return lower;
    }
    return {};
}

/// One sanitize() call: the open-element stack and the output being written.
class SanitizerRun
{
public:
    SanitizerRun(const SanitizeOptions &options, SanitizedHtml &result)
        : m_result(result)
        , m_allowRemoteImages(options.allowRemoteImages)
        , m_maxDepth(qBound(0, options.maxNestingDepth, MaxDepthLimit))
        , m_flattened(size_t(htmltags::tagCount()), 0)
    {}

    void run(QStringView input);

private:
    void startTag(const HtmlToken &token);
    void endTag(const HtmlToken &token);
    void text(QStringView raw);
    void image(const QString (&values)[htmltags::AttributeCount]);
    bool structureAllows(const TagInfo &tag) const;
    void closeImplied(const TagInfo &tag);
    int findOpen(unsigned flags, unsigned stopFlags) const;
    void closeFrom(int index);
    void writeStart(const TagInfo &tag, const QString (&values)[htmltags::AttributeCount]);
    static QString checkedValue(unsigned attribute, QStringView raw);
    static int attributeIndex(unsigned attribute);

    SanitizedHtml &m_result;
    const bool m_allowRemoteImages;
    const int m_maxDepth;
    QVarLengthArray<const TagInfo *, 32> m_stack;
    std::vector<int> m_flattened; // per tag id: start tags not written, whose end tag is due
    int m_tableDepth = 0;
    const TagInfo *m_skipping = nullptr; // inside a DropWithContent element
    int m_skipDepth = 0;
    QString m_imagePlaceholder; // translated lazily, once per run
    QString m_altPlaceholder;
};

void SanitizerRun::run(QStringView input)
{
    // Typical mail loses markup; the output rarely outgrows the input.
    m_result.html.reserve(input.size());
    HtmlTokenizer tokenizer(input);
    HtmlToken token;
    while (tokenizer.next(token)) {
        switch (token.kind) {
        case HtmlToken::Text:
            text(token.text);
            break;
        case HtmlToken::RawText:
            // Only raw text of elements that are not dropped (xmp, plaintext) is shown, literally.
            if (!m_skipping && !htmltags::lookup(token.name))
                htmlentities::appendEscaped(m_result.html, token.text);
            break;
        case HtmlToken::StartTag:
            startTag(token);
            break;
        case HtmlToken::EndTag:
            endTag(token);
            break;
        case HtmlToken::EndOfInput:
            break;
        }
    }
    closeFrom(0);
}

void SanitizerRun::text(QStringView raw)
{
    if (m_skipping)
        return;
    if (!raw.contains(u'&')) {
        htmlentities::appendEscaped(m_result.html, raw);
        return;
    }
    htmlentities::appendEscaped(m_result.html,
                                htmlentities::decoded(raw, htmlentities::Context::Text));
}

void SanitizerRun::startTag(const HtmlToken &token)
{
    const TagInfo *tag = htmltags::lookup(token.name);
    if (m_skipping) {
        if (tag == m_skipping && !(token.selfClosing && tag->is(htmltags::Foreign)))
            ++m_skipDepth;
        // An unclosed <head> ends where the body starts, as browsers read it.
        else if (m_skipping->outputName == QLatin1String("head")
                 && token.name == QLatin1String("body"))
            m_skipping = nullptr;
        return;
    }
    if (!tag)
        return; // unknown element: tags vanish, text stays
    if (tag->policy == htmltags::Policy::DropWithContent) {
        if (!(token.selfClosing && tag->is(htmltags::Foreign))) {
            m_skipping = tag;
            m_skipDepth = 1;
        }
        return;
    }

    QString values[htmltags::AttributeCount];
    for (const HtmlAttribute &attribute : token.attributes) {
        const unsigned kind = htmltags::attributeFromName(attribute.name);
        if (kind & tag->attributes)
            values[attributeIndex(kind)] = checkedValue(kind, attribute.value);
    }
    if (tag->is(htmltags::Image)) {
        image(values);
        return;
    }
    // Rows and cells of a table that was flattened must not close or join the outer table.
    static const int tableId = htmltags::lookup(QStringLiteral("table"))->id;
    if (tag->flags & (htmltags::Section | htmltags::Row | htmltags::Cell)
        && m_flattened[size_t(tableId)] > 0) {
        ++m_flattened[size_t(tag->id)];
        return;
    }
    closeImplied(*tag);
    if (tag->is(htmltags::Void)) {
        writeStart(*tag, values);
        return;
    }
    const bool tooDeep = m_stack.size() >= m_maxDepth
                         || (tag->is(htmltags::Table) && m_tableDepth >= MaxTableNesting);
    QUrl link;
    if (tag->is(htmltags::Anchor)) {
        link = LinkPolicy::urlFromAttribute(values[attributeIndex(htmltags::Href)]);
        if (LinkPolicy::isOpenable(link))
            values[attributeIndex(htmltags::Href)] = link.toString(QUrl::FullyEncoded);
        else
            link.clear();
    }
    if (tooDeep || !structureAllows(*tag) || (tag->is(htmltags::Anchor) && link.isEmpty())) {
        ++m_flattened[size_t(tag->id)];
        return;
    }
    if (!link.isEmpty())
        m_result.links.append(link);
    writeStart(*tag, values);
    m_stack.append(tag);
    if (tag->is(htmltags::Table))
        ++m_tableDepth;
}

void SanitizerRun::endTag(const HtmlToken &token)
{
    const TagInfo *tag = htmltags::lookup(token.name);
    if (m_skipping) {
        if (tag == m_skipping && --m_skipDepth == 0)
            m_skipping = nullptr;
        return;
    }
    if (!tag || tag->policy != htmltags::Policy::Keep)
        return;
    if (tag->is(htmltags::LineBreak)) {
        m_result.html += u"<br />";
        return;
    }
    if (tag->is(htmltags::Void))
        return;
    int &flattened = m_flattened[size_t(tag->id)];
    if (flattened > 0) {
        --flattened;
        return;
    }
    for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
        if (m_stack[i] == tag) {
            closeFrom(i);
            return;
        }
    }
}

void SanitizerRun::image(const QString (&values)[htmltags::AttributeCount])
{
    const QUrl source = LinkPolicy::urlFromAttribute(values[attributeIndex(htmltags::Src)]);
    if (!LinkPolicy::isRemote(source))
        return; // data:, cid:, relative, javascript: … nothing to show or fetch
    if (m_allowRemoteImages) {
        QString kept[htmltags::AttributeCount];
        for (const unsigned kind : {htmltags::Alt, htmltags::Width, htmltags::Height})
            kept[attributeIndex(kind)] = values[attributeIndex(kind)];
        kept[attributeIndex(htmltags::Src)] = source.toString(QUrl::FullyEncoded);
        static const TagInfo *img = htmltags::lookup(QStringLiteral("img"));
        writeStart(*img, kept);
        return;
    }
    ++m_result.blockedImages;
    const QString alt = values[attributeIndex(htmltags::Alt)].simplified().left(MaxAltLength);
    QString placeholder;
    if (alt.isEmpty()) {
        if (m_imagePlaceholder.isNull())
            m_imagePlaceholder = QCoreApplication::translate("ui::HtmlSanitizer", "[image]");
        placeholder = m_imagePlaceholder;
    } else {
        if (m_altPlaceholder.isNull()) {
            //: %1 is the image's description (its alt text)
            m_altPlaceholder = QCoreApplication::translate("ui::HtmlSanitizer", "[image: %1]");
        }
        placeholder = m_altPlaceholder.arg(alt);
    }
    htmlentities::appendEscaped(m_result.html, placeholder);
}

/// Table parts only inside their parent, so QTextDocument never sees a cell without a row.
bool SanitizerRun::structureAllows(const TagInfo &tag) const
{
    const TagInfo *top = m_stack.isEmpty() ? nullptr : m_stack.last();
    const auto topIs = [top](unsigned flags) {
        return top && (top->flags & flags) != 0;
    };
    if (tag.is(htmltags::Section))
        return topIs(htmltags::Table);
    if (tag.is(htmltags::Row))
        return topIs(htmltags::Table | htmltags::Section);
    if (tag.is(htmltags::Cell))
        return topIs(htmltags::Row);
    return true;
}

/// The end tags HTML leaves out: "<p>a<p>b", "<li>a<li>b", "<td>a<td>b", "<a><a>".
void SanitizerRun::closeImplied(const TagInfo &tag)
{
    using namespace htmltags;
    int index = -1;
    if (tag.is(ListItem))
        index = findOpen(ListItem, List | Table | Cell);
    else if (tag.is(DefItem))
        index = findOpen(DefItem, DefList | Table | Cell);
    else if (tag.is(Cell))
        index = findOpen(Cell, Row | Table);
    else if (tag.is(Row))
        index = findOpen(Row, Table);
    else if (tag.is(Section))
        index = findOpen(Section, Table);
    else if (tag.is(Anchor))
        index = findOpen(Anchor, 0);
    if (index >= 0) {
        closeFrom(index);
        return;
    }
    const auto topIs = [this](auto predicate) {
        return !m_stack.isEmpty() && predicate(*m_stack.last());
    };
    if (tag.is(ClosesP) && topIs([](const TagInfo &top) { return top.is(Paragraph); }))
        closeFrom(int(m_stack.size()) - 1);
    if (tag.is(Heading) && topIs([](const TagInfo &top) { return top.is(Heading); }))
        closeFrom(int(m_stack.size()) - 1);
}

/// Index of the innermost open element with one of \a flags, searching no further out than
/// an element with one of \a stopFlags; -1 if none.
int SanitizerRun::findOpen(unsigned flags, unsigned stopFlags) const
{
    for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
        if (m_stack[i]->flags & flags)
            return i;
        if (m_stack[i]->flags & stopFlags)
            return -1;
    }
    return -1;
}

void SanitizerRun::closeFrom(int index)
{
    while (m_stack.size() > index) {
        const TagInfo *tag = m_stack.last();
        m_stack.removeLast();
        if (tag->is(htmltags::Table))
            --m_tableDepth;
        m_result.html += u"</";
        m_result.html += tag->outputName;
        m_result.html += u'>';
    }
}

void SanitizerRun::writeStart(const TagInfo &tag, const QString (&values)[htmltags::AttributeCount])
{
    QString &out = m_result.html;
    out += u'<';
    out += tag.outputName;
    for (int i = 0; i < htmltags::AttributeCount; ++i) {
        // Escaping drops characters HTML cannot carry (NUL, controls): a value made only of
        // them is left out, as an empty one is, so sanitizing the output again changes nothing.
        QString escaped;
        htmlentities::appendEscaped(escaped, values[i]);
        if (escaped.isEmpty())
            continue;
        out += u' ';
        out += htmltags::attributeName(1u << i);
        out += u"=\"";
        out += escaped;
        out += u'"';
    }
    out += tag.is(htmltags::Void) ? QStringView(u" />") : QStringView(u">");
}

int SanitizerRun::attributeIndex(unsigned attribute)
{
    int index = 0;
    while (attribute > 1u) {
        attribute >>= 1;
        ++index;
    }
    return index;
}

/// The decoded, checked value of an allowed attribute, or a null string to drop it.
/// href and src are checked later, by LinkPolicy, against the value decoded here.
QString SanitizerRun::checkedValue(unsigned attribute, QStringView raw)
{
    using namespace htmltags;
    const QString value = htmlentities::decoded(raw, htmlentities::Context::Attribute);
    switch (attribute) {
    case Href:
    case Src:
    case Alt:
        return value;
    case Width:
        return checkedNumber(value, 0, MaxPixels, true);
    case Height:
        return checkedNumber(value, 0, MaxPixels);
    case Colspan:
    case Rowspan:
        return checkedNumber(value, 1, MaxSpan);
    case Border:
    case Cellpadding:
    case Cellspacing:
        return checkedNumber(value, 0, MaxTableSpacing);
    case Align:
        return checkedKeyword(value, {u"left", u"right", u"center", u"justify"});
    case Valign:
        return checkedKeyword(value, {u"top", u"middle", u"bottom", u"baseline"});
    case Dir:
        return checkedKeyword(value, {u"ltr", u"rtl", u"auto"});
    case ListType: {
        // Case matters here: "a" and "A" are different list styles.
        const QString trimmed = value.trimmed();
        for (const char16_t *type : {u"1", u"a", u"A", u"i", u"I"}) {
            if (trimmed == QStringView(type))
                return trimmed;
        }
        return {};
    }
    default:
        return {};
    }
}

} // namespace

SanitizedHtml HtmlSanitizer::sanitize(const QString &html, const SanitizeOptions &options)
{
    SanitizedHtml result;
    SanitizerRun(options, result).run(html);
    return result;
}

} // namespace ui
