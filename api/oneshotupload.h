#pragma once

#include <QByteArray>
#include <QIODevice>

namespace api {

/// A request body that can be read once and never rewound. QNetworkAccessManager silently
/// resends a request when a kept-alive connection closes before the answer arrives; with this
/// body it cannot, and fails with ContentReSendError instead. Used for non-idempotent requests,
/// so that a POST the server may already have processed is never sent twice behind our back.
/// Owned by the reply it is uploaded with.
class OneShotUpload : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUpload(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace api
