#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sandbox {

class Workspace;

/// What every endpoint handler gets: the request, its path split into segments, the parsed
/// JSON body and the workspace. Also builds the official error answers.
struct RouteContext
{
    const ApiRequest &request;
    Workspace &ws;
    QStringList segments;
    QJsonObject body;

    bool is(const char *method) const { return request.method == method; }
    QJsonValue query(const QString &name) const;

    ApiResponse error(int status, const QString &code, const QString &message) const
    {
        return ApiResponse::error(status, code, message, request.requestId);
    }
    ApiResponse notFound(const QString &message = QStringLiteral("Resource Not Found")) const
    {
        return error(404, QStringLiteral("not_found"), message);
    }
    ApiResponse invalid(const QString &message) const
    {
        return error(400, QStringLiteral("parameter_invalid"), message);
    }
    ApiResponse missing(const QString &field) const
    {
        return error(400, QStringLiteral("parameter_not_found"),
                     field + QStringLiteral(" is required"));
    }

    /// A body member that Intercom documents as a string id but clients also send as number.
    /// Empty when absent or of another type.
    QString idField(const QString &name) const;
    /// Numeric id from a path segment or body; -1 when not a number.
    static qint64 number(const QString &text);
};

using RouteResult = std::optional<ApiResponse>;

// One handler per resource family; nullopt = "not my route".
RouteResult routeAdmins(RouteContext &context);
RouteResult routeConversations(RouteContext &context);
RouteResult routeConversationActions(RouteContext &context);
RouteResult routeContacts(RouteContext &context);
RouteResult routeHelpCenter(RouteContext &context);

} // namespace sandbox
