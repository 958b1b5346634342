#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxCommandLine", text);
}

struct Flags
{
    QCommandLineOption port{QStringLiteral("port"), tr("Port on 127.0.0.1 (0 = any free port)."),
                            QStringLiteral("P"), QStringLiteral("0")};
    QCommandLineOption conversations{QStringLiteral("conversations"),
                                     tr("Conversations to generate (0 to 200000)."),
                                     QStringLiteral("N"), QStringLiteral("500")};
    QCommandLineOption seed{QStringLiteral("seed"), tr("Seed for the workspace and the faults."),
                            QStringLiteral("S"), QStringLiteral("1")};
    QCommandLineOption token{QStringLiteral("token"),
                             tr("Access token to accept (default: a random one)."),
                             QStringLiteral("T")};
    QCommandLineOption rateLimit{QStringLiteral("rate-limit"),
                                 tr("Requests allowed per 10-second window."), QStringLiteral("N"),
                                 QString::number(RateLimiter::DefaultLimit)};
    QCommandLineOption faultRate{QStringLiteral("fault-rate"),
                                 tr("Fraction of API requests that get a fault (0 to 1)."),
                                 QStringLiteral("F"), QStringLiteral("0")};
    QCommandLineOption faults{QStringLiteral("faults"),
                              tr("Fault kinds: 500,503,429,delay,drop-before,drop-after,"
                                 "malformed,truncated (default: all)."),
                              QStringLiteral("LIST")};
    QCommandLineOption faultDelay{QStringLiteral("fault-delay-ms"),
                                  tr("How late a delayed answer comes, in milliseconds."),
                                  QStringLiteral("N"), QStringLiteral("3000")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            tr("A local Intercom-compatible server with a generated workspace."));
        parser.addOptions(
            {port, conversations, seed, token, rateLimit, faultRate, faults, faultDelay, help});
    }
};

std::optional<qint64> integerValue(const QCommandLineParser &parser,
                                   const QCommandLineOption &option, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

QString badValue(const QCommandLineOption &option, const QString &value)
{
    return tr("Invalid value for --%1: %2").arg(option.names().constLast(), value);
}

} // namespace

QString SandboxCommandLine::usage()
{
    QCommandLineParser parser;
    Flags().addTo(parser);
    return parser.helpText();
}

SandboxCommandLine::Result SandboxCommandLine::parse(const QStringList &arguments)
{
    Result result;
    QCommandLineParser parser;
    const Flags flags;
    flags.addTo(parser);
    if (!parser.parse(arguments))
        return {Outcome::Error, {}, parser.errorText()};
    if (parser.isSet(flags.help))
        return {Outcome::Help, {}, {}};
    if (!parser.positionalArguments().isEmpty()) {
        return {Outcome::Error,
                {},
                tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())};
    }

    SandboxOptions &options = result.options;
    auto fail = [&](const QCommandLineOption &option) {
        return Result{Outcome::Error, {}, badValue(option, parser.value(option))};
    };

    const auto port = integerValue(parser, flags.port, 0, 65535);
    if (!port)
        return fail(flags.port);
    options.port = quint16(*port);

    const auto conversations = integerValue(parser, flags.conversations, 0, 200000);
    if (!conversations)
        return fail(flags.conversations);
    options.workspace.conversations = int(*conversations);

    bool seedOk = false;
    options.workspace.seed = parser.value(flags.seed).toULongLong(&seedOk);
    if (!seedOk)
        return fail(flags.seed);
    options.faults.seed = options.workspace.seed;

    if (parser.isSet(flags.token)) {
        options.token = parser.value(flags.token).trimmed();
        if (options.token.isEmpty() || options.token.contains(QLatin1Char(' ')))
            return fail(flags.token);
    }

    const auto rateLimit = integerValue(parser, flags.rateLimit, 1, 100000000);
    if (!rateLimit)
        return fail(flags.rateLimit);
    options.rateLimit = int(*rateLimit);

    bool rateOk = false;
    options.faults.rate = parser.value(flags.faultRate).toDouble(&rateOk);
    if (!rateOk || options.faults.rate < 0.0 || options.faults.rate > 1.0)
        return fail(flags.faultRate);

    if (parser.isSet(flags.faults)) {
        const auto kinds = FaultInjector::parseList(parser.value(flags.faults));
        if (!kinds)
            return fail(flags.faults);
        options.faults.kinds = *kinds;
    }

    const auto delay = integerValue(parser, flags.faultDelay, 0, 600000);
    if (!delay)
        return fail(flags.faultDelay);
    options.faults.delayMs = int(*delay);
    return result;
}

} // namespace sandbox
