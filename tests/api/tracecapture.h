#pragma once

#include "api/httptrace.h"

#include <QStringList>

/// Switches the HTTP trace on and collects its lines (category "triage.api.http") for as long
/// as it lives; restores the previous message handler and switches the trace off afterwards.
class TraceCapture
{
public:
    TraceCapture()
    {
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&TraceCapture::handle);
        api::HttpTrace::setEnabled(true);
    }
    ~TraceCapture()
    {
        api::HttpTrace::setEnabled(false);
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
    }
    TraceCapture(const TraceCapture &) = delete;
    TraceCapture &operator=(const TraceCapture &) = delete;

    const QStringList &lines() const { return m_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (s_lines && qstrcmp(context.category, "triage.api.http") == 0)
            s_lines->append(message);
    }

    static inline QStringList *s_lines = nullptr;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};
