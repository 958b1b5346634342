#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Triage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIAGE_VERSION));
    const auto parsed = app::CommandLine::parse(QCoreApplication::arguments());
    if (const auto *exit = std::get_if<app::CommandLine::Exit>(&parsed)) {
        QTextStream(exit->code == 0 ? stdout : stderr) << exit->text;
        return exit->code;
    }
    return 0;
}
