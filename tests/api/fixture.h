#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

/// Reads tests/data/api/<relativePath> as a JSON object; fails the current test if unreadable.
inline QJsonObject loadFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(TRIAGE_API_FIXTURES "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open fixture ") + file.fileName()), __FILE__,
                     __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}
