#include "ui/html/htmlsanitizer.h"
#include "ui/html/linkpolicy.h"
#include "ui/thread/linkconfirmdialog.h"
#include "ui/thread/partbodybrowser.h"
#include "ui/thread/threadpartwidget.h"
#include "ui/thread/threadscrollarea.h"
#include "ui/thread/threadtext.h"
#include "ui/thread/threadview.h"

#include "models/store/outboxrepository.h"
#include "models/threadmodel.h"
#include "threadfixture.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

using ui::ThreadPartWidget;
using ui::ThreadView;

namespace {

const QString conversationId = QStringLiteral("c1");

/// A tiny HTTP server that counts connections, keeps the request heads and answers every
/// request with a small PNG.
class ImageServer : public QTcpServer
{
public:
    ImageServer()
    {
        QImage image(8, 6, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_pending[socket] += socket->readAll();
                    if (!m_pending[socket].contains("\r\n\r\n"))
                        return;
                    requests.append(QString::fromLatin1(m_pending.take(socket)));
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                                  + QByteArray::number(m_png.size())
                                  + "\r\nConnection: close\r\n\r\n" + m_png);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    int connections = 0;
    QStringList requests;

private:
    QByteArray m_png;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

bool sanitizerKeepsLinks()
{
    return !ui::HtmlSanitizer::sanitize(QStringLiteral("<a href=\"https://x.example/\">x</a>"))
                .links.isEmpty();
}

/// Where the anchor to \a href is drawn in \a body, in its viewport's coordinates.
QPoint anchorPoint(ui::PartBodyBrowser *body, const QString &href)
{
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(body->document());
                cursor.setPosition(fragment.position() + 1);
                return body->cursorRect(cursor).center();
            }
        }
    }
    return {-1, -1};
}

} // namespace

/// The thread view over a store-backed ThreadModel, offscreen: parts in order by kind,
/// attachments, link confirmation, remote images, a 500-part thread, anchoring, keyboard.
class TestThreadView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shortAge_data();
    void shortAge();
    void emptyLoadingAndStaleStates();
    void partsShownInOrderWithKinds();
    void noteIsDistinct();
    void eventsAreCompactLines();
    void attachmentsListedWithSizes();
    void pendingAndFailedPartsAreMarked();
    void linkConfirmationUsesTheOpener();
    void clickedLinkAsksFirst();
    void refusedUrlsAreNeverOpened_data();
    void refusedUrlsAreNeverOpened();
    void noRequestWithoutLoadImages();
    void loadImagesFetchesWithoutCookies();
    void largeThreadOpensAtBottomAndScrolls();
    void appendedPartKeepsBottomAnchor();
    void appendedPartWhileReadingShowsPill();
    void widthChangeKeepsAnchor();
    void keyboardScrolling();
    void copySelectedText();
    void everyControlHasAName();

private:
    void open(const api::Conversation &c);
    ThreadPartWidget *part(int row) const;
    ui::ThreadScrollArea *area() const { return m_view->scrollArea(); }

    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<models::StoreChanges> m_changes;
    std::unique_ptr<models::ThreadModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ThreadView> m_view;
    QList<QUrl> m_opened;
};

