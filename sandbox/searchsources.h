#pragma once

#include "searchquery.h"

namespace sandbox {

class Workspace;

/// A workspace record (by index) as the search engine sees it. Reads straight from the compact
/// records and shared pools, so searching 100,000 conversations builds no JSON.
class WorkspaceFieldSource : public SearchFieldSource
{
public:
    WorkspaceFieldSource(const Workspace &ws, int index)
        : m_ws(ws)
        , m_index(index)
    {}

protected:
    const Workspace &m_ws;
    int m_index;
};

/// Conversation fields: state, admin_assignee_id, source.body, tag_ids, custom_attributes.X, …
class ConversationFieldSource final : public WorkspaceFieldSource
{
public:
    using WorkspaceFieldSource::WorkspaceFieldSource;
    QVariantList values(const QString &field) const override;
};

/// Contact fields: role, email, location.city, tag_id, created_at, custom_attributes.X, …
class ContactFieldSource final : public WorkspaceFieldSource
{
public:
    using WorkspaceFieldSource::WorkspaceFieldSource;
    QVariantList values(const QString &field) const override;
};

} // namespace sandbox
