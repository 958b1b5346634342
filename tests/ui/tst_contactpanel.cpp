#include "ui/contact/contactpanel.h"
#include "ui/contact/elidedlabel.h"

#include "models/contact/contactconversationsmodel.h"
#include "models/contact/contactdetailsmodel.h"
#include "models/store/contactrepository.h"
#include "models/store/conversationrepository.h"
#include "models/storechanges.h"

#include "tests/models/contactfixture.h"
#include "tests/models/storefixture.h"
#include "tests/support/sandboxharness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListView>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using ui::ContactPanel;

namespace {

api::Conversation conversationOf(const QString &id, const QString &contactId, qint64 updatedAt)
{
    api::Conversation c = storetest::conversation(id, updatedAt);
    c.contacts = {storetest::ref(QStringLiteral("contact"), contactId)};
    return c;
}

api::Contact storedContact(const QJsonObject &attributes)
{
    return api::Contact::fromJson(
        {{QStringLiteral("id"), QStringLiteral("c1")},
         {QStringLiteral("role"), QStringLiteral("user")},
         {QStringLiteral("name"), QStringLiteral("Grace Hopper")},
         {QStringLiteral("email"), QStringLiteral("grace@example.com")},
         {QStringLiteral("last_seen_at"), 1700000000 - 2 * 86400},
         {QStringLiteral("location"),
          QJsonObject{{QStringLiteral("city"), QStringLiteral("Arlington")},
                      {QStringLiteral("country"), QStringLiteral("United States")}}},
         {QStringLiteral("custom_attributes"), attributes}});
}

/// A store, the two models and the panel over them, shown offscreen.
struct PanelFixture
{
    explicit PanelFixture(api::IntercomClient *client)
        : details(store.db(), &changes, client)
        , conversations(store.db(), &changes, client)
        , panel(&details, &conversations)
    {
        panel.setClock([] { return QDateTime::fromSecsSinceEpoch(1700000000); });
        panel.resize(320, 700);
        panel.show();
    }

    /// Contact c1 with conversations 1, 2, 3 (3 newest) and some attributes.
    void storeContactWithConversations(const QJsonObject &attributes = {})
    {
        QVERIFY(models::ContactRepository(store.db()).upsertContacts({storedContact(attributes)}));
        QVERIFY(models::ConversationRepository(store.db())
                    .upsertConversations(
                        {conversationOf(QStringLiteral("1"), QStringLiteral("c1"), 100),
                         conversationOf(QStringLiteral("2"), QStringLiteral("c1"), 200),
                         conversationOf(QStringLiteral("3"), QStringLiteral("c1"), 300)}));
    }

    template<typename T = QLabel> T *find(const QString &name) const
    {
        return panel.findChild<T *>(name);
    }
    QString text(const QString &name) const
    {
        auto *label = find<QLabel>(name);
        if (auto *elided = qobject_cast<ui::ElidedLabel *>(label))
            return elided->fullText();
        return label ? label->text() : QStringLiteral("<missing %1>").arg(name);
    }

    storetest::TempStore store;
    models::StoreChanges changes;
    models::ContactDetailsModel details;
    models::ContactConversationsModel conversations;
    ContactPanel panel;
};

} // namespace

/// The contact panel as an agent sees and uses it.
class TestContactPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStateWithoutConversation();
    void showsSandboxContact();
    void offlineShowsStoredData();
    void clickOrEnterRequestsConversation_data();
    void clickOrEnterRequestsConversation();
    void collapses();
    void longValuesAreElided();
    void localTimeWhenTimeZoneKnown();
    void everyInteractiveElementIsNamed();

private:
    SandboxHarness m_sandbox;
};

void TestContactPanel::initTestCase()
{
    QVERIFY(m_sandbox.start(300));
}

void TestContactPanel::emptyStateWithoutConversation()
{
    PanelFixture f(nullptr);
    auto *stack = f.find<QStackedWidget>({});
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("contactPanelEmpty"));
    QVERIFY(!f.text(QStringLiteral("contactPanelEmpty")).isEmpty());

    f.storeContactWithConversations();
    f.panel.setConversation(QStringLiteral("1"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("contactPanelScroll"));
    f.panel.setConversation({});
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("contactPanelEmpty"));
    QVERIFY(f.details.contactId().isEmpty());
}

