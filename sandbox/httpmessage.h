#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace sandbox {

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

/// One parsed HTTP request as the adapter hands it to the sandbox logic: plain values, no Qt
/// HTTP server types, so the logic is the same on every Qt version.
struct HttpRequestData
{
    QByteArray method;      ///< "GET", "POST", …
    QUrl url;               ///< path and query as received
    HttpHeaderList headers; ///< as received
    QByteArray body;

    /// Case-insensitive header lookup; empty if absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                return entry.second;
        }
        return {};
    }
};

/// What to send back and how: the adapter turns this into bytes on the wire.
struct HttpReply
{
    enum class Delivery {
        Normal,   ///< status, headers, Content-Length and body
        Drop,     ///< close the connection without answering
        Truncate, ///< announce the full Content-Length, send half the body, close
    };

    int status = 200;
    HttpHeaderList headers; ///< without Content-Length, which the adapter adds
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0; ///< deliver (whatever the delivery) this much later
};

} // namespace sandbox
