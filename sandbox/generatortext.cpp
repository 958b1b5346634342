#include "generatortext.h"

#include <QHash>

namespace sandbox::GeneratorText {

namespace {

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(';'));
}

const QStringList &problems()
{
    static const QStringList list
        = split("I can't log in to my account since this morning.;"
                "The export to CSV stops at about 80 percent and never finishes.;"
                "We were charged twice for the annual plan this month.;"
                "The mobile app crashes when I open the settings screen.;"
                "Our invoices are missing the VAT number we entered.;"
                "Password reset emails never arrive in my inbox.;"
                "The dashboard shows no data for last week.;"
                "How do I add a new teammate to our workspace?;"
                "The integration with our calendar stopped syncing.;"
                "Uploading images larger than 5 MB fails with an error.;"
                "I would like to downgrade our subscription to the starter plan.;"
                "Two-factor authentication codes are rejected as invalid.;"
                "Search results are empty even though the records exist.;"
                "The webhook deliveries are delayed by several hours.;"
                "Can you help me migrate our data from the old account?;"
                "Notifications are sent twice for every new message.;"
                "The API returns a timeout for bulk requests.;"
                "Our team cannot see the shared reports anymore.;"
                "The checkout page does not accept our company card.;"
                "Is there a way to change the billing email address?");
    return list;
}

const QStringList &details()
{
    static const QStringList list
        = split("It started right after the last update.;"
                "I already tried clearing the cache and signing in again.;"
                "This is blocking our whole support team.;"
                "We are on the business plan, if that matters.;"
                "It happens both in Chrome and in Firefox.;"
                "Could you please look into it as soon as possible?;"
                "The error message says something went wrong.;"
                "It worked fine until yesterday afternoon.;"
                "Several colleagues see the same behaviour.;"
                "Thanks in advance for your help!");
    return list;
}

const QStringList &replies()
{
    static const QStringList list
        = split("Thanks for reaching out! I am looking into this right now.;"
                "Sorry about the trouble. Could you send me a screenshot of the error?;"
                "I have refunded the duplicate charge; it shows up within 5 business days.;"
                "Our engineers deployed a fix for this a few minutes ago.;"
                "Could you try again and let me know if the problem persists?;"
                "I have escalated this to our product team and will follow up.;"
                "You can change this under Settings, then Billing.;"
                "I have reset your two-factor settings, please set it up again.;"
                "This is a known issue and we are working on it.;"
                "Glad to hear it works now. Have a great day!");
    return list;
}

const QStringList &followUps()
{
    static const QStringList list = split("Thanks, that fixed it!;"
                                          "Unfortunately it still does not work.;"
                                          "Here is the screenshot you asked for.;"
                                          "Any update on this?;"
                                          "I tried again and got the same error.;"
                                          "Great, thank you so much for the quick help.;"
                                          "Could you also check our second workspace?;"
                                          "Perfect, that is exactly what I needed.");
    return list;
}

const QStringList &notes()
{
    static const QStringList list
        = split("Customer is on a legacy plan, check before refunding.;"
                "Looks like the same bug as last week, linking the issue.;"
                "VIP account, please answer within the hour.;"
                "Asked engineering in the incident channel.;"
                "Refund approved by finance.;"
                "Possible churn risk, loop in the account manager.");
    return list;
}

const QStringList &links()
{
    static const QStringList list = split("https://status.example.com|our status page;"
                                          "https://docs.example.com/billing|the billing guide;"
                                          "https://docs.example.com/sso|single sign-on help;"
                                          "https://example.com/pricing|pricing;"
                                          "https://docs.example.com/export|the export docs");
    return list;
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text + QStringLiteral("</p>");
}

QString link(Prng &rng)
{
    const QStringList parts = pick(rng, links()).split(QLatin1Char('|'));
    return QStringLiteral("<a href=\"") + parts.at(0) + QStringLiteral("\">") + parts.at(1)
           + QStringLiteral("</a>");
}

QString image(Prng &rng)
{
    return QStringLiteral("<img src=\"https://files.example.com/screenshots/")
           + QString::number(rng.range(1000, 9999)) + QStringLiteral(".png\">");
}

