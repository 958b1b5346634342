#pragma once

namespace app {

/// Whether a keychain service answers on the D-Bus session bus (the freedesktop Secret
/// Service or KWallet). Asks the bus daemon only (a short blocking call, no event loop, no
/// service activation). Always true where there is no D-Bus keychain (macOS, Windows).
/// Asked after a keychain failure only. Any thread.
class SecretServiceProbe
{
public:
    static bool isReachable();
};

} // namespace app
