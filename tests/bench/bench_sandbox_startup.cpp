// Benchmark: how fast a sandbox with N conversations is ready to serve.
// For each N: start a SandboxServer in-process (and the triage-sandbox executable, if built)
// and time until the first successful GET /conversations?per_page=150. Prints figures; not a test.
//
//   bench_sandbox_startup [--conversations 10000,100000] [--no-exe]

#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

namespace {

/// VmHWM (peak resident set) of a process in MiB, from /proc; -1 where unavailable.
double peakRssMiB(const QString &pid = QStringLiteral("self"))
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression pattern(QStringLiteral("VmHWM:\\s*(\\d+)\\s*kB"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

/// GET /conversations?per_page=150; returns the conversations in the answer, -1 on failure.
int firstPage(QNetworkAccessManager &nam, const QUrl &base, const QString &token)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/conversations"));
    url.setQuery(QStringLiteral("per_page=150"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200)
        return -1;
    const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
    return int(page.value(QStringLiteral("conversations")).toArray().size());
}

void benchInProcess(int conversations)
{
    QElapsedTimer total;
    total.start();
    sandbox::SandboxOptions options;
    options.workspace.conversations = conversations;
    options.workspace.seed = 1;
    sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::printf("  in-process: cannot start: %s\n", qPrintable(error));
        return;
    }
    const qint64 listening = total.elapsed();
    QNetworkAccessManager nam;
    QElapsedTimer request;
    request.start();
    const int items = firstPage(nam, server.url(), server.token());
    std::printf("  in-process : generation %lld ms, listening after %lld ms, first page (%d "
                "conversations) in %lld ms, time to first answer %lld ms, peak RSS %.1f MiB\n",
                server.generationMs(), listening, items, request.elapsed(), total.elapsed(),
                peakRssMiB());
}

void benchExecutable(const QString &program, int conversations)
{
    QElapsedTimer total;
    total.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, {QStringLiteral("--conversations"), QString::number(conversations),
                            QStringLiteral("--seed"), QStringLiteral("1")});
    QString url;
    QString token;
    while (token.isEmpty() && process.waitForReadyRead(60000)) {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(QStringLiteral("url: ")))
                url = line.mid(5);
            else if (line.startsWith(QStringLiteral("token: ")))
                token = line.mid(7);
        }
    }
    if (token.isEmpty()) {
        std::printf("  executable : did not print its url and token\n");
        return;
    }
    const qint64 printed = total.elapsed();
    QNetworkAccessManager nam;
    const int items = firstPage(nam, QUrl(url), token);
    const qint64 answered = total.elapsed();
    const double rss = peakRssMiB(QString::number(process.processId()));
    process.terminate();
    process.waitForFinished(10000);
    const QByteArray log = process.readAllStandardError().trimmed();
    std::printf("  executable : url printed after %lld ms, first page (%d conversations), time to "
                "first answer %lld ms, peak RSS %.1f MiB [%s]\n",
                printed, items, answered, rss, log.constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizes(QStringLiteral("conversations"),
                                   QStringLiteral("Comma-separated workspace sizes."),
                                   QStringLiteral("LIST"), QStringLiteral("10000,100000"));
    const QCommandLineOption noExe(QStringLiteral("no-exe"),
                                   QStringLiteral("Skip the triage-sandbox executable."));
    parser.addOptions({sizes, noExe});
    parser.addHelpOption();
    parser.process(app);

    for (const QString &size : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int conversations = size.toInt();
        std::printf("sandbox start-up, %d conversations\n", conversations);
#ifdef TRIAGE_SANDBOX_EXE
        // The executable first, so its figures are not skewed by this process's page cache use.
        if (!parser.isSet(noExe))
            benchExecutable(QStringLiteral(TRIAGE_SANDBOX_EXE), conversations);
#endif
        benchInProcess(conversations);
        std::fflush(stdout);
    }
    return 0;
}
