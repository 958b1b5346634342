#include "sandboxapitesthelpers.h"

#include "sandbox/generatortext.h"
#include "sandbox/workspace.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace sandbox;
using namespace sandbox::test;

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameJson();
    void differentSeedDifferentJson();
    void countsAndMixes();
    void partsAreConsistent();
    void asciiFold_data();
    void asciiFold();
    void emailsAreAscii();
};

/// The `email` format of Ajv (ajv-formats, full mode), which the contract test applies.
static const QRegularExpression &emailFormat()
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
                       "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+"
                       "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

/// Every string under an "email" key anywhere in @p value.
static void collectEmails(const QJsonValue &value, QStringList &emails)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectEmails(item, emails);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("email") && it.value().isString())
            emails.append(it.value().toString());
        else
            collectEmails(it.value(), emails);
    }
}

static QByteArray snapshot(SandboxApi &api)
{
    QByteArray all;
    for (const char *path :
         {"/conversations?per_page=150", "/contacts?per_page=150", "/admins", "/teams", "/tags",
          "/articles", "/help_center/collections", "/companies"})
        all += QJsonDocument(call(api, "GET", QString::fromLatin1(path)).body)
                   .toJson(QJsonDocument::Compact);
    const QString first = call(api, "GET", QStringLiteral("/conversations?per_page=1"))
                              .body.value(QStringLiteral("conversations"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
    all += QJsonDocument(call(api, "GET", QStringLiteral("/conversations/") + first).body).toJson();
    return all;
}

void TestGenerator::sameSeedSameJson()
{
    SandboxApi a({7, 300, Now});
    SandboxApi b({7, 300, Now});
    QCOMPARE(snapshot(a), snapshot(b));
}

void TestGenerator::differentSeedDifferentJson()
{
    SandboxApi a({7, 300, Now});
    SandboxApi b({8, 300, Now});
    QVERIFY(snapshot(a) != snapshot(b));
}

void TestGenerator::countsAndMixes()
{
    SandboxApi api({3, 3000, Now});
    const Workspace &ws = api.workspace();
    QCOMPARE(int(ws.conversations.size()), 3000);
    QCOMPARE(int(ws.contacts.size()), 1000);
    QCOMPARE(int(ws.admins.size()), 12);
    QCOMPARE(int(ws.teams.size()), 4);
    QCOMPARE(int(ws.admins.front().teamIds.size()), 2);
    QCOMPARE(int(ws.tags.size()), 25);
    QVERIFY(ws.companies.size() >= 90 && ws.companies.size() <= 110);
    QCOMPARE(int(ws.articles.size()), 60);
    QVERIFY(std::any_of(ws.collections.begin(), ws.collections.end(),
                        [](const Collection &c) { return c.parentId != 0; }));
    int open = 0, snoozed = 0, closed = 0, unassigned = 0, merged = 0;
    for (const Conversation &c : ws.conversations) {
        open += c.state == ConversationState::Open;
        snoozed += c.state == ConversationState::Snoozed;
        closed += c.state == ConversationState::Closed;
        unassigned += c.adminAssigneeId == 0;
        QVERIFY(c.createdAt <= c.updatedAt && c.updatedAt <= Now);
        QVERIFY(c.createdAt > Now - 2 * 366 * 24 * 3600);
        QCOMPARE(ws.contacts[size_t(c.contact)].mergedInto, -1);
    }
    for (const Contact &c : ws.contacts)
        merged += c.mergedInto >= 0;
    QVERIFY2(open > 1000 && open < 1400, qPrintable(QString::number(open)));
    QVERIFY(snoozed > 200 && snoozed < 400);
    QVERIFY(closed > 1300 && closed < 1700);
    QVERIFY(unassigned > 500 && unassigned < 1000);
    QVERIFY(merged >= 3);
    // Recency skew: the last quarter of the time span holds more than a quarter of the
    // conversations.
    const qint64 recent = Now - 2 * 365 * 24 * 3600 / 4;
    const auto newer
        = std::count_if(ws.conversations.begin(), ws.conversations.end(),
                        [](const Conversation &c) { return c.createdAt > recent; });
    QVERIFY(newer > 3000 / 3);
    QCOMPARE(SandboxApi({1, 0, Now}).workspace().contacts.size(), size_t(50));
}

void TestGenerator::partsAreConsistent()
{
    SandboxApi api({5, 500, Now});
    Workspace &ws = api.workspace();
    bool sawLink = false;
    for (int i = 0; i < 500; ++i) {
        const Conversation c = ws.conversations[size_t(i)];
        const std::vector<Part> &parts = ws.parts(i);
        QVERIFY(!parts.empty() && parts.size() <= 30);
        QCOMPARE(parts.back().createdAt, c.updatedAt);
        if (c.state == ConversationState::Closed)
            QCOMPARE(int(parts.back().type), int(PartType::Close));
        if (c.state == ConversationState::Snoozed)
            QCOMPARE(int(parts.back().type), int(PartType::Snoozed));
        if (c.waitingSince)
            QCOMPARE(int(parts.back().author.type), int(AuthorType::User));
        for (const Part &p : parts)
            sawLink = sawLink || p.body.contains(QLatin1String("<a href"));
    }
    QVERIFY(sawLink);
}

void TestGenerator::asciiFold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::addColumn<QString>("label");
    QTest::newRow("fold/ascii") << "O'Brien"
                                << "O'Brien"
                                << "obrien";
    QTest::newRow("fold/umlaut") << QStringLiteral("Daniel Müller") << "Daniel Mueller"
                                 << "daniel-mueller";
    QTest::newRow("fold/sharp-s") << QStringLiteral("Straße") << "Strasse"
                                  << "strasse";
    QTest::newRow("fold/acute") << QStringLiteral("García") << "Garcia"
                                << "garcia";
    QTest::newRow("fold/cedilla") << QStringLiteral("François Ørsted") << "Francois Oersted"
                                  << "francois-oersted";
    QTest::newRow("fold/stroke") << QStringLiteral("Łukasz") << "Lukasz"
                                 << "lukasz";
    QTest::newRow("fold/drop") << QStringLiteral("Tokyo 東京") << "Tokyo "
                               << "tokyo";
    QTest::newRow("label/punctuation") << " Jr.  -Smith. "
                                       << " Jr.  -Smith. "
                                       << "jr.smith";
}

void TestGenerator::asciiFold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QFETCH(QString, label);
    QCOMPARE(GeneratorText::asciiFold(text), folded);
    QCOMPARE(GeneratorText::mailLabel(text), label);
}

