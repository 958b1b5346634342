#include "signindialog.h"

#include "signinstatus.h"
#include "tokencheck.h"

#include "ui/composer/noticebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName,
                        const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &objectName,
                        const QString &accessibleName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

// What the person typed as a server: an address without a scheme is meant as https.
QUrl customUrlFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        return QUrl(QLatin1String("https://") + trimmed, QUrl::StrictMode);
    return QUrl(trimmed, QUrl::StrictMode);
}

} // namespace

SignInDialog::SignInDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_check(new TokenCheck(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setMinimumWidth(600);
    buildForm();
    buildButtons();
    applyMode();
    connect(m_check, &TokenCheck::finished, this, &SignInDialog::onChecked);
    updateButtons();
    m_token->setFocus();
}

SignInDialog::~SignInDialog() = default;

bool SignInDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        fitHeight();
    return handled;
}

void SignInDialog::fitHeight()
{
    // Wrapped labels need height for the dialog's width; a window does not grow by itself when
    // the status or a notice appears, so the text would be cut off.
    const int needed = layout() ? layout()->totalHeightForWidth(width()) : -1;
    if (needed <= 0)
        return;
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void SignInDialog::buildForm()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("signInHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_reauthNotice = new NoticeBar(NoticeBar::Tone::Warning, this);
    m_reauthNotice->setObjectName(QStringLiteral("signInReauthNotice"));
    m_reauthNotice->setAccessibleName(tr("Signed out"));
    m_reauthNotice->setVisible(false);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("signInExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setText(
        tr("Triage talks to Intercom with the access token of an app in your workspace. To get "
           "one, open the Developer Hub in Intercom, choose your app (or create an internal "
           "app), open its Authentication page and copy the access token."));

    m_keychainNotice = new NoticeBar(NoticeBar::Tone::Warning, this);
    m_keychainNotice->setObjectName(QStringLiteral("signInKeychainNotice"));
    m_keychainNotice->setAccessibleName(tr("No keychain"));
    m_keychainNotice->setText(
        tr("No system keychain is available, so Triage cannot store the token safely on this "
           "computer. You can still use it for this session: it is kept in memory only, and "
           "Triage asks for it again next time."));
    m_keychainNotice->setVisible(false);

    m_token = makeLineEdit(this, QStringLiteral("signInTokenField"), tr("Access token"),
                           tr("Paste the access token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                 | Qt::ImhNoAutoUppercase);
    m_showToken = new QCheckBox(tr("S&how"), this);
    m_showToken->setObjectName(QStringLiteral("signInShowToken"));
    m_showToken->setAccessibleName(tr("Show the access token"));
    connect(m_showToken, &QCheckBox::toggled, this, [this](bool show) {
        m_token->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("signInRegion"));
    m_region->setAccessibleName(tr("Region"));
    for (Region region : {Region::US, Region::EU, Region::AU}) {
        const QString host = api::ClientConfig::regionBaseUrl(region).host();
        m_region->addItem(tr("%1 (%2)").arg(TokenCheckResult::regionName(region), host),
                          int(region));
    }
    m_region->addItem(tr("Custom server"), int(Region::Custom));

    m_url = makeLineEdit(this, QStringLiteral("signInServerUrl"), tr("Server address"),
                         tr("https://intercom-proxy.example.com"));
    m_urlLabel = new QLabel(tr("Server &address:"), this);
    m_urlLabel->setBuddy(m_url);

    auto *form = new QFormLayout;
    auto *tokenLabel = new QLabel(tr("Access &token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    form->addRow(regionLabel, m_region);
    form->addRow(m_urlLabel, m_url);

    m_status = new SignInStatus(this);
    connect(m_status, &SignInStatus::actionTriggered, this, &SignInDialog::switchToSuggestedRegion);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_reauthNotice);
    layout->addWidget(m_explanation);
    layout->addWidget(m_keychainNotice);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    // textChanged, not textEdited: a token set by the caller (or pasted) needs a check too.
    connect(m_token, &QLineEdit::textChanged, this, &SignInDialog::invalidate);
    connect(m_url, &QLineEdit::textChanged, this, &SignInDialog::invalidate);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = region() == Region::Custom;
        m_url->setVisible(custom);
        m_urlLabel->setVisible(custom);
        invalidate();
    });
    m_url->setVisible(false);
    m_urlLabel->setVisible(false);
}

void SignInDialog::buildButtons()
{
    m_demo = makeButton(this, tr("Use the &Demo Workspace"), QStringLiteral("signInDemoButton"),
                        tr("Use the demo workspace"));
    m_demo->setToolTip(tr("Try Triage with generated conversations; nothing is sent to Intercom."));
    m_cancel = makeButton(this, tr("Cancel"), QStringLiteral("signInCancelButton"), tr("Cancel"));
    m_checkButton = makeButton(this, tr("&Check Token"), QStringLiteral("signInCheckButton"),
                               tr("Check the access token"));
    m_save = makeButton(this, tr("&Save and Open"), QStringLiteral("signInSaveButton"),
                        tr("Save and open the workspace"));
    connect(m_demo, &QPushButton::clicked, this, &SignInDialog::chooseDemo);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, &SignInDialog::check);
    connect(m_save, &QPushButton::clicked, this, &SignInDialog::saveAndAccept);

    auto *row = new QHBoxLayout;
    row->addWidget(m_demo);
    row->addStretch(1);
    row->addWidget(m_cancel);
    row->addWidget(m_checkButton);
    row->addWidget(m_save);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);

    setTabOrder(m_token, m_showToken);
    setTabOrder(m_showToken, m_region);
    setTabOrder(m_region, m_url);
    setTabOrder(m_url, m_status->actionButton());
    setTabOrder(m_status->actionButton(), m_checkButton);
    setTabOrder(m_checkButton, m_save);
    setTabOrder(m_save, m_cancel);
    setTabOrder(m_cancel, m_demo);
}

void SignInDialog::applyMode()
{
    switch (m_mode) {
    case Mode::FirstStart:
        setWindowTitle(tr("Sign In to Intercom"));
        m_heading->setText(tr("Connect Triage to your Intercom workspace"));
        break;
    case Mode::AddWorkspace:
        setWindowTitle(tr("Add Workspace"));
        m_heading->setText(tr("Add an Intercom workspace"));
        break;
    case Mode::SignInAgain: {
        setWindowTitle(tr("Sign In Again"));
        const QString name = m_workspaceName.isEmpty() ? tr("this workspace") : m_workspaceName;
        m_heading->setText(tr("Sign in again to %1").arg(name));
        m_reauthNotice->setText(tr("Your token for %1 was revoked or expired. Queued actions are "
                                   "kept and will be sent after you sign in.")
                                    .arg(name));
        m_reauthNotice->setVisible(true);
        break;
    }
    }
    m_heading->setAccessibleName(m_heading->text());
    setAccessibleName(windowTitle());
    m_demo->setVisible(m_mode != Mode::SignInAgain);
    m_keychainNotice->setVisible(!m_keychainAvailable);
    if (!m_keychainAvailable)
        m_save->setText(tr("&Use for This Session Only"));
    else if (m_mode == Mode::SignInAgain)
        m_save->setText(tr("&Save and Continue"));
    else
        m_save->setText(tr("&Save and Open"));
    m_save->setAccessibleName(QString(m_save->text()).remove(QLatin1Char('&')));
}

void SignInDialog::setWorkspace(const QString &workspaceId, const QString &workspaceName,
                                Region region, const QUrl &customBaseUrl)
{
    m_workspaceId = workspaceId;
    m_workspaceName = workspaceName;
    setRegion(region, customBaseUrl);
    applyMode();
}

void SignInDialog::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    applyMode();
}

