#include "company.h"

#include "jsonvalue.h"

namespace api {

Company Company::fromJson(const QJsonObject &json)
{
    Company company;
    company.id = json::id(json.value(QLatin1String("id")));
    company.companyId = json::id(json.value(QLatin1String("company_id")));
    company.name = json::string(json.value(QLatin1String("name")));
    const QJsonValue plan = json.value(QLatin1String("plan"));
    company.plan = plan.isObject() ? json::string(plan.toObject().value(QLatin1String("name")))
                                   : json::string(plan);
    company.createdAt = json::integer(json.value(QLatin1String("created_at")));
    company.updatedAt = json::integer(json.value(QLatin1String("updated_at")));
    company.lastRequestAt = json::integer(json.value(QLatin1String("last_request_at")));
    company.size = json::integer(json.value(QLatin1String("size")));
    company.website = json::string(json.value(QLatin1String("website")));
    company.industry = json::string(json.value(QLatin1String("industry")));
    const QJsonValue spend = json.value(QLatin1String("monthly_spend"));
    company.monthlySpend = spend.isDouble() ? spend.toDouble() : json::string(spend).toDouble();
    company.sessionCount = json::integer(json.value(QLatin1String("session_count")));
    company.userCount = json::integer(json.value(QLatin1String("user_count")));
    company.customAttributes = json::object(json.value(QLatin1String("custom_attributes")));
    company.tags
        = json::wrappedList<Tag>(json.value(QLatin1String("tags")), QStringLiteral("tags"));
    company.rawJson = json;
    return company;
}

} // namespace api