void TestThreadView::init()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_changes = std::make_unique<models::StoreChanges>();
    m_model = std::make_unique<models::ThreadModel>(m_store->db(), m_changes.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view = std::make_unique<ThreadView>();
    m_view->resize(640, 720);
    m_opened.clear();
    m_view->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_view->setModel(m_model.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestThreadView::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_model.reset();
    m_changes.reset();
    m_store.reset();
}

void TestThreadView::open(const api::Conversation &c)
{
    QVERIFY(threadtest::storeThread(m_store->db(), *m_changes, c));
    m_model->setConversation(c.id);
}

ThreadPartWidget *TestThreadView::part(int row) const
{
    return area()->partWidget(row);
}

void TestThreadView::shortAge_data()
{
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("age/now") << 10 << QStringLiteral("now");
    QTest::newRow("age/minutes") << 5 * 60 << QStringLiteral("5m");
    QTest::newRow("age/hours") << 2 * 3600 + 5 << QStringLiteral("2h");
    QTest::newRow("age/days") << 3 * 86400 << QStringLiteral("3d");
}

void TestThreadView::shortAge()
{
    QFETCH(int, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(ui::ThreadText::shortAge(now.addSecs(-secondsAgo), now), expected);
}

void TestThreadView::emptyLoadingAndStaleStates()
{
    auto *placeholder = area()->findChild<QLabel *>(QStringLiteral("threadPlaceholder"));
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("Select a conversation"));

    // Not stored yet: the agent sees that it is loading.
    m_model->setConversation(QStringLiteral("c-unknown"));
    m_model->setLoading(true);
    QCOMPARE(placeholder->text(), QStringLiteral("Loading conversation…"));
    QVERIFY(placeholder->isVisible());

    // Stored, then changed on the server since: the saved copy is shown, marked stale.
    api::Conversation c = threadtest::conversation(conversationId, QStringLiteral("<p>Hi</p>"), {});
    open(c);
    QVERIFY(!placeholder->isVisible());
    auto *status = m_view->findChild<QLabel *>(QStringLiteral("threadStatus"));
    QVERIFY(status);
    QVERIFY(!status->isVisible());
    m_model->setLoading(true);
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("Loading")));
    m_model->setLoading(false);
    c.updatedAt += 3600;
    QVERIFY(models::ConversationRepository(m_store->db()).upsertConversations({c}));
    m_changes->notifyConversationsChanged({conversationId});
    QVERIFY(m_model->isStale());
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("changed")));

    m_model->setConversation({});
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("Select a conversation"));
    QVERIFY(!status->isVisible());
}

void TestThreadView::partsShownInOrderWithKinds()
{
    const qint64 t = QDateTime::currentSecsSinceEpoch() - 7200;
    open(threadtest::conversation(
        conversationId, QStringLiteral("<p>My invoice is wrong</p>"),
        {threadtest::part(QStringLiteral("p1"), QStringLiteral("comment"),
                          QStringLiteral("<p>Looking into it</p>"), t),
         threadtest::part(QStringLiteral("p2"), QStringLiteral("note"),
                          QStringLiteral("<p>Refund her</p>"), t + 60),
         threadtest::part(QStringLiteral("p3"), QStringLiteral("comment"),
                          QStringLiteral("<p>Thanks!</p>"), t + 120, true),
         threadtest::part(QStringLiteral("p4"), QStringLiteral("close"), {}, t + 180)}));

    QCOMPARE(area()->visibleRows(), (QList<int>{0, 1, 2, 3, 4}));
    const QStringList kinds{QStringLiteral("message"), QStringLiteral("message"),
                            QStringLiteral("note"), QStringLiteral("message"),
                            QStringLiteral("event")};
    int previousBottom = 0;
    for (int row = 0; row < kinds.size(); ++row) {
        ThreadPartWidget *widget = part(row);
        QVERIFY(widget);
        QVERIFY(widget->isVisible());
        QCOMPARE(widget->part().kind, kinds.at(row));
        QCOMPARE(widget->y(), previousBottom); // stacked in order, no gaps, no overlaps
        previousBottom = widget->geometry().bottom() + 1;
    }
    QCOMPARE(part(0)->part().author, QStringLiteral("Carol"));
    QVERIFY(!part(0)->part().fromTeammate());
    QVERIFY(part(1)->part().fromTeammate());
    QVERIFY(part(1)->accessibleName().startsWith(QStringLiteral("Message from Alice")));
    QVERIFY(part(1)->accessibleName().contains(QStringLiteral("2 hours ago")));
    QCOMPARE(part(1)->accessibleDescription(), QStringLiteral("Looking into it"));
    QVERIFY(part(2)->accessibleName().startsWith(QStringLiteral("Note by Alice")));

    // Teammates lean right, the customer left.
    QVERIFY(part(1)->body()->mapTo(area()->viewport(), QPoint()).x()
            > part(0)->body()->mapTo(area()->viewport(), QPoint()).x());
    QCOMPARE(m_view->isAtBottom(), true);
}