QString bulletList(Prng &rng, const QStringList &pool)
{
    QString html = QStringLiteral("<ul>");
    const int items = 2 + rng.below(3);
    for (int i = 0; i < items; ++i)
        html += QStringLiteral("<li>") + pick(rng, pool) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

const QStringList &firstNames()
{
    static const QStringList list = split(
        "Ada;Ben;Chloe;Daniel;Emma;Felix;Grace;Hugo;Isla;Jonas;Kara;Liam;Maya;Noah;Olivia;Pablo;"
        "Quinn;Rosa;Sam;Tara;Umar;Vera;Will;Xenia;Yusuf;Zoe;Aiko;Bruno;Carla;Dmitri;Elena;Farah;"
        "Goran;Hana;Ivan;Julia;Kofi;Lena;Mateo;Nina");
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list = split(
        "Smith;Müller;García;Rossi;Novak;Kim;Okafor;Silva;Dubois;Jensen;Kowalski;Tanaka;Nguyen;"
        "O'Brien;Haddad;Larsen;Moreau;Fischer;Costa;Ivanova;Patel;Schmidt;Lopez;Berg;Ahmed;Walsh;"
        "Kaur;Mendes;Sato;Petrov");
    return list;
}

const QStringList &companyNames()
{
    static const QStringList list = split(
        "Acme;Globex;Initech;Umbrella;Hooli;Vandelay;Stark;Wayne;Wonka;Tyrell;Cyberdyne;Soylent;"
        "Massive;Aperture;Oscorp;Monarch;Gringotts;Nakatomi;Virtucon;Dunder;Pied Piper;Bluth;"
        "Sterling;Prestige;Octan;Vehement;Zorg;Ollivander;Krusty;Sirius");
    return list;
}

const QStringList &industries()
{
    static const QStringList list
        = split("Software;Retail;Finance;Healthcare;Education;Logistics;Media;Manufacturing");
    return list;
}

const QStringList &tagNames()
{
    static const QStringList list = split(
        "bug;billing;refund;feature-request;vip;onboarding;login;export;mobile;api;integration;"
        "churn-risk;invoice;security;performance;feedback;urgent;enterprise;trial;upgrade;"
        "downgrade;data-migration;notifications;sso;webhooks");
    return list;
}

const QStringList &teamNames()
{
    static const QStringList list = split("Support;Billing;Technical;Success");
    return list;
}

const QStringList &jobTitles()
{
    static const QStringList list = split("Support Engineer;Support Lead;Customer Success Manager;"
                                          "Billing Specialist;Technical Support;Head of Support");
    return list;
}

const QStringList &locations()
{
    static const QStringList list
        = split("Dublin|Leinster|Ireland;Berlin|Berlin|Germany;Paris|Île-de-France|France;"
                "Madrid|Madrid|Spain;Lisbon|Lisbon|Portugal;London|England|United Kingdom;"
                "New York|New York|United States;San Francisco|California|United States;"
                "Toronto|Ontario|Canada;São Paulo|São Paulo|Brazil;Tokyo|Tokyo|Japan;"
                "Sydney|New South Wales|Australia;Warsaw|Masovia|Poland;Lagos|Lagos|Nigeria;"
                "Bangalore|Karnataka|India;Stockholm|Stockholm|Sweden");
    return list;
}

const QStringList &collectionNames()
{
    static const QStringList list
        = split("Getting started;Account and billing;Integrations;Troubleshooting;Security;"
                "Reports;Mobile apps;API and developers");
    return list;
}

QString pick(Prng &rng, const QStringList &list)
{
    return list.at(rng.below(int(list.size())));
}

QString asciiFold(const QString &text)
{
    // Letters whose customary ASCII spelling is not their decomposition's base letter.
    static const QHash<QChar, QString> spelled
        = {{QChar(0x00c4), QStringLiteral("Ae")}, {QChar(0x00e4), QStringLiteral("ae")},
           {QChar(0x00d6), QStringLiteral("Oe")}, {QChar(0x00f6), QStringLiteral("oe")},
           {QChar(0x00dc), QStringLiteral("Ue")}, {QChar(0x00fc), QStringLiteral("ue")},
           {QChar(0x00df), QStringLiteral("ss")}, {QChar(0x00c6), QStringLiteral("Ae")},
           {QChar(0x00e6), QStringLiteral("ae")}, {QChar(0x00d8), QStringLiteral("Oe")},
           {QChar(0x00f8), QStringLiteral("oe")}, {QChar(0x0152), QStringLiteral("Oe")},
           {QChar(0x0153), QStringLiteral("oe")}, {QChar(0x00de), QStringLiteral("Th")},
           {QChar(0x00fe), QStringLiteral("th")}, {QChar(0x00d0), QStringLiteral("D")},
           {QChar(0x00f0), QStringLiteral("d")},  {QChar(0x0110), QStringLiteral("D")},
           {QChar(0x0111), QStringLiteral("d")},  {QChar(0x0141), QStringLiteral("L")},
           {QChar(0x0142), QStringLiteral("l")},  {QChar(0x0131), QStringLiteral("i")}};
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            result += c;
        } else if (const auto it = spelled.constFind(c); it != spelled.constEnd()) {
            result += *it;
        } else {
            // é → e + U+0301: keep the ASCII base letter, drop the marks and everything else.
            for (const QChar d : QString(c).normalized(QString::NormalizationForm_D)) {
                if (d.unicode() < 0x80)
                    result += d;
            }
        }
    }
    return result;
}