void TestContactPanel::showsSandboxContact()
{
    const int index = contacttest::findContact(
        *m_sandbox.server, [&](const sandbox::Contact &c) { return !c.companies.empty(); });
    QVERIFY(index >= 0);
    const sandbox::Workspace &ws = contacttest::workspace(*m_sandbox.server);
    const sandbox::Contact &contact = ws.contacts[size_t(index)];
    const QStringList ids = contacttest::conversationsOf(*m_sandbox.server, index);
    QVERIFY(!ids.isEmpty());

    PanelFixture f(m_sandbox.client.get());
    auto open = finished(m_sandbox.client->getConversation(ids.first()));
    VERIFY_OK(open);
    QVERIFY(models::ConversationRepository(f.store.db()).upsertThread(open->result(), 1));
    f.panel.setConversation(ids.first());

    QTRY_COMPARE_WITH_TIMEOUT(f.text(QStringLiteral("contactName")), contact.name, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(f.details.status(), models::ContactFetchStatus::Ok, 10000);
    QCOMPARE(f.text(QStringLiteral("contactEmail")), contact.email);
    QCOMPARE(f.text(QStringLiteral("contactRole")), contact.role == QLatin1String("user")
                                                        ? QStringLiteral("User")
                                                        : QStringLiteral("Lead"));
    QCOMPARE(f.text(QStringLiteral("contactCompany")),
             ws.companies[size_t(contact.companies.front())].name);
    QVERIFY(f.text(QStringLiteral("contactLocation")).contains(contact.country));
    QVERIFY(!f.text(QStringLiteral("contactLastSeen")).isEmpty());
    QVERIFY(!f.find(QStringLiteral("contactLastSeen"))->toolTip().isEmpty());
    QCOMPARE(f.text(QStringLiteral("attribute:plan")),
             contact.customAttributes.value(QLatin1String("plan")).toString());
    QVERIFY(!f.find(QStringLiteral("contactPanelState"))->isVisible());
    QVERIFY(!f.find<QAbstractButton>(QStringLiteral("contactPanelRetry"))->isVisible());
    // Selectable and copyable.
    QVERIFY(f.find(QStringLiteral("contactEmail"))->textInteractionFlags()
            & Qt::TextSelectableByKeyboard);

    auto *list = f.panel.conversationList();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), int(ids.size()) - 1, 10000);
    QCOMPARE(list->isVisible(), ids.size() > 1);
}