void TestThreadView::noteIsDistinct()
{
    const qint64 t = QDateTime::currentSecsSinceEpoch() - 600;
    open(threadtest::conversation(conversationId, QStringLiteral("<p>Hello</p>"),
                                  {threadtest::part(QStringLiteral("p1"), QStringLiteral("comment"),
                                                    QStringLiteral("<p>Reply</p>"), t),
                                   threadtest::part(QStringLiteral("p2"), QStringLiteral("note"),
                                                    QStringLiteral("<p>Internal</p>"), t + 60)}));
    // Both cards are Alice's (same side): only the note's tint may set them apart.
    auto cardColor = [](ThreadPartWidget *widget) {
        const QImage image = widget->grab().toImage();
        return image.pixelColor(image.width() - 30, image.height() - 8);
    };
    const QColor reply = cardColor(part(1));
    const QColor note = cardColor(part(2));
    QVERIFY2(reply != note, qPrintable(reply.name() + QLatin1Char(' ') + note.name()));
    QVERIFY(note.saturation() > reply.saturation());
    // The same in a dark palette: the tint is blended with the base, not a fixed color.
    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    part(2)->setPalette(dark);
    const QColor darkNote = cardColor(part(2));
    QVERIFY(darkNote.lightness() < 110);
    QVERIFY(darkNote.saturation() > 0);
}

void TestThreadView::eventsAreCompactLines()
{
    const qint64 t = QDateTime::currentSecsSinceEpoch() - 2 * 3600 - 30;
    open(threadtest::conversation(
        conversationId, QStringLiteral("<p>Hello</p>"),
        {threadtest::part(QStringLiteral("p1"), QStringLiteral("assignment"), {}, t),
         threadtest::part(QStringLiteral("p2"), QStringLiteral("comment"),
                          QStringLiteral("<p>One line</p>"), t + 1)}));
    ThreadPartWidget *event = part(1);
    QVERIFY(event);
    QCOMPARE(event->part().kind, QStringLiteral("event"));
    QVERIFY(!event->body() || !event->body()->isVisible());
    QCOMPARE(event->accessibleName(), QStringLiteral("Alice assigned the conversation · 2h"));
    QVERIFY(event->height() < 2 * event->fontMetrics().height() + 8);
    QVERIFY(event->height() < part(2)->height());
}

void TestThreadView::attachmentsListedWithSizes()
{
    const QJsonArray files{
        threadtest::attachmentJson(QStringLiteral("report.pdf"),
                                   QStringLiteral("https://files.example.com/report.pdf"),
                                   1'536'000),
        threadtest::attachmentJson(QStringLiteral("log.txt"),
                                   QStringLiteral("https://files.example.com/log.txt"), 900)};
    open(
        threadtest::conversation(conversationId, QStringLiteral("<p>See attached</p>"), {}, files));
    const QList<QLabel *> names
        = part(0)->findChildren<QLabel *>(QStringLiteral("threadAttachmentName"));
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.at(0)->text(),
             QStringLiteral("report.pdf · ") + QLocale().formattedDataSize(1'536'000));
    QCOMPARE(names.at(1)->text(), QStringLiteral("log.txt · ") + QLocale().formattedDataSize(900));
    const QList<QToolButton *> buttons = part(0)->attachmentButtons();
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons.at(0)->accessibleName(), QStringLiteral("Open attachment report.pdf"));
    QVERIFY(buttons.at(0)->isVisible());

    // Open asks first, like a link.
    buttons.at(0)->click();
    auto *dialog = m_view->findChild<ui::LinkConfirmDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->url(), QUrl(QStringLiteral("https://files.example.com/report.pdf")));
    dialog->findChild<QPushButton *>(QStringLiteral("threadLinkOpenButton"))->click();
    QCOMPARE(m_opened, (QList<QUrl>{QUrl(QStringLiteral("https://files.example.com/report.pdf"))}));
}