QString mailLabel(const QString &text, QChar separator)
{
    // Punctuation only between letters or digits: "a..b", ".a" and "a.@" are not addresses.
    const auto isPunctuation = [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_');
    };
    QString result;
    for (QChar c : asciiFold(text).toLower()) {
        if (c == QLatin1Char(' '))
            c = separator;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            result += c;
        else if (isPunctuation(c) && !result.isEmpty() && !isPunctuation(result.back()))
            result += c;
    }
    if (!result.isEmpty() && isPunctuation(result.back()))
        result.chop(1);
    return result;
}

QString customerMessage(Prng &rng)
{
    QString html = paragraph(pick(rng, problems()));
    // Distinct details: a customer does not write the same sentence twice.
    const QStringList &detailList = details();
    const int extra = rng.below(3);
    const int first = rng.below(int(detailList.size()));
    for (int i = 0; i < extra; ++i)
        html += paragraph(detailList.at((first + 3 * i) % detailList.size()));
    const int flavour = rng.below(10);
    if (flavour == 0)
        html += QStringLiteral("<p>I followed ") + link(rng) + QStringLiteral(" already.</p>");
    else if (flavour == 1)
        html += QStringLiteral("<p>What I tried:</p>") + bulletList(rng, details());
    else if (flavour == 2)
        html += paragraph(image(rng));
    return html;
}

QString adminReply(Prng &rng)
{
    QString html = paragraph(pick(rng, replies()));
    if (rng.chance(0.25))
        html += QStringLiteral("<p>More details are in ") + link(rng) + QStringLiteral(".</p>");
    else if (rng.chance(0.1))
        html += QStringLiteral("<p>Steps:</p>") + bulletList(rng, replies());
    return html;
}

QString customerFollowUp(Prng &rng)
{
    QString html = paragraph(pick(rng, followUps()));
    if (rng.chance(0.1))
        html += paragraph(image(rng));
    return html;
}

QString internalNote(Prng &rng)
{
    return paragraph(pick(rng, notes()));
}

QString subject(Prng &rng)
{
    QString text = pick(rng, problems());
    text.chop(1);
    return text;
}

QString articleTitle(Prng &rng, int index)
{
    static const QStringList verbs
        = split("How to;Troubleshooting;Understanding;Setting up;Managing;FAQ:");
    static const QStringList topics = split(
        "your subscription;single sign-on;exports;the mobile app;invoices;webhooks;teammates;"
        "two-factor authentication;the calendar integration;reports;notifications;data imports");
    return pick(rng, verbs) + QLatin1Char(' ') + pick(rng, topics) + QStringLiteral(" (")
           + QString::number(index + 1) + QLatin1Char(')');
}

QString articleBody(Prng &rng)
{
    return paragraph(pick(rng, replies())) + bulletList(rng, replies())
           + QStringLiteral("<p>See also ") + link(rng) + QStringLiteral(".</p>");
}

} // namespace sandbox::GeneratorText
