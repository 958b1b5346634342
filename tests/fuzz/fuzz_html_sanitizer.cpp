// libFuzzer target: the customer-HTML sanitizer (ui::HtmlSanitizer) and the link policy.
// The bytes are a conversation part's body (UTF-8). Every output must satisfy the contract
// that tests/ui/htmlsanitizercheck.h states independently (allowlisted tags and attributes,
// http/https/mailto URLs only, balanced, escaped text), contain no script element, event
// handler or javascript: URL in any tag, stay within a constant multiple of the input, and
// come back unchanged when sanitized again. A violated invariant aborts (a finding).

#include "fuzzcheck.h"

#include "tests/ui/htmlsanitizercheck.h"
#include "ui/html/htmlsanitizer.h"
#include "ui/html/linkpolicy.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using ui::HtmlSanitizer;
using ui::LinkPolicy;
using ui::SanitizedHtml;
using ui::SanitizeOptions;

namespace {

/// Active content in any tag of the output, checked on its own whatever the contract check
/// thinks of it: script-like elements, event handler or style attributes, script URLs in the
/// attributes that hold URLs.
/// (Text may mention "javascript:" or "<script>": it is escaped, so only tags are looked at.)
void checkNoActiveContent(const QString &html, const QString &input)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([^\\s/>]*)([^>]*)>"));
    static const QRegularExpression activeTag(
        QStringLiteral("^(script|style|iframe|frame|object|embed|applet|svg|math|base|meta|link|"
                       "form|input|button|textarea|template|noscript)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(QStringLiteral("([^\\s=]+)=\"([^\"]*)\""));
    static const QRegularExpression scriptUrl(
        QStringLiteral("^\\s*(javascript|vbscript|data|file):"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urlAttribute(
        QStringLiteral("^(href|src|srcset|action|formaction|background|cite|poster|longdesc|"
                       "usemap|data|codebase|lowsrc|dynsrc|xlink:href|manifest|icon|ping)$"));
    fuzz::require(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive),
                  "<script in the output", input);
    auto tags = tag.globalMatch(html);
    while (tags.hasNext()) {
        const QRegularExpressionMatch m = tags.next();
        fuzz::require(!activeTag.match(m.captured(1)).hasMatch(), "active element in the output",
                      m.captured(0) + u'\n' + input);
        auto attributes = attribute.globalMatch(m.captured(2));
        while (attributes.hasNext()) {
            const QRegularExpressionMatch a = attributes.next();
            const QString name = a.captured(1).toLower();
            fuzz::require(!name.startsWith(QLatin1String("on")) && name != QLatin1String("style")
                              && name != QLatin1String("srcdoc"),
                          "event handler or style attribute in the output",
                          m.captured(0) + u'\n' + input);
            // Only attributes a browser or QTextDocument loads or follows hold URLs: alt or title
            // text that reads "javascript:" is text (the fuzzer found exactly that).
            if (!urlAttribute.match(name).hasMatch())
                continue;
            const QString value = a.captured(2).replace(QLatin1String("&amp;"), QLatin1String("&"));
            fuzz::require(!scriptUrl.match(value).hasMatch(), "script URL in the output",
                          m.captured(0) + u'\n' + input);
        }
    }
}

void checkLinks(const SanitizedHtml &result, const QString &input)
{
    for (const QUrl &link : result.links) {
        fuzz::require(LinkPolicy::isOpenable(link), "a kept link is not openable",
                      link.toString() + u'\n' + input);
        LinkPolicy::displayText(link);
    }
}

void sanitizeAndCheck(const QString &input, const SanitizeOptions &options)
{
    const SanitizedHtml result = HtmlSanitizer::sanitize(input, options);
    const QString problem = sanitizedHtmlProblem(result.html);
    fuzz::require(problem.isEmpty(), "output breaks the sanitizer's contract",
                  problem + u'\n' + input);
    fuzz::require(result.html.size() <= 16 * input.size() + 64, "output too large", input);
    fuzz::require(result.blockedImages >= 0, "negative blocked image count", input);
    checkNoActiveContent(result.html, input);
    checkLinks(result, input);

    const SanitizedHtml again = HtmlSanitizer::sanitize(result.html, options);
    // The links are compared by number: a URL read back from its own percent-encoded form may
    // normalise differently in QUrl (the fuzzer found one), which changes nothing a reader sees
    // or opens; checkLinks() holds every kept link to the link policy.
    fuzz::require(again.html == result.html && again.links.size() == result.links.size(),
                  "sanitizing twice changes the output", result.html + u'\n' + again.html);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initializeApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    sanitizeAndCheck(input, {});
    SanitizeOptions remote;
    remote.allowRemoteImages = true;
    // Small depths exercise the flattening; the first byte picks one.
    remote.maxNestingDepth = size > 0 ? data[0] % 8 : 0;
    sanitizeAndCheck(input, remote);

    // The whole input, and its first line, as a link's attribute value.
    for (const QString &value : {input, input.section(u'\n', 0, 0)}) {
        const QUrl url = LinkPolicy::urlFromAttribute(value);
        if (LinkPolicy::isOpenable(url)) {
            const QString scheme = url.scheme();
            fuzz::require(scheme == QLatin1String("http") || scheme == QLatin1String("https")
                              || scheme == QLatin1String("mailto"),
                          "openable URL with another scheme", value);
        }
        LinkPolicy::displayText(url);
        LinkPolicy::isRemote(url);
    }
    return 0;
}