void TestThreadView::pendingAndFailedPartsAreMarked()
{
    open(threadtest::conversation(conversationId, QStringLiteral("<p>Hello</p>"), {}));
    models::OutboxEntry entry;
    entry.conversationId = conversationId;
    entry.kind = QStringLiteral("reply");
    entry.marker = QStringLiteral("m-1");
    models::OutboxRepository outbox(m_store->db());
    const qint64 entryId = outbox.enqueue(entry, 1000);
    QVERIFY(entryId > 0);
    QVERIFY(threadtest::storeParts(
        m_store->db(), *m_changes, conversationId,
        {threadtest::part(QStringLiteral("local-m-1"), QStringLiteral("comment"),
                          QStringLiteral("<p>On my way</p>"),
                          QDateTime::currentSecsSinceEpoch())}));
    QVERIFY(part(1));
    QVERIFY(part(1)->part().pending);
    QVERIFY(part(1)->accessibleName().endsWith(QStringLiteral("Sending…")));

    QVERIFY(outbox.markSending(entryId, 2000));
    QVERIFY(outbox.markFailed(entryId, QStringLiteral("422"), 3000));
    m_changes->notifyOutboxChanged(conversationId);
    QVERIFY(part(1));
    QVERIFY(part(1)->part().failed);
    QVERIFY(part(1)->accessibleName().endsWith(QStringLiteral("Not sent")));
}

void TestThreadView::linkConfirmationUsesTheOpener()
{
    const QUrl url(QStringLiteral("https://billing.example.com/invoices/7"));
    m_view->requestOpenUrl(url);
    auto *dialog = m_view->findChild<ui::LinkConfirmDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("threadLinkAddress"))->text(),
             ui::LinkPolicy::displayText(url));
    dialog->findChild<QPushButton *>(QStringLiteral("threadLinkCancelButton"))->click();
    QVERIFY(m_opened.isEmpty());
    QTRY_VERIFY(!m_view->findChild<ui::LinkConfirmDialog *>());

    QSignalSpy opened(m_view.get(), &ThreadView::urlOpened);
    m_view->requestOpenUrl(url);
    dialog = m_view->findChild<ui::LinkConfirmDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("threadLinkOpenButton"))->click();
    QCOMPARE(m_opened, QList<QUrl>{url});
    QCOMPARE(opened.count(), 1);
}

void TestThreadView::clickedLinkAsksFirst()
{
    if (!sanitizerKeepsLinks())
        QSKIP("ui/html/htmlsanitizer does not keep links yet");
    const QString href = QStringLiteral("https://help.example.com/refunds");
    open(threadtest::conversation(
        conversationId,
        QStringLiteral("<p>Read <a href=\"%1\">the refund policy</a> please</p>").arg(href), {}));
    ui::PartBodyBrowser *body = part(0)->body();
    const QPoint point = anchorPoint(body, href);
    QVERIFY(point.x() >= 0);
    QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, point);
    QTRY_VERIFY(m_view->findChild<ui::LinkConfirmDialog *>());
    auto *dialog = m_view->findChild<ui::LinkConfirmDialog *>();
    QCOMPARE(dialog->url(), QUrl(href));
    QVERIFY(m_opened.isEmpty()); // nothing before the agent confirms
    dialog->findChild<QPushButton *>(QStringLiteral("threadLinkOpenButton"))->click();
    QCOMPARE(m_opened, QList<QUrl>{QUrl(href)});

    // The keyboard way: Tab from the view reaches the link, Enter asks.
    QTRY_VERIFY(!m_view->findChild<ui::LinkConfirmDialog *>());
    m_view->activateWindow();
    area()->setFocus();
    QTest::keyClick(area(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), body);
    // Tabbing into a body lands on its first link.
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("the refund policy"));
    QTest::keyClick(body, Qt::Key_Return);
    QTRY_VERIFY(m_view->findChild<ui::LinkConfirmDialog *>());
}

