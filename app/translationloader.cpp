#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace app {

namespace {

QString loadInto(QCoreApplication *application, const QLocale &locale, const QString &name,
                 const QString &directory, const QString &fallback = QString())
{
    auto *translator = new QTranslator(application);
    if (translator->load(locale, name, QStringLiteral("_"), directory)
        || (!fallback.isEmpty() && translator->load(fallback, directory))) {
        QCoreApplication::installTranslator(translator);
        return translator->filePath();
    }
    delete translator;
    return {};
}

} // namespace

QStringList TranslationLoader::install(QCoreApplication *application, const QLocale &locale)
{
    QStringList loaded;
    // Qt's first, so that ours (installed last, asked first) wins where both translate.
    const QString qt = loadInto(application, locale, QStringLiteral("qtbase"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QString own = loadInto(application, locale, QStringLiteral("triage"),
                                 QStringLiteral(":/i18n"), QStringLiteral("triage_en"));
    for (const QString &file : {qt, own}) {
        if (!file.isEmpty())
            loaded.append(file);
    }
    return loaded;
}

} // namespace app
