#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QUrl>

/// A `triage-sandbox` child process for benchmarks (so the server's CPU time is not the
/// benchmark's): started with --port 0, its URL and token read from its first lines.
struct SandboxProcess
{
    QProcess process;
    QUrl url;
    QString token;

    /// Starts the executable at \a program with \a arguments (besides --port 0); false when it
    /// did not announce its URL and token within \a timeoutMs.
    bool start(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
    {
        process.setProgram(program);
        process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")}
                             + arguments);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        QElapsedTimer timeout;
        timeout.start();
        while (token.isEmpty() && timeout.elapsed() < timeoutMs) {
            if (!process.canReadLine() && !process.waitForReadyRead(1000))
                continue;
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("url: ")))
                url = QUrl(line.mid(5));
            else if (line.startsWith(QLatin1String("token: ")))
                token = line.mid(7);
        }
        return url.isValid() && !token.isEmpty();
    }

    void stop()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};
