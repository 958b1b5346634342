#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace api {

/// Response or request headers as QNetworkReply::rawHeaderPairs() gives them.
using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

/// The value of a header, matched case-insensitively; empty if absent.
inline QByteArray headerValue(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace api