void TestContactPanel::offlineShowsStoredData()
{
    auto client = contacttest::offlineClient();
    PanelFixture f(client.get());
    f.storeContactWithConversations({{QStringLiteral("plan"), QStringLiteral("Gold")}});
    f.panel.setConversation(QStringLiteral("3"));

    // The stored copy at once, before any answer.
    QCOMPARE(f.text(QStringLiteral("contactName")), QStringLiteral("Grace Hopper"));
    QCOMPARE(f.text(QStringLiteral("contactLocation")), QStringLiteral("Arlington, United States"));
    QCOMPARE(f.text(QStringLiteral("contactLastSeen")), QStringLiteral("2 days ago"));
    QCOMPARE(f.text(QStringLiteral("attribute:plan")), QStringLiteral("Gold"));
    QCOMPARE(f.panel.conversationList()->model()->rowCount(), 2);

    QTRY_VERIFY_WITH_TIMEOUT(f.find(QStringLiteral("contactPanelState"))->isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(f.conversations.status(), models::ContactFetchStatus::Offline, 10000);
    QVERIFY(f.text(QStringLiteral("contactPanelState")).startsWith(QStringLiteral("Offline")));
    auto *retry = f.find<QAbstractButton>(QStringLiteral("contactPanelRetry"));
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(f.details.status(), models::ContactFetchStatus::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(f.details.status(), models::ContactFetchStatus::Offline, 10000);
    QCOMPARE(f.text(QStringLiteral("contactName")), QStringLiteral("Grace Hopper"));
}

void TestContactPanel::clickOrEnterRequestsConversation_data()
{
    QTest::addColumn<bool>("byKeyboard");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mouse/first") << false << 0 << "3";
    QTest::newRow("mouse/second") << false << 1 << "2";
    QTest::newRow("keyboard/first") << true << 0 << "3";
    QTest::newRow("keyboard/second") << true << 1 << "2";
}

void TestContactPanel::clickOrEnterRequestsConversation()
{
    QFETCH(bool, byKeyboard);
    QFETCH(int, row);
    QFETCH(QString, expected);
    PanelFixture f(nullptr);
    f.storeContactWithConversations();
    f.panel.setConversation(QStringLiteral("1"));
    QListView *list = f.panel.conversationList();
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    QSignalSpy requested(&f.panel, &ContactPanel::conversationRequested);

    if (byKeyboard) {
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        list->setCurrentIndex(list->model()->index(0, 0));
        for (int i = 0; i < row; ++i)
            QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(requested.count(), 0);
        QTest::keyClick(list, Qt::Key_Return);
    } else {
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QVERIFY(rect.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), expected);
}

void TestContactPanel::collapses()
{
    PanelFixture f(nullptr);
    f.storeContactWithConversations();
    f.panel.setConversation(QStringLiteral("1"));
    QSignalSpy collapsed(&f.panel, &ContactPanel::collapsedChanged);
    auto *stack = f.find<QStackedWidget>({});
    auto *button = f.find<QAbstractButton>(QStringLiteral("contactPanelCollapse"));
    const QString expandedName = button->accessibleName();

    f.panel.setCollapsed(true);
    QCOMPARE(collapsed.count(), 1);
    QCOMPARE(collapsed.at(0).at(0).toBool(), true);
    QVERIFY(f.panel.isCollapsed());
    QVERIFY(!stack->isVisible());
    QVERIFY(f.panel.maximumWidth() < 100);
    QVERIFY(button->isVisible());
    QVERIFY(button->accessibleName() != expandedName);
    f.panel.setCollapsed(true); // no change, no signal
    QCOMPARE(collapsed.count(), 1);

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(collapsed.count(), 2);
    QVERIFY(!f.panel.isCollapsed());
    QVERIFY(stack->isVisible());
    QCOMPARE(button->accessibleName(), expandedName);

    f.panel.toggleCollapsed();
    QVERIFY(f.panel.isCollapsed());
    QCOMPARE(f.panel.property("collapsed").toBool(), true);
}

void TestContactPanel::longValuesAreElided()
{
    PanelFixture f(nullptr);
    const QString longValue = QStringLiteral("a very long value ").repeated(20);
    f.storeContactWithConversations(
        {{QStringLiteral("notes"), longValue}, {QStringLiteral("plan"), QStringLiteral("Pro")}});
    f.panel.setConversation(QStringLiteral("1"));
    auto *value = f.find<ui::ElidedLabel>(QStringLiteral("attribute:notes"));
    QVERIFY(value);
    QTRY_VERIFY(value->isElided());
    QCOMPARE(value->toolTip(), longValue);
    QVERIFY(value->width() < f.panel.width());
    auto *shortValue = f.find<ui::ElidedLabel>(QStringLiteral("attribute:plan"));
    QVERIFY(!shortValue->isElided());
    QVERIFY(shortValue->toolTip().isEmpty());
}

void TestContactPanel::localTimeWhenTimeZoneKnown()
{
    PanelFixture f(nullptr);
    f.storeContactWithConversations({{QStringLiteral("timezone"), QStringLiteral("Asia/Tokyo")}});
    f.panel.setConversation(QStringLiteral("1"));
    // 1700000000 is 22:13:20 UTC, 07:13:20 the next morning in Tokyo.
    const QString expected = QLocale().toString(QTime(7, 13, 20), QLocale::ShortFormat);
    QVERIFY2(f.text(QStringLiteral("contactLocalTime")).startsWith(expected),
             qPrintable(f.text(QStringLiteral("contactLocalTime"))));
    QVERIFY(f.find(QStringLiteral("contactLocalTime"))->isVisible());

    PanelFixture unknown(nullptr);
    unknown.storeContactWithConversations();
    unknown.panel.setConversation(QStringLiteral("1"));
    QVERIFY(!unknown.find(QStringLiteral("contactLocalTime"))->isVisible());
}

void TestContactPanel::everyInteractiveElementIsNamed()
{
    PanelFixture f(nullptr);
    f.storeContactWithConversations({{QStringLiteral("plan"), QStringLiteral("Pro")}});
    f.panel.setConversation(QStringLiteral("1"));
    const QList<QWidget *> widgets = f.panel.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget)
                                 || qobject_cast<QAbstractItemView *>(widget)
                                 || (widget->focusPolicy() & Qt::TabFocus);
        if (!interactive || qobject_cast<QScrollArea *>(widget))
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(widget->objectName() + QLatin1Char(' ')
                            + QString::fromLatin1(widget->metaObject()->className())));
    }
    QVERIFY(checked >= 4); // collapse, name, email, retry, list

    // Tab goes collapse → name → email → … → list.
    auto *collapse = f.find<QAbstractButton>(QStringLiteral("contactPanelCollapse"));
    QCOMPARE(collapse->nextInFocusChain(), f.find(QStringLiteral("contactName")));
}

QTEST_MAIN(TestContactPanel)
#include "tst_contactpanel.moc"
