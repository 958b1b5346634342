#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace app {

/// Installs Triage's translations for a locale at start-up: Qt's own (qtbase_<lang>.qm from
/// Qt's translations folder, when present: the standard dialog buttons) and ours from the
/// resources (":/i18n/triage_<lang>.qm"). The source strings are English, so when no file fits
/// the locale the English one is installed anyway: it holds the plural forms of the "%n"
/// strings ("1 conversation", "2 conversations"). Translators are children of the application.
class TranslationLoader
{
public:
    /// Installs the translations for \a locale into \a application; the files loaded.
    static QStringList install(QCoreApplication *application, const QLocale &locale = QLocale());
};

} // namespace app
