#include "secretserviceprobe.h"

#ifdef TRIAGE_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QStringList>
#endif

namespace app {

bool SecretServiceProbe::isReachable()
{
#ifdef TRIAGE_HAVE_QTDBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusConnectionInterface *daemon = bus.isConnected() ? bus.interface() : nullptr;
    if (!daemon)
        return false;
    const QStringList services{QStringLiteral("org.freedesktop.secrets"),
                               QStringLiteral("org.kde.kwalletd5"),
                               QStringLiteral("org.kde.kwalletd6")};
    const QDBusReply<QStringList> activatable = daemon->activatableServiceNames();
    for (const QString &service : services) {
        if (daemon->isServiceRegistered(service).value()
            || (activatable.isValid() && activatable.value().contains(service)))
            return true;
    }
    return false;
#else
    return true;
#endif
}

} // namespace app