void SignInDialog::setRegion(Region region, const QUrl &customBaseUrl)
{
    m_region->setCurrentIndex(qMax(0, m_region->findData(int(region))));
    if (region == Region::Custom)
        m_url->setText(customBaseUrl.toString());
    invalidate();
}

SignInDialog::Region SignInDialog::region() const
{
    return Region(m_region->currentData().toInt());
}

void SignInDialog::invalidate()
{
    m_check->cancel();
    m_checked = false;
    m_last = {};
    m_status->clear();
    updateButtons();
}

void SignInDialog::updateButtons()
{
    const bool canCheck = !m_token->text().trimmed().isEmpty()
                          && (region() != Region::Custom || !m_url->text().trimmed().isEmpty());
    m_checkButton->setEnabled(canCheck && !m_checked);
    m_save->setEnabled(m_checked);
    // Enter does what can be done next; a disabled default button swallows it harmlessly.
    m_save->setDefault(m_checked);
    m_checkButton->setDefault(!m_checked);
}

void SignInDialog::check()
{
    if (m_check->isRunning() || !m_checkButton->isEnabled())
        return;
    const QUrl custom = customUrlFromText(m_url->text());
    const QUrl target = m_check->baseUrlFor(region(), custom);
    m_status->showBusy(target.host().isEmpty()
                           ? tr("Checking the token…")
                           : tr("Checking the token with %1…").arg(target.host()));
    m_check->start(m_token->text(), region(), custom);
}