void TestThreadView::refusedUrlsAreNeverOpened_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("scheme/javascript") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("scheme/file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("scheme/data") << QStringLiteral("data:text/html,<b>x</b>");
    QTest::newRow("http/no-host") << QStringLiteral("http:///path");
}

void TestThreadView::refusedUrlsAreNeverOpened()
{
    QFETCH(QString, url);
    // A body that tries it, clicked, and a direct request: neither asks nor opens.
    open(threadtest::conversation(
        conversationId,
        QStringLiteral("<p><a href=\"%1\">click me</a></p>").arg(url.toHtmlEscaped()), {}));
    ui::PartBodyBrowser *body = part(0)->body();
    const QPoint point = anchorPoint(body, url);
    if (point.x() >= 0)
        QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, point);
    m_view->requestOpenUrl(QUrl(url));
    QCoreApplication::processEvents();
    QVERIFY(!m_view->findChild<ui::LinkConfirmDialog *>());
    QVERIFY(m_opened.isEmpty());
}

void TestThreadView::noRequestWithoutLoadImages()
{
    ImageServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QNetworkAccessManager manager;
    m_view->setImageNetworkAccessManager(&manager);
    const QString image = QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(server.serverPort());
    QList<api::ConversationPart> parts;
    for (int i = 0; i < 30; ++i)
        parts << threadtest::part(
            QStringLiteral("p%1").arg(i), QStringLiteral("comment"),
            QStringLiteral("<p>Look <img src=\"%1?%2\"></p>").arg(image).arg(i), 1000 + i);
    open(threadtest::conversation(conversationId,
                                  QStringLiteral("<p><img src=\"%1\"></p>").arg(image), parts));
    // Scroll through all of it: every body is laid out once.
    area()->scrollToTop();
    for (int i = 0; i < 50 && !area()->isAtBottom(); ++i)
        area()->scrollByPixels(area()->viewport()->height());
    QVERIFY(area()->isAtBottom());
    // Give any stray request time to connect: a negative check cannot poll for an event.
    QTest::qWait(300);
    QCOMPARE(server.connections, 0);
    QVERIFY(!m_view->remoteImagesLoaded());
}

void TestThreadView::loadImagesFetchesWithoutCookies()
{
    ImageServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QNetworkAccessManager manager;
    const QUrl image(QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(server.serverPort()));
    QNetworkCookie cookie("session", "secret");
    cookie.setDomain(QStringLiteral("127.0.0.1"));
    cookie.setPath(QStringLiteral("/"));
    manager.cookieJar()->insertCookie(cookie);
    m_view->setImageNetworkAccessManager(&manager);
    open(threadtest::conversation(
        conversationId, QStringLiteral("<p>Screenshot: <img src=\"%1\"></p>").arg(image.toString()),
        {}));
    if (ui::HtmlSanitizer::sanitize(QStringLiteral("<img src=\"https://x.example/a.png\">"))
            .blockedImages
        == 0) {
        QSKIP("ui/html/htmlsanitizer does not report blocked images yet");
    }
    auto *bar = m_view->findChild<QWidget *>(QStringLiteral("threadImagesBar"));
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(server.connections, 0);

    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("threadLoadImagesButton")),
                      Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(m_view->remoteImagesLoaded());
    QTRY_COMPARE(server.requests.size(), 1);
    const QString request = server.requests.first();
    QVERIFY(request.startsWith(QStringLiteral("GET /pixel.png")));
    QVERIFY(!request.contains(QStringLiteral("Cookie"), Qt::CaseInsensitive));
    QVERIFY(!request.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive));
    // The image arrives and is drawn in the body.
    QTRY_VERIFY(
        !part(0)->body()->document()->resource(QTextDocument::ImageResource, image).isNull());

    // Remembered for the session: back to this conversation, no bar, no new request.
    m_model->setConversation({});
    m_model->setConversation(conversationId);
    QVERIFY(m_view->remoteImagesLoaded());
    QVERIFY(!bar->isVisible());
    QCOMPARE(server.requests.size(), 1);
}

