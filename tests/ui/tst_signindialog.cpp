#include "signinfixture.h"

#include "api/transportpolicy.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/workspace.h"
#include "ui/composer/noticebar.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinstatus.h"
#include "ui/signin/tokencheck.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using ui::SignInDialog;
using ui::SignInStatus;
using Region = api::ClientConfig::Region;
using State = SignInStatus::State;
using namespace signinfixture;

/// Everything here is driven by key presses sent to the focused widget, as a person would.
class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void correctTokenShowsWorkspace();
    void enterDoesNothingWithoutToken();
    void wrongToken();
    void wrongRegionOffersSwitch();
    void noNetwork();
    void insecureUrlRefused();
    void editingInvalidatesCheck();
    void showTokenToggle();
    void demoButton();
    void signInAgain();
    void signInAgainOtherWorkspace();
    void addKnownWorkspace();
    void keychainUnavailable();
    void everyControlNamed();

private:
    std::unique_ptr<SignInDialog> makeDialog(SignInDialog::Mode mode);
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString &text);
    static SignInStatus *status(SignInDialog &dialog);
    static QPushButton *button(SignInDialog &dialog, const char *name);
    static bool waitForStatus(SignInDialog &dialog, State state);

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<sandbox::SandboxServer> m_other;
    QUrl m_closed;
};

void TestSignInDialog::initTestCase()
{
    m_sandbox = startSandbox(QStringLiteral("sbx_right_token"));
    m_other = startSandbox(QStringLiteral("sbx_other_workspace"));
    QVERIFY(m_sandbox && m_other);
    m_closed = closedPortUrl();
}

std::unique_ptr<SignInDialog> TestSignInDialog::makeDialog(SignInDialog::Mode mode)
{
    auto dialog = std::make_unique<SignInDialog>(mode);
    // US answers 401 (another workspace), EU is the token's own, AU cannot be reached.
    dialog->tokenCheck()->setRegionBaseUrl(Region::US, m_other->url());
    dialog->tokenCheck()->setRegionBaseUrl(Region::EU, m_sandbox->url());
    dialog->tokenCheck()->setRegionBaseUrl(Region::AU, m_closed);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the dialog did not become active");
    return dialog;
}

void TestSignInDialog::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestSignInDialog::type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

SignInStatus *TestSignInDialog::status(SignInDialog &dialog)
{
    return dialog.findChild<SignInStatus *>(QStringLiteral("signInStatus"));
}

QPushButton *TestSignInDialog::button(SignInDialog &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QLatin1String(name));
}

bool TestSignInDialog::waitForStatus(SignInDialog &dialog, State state)
{
    SignInStatus *line = status(dialog);
    for (int i = 0; i < 200 && line->state() != state; ++i)
        QTest::qWait(50);
    if (line->state() != state)
        qWarning("status is %d: %s", int(line->state()), qPrintable(line->text()));
    return line->state() == state;
}

void TestSignInDialog::correctTokenShowsWorkspace()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("signInTokenField"));
    QCOMPARE(QApplication::focusWidget(), token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!button(*dialog, "signInSaveButton")->isEnabled());
    type(QStringLiteral("sbx_right_token"));
    press(Qt::Key_R, Qt::AltModifier); // &Region
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("signInRegion"));
    press(Qt::Key_Down); // US -> EU
    QCOMPARE(int(dialog->region()), int(Region::EU));
    press(Qt::Key_T, Qt::AltModifier); // Access &token
    press(Qt::Key_Return);             // the default action: Check
    QCOMPARE(status(*dialog)->state(), State::Busy);
    QVERIFY(waitForStatus(*dialog, State::Success));

    QVERIFY2(status(*dialog)->text().startsWith(
                 QStringLiteral("Workspace: Triage Demo — signed in as ")),
             qPrintable(status(*dialog)->text()));
    QVERIFY(status(*dialog)->text().contains(QLatin1Char('@')));
    QPushButton *save = button(*dialog, "signInSaveButton");
    QVERIFY(save->isEnabled() && save->isDefault());
    QCOMPARE(QApplication::focusWidget(), save);

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    press(Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    const ui::SignInResult result = dialog->result();
    QVERIFY(!result.demoChosen);
    QVERIFY(!result.sessionOnly);
    QCOMPARE(result.token, QByteArray("sbx_right_token"));
    QCOMPARE(int(result.region), int(Region::EU));
    QCOMPARE(result.baseUrl, m_sandbox->url());
    QCOMPARE(result.workspaceName, QStringLiteral("Triage Demo"));
    QCOMPARE(result.adminId, m_sandbox->api().meAdminId());
    QVERIFY(!result.workspaceId.isEmpty());
    QVERIFY(!result.adminName.isEmpty());
}

