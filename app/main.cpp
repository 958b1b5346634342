#include "commandline.h"
#include "workspacesession.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // --help and --version must work without a display, so parse before creating the GUI.
    {
        QCoreApplication probe(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Triage"));
        QCoreApplication::setApplicationVersion(QStringLiteral(TRIAGE_VERSION));
        const auto parsed = app::CommandLine::parse(QCoreApplication::arguments());
        if (const auto *exit = std::get_if<app::CommandLine::Exit>(&parsed)) {
            QTextStream(exit->code == 0 ? stdout : stderr) << exit->text;
            return exit->code;
        }
    }

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Triage"));
    QApplication::setApplicationDisplayName(QStringLiteral("Triage"));
    QApplication::setApplicationVersion(QStringLiteral(TRIAGE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Triage"));
    QApplication::setDesktopFileName(QStringLiteral("triage"));
    const auto options = std::get<app::LaunchOptions>(app::CommandLine::parse(QApplication::arguments()));

    app::WorkspaceSession session;
    QString error;
    if (!session.start(options, &error)) {
        QTextStream(stderr) << error << '\n';
        QMessageBox::critical(nullptr, QApplication::translate("main", "Triage cannot start"), error);
        return 1;
    }
    session.showWindow();
    return application.exec();
}
