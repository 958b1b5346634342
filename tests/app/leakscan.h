#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Searching files and log lines for a secret in the forms it could be written in.
namespace leakscan {

/// \a token raw, as UTF-16 (a QString dumped as is), base64 (with and without padding, also
/// URL-safe: as an "Authorization: Basic"-like or a keychain-style encoding would put it),
/// percent-encoded, and hex-encoded.
inline QList<QByteArray> forms(const QByteArray &token)
{
    const QString text = QString::fromUtf8(token);
    QList<QByteArray> all{
        token,
        QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
        token.toBase64(QByteArray::OmitTrailingEquals),
        token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(text),
        token.toHex()};
    // A form of the token is a form of it whatever its case (hex, a percent-encoding's digits).
    all.append(token.toHex().toUpper());
    QList<QByteArray> unique;
    for (const QByteArray &form : std::as_const(all)) {
        if (!unique.contains(form))
            unique.append(form);
    }
    return unique;
}

/// Which of \a forms occurs in \a data (the index), or -1.
inline int find(const QByteArray &data, const QList<QByteArray> &needles)
{
    for (int i = 0; i < needles.size(); ++i) {
        if (data.contains(needles.at(i)))
            return i;
    }
    return -1;
}

/// Every file under \a root (recursively, hidden ones too, links not followed) whose bytes
/// contain one of \a needles: "<relative path> (form <n>)". Folders named in \a skipped (relative
/// paths) are not read. \a scanned, if not null, gets the relative paths read.
inline QStringList hits(const QString &root, const QList<QByteArray> &needles,
                        const QStringList &skipped = {}, QStringList *scanned = nullptr)
{
    QStringList found;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = base.relativeFilePath(path);
        const bool skip
            = std::any_of(skipped.cbegin(), skipped.cend(), [&relative](const QString &s) {
                  return relative.startsWith(s + QLatin1Char('/'));
              });
        if (skip)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(relative + QLatin1String(" (unreadable)"));
            continue;
        }
        if (scanned)
            scanned->append(relative);
        const int form = find(file.readAll(), needles);
        if (form >= 0)
            found.append(relative + QLatin1String(" (form ") + QString::number(form)
                         + QLatin1Char(')'));
    }
    return found;
}

} // namespace leakscan
