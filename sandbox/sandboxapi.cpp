#include "sandboxapi.h"

#include "routecontext.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sandbox {

SandboxApi::SandboxApi(const WorkspaceOptions &options)
    : m_workspace(std::make_unique<Workspace>(options))
{}

SandboxApi::~SandboxApi() = default;

ApiResponse SandboxApi::handle(const ApiRequest &request)
{
    // Snoozes end lazily: whatever request comes first after snoozed_until sees them open.
    m_workspace->wakeUp(request.now);

    RouteContext context{
        request, *m_workspace, request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts), {}};
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return context.invalid(QStringLiteral("Request body is not a valid JSON object"));
        context.body = document.object();
    }

    using Router = RouteResult (*)(RouteContext &);
    static const Router routers[] = {routeAdmins, routeConversations, routeConversationActions,
                                     routeContacts, routeHelpCenter};
    for (Router router : routers) {
        if (RouteResult result = router(context))
            return *result;
    }
    return context.notFound(QStringLiteral("Resource Not Found"));
}

QString SandboxApi::meAdminId() const
{
    return QString::number(m_workspace->admins.front().id);
}

Workspace &SandboxApi::workspace()
{
    return *m_workspace;
}

const Workspace &SandboxApi::workspace() const
{
    return *m_workspace;
}

} // namespace sandbox