void TestSignInDialog::enterDoesNothingWithoutToken()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    press(Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(dialog->isVisible());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(status(*dialog)->state(), State::Hidden);
    QVERIFY(!dialog->tokenCheck()->isRunning());
    type(QStringLiteral("   ")); // only spaces: still nothing to check
    press(Qt::Key_Return);
    QCOMPARE(status(*dialog)->state(), State::Hidden);
}

void TestSignInDialog::wrongToken()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    press(Qt::Key_R, Qt::AltModifier);
    press(Qt::Key_End); // Custom server
    QCOMPARE(int(dialog->region()), int(Region::Custom));
    press(Qt::Key_A, Qt::AltModifier); // Server &address
    type(m_sandbox->url().toString());
    press(Qt::Key_T, Qt::AltModifier);
    type(QStringLiteral("sbx_not_it"));
    press(Qt::Key_Return);
    QVERIFY(waitForStatus(*dialog, State::Error));
    QVERIFY2(
        status(*dialog)->text().contains(QLatin1String("did not accept this access token (401)")),
        qPrintable(status(*dialog)->text()));
    QVERIFY(!button(*dialog, "signInSaveButton")->isEnabled());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("signInTokenField"));
    QCOMPARE(status(*dialog)->accessibleDescription(), status(*dialog)->text());
}

void TestSignInDialog::wrongRegionOffersSwitch()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    type(QStringLiteral("sbx_right_token")); // region stays US, which says 401
    press(Qt::Key_Return);
    QVERIFY(waitForStatus(*dialog, State::Warning));
    QVERIFY2(status(*dialog)->text().contains(QLatin1String("This token belongs to the EU region")),
             qPrintable(status(*dialog)->text()));
    QPushButton *use = status(*dialog)->actionButton();
    QVERIFY(use->isVisible());
    QCOMPARE(use->text(), QStringLiteral("Use the EU &Region"));
    QCOMPARE(QApplication::focusWidget(), use);
    press(Qt::Key_Return); // the focused action, not the dialog's default Check
    QTRY_COMPARE(int(dialog->region()), int(Region::EU));
    QCOMPARE(int(dialog->region()), int(Region::EU));
    QCOMPARE(status(*dialog)->state(), State::Success);
    QVERIFY(status(*dialog)->text().contains(QLatin1String("Triage Demo")));
    QVERIFY(!use->isVisible());
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    press(Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(int(dialog->result().region), int(Region::EU));
}

void TestSignInDialog::noNetwork()
{
    auto dialog = makeDialog(SignInDialog::Mode::AddWorkspace);
    press(Qt::Key_R, Qt::AltModifier);
    press(Qt::Key_Down);
    press(Qt::Key_Down); // AU: a closed port
    press(Qt::Key_T, Qt::AltModifier);
    type(QStringLiteral("sbx_right_token"));
    press(Qt::Key_Return);
    QVERIFY(waitForStatus(*dialog, State::Error));
    QVERIFY2(status(*dialog)->text().startsWith(QLatin1String("Could not reach 127.0.0.1:")),
             qPrintable(status(*dialog)->text()));
    QVERIFY(status(*dialog)->text().contains(QLatin1String("network connection")));
}

void TestSignInDialog::insecureUrlRefused()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    type(QStringLiteral("sbx_right_token"));
    press(Qt::Key_R, Qt::AltModifier);
    press(Qt::Key_End);
    press(Qt::Key_A, Qt::AltModifier);
    type(QStringLiteral("http://example.com"));
    press(Qt::Key_Return);
    QVERIFY(waitForStatus(*dialog, State::Error));
    QCOMPARE(status(*dialog)->text(),
             api::TransportPolicy::explain(api::TransportPolicy::Verdict::NotHttps));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("signInServerUrl"));
    QVERIFY(!button(*dialog, "signInSaveButton")->isEnabled());
}

void TestSignInDialog::editingInvalidatesCheck()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    type(QStringLiteral("sbx_right_token"));
    press(Qt::Key_R, Qt::AltModifier);
    press(Qt::Key_Down);
    press(Qt::Key_T, Qt::AltModifier);
    press(Qt::Key_Return);
    QVERIFY(waitForStatus(*dialog, State::Success));
    QVERIFY(dialog->isChecked());
    press(Qt::Key_T, Qt::AltModifier);
    type(QStringLiteral("x"));
    QVERIFY(!dialog->isChecked());
    QCOMPARE(status(*dialog)->state(), State::Hidden);
    QVERIFY(!button(*dialog, "signInSaveButton")->isEnabled());
    QVERIFY(button(*dialog, "signInCheckButton")->isDefault());
}

