#pragma once

#include "signinresult.h"
#include "tokencheckresult.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class NoticeBar;
class SignInStatus;
class TokenCheck;

/// Asks for an Intercom access token and its region (or a custom https server), checks it with
/// GET /me through TokenCheck and shows the workspace and teammate before "Save and Open" can
/// be pressed. Errors (wrong token, wrong region with a one-click switch, no network, TLS,
/// refused http:// address) appear inline under the form. "Use the demo workspace" accepts
/// the dialog with SignInResult::demoChosen. Enter runs the default action only when it can:
/// Check while unchecked, Save once checked. Knows nothing about the keychain or the store:
/// the caller reads result() after accepted(). GUI-thread widget.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    using Region = api::ClientConfig::Region;
    enum class Mode {
        FirstStart,   ///< no workspace yet: welcome text, demo button
        AddWorkspace, ///< another workspace from the Workspace menu
        SignInAgain,  ///< a 401 while running: prefilled region, the token must be for that
                      ///< workspace
    };

    explicit SignInDialog(Mode mode, QWidget *parent = nullptr);
    ~SignInDialog() override;

    Mode mode() const { return m_mode; }
    /// SignInAgain: the workspace whose token stopped working. Prefills the region (and the
    /// custom URL) and refuses a token of another workspace.
    void setWorkspace(const QString &workspaceId, const QString &workspaceName, Region region,
                      const QUrl &customBaseUrl = {});
    /// AddWorkspace: workspaces Triage already has, so adding one twice is refused.
    void setKnownWorkspaceIds(const QStringList &ids) { m_knownWorkspaceIds = ids; }
    /// Without a keychain the dialog says so and offers to use the token for this run only.
    void setKeychainAvailable(bool available);
    bool isKeychainAvailable() const { return m_keychainAvailable; }
    void setRegion(Region region, const QUrl &customBaseUrl = {});
    Region region() const;

    /// The check the dialog runs (tests and the preview point regions at sandboxes).
    TokenCheck *tokenCheck() const { return m_check; }
    /// Valid after accepted(): the demo choice, or the checked token and its workspace.
    SignInResult result() const { return m_result; }
    /// True once a token was checked and can be saved.
    bool isChecked() const { return m_checked; }

public Q_SLOTS:
    void check();

Q_SIGNALS:
    /// Emitted just before the dialog accepts with demoChosen.
    void demoRequested();

protected:
    bool event(QEvent *event) override;

private:
    void fitHeight();
    void buildForm();
    void buildButtons();
    void applyMode();
    void invalidate();
    void updateButtons();
    void onChecked(const ui::TokenCheckResult &result);
    void showAccepted(const TokenCheckResult &result);
    void showFailure(const TokenCheckResult &result);
    void switchToSuggestedRegion();
    void saveAndAccept();
    void chooseDemo();
    QString acceptedWorkspaceProblem(const api::Admin &admin) const;

    Mode m_mode;
    TokenCheck *m_check;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    NoticeBar *m_reauthNotice = nullptr;
    NoticeBar *m_keychainNotice = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_showToken = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    SignInStatus *m_status = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;

    QString m_workspaceId;
    QString m_workspaceName;
    QStringList m_knownWorkspaceIds;
    bool m_keychainAvailable = true;
    bool m_checked = false;
    TokenCheckResult m_last; ///< the last answer (WrongRegion keeps the other region's admin)
    SignInResult m_result;
};

} // namespace ui
