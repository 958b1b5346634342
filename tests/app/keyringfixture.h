#pragma once

#include "app/workspaces/tokenvault.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#ifdef TRIAGE_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDBusVariant>
#endif

/// The real keychain in tests: which one ctest gave the program, whether it is up, and what it
/// holds as secret-tool sees it.
namespace keyringfixture {

// How ctest runs the program (tests/app/CMakeLists.txt): "secret-service" inside
// ../shared/tools/with-keyring, "none" without any D-Bus session, "missing-tool" when
// with-keyring was absent at configure time.
inline QByteArray keyringMode()
{
    return qgetenv("TRIAGE_KEYRING_TEST");
}

#define REQUIRE_KEYRING_MODE(mode)                                                                 \
    do {                                                                                           \
        if (keyringfixture::keyringMode() == "missing-tool")                                       \
            QSKIP("NOT RUN: ../shared/tools/with-keyring was absent at configure time, so the "    \
                  "keychain was not tested against a real Secret Service.");                       \
        if (keyringfixture::keyringMode() != mode)                                                 \
            QSKIP("Runs under ctest with TRIAGE_KEYRING_TEST=" mode);                              \
    } while (false)

/// Whether an unlocked Secret Service answers on the session bus. Asks the bus daemon first:
/// talking to the service before gnome-keyring-daemon --unlock registered would start a second,
/// locked daemon.
inline bool secretServiceReady()
{
#ifdef TRIAGE_HAVE_QTDBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()
        || !bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value())
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QDBusVariant> locked = bus.call(get);
    return locked.isValid() && !locked.value().variant().toBool();
#else
    return false;
#endif
}

inline QString secretTool(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForFinished(10000))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(process.readAll());
}

/// secret-tool's listing of Triage's entries (QtKeychain: server=<service>, user=<key>); all
/// of them when \a key is empty. Empty when there are none.
inline QString keychainEntries(const QString &key = {})
{
    QStringList arguments{QStringLiteral("search"), QStringLiteral("--all"),
                          QStringLiteral("server"), app::TokenVault::defaultService()};
    if (!key.isEmpty())
        arguments << QStringLiteral("user") << key;
    return secretTool(arguments).trimmed();
}

/// The secret stored for \a key as secret-tool sees it, decoded: QtKeychain's libsecret backend
/// stores it base64-encoded.
inline QByteArray keychainToken(const QString &key)
{
    const QByteArray stored
        = secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                      app::TokenVault::defaultService(), QStringLiteral("user"), key})
              .toUtf8();
    return QByteArray::fromBase64(stored.trimmed());
}

inline void clearKeychain()
{
    secretTool(
        {QStringLiteral("clear"), QStringLiteral("server"), app::TokenVault::defaultService()});
}

} // namespace keyringfixture