void TestThreadView::largeThreadOpensAtBottomAndScrolls()
{
    QVERIFY(threadtest::storeThread(
        m_store->db(), *m_changes,
        threadtest::conversation(conversationId, threadtest::realisticHtml(1),
                                 threadtest::manyParts(499, 1'700'000'000))));
    QElapsedTimer timer;
    timer.start();
    m_model->setConversation(conversationId);
    m_view->repaint();
    qInfo("500 parts opened and painted in %lld ms", timer.elapsed());
    QCOMPARE(m_model->rowCount(), 500);
    QVERIFY(m_view->isAtBottom());
    QVERIFY(area()->visibleRows().contains(499));
    QVERIFY(area()->materializedCount() < 40); // one screen, not the thread
    QScrollBar *bar = area()->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());
    const QRect last = part(499)->geometry();
    QVERIFY(last.bottom() < area()->viewport()->height());
    QVERIFY(last.bottom() >= area()->viewport()->height() - 2);

    area()->scrollToTop();
    QCOMPARE(area()->visibleRows().first(), 0);
    QCOMPARE(part(0)->y(), 0);
    int pages = 0;
    while (!area()->isAtBottom() && pages < 1000) {
        const QList<int> before = area()->visibleRows();
        QTest::keyClick(area(), Qt::Key_PageDown);
        const QList<int> rows = area()->visibleRows();
        QVERIFY(rows.last() >= before.last());
        // On screen, the parts are contiguous: no gap, no overlap.
        for (qsizetype i = 1; i < rows.size(); ++i)
            QCOMPARE(part(rows.at(i))->y(), part(rows.at(i - 1))->geometry().bottom() + 1);
        ++pages;
    }
    QVERIFY(area()->isAtBottom());
    QVERIFY(pages > 10);
    QVERIFY(area()->materializedCount() <= 80); // far parts are recycled
    QCOMPARE(bar->value(), bar->maximum());
}

void TestThreadView::appendedPartKeepsBottomAnchor()
{
    open(threadtest::conversation(conversationId, threadtest::realisticHtml(1),
                                  threadtest::manyParts(60, 1'700'000'000)));
    QVERIFY(m_view->isAtBottom());
    QVERIFY(threadtest::storeParts(
        m_store->db(), *m_changes, conversationId,
        {threadtest::part(QStringLiteral("new"), QStringLiteral("comment"),
                          QStringLiteral("<p>Any news?</p>"), 1'800'000'000, true)}));
    QCOMPARE(m_model->rowCount(), 62);
    QVERIFY(m_view->isAtBottom());
    QVERIFY(area()->visibleRows().contains(61));
    QVERIFY(part(61)->geometry().bottom() < area()->viewport()->height());
    QVERIFY(!area()->findChild<QToolButton *>(QStringLiteral("threadNewMessagePill"))->isVisible());
}

void TestThreadView::appendedPartWhileReadingShowsPill()
{
    open(threadtest::conversation(conversationId, threadtest::realisticHtml(1),
                                  threadtest::manyParts(60, 1'700'000'000)));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(area(), Qt::Key_PageUp);
    QVERIFY(!m_view->isAtBottom());
    const int firstRow = area()->visibleRows().first();
    const int firstY = part(firstRow)->y();

    QVERIFY(threadtest::storeParts(
        m_store->db(), *m_changes, conversationId,
        {threadtest::part(QStringLiteral("new"), QStringLiteral("comment"),
                          QStringLiteral("<p>Any news?</p>"), 1'800'000'000, true)}));
    // What the agent reads does not move; a pill offers the new part.
    QCOMPARE(area()->visibleRows().first(), firstRow);
    QCOMPARE(part(firstRow)->y(), firstY);
    QVERIFY(!m_view->isAtBottom());
    auto *pill = area()->findChild<QToolButton *>(QStringLiteral("threadNewMessagePill"));
    QVERIFY(pill->isVisible());
    QVERIFY(!pill->accessibleName().isEmpty());
    pill->click();
    QVERIFY(m_view->isAtBottom());
    QVERIFY(area()->visibleRows().contains(61));
    QVERIFY(!pill->isVisible());
}

void TestThreadView::widthChangeKeepsAnchor()
{
    open(threadtest::conversation(conversationId, threadtest::realisticHtml(1),
                                  threadtest::manyParts(80, 1'700'000'000)));
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(area(), Qt::Key_PageUp);
    const int firstRow = area()->visibleRows().first();
    const int firstY = part(firstRow)->y();
    m_view->resize(420, 720);
    QTRY_COMPARE(area()->viewport()->width(), 420 - area()->verticalScrollBar()->width());
    QCOMPARE(area()->visibleRows().first(), firstRow);
    QCOMPARE(part(firstRow)->y(), firstY);
    QVERIFY(!m_view->isAtBottom());
    // At the bottom, a width change keeps the bottom.
    m_view->scrollToBottom();
    m_view->resize(700, 600);
    QTRY_VERIFY(area()->viewport()->width() > 600);
    QVERIFY(m_view->isAtBottom());
    QVERIFY(part(80)->geometry().bottom() < area()->viewport()->height());
}

void TestThreadView::keyboardScrolling()
{
    open(threadtest::conversation(conversationId, threadtest::realisticHtml(1),
                                  threadtest::manyParts(60, 1'700'000'000)));
    QVERIFY(area()->focusPolicy() & Qt::TabFocus);
    m_view->setFocus();
    QCOMPARE(m_view->focusProxy(), area());
    QScrollBar *bar = area()->verticalScrollBar();
    const int bottom = bar->value();
    QTest::keyClick(area(), Qt::Key_Up);
    QVERIFY(!m_view->isAtBottom());
    QVERIFY(bar->value() < bottom);
    // A page up moves what is on screen down by most of the viewport's height.
    const int topRow = area()->visibleRows().first();
    const int topY = part(topRow)->y();
    QTest::keyClick(area(), Qt::Key_PageUp);
    QVERIFY(part(topRow)->y() > topY + area()->viewport()->height() / 2);
    QTest::keyClick(area(), Qt::Key_Down);
    QTest::keyClick(area(), Qt::Key_Home);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(area()->visibleRows().first(), 0);
    QTest::keyClick(area(), Qt::Key_PageDown);
    QVERIFY(bar->value() > 0);
    QTest::keyClick(area(), Qt::Key_End);
    QVERIFY(m_view->isAtBottom());
    QCOMPARE(bar->value(), bar->maximum());
    // Keys pressed in a body scroll the thread too.
    ui::PartBodyBrowser *body = part(area()->visibleRows().last())->body();
    QVERIFY(body);
    QTest::keyClick(body, Qt::Key_Home);
    QCOMPARE(bar->value(), 0);
}

void TestThreadView::copySelectedText()
{
    open(threadtest::conversation(conversationId,
                                  QStringLiteral("<p>Order 1234 arrived broken</p>"), {}));
    ui::PartBodyBrowser *body = part(0)->body();
    body->setFocus();
    body->selectAll();
    QTest::keyClick(body, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("arrived broken")));
}

void TestThreadView::everyControlHasAName()
{
    const QJsonArray files{threadtest::attachmentJson(
        QStringLiteral("a.pdf"), QStringLiteral("https://files.example.com/a.pdf"), 10)};
    open(threadtest::conversation(conversationId,
                                  QStringLiteral("<p><a href=\"https://x.example/\">x</a></p>"),
                                  threadtest::manyParts(20, 1'700'000'000), files));
    area()->scrollToTop();
    const QList<QWidget *> widgets = m_view->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (qobject_cast<ThreadPartWidget *>(widget)) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
        if (widget->focusPolicy() & Qt::TabFocus && !qobject_cast<QScrollBar *>(widget)) {
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(widget->metaObject()->className() + QLatin1Char(' ')
                                + widget->objectName()));
            ++checked;
        }
    }
    QVERIFY(checked > 3);
}

QTEST_MAIN(TestThreadView)
#include "tst_threadview.moc"
