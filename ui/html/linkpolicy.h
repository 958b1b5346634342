#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ui {

/// Which links Triage opens, and how a link is shown before the system browser opens it.
/// Stateless; thread-safe.
class LinkPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ui::LinkPolicy)

public:
    /// http, https and mailto only, and only when the URL is valid and (for http/https) has a
    /// host; relative URLs are never openable.
    static bool isOpenable(const QUrl &url);

    /// An http or https URL with a host: an image Triage could fetch.
    static bool isRemote(const QUrl &url);

    /// Parses an attribute value (entities already decoded) the way a browser's URL parser
    /// reads it: leading and trailing controls and spaces trimmed, tabs and newlines anywhere
    /// removed (so "java\tscript:" is "javascript:"). The result is what gets checked and
    /// written back, so the check and the use can never disagree.
    static QUrl urlFromAttribute(const QString &value);

    /// What the "Open this link?" confirmation shows (plain text): addressText(), then one
    /// line per warning().
    static QString displayText(const QUrl &url);

    /// The full URL: userinfo visible, the host decoded from punycode, invisible or
    /// direction-changing characters percent-encoded so that what is shown is what is opened.
    static QString addressText(const QUrl &url);

    /// Translated warnings: a host mixing scripts (a look-alike domain, shown with its
    /// punycode form), userinfo that makes the URL read like another site.
    static QStringList warnings(const QUrl &url);

    /// True when the host's letters come from more than one script, other than the mixes
    /// Unicode TR 39 considers normal (Latin with Han, Kana, Hangul or Bopomofo).
    static bool hasMixedScripts(const QString &unicodeHost);

    /// The host decoded from punycode (unchanged when not punycode).
    static QString unicodeHost(const QUrl &url);
};

} // namespace ui