void SignInDialog::onChecked(const TokenCheckResult &result)
{
    m_last = result;
    if (result.isAccepted())
        showAccepted(result);
    else
        showFailure(result);
}

QString SignInDialog::acceptedWorkspaceProblem(const api::Admin &admin) const
{
    const QString name = admin.appName.isEmpty() ? admin.appIdCode : admin.appName;
    if (m_mode == Mode::SignInAgain && !m_workspaceId.isEmpty()
        && admin.appIdCode != m_workspaceId) {
        return tr("This token belongs to the workspace %1, not %2. Paste a token of %2, or add "
                  "%1 as another workspace from the Workspace menu.")
            .arg(name, m_workspaceName.isEmpty() ? m_workspaceId : m_workspaceName);
    }
    if (m_mode != Mode::SignInAgain && m_knownWorkspaceIds.contains(admin.appIdCode))
        return tr("Triage already has the workspace %1. Switch to it from the Workspace menu.")
            .arg(name);
    return {};
}

void SignInDialog::showAccepted(const TokenCheckResult &result)
{
    const QString problem = acceptedWorkspaceProblem(result.admin);
    if (!problem.isEmpty()) {
        m_status->showMessage(SignInStatus::State::Error, problem);
        m_token->setFocus();
        m_token->selectAll();
        return;
    }
    const api::Admin &admin = result.admin;
    const QString workspace = admin.appName.isEmpty() ? admin.appIdCode : admin.appName;
    const QString text
        = admin.email.isEmpty()
              ? tr("Workspace: %1 — signed in as %2").arg(workspace, admin.name)
              : tr("Workspace: %1 — signed in as %2 (%3)").arg(workspace, admin.name, admin.email);
    m_status->showMessage(SignInStatus::State::Success, text);
    m_checked = true;
    updateButtons();
    m_save->setFocus();
}

void SignInDialog::showFailure(const TokenCheckResult &result)
{
    using Outcome = TokenCheckResult::Outcome;
    if (result.outcome == Outcome::Cancelled)
        return m_status->clear();
    const bool wrongRegion = result.outcome == Outcome::WrongRegion;
    m_status->showMessage(wrongRegion ? SignInStatus::State::Warning : SignInStatus::State::Error,
                          result.message);
    if (wrongRegion) {
        const QString name = TokenCheckResult::regionName(result.suggestedRegion);
        m_status->setAction(tr("Use the %1 &Region").arg(name), tr("Use the %1 region").arg(name));
        m_status->actionButton()->setFocus();
    } else if (result.outcome == Outcome::RefusedUrl || result.outcome == Outcome::NotIntercom) {
        m_url->setFocus();
        m_url->selectAll();
    } else {
        m_token->setFocus();
    }
    updateButtons();
}

void SignInDialog::switchToSuggestedRegion()
{
    if (m_last.outcome != TokenCheckResult::Outcome::WrongRegion)
        return;
    TokenCheckResult accepted = m_last;
    {
        const QSignalBlocker blocker(m_region); // the other region's answer is the check
        m_region->setCurrentIndex(m_region->findData(int(accepted.suggestedRegion)));
    }
    accepted.outcome = TokenCheckResult::Outcome::Accepted;
    accepted.region = accepted.suggestedRegion;
    accepted.baseUrl = accepted.suggestedBaseUrl;
    accepted.error = {};
    accepted.message.clear();
    m_last = accepted;
    m_status->setAction({});
    showAccepted(accepted);
}

void SignInDialog::saveAndAccept()
{
    if (!m_checked)
        return;
    const api::Admin &admin = m_last.admin;
    m_result = {};
    m_result.sessionOnly = !m_keychainAvailable;
    m_result.token = TokenCheck::normalizedToken(m_token->text());
    m_result.region = m_last.region;
    if (m_last.region == Region::Custom)
        m_result.customBaseUrl = m_last.baseUrl;
    m_result.baseUrl = m_last.baseUrl;
    m_result.adminId = admin.id;
    m_result.adminName = admin.name;
    m_result.adminEmail = admin.email;
    m_result.workspaceId = admin.appIdCode;
    m_result.workspaceName = admin.appName;
    accept();
}

void SignInDialog::chooseDemo()
{
    m_check->cancel();
    m_result = {};
    m_result.demoChosen = true;
    Q_EMIT demoRequested();
    accept();
}

} // namespace ui
