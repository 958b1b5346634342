#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

/// Shared by the fuzz targets: one QCoreApplication for the whole run (translations, the
/// offscreen platform) and the way a broken invariant becomes a crash libFuzzer records.
namespace fuzz {

/// Creates the application once, from LLVMFuzzerInitialize. Never destroyed: libFuzzer exits
/// the process from inside its loop, and the fuzzed code may keep Qt's global state alive.
inline void initializeApplication(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app)
}

/// Aborts with \a what (and the offending text) when \a condition is false: a violated
/// invariant is a finding like a crash, and libFuzzer saves the input that caused it.
inline void require(bool condition, const char *what, const QString &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant violated: %s\n%s\n", what,
                 detail.left(2000).toUtf8().constData());
    std::abort();
}

} // namespace fuzz
