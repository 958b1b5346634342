#include "linkpolicy.h"

#include <bitset>

namespace ui {

namespace {

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

/// Percent-encodes what would make the shown text differ from the address: controls,
/// format characters (bidi overrides, zero-width joiners), and every kind of white space.
QString visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype length = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        const QChar::Category category = QChar::category(c);
        const bool hidden
            = category == QChar::Other_Control || category == QChar::Other_Format
              || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
              || category == QChar::Other_PrivateUse || category == QChar::Separator_Space
              || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
        const QString piece = text.mid(i, length);
        out += hidden ? QString::fromLatin1(QUrl::toPercentEncoding(piece)) : piece;
        i += length - 1;
    }
    return out;
}

} // namespace

bool LinkPolicy::isOpenable(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    if (url.scheme() == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return isRemote(url);
}

bool LinkPolicy::isRemote(const QUrl &url)
{
    return url.isValid() && isHttp(url) && !url.host().isEmpty();
}

QUrl LinkPolicy::urlFromAttribute(const QString &value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && value[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && value[end - 1].unicode() <= 0x20)
        --end;
    QString cleaned;
    cleaned.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = value[i];
        if (c != u'\t' && c != u'\n' && c != u'\r')
            cleaned += c;
    }
    return QUrl(cleaned, QUrl::TolerantMode);
}

QString LinkPolicy::unicodeHost(const QUrl &url)
{
    const QString ace = url.host(QUrl::FullyEncoded);
    // Decode whatever the top-level domain: the mixed-script check, not a TLD list, protects.
    const QString decoded = QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return decoded.isEmpty() ? ace : decoded;
}

QString LinkPolicy::addressText(const QUrl &url)
{
    if (url.host().isEmpty())
        return visible(url.toString(QUrl::PrettyDecoded));
    QString text = url.scheme() + u"://";
    if (!url.userInfo().isEmpty())
        text += visible(url.userInfo(QUrl::PrettyDecoded)) + u'@';
    const QString host = unicodeHost(url);
    text += host.contains(u':') ? u'[' + host + u']' : visible(host);
    if (url.port() >= 0)
        text += u':' + QString::number(url.port());
    text += visible(url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::PrettyDecoded));
    return text;
}

QStringList LinkPolicy::warnings(const QUrl &url)
{
    QStringList result;
    const QString host = unicodeHost(url);
    if (hasMixedScripts(host)) {
        result << tr("Warning: the site name “%1” mixes letters from different alphabets and may "
                     "imitate another site. Its real address is %2.")
                      .arg(visible(host), url.host(QUrl::FullyEncoded));
    }
    if (!url.userInfo().isEmpty() && !url.host().isEmpty()) {
        result << tr("Note: the text before “@” is not part of the site name. This link goes to "
                     "%1.")
                      .arg(visible(host));
    }
    return result;
}

QString LinkPolicy::displayText(const QUrl &url)
{
    QStringList lines = warnings(url);
    lines.prepend(addressText(url));
    return lines.join(u'\n');
}

bool LinkPolicy::hasMixedScripts(const QString &unicodeHost)
{
    std::bitset<256> scripts;
    const auto codePoints = unicodeHost.toUcs4();
    for (const char32_t c : codePoints) {
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Common || script == QChar::Script_Inherited
            || script == QChar::Script_Unknown || size_t(script) >= scripts.size())
            continue;
        scripts.set(size_t(script));
    }
    if (scripts.count() <= 1)
        return false;
    // The "highly restrictive" mixes of UTS #39: Latin plus one East Asian writing system.
    const auto within = [&scripts](std::initializer_list<QChar::Script> allowed) {
        std::bitset<256> mask;
        for (const QChar::Script script : allowed)
            mask.set(size_t(script));
        return (scripts & ~mask).none();
    };
    return !within({QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hiragana,
                    QChar::Script_Katakana})
           && !within({QChar::Script_Latin, QChar::Script_Han, QChar::Script_Bopomofo})
           && !within({QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hangul});
}

} // namespace ui
