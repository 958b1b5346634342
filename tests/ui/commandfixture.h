#pragma once

#include "ui/commands/commandregistry.h"
#include "ui/commands/defaultcommands.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

namespace commandtest {

/// A shown, active top-level window with a list (where single-key shortcuts should fire) and a
/// line edit (where they must not), and a registry holding the default catalog.
struct HostWindow
{
    QWidget window;
    QListView *list = new QListView(&window);
    QLineEdit *edit = new QLineEdit(&window);
    ui::CommandRegistry registry{&window};

    HostWindow()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(list);
        layout->addWidget(edit);
        ui::DefaultCommands::registerAll(registry);
        window.resize(800, 600);
    }

    /// Shows and activates the window (offscreen too); false if the platform refused.
    bool showAndActivate(QWidget *focus)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        focus->setFocus(Qt::OtherFocusReason);
        return QApplication::focusWidget() == focus;
    }

    std::unique_ptr<QSignalSpy> spyOn(const QString &id)
    {
        return std::make_unique<QSignalSpy>(registry.action(id), &QAction::triggered);
    }
};

} // namespace commandtest