void TestSignInDialog::showTokenToggle()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("signInTokenField"));
    // A button's mnemonic clicks it with a short animation, hence the QTRY.
    press(Qt::Key_H, Qt::AltModifier); // S&how
    QTRY_COMPARE(token->echoMode(), QLineEdit::Normal);
    press(Qt::Key_H, Qt::AltModifier);
    QTRY_COMPARE(token->echoMode(), QLineEdit::Password);
}

void TestSignInDialog::demoButton()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    QSignalSpy demo(dialog.get(), &SignInDialog::demoRequested);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    press(Qt::Key_D, Qt::AltModifier); // Use the &Demo Workspace
    QTRY_COMPARE(demo.count(), 1);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(dialog->result().demoChosen);
    QVERIFY(dialog->result().token.isEmpty());
}

void TestSignInDialog::signInAgain()
{
    auto dialog = std::make_unique<SignInDialog>(SignInDialog::Mode::SignInAgain);
    const QString workspaceId = m_sandbox->api().workspace().workspaceId();
    dialog->setWorkspace(workspaceId, QStringLiteral("Triage Demo"), Region::EU);
    dialog->tokenCheck()->setRegionBaseUrl(Region::EU, m_sandbox->url());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QCOMPARE(int(dialog->region()), int(Region::EU));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Sign In Again"));
    auto *notice = dialog->findChild<ui::NoticeBar *>(QStringLiteral("signInReauthNotice"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
             QStringLiteral("Your token for Triage Demo was revoked or expired. Queued actions "
                            "are kept and will be sent after you sign in."));
    QVERIFY(!button(*dialog, "signInDemoButton")->isVisible());
    QCOMPARE(button(*dialog, "signInSaveButton")->text(), QStringLiteral("&Save and Continue"));
    type(QStringLiteral("sbx_right_token"));
    press(Qt::Key_Return);
    QVERIFY(waitForStatus(*dialog, State::Success));
    press(Qt::Key_Return);
    QCOMPARE(dialog->result().workspaceId, workspaceId);
    QCOMPARE(dialog->result().token, QByteArray("sbx_right_token"));
}

void TestSignInDialog::signInAgainOtherWorkspace()
{
    auto dialog = std::make_unique<SignInDialog>(SignInDialog::Mode::SignInAgain);
    dialog->setWorkspace(QStringLiteral("abc123"), QStringLiteral("Acme Support"), Region::EU);
    dialog->tokenCheck()->setRegionBaseUrl(Region::EU, m_sandbox->url());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    type(QStringLiteral("sbx_right_token"));
    press(Qt::Key_Return);
    QVERIFY(waitForStatus(*dialog, State::Error));
    QVERIFY2(status(*dialog)->text().startsWith(QLatin1String(
                 "This token belongs to the workspace Triage Demo, not Acme Support.")),
             qPrintable(status(*dialog)->text()));
    QVERIFY(!button(*dialog, "signInSaveButton")->isEnabled());
}

void TestSignInDialog::addKnownWorkspace()
{
    auto dialog = makeDialog(SignInDialog::Mode::AddWorkspace);
    dialog->setKnownWorkspaceIds({m_sandbox->api().workspace().workspaceId()});
    dialog->setRegion(Region::EU);
    press(Qt::Key_T, Qt::AltModifier);
    type(QStringLiteral("sbx_right_token"));
    press(Qt::Key_Return);
    QVERIFY(waitForStatus(*dialog, State::Error));
    QVERIFY(status(*dialog)->text().startsWith(
        QLatin1String("Triage already has the workspace Triage Demo.")));
}

void TestSignInDialog::keychainUnavailable()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    dialog->setKeychainAvailable(false);
    auto *notice = dialog->findChild<ui::NoticeBar *>(QStringLiteral("signInKeychainNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("No system keychain is available")));
    QCOMPARE(button(*dialog, "signInSaveButton")->text(),
             QStringLiteral("&Use for This Session Only"));
    dialog->setRegion(Region::EU);
    press(Qt::Key_T, Qt::AltModifier);
    type(QStringLiteral("sbx_right_token"));
    press(Qt::Key_Return);
    QVERIFY(waitForStatus(*dialog, State::Success));
    press(Qt::Key_Return);
    QVERIFY(dialog->result().sessionOnly);
    QCOMPARE(dialog->result().token, QByteArray("sbx_right_token"));
}

void TestSignInDialog::everyControlNamed()
{
    auto dialog = makeDialog(SignInDialog::Mode::FirstStart);
    dialog->setRegion(Region::Custom, QUrl(QStringLiteral("https://x.example")));
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget)
                                 || qobject_cast<QLineEdit *>(widget)
                                 || qobject_cast<QComboBox *>(widget);
        if (!interactive)
            continue;
        ++checked;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked >= 8);
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