void TestGenerator::emailsAreAscii()
{
    SandboxApi api({7, 600, Now});
    Workspace &ws = api.workspace();
    // Names keep their accents; only the addresses are folded.
    const auto accented = [](const QString &name) {
        return std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0x80; });
    };
    QVERIFY(std::any_of(ws.contacts.begin(), ws.contacts.end(),
                        [&](const Contact &c) { return accented(c.name); }));
    QVERIFY(std::any_of(ws.admins.begin(), ws.admins.end(), [&](const Admin &a) {
        return a.name == QStringLiteral("Daniel Müller")
               && a.email == QLatin1String("daniel.mueller@triage-demo.example.com");
    }));
    QStringList emails;
    for (const Admin &a : ws.admins)
        emails.append(a.email);
    for (const Contact &c : ws.contacts)
        emails.append(c.email);
    // And as served: admins, contacts, source and part authors (contacts and admins).
    for (const char *path : {"/me", "/admins", "/contacts?per_page=150"})
        collectEmails(call(api, "GET", QString::fromLatin1(path)).body, emails);
    for (int i = 0; i < 40; ++i)
        collectEmails(call(api, "GET",
                           QStringLiteral("/conversations/")
                               + QString::number(ws.conversations[size_t(i)].id))
                          .body,
                      emails);
    QVERIFY(emails.size() > int(ws.contacts.size()) + 100);
    for (const QString &email : std::as_const(emails))
        QVERIFY2(emailFormat().match(email).hasMatch(), qPrintable(email));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
