#include "schema.h"

namespace models {

namespace {

MigrationStep version1()
{
    MigrationStep step;
    step.version = 1;
    step.description = QStringLiteral("initial schema");
    step.statements = {
        // doc_id is an explicit INTEGER PRIMARY KEY so VACUUM never renumbers it: it is the
        // rowid of the conversation's full-text document and the keyset tie-breaker.
        QStringLiteral("CREATE TABLE conversations ("
                       " doc_id INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'unknown',"
                       " open INTEGER NOT NULL DEFAULT 0,"
                       " read INTEGER NOT NULL DEFAULT 0,"
                       " priority INTEGER NOT NULL DEFAULT 0,"
                       " admin_assignee_id TEXT NOT NULL DEFAULT '0',"
                       " team_assignee_id TEXT NOT NULL DEFAULT '0',"
                       " contact_id TEXT,"
                       " contact_name TEXT,"
                       " contact_email TEXT,"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " updated_at INTEGER NOT NULL DEFAULT 0,"
                       " waiting_since INTEGER,"
                       " snoozed_until INTEGER,"
                       " snippet TEXT NOT NULL DEFAULT '',"
                       " raw_json TEXT,"
                       " parts_synced_at INTEGER,"
                       " parts_updated_at INTEGER)"),
        // The list views: each filters on one of these and orders by updated_at; the
        // implicit rowid (doc_id) at the end of every index makes keyset paging index-only.
        QStringLiteral("CREATE INDEX idx_conversations_state ON conversations(state, updated_at)"),
        QStringLiteral("CREATE INDEX idx_conversations_admin "
                       "ON conversations(admin_assignee_id, state, updated_at)"),
        QStringLiteral("CREATE INDEX idx_conversations_team "
                       "ON conversations(team_assignee_id, state, updated_at)"),
        QStringLiteral("CREATE INDEX idx_conversations_waiting "
                       "ON conversations(state, waiting_since)"),
        QStringLiteral("CREATE INDEX idx_conversations_priority "
                       "ON conversations(priority, updated_at)"),
        QStringLiteral("CREATE INDEX idx_conversations_updated ON conversations(updated_at)"),
        QStringLiteral("CREATE INDEX idx_conversations_contact ON conversations(contact_id)"),

        QStringLiteral("CREATE TABLE parts ("
                       " id TEXT PRIMARY KEY,"
                       " conversation_id TEXT NOT NULL"
                       "  REFERENCES conversations(id) ON DELETE CASCADE,"
                       " part_type TEXT NOT NULL DEFAULT '',"
                       " author_type TEXT,"
                       " author_id TEXT,"
                       " author_name TEXT,"
                       " body TEXT,"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " attachments TEXT)"),
        QStringLiteral("CREATE INDEX idx_parts_conversation ON parts(conversation_id)"),

        QStringLiteral("CREATE TABLE contacts ("
                       " id TEXT PRIMARY KEY, external_id TEXT, role TEXT, name TEXT,"
                       " email TEXT, phone TEXT, avatar_url TEXT, owner_id TEXT,"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " updated_at INTEGER NOT NULL DEFAULT 0,"
                       " last_seen_at INTEGER NOT NULL DEFAULT 0, raw_json TEXT)"),
        QStringLiteral("CREATE INDEX idx_contacts_email ON contacts(email)"),
        QStringLiteral("CREATE TABLE companies ("
                       " id TEXT PRIMARY KEY, company_id TEXT, name TEXT, plan TEXT,"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " updated_at INTEGER NOT NULL DEFAULT 0,"
                       " size INTEGER NOT NULL DEFAULT 0, website TEXT, industry TEXT,"
                       " monthly_spend REAL NOT NULL DEFAULT 0,"
                       " user_count INTEGER NOT NULL DEFAULT 0, raw_json TEXT)"),

        QStringLiteral("CREATE TABLE admins ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', email TEXT,"
                       " job_title TEXT, avatar_url TEXT,"
                       " away_mode_enabled INTEGER NOT NULL DEFAULT 0,"
                       " away_mode_reassign INTEGER NOT NULL DEFAULT 0,"
                       " has_inbox_seat INTEGER NOT NULL DEFAULT 0, raw_json TEXT)"),
        QStringLiteral("CREATE TABLE teams ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', raw_json TEXT)"),
        QStringLiteral("CREATE TABLE team_members ("
                       " team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,"
                       " admin_id TEXT NOT NULL,"
                       " PRIMARY KEY (team_id, admin_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX idx_team_members_admin ON team_members(admin_id, team_id)"),
        QStringLiteral("CREATE TABLE tags (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '')"),
        // No foreign key to tags: a conversation can carry a tag before the tag list is synced.
        QStringLiteral("CREATE TABLE conversation_tags ("
                       " conversation_id TEXT NOT NULL"
                       "  REFERENCES conversations(id) ON DELETE CASCADE,"
                       " tag_id TEXT NOT NULL,"
                       " PRIMARY KEY (conversation_id, tag_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX idx_conversation_tags_tag "
                       "ON conversation_tags(tag_id, conversation_id)"),

        QStringLiteral("CREATE TABLE articles ("
                       " id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', description TEXT,"
                       " body TEXT, author_id TEXT, state TEXT, created_at INTEGER NOT NULL"
                       " DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0, url TEXT,"
                       " parent_id TEXT, parent_type TEXT, default_locale TEXT, raw_json TEXT)"),
        QStringLiteral("CREATE INDEX idx_articles_parent ON articles(parent_id)"),
        QStringLiteral("CREATE TABLE collections ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', description TEXT,"
                       " parent_id TEXT, help_center_id TEXT,"
                       " sort_order INTEGER NOT NULL DEFAULT 0, url TEXT, icon TEXT,"
                       " default_locale TEXT, created_at INTEGER NOT NULL DEFAULT 0,"
                       " updated_at INTEGER NOT NULL DEFAULT 0, raw_json TEXT)"),

        QStringLiteral("CREATE TABLE drafts ("
                       " conversation_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('reply', 'note')),"
                       " text TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " PRIMARY KEY (conversation_id, kind)) WITHOUT ROWID"),
        // AUTOINCREMENT: ids are never reused, so id order is enqueue order forever.
        QStringLiteral("CREATE TABLE outbox ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " conversation_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " payload TEXT NOT NULL DEFAULT '{}',"
                       " state TEXT NOT NULL DEFAULT 'queued'"
                       "  CHECK (state IN ('queued', 'sending', 'done', 'failed')),"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " last_error TEXT,"
                       " created_at INTEGER NOT NULL,"
                       " not_before INTEGER NOT NULL DEFAULT 0,"
                       " updated_at INTEGER NOT NULL DEFAULT 0,"
                       " marker TEXT NOT NULL UNIQUE)"),
        QStringLiteral(
            "CREATE INDEX idx_outbox_conversation ON outbox(conversation_id, state, id)"),
        QStringLiteral("CREATE INDEX idx_outbox_state ON outbox(state, conversation_id)"),
        QStringLiteral("CREATE TABLE sync_state ("
                       " key TEXT PRIMARY KEY, value TEXT, updated_at INTEGER NOT NULL DEFAULT 0)"
                       " WITHOUT ROWID"),

        // One document per conversation, rowid = conversations.doc_id. Kept in sync by
        // explicit writes (SearchIndex), not triggers: part bodies must be stripped of HTML
        // in C++ first. A regular (not contentless) table so a document can be updated by
        // rowid alone.
        QStringLiteral("CREATE VIRTUAL TABLE conversation_search USING fts5("
                       "title, first_message, messages, notes, people,"
                       " tokenize = 'unicode61 remove_diacritics 2')"),
    };
    return step;
}

// Version 2: the thread view needs to know whether the local parts are the whole thread
// (Intercom returns at most 500 parts and reports the total), and reads a thread in time
// order; v1 only had an unordered index on parts.conversation_id. The benchmark also showed
// the unassigned view (no admin and no team) counting through table rows: it gets an index
// that covers both assignees.
MigrationStep version2()
{
    MigrationStep step;
    step.version = 2;
    step.description = QStringLiteral("parts total count and time-ordered parts index");
    step.statements = {
        QStringLiteral("ALTER TABLE conversations"
                       " ADD COLUMN parts_total_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "UPDATE conversations SET parts_total_count ="
            " (SELECT COUNT(*) FROM parts WHERE parts.conversation_id = conversations.id)"),
        QStringLiteral("DROP INDEX idx_parts_conversation"),
        QStringLiteral("CREATE INDEX idx_parts_conversation_created"
                       " ON parts(conversation_id, created_at)"),
        QStringLiteral("CREATE INDEX idx_conversations_assignees"
                       " ON conversations(admin_assignee_id, team_assignee_id, state, updated_at)"),
    };
    return step;
}

// Version 3: full-text search at 100,000 conversations (docs/BENCHMARKS.md). Search as you
// type ends every query with a prefix; without a prefix index FTS5 merges the doclists of
// every term with that prefix on each query (a 2-letter prefix took 50 ms), so the table is
// rebuilt with indexes for 2, 3 and 4 characters. A filtered search checks the filter for
// each candidate it walks; the narrow covering index keeps that off the wide
// conversations rows (which hold the raw JSON).
MigrationStep version3()
{
    MigrationStep step;
    step.version = 3;
    step.description = QStringLiteral("search prefix indexes and search filter index");
    step.statements = {
        QStringLiteral("CREATE VIRTUAL TABLE conversation_search_v3 USING fts5("
                       "title, first_message, messages, notes, people,"
                       " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"),
        QStringLiteral("INSERT INTO conversation_search_v3(rowid, title, first_message,"
                       " messages, notes, people) SELECT rowid, title, first_message, messages,"
                       " notes, people FROM conversation_search"),
        QStringLiteral("DROP TABLE conversation_search"),
        QStringLiteral("ALTER TABLE conversation_search_v3 RENAME TO conversation_search"),
        QStringLiteral("CREATE INDEX idx_conversations_search ON conversations(doc_id, state,"
                       " admin_assignee_id, team_assignee_id, priority, created_at, updated_at,"
                       " id)"),
    };
    return step;
}

// Version 4: a draft keeps its attached files (the composer's attachments survive a restart
// and come back with an undone message). They live in their own table, not in the drafts row:
// the text is saved about once a second while the agent types, and SQLite rewrites a whole
// row (overflow pages included) on every update. A rowid table, since the rows hold blobs.
MigrationStep version4()
{
    MigrationStep step;
    step.version = 4;
    step.description = QStringLiteral("draft attachments");
    step.statements = {
        QStringLiteral("CREATE TABLE draft_attachments ("
                       " id INTEGER PRIMARY KEY,"
                       " conversation_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('reply', 'note')),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " content_type TEXT NOT NULL DEFAULT 'application/octet-stream',"
                       " data BLOB NOT NULL,"
                       " UNIQUE (conversation_id, kind, position))"),
    };
    return step;
}

// Version 5: the list's sorts "waiting longest" and "priority first" (issue 4). Each sidebar
// view filters on equalities (state; admin and state; team and state; both assignees and
// state) and pages in its sort's order: an index per view and sort made of those equalities
// then the sort key lets SQLite read a page straight off the index, never sorting the view's
// rows. "Waiting longest" orders by an expression (waiting_since, else after every waiting
// one by newest update: ConversationOrder::keySql() repeats it exactly, or SQLite would not
// use these indexes), so its indexes are expression indexes; v1's (state, waiting_since)
// index, which no query used, gives way.
// v1's (priority, updated_at) already serves "priority first" over the whole store.
MigrationStep version5()
{
    const QString waiting = QStringLiteral(
        "(CASE WHEN waiting_since > 0 THEN waiting_since ELSE 17179869184 - updated_at END)");
    const QString priority = QStringLiteral("priority, updated_at");
    const auto index
        = [](const char *name, const char *equalities, const QString &order) -> QString {
        return QLatin1String("CREATE INDEX ") + QLatin1String(name)
               + QLatin1String(" ON conversations(") + QLatin1String(equalities) + order
               + QLatin1Char(')');
    };
    MigrationStep step;
    step.version = 5;
    step.description = QStringLiteral("indexes for the waiting-longest and priority sorts");
    step.statements = {
        QStringLiteral("DROP INDEX IF EXISTS idx_conversations_waiting"),
        index("idx_conversations_waiting", "", waiting),
        index("idx_conversations_state_waiting", "state, ", waiting),
        index("idx_conversations_admin_waiting", "admin_assignee_id, state, ", waiting),
        index("idx_conversations_team_waiting", "team_assignee_id, state, ", waiting),
        index("idx_conversations_assignees_waiting", "admin_assignee_id, team_assignee_id, state, ",
              waiting),
        index("idx_conversations_state_priority", "state, ", priority),
        index("idx_conversations_admin_priority", "admin_assignee_id, state, ", priority),
        index("idx_conversations_team_priority", "team_assignee_id, state, ", priority),
        index("idx_conversations_assignees_priority",
              "admin_assignee_id, team_assignee_id, state, ", priority),
    };
    return step;
}

// Version 6: searches the agent saves as views (issue 4), listed in the sidebar in their own
// order (SavedSearchRepository). The text is stored as typed, not as ids: names resolve
// again when the reference lists change. position is a dense 0..n-1 order; created_at is
// local ms. AUTOINCREMENT: a deleted search's id is never reused, so a view remembered by id
// cannot silently become another search.
MigrationStep version6()
{
    MigrationStep step;
    step.version = 6;
    step.description = QStringLiteral("saved searches");
    step.statements = {
        QStringLiteral("CREATE TABLE saved_searches ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " name TEXT NOT NULL,"
                       " query TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
    };
    return step;
}

// Version 7: a search inside a small view. A common word inside "mine" (1.5 % of the store)
// took 31–37 ms at p95 over 100,000 conversations: FTS5 found tens of thousands of matches
// and SQL looked each one up to check the view's filter. Now each document also holds its
// conversation's facets (state, assignees, priority, tags) as tokens in a `facets` column,
// so the filter joins the MATCH ("word"* AND state AND admin) and FTS5 intersects the
// doclists itself, skipping through the long ones. Facet tokens start with U+E000 (a
// private-use character the tokenizer keeps and that matchExpression() strips from typed
// text), so typed words and prefixes can never match them; ids are hex so any id is one
// token. The facets follow the conversations and conversation_tags tables through triggers,
// whatever writes them (sync, optimistic local effects, pending effects), except while a
// batch of list items is staged (search_deferred holds a row): SearchIndex::flush() then
// writes each staged document with its facets at once, rather than the triggers rewriting
// documents one statement at a time (each a new FTS5 segment). FTS5 cannot add a column, so
// the table is rebuilt (as v3 did).
MigrationStep version7()
{
    const QString facetsChanged = QStringLiteral(
        "OLD.state IS NOT NEW.state OR OLD.admin_assignee_id IS NOT NEW.admin_assignee_id"
        " OR OLD.team_assignee_id IS NOT NEW.team_assignee_id OR OLD.priority IS NOT NEW.priority");
    const QString notDeferred = QStringLiteral("NOT EXISTS (SELECT 1 FROM search_deferred)");
    // The tag triggers: the conversation's document, found by the conversation's id.
    const auto tagTrigger = [&](const char *name, const char *event, const char *row) -> QString {
        const QString id = QLatin1String(row) + QLatin1String(".conversation_id");
        return QLatin1String("CREATE TRIGGER ") + QLatin1String(name) + QLatin1String(" AFTER ")
               + QLatin1String(event) + QLatin1String(" ON conversation_tags WHEN ") + notDeferred
               + QLatin1String(" BEGIN UPDATE conversation_search SET facets = (SELECT facets"
                               " FROM conversation_facets WHERE id = ")
               + id + QLatin1String(") WHERE rowid = (SELECT doc_id FROM conversations WHERE id = ")
               + id + QLatin1String("); END");
    };
    MigrationStep step;
    step.version = 7;
    step.description = QStringLiteral("view facets in the full-text index");
    step.statements = {
        QStringLiteral("CREATE TABLE search_deferred (id INTEGER PRIMARY KEY)"),
        // What SearchIndex::facetToken() spells in C++; char(57344) = U+E000.
        QStringLiteral(
            "CREATE VIEW conversation_facets AS SELECT c.doc_id AS doc_id, c.id AS id,"
            " char(57344) || 's' || c.state"
            " || ' ' || char(57344) || 'a' || hex(c.admin_assignee_id)"
            " || ' ' || char(57344) || 't' || hex(c.team_assignee_id)"
            " || ' ' || char(57344) || 'p' || c.priority"
            " || COALESCE((SELECT ' ' || group_concat(char(57344) || 'g' || hex(t.tag_id), ' ')"
            " FROM conversation_tags t WHERE t.conversation_id = c.id), '') AS facets"
            " FROM conversations c"),
        QStringLiteral("CREATE VIRTUAL TABLE conversation_search_v7 USING fts5("
                       "title, first_message, messages, notes, people, facets,"
                       " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"),
        QStringLiteral("INSERT INTO conversation_search_v7(rowid, title, first_message, messages,"
                       " notes, people, facets) SELECT s.rowid, s.title, s.first_message,"
                       " s.messages, s.notes, s.people, COALESCE(f.facets, '')"
                       " FROM conversation_search s LEFT JOIN conversation_facets f"
                       " ON f.doc_id = s.rowid ORDER BY s.rowid"),
        QStringLiteral("DROP TABLE conversation_search"),
        QStringLiteral("ALTER TABLE conversation_search_v7 RENAME TO conversation_search"),
        QLatin1String("CREATE TRIGGER conversation_facets_update AFTER UPDATE OF state,"
                      " admin_assignee_id, team_assignee_id, priority ON conversations WHEN (")
            + facetsChanged + QLatin1String(") AND ") + notDeferred
            + QLatin1String(" BEGIN UPDATE conversation_search SET facets = (SELECT facets FROM"
                            " conversation_facets WHERE doc_id = NEW.doc_id)"
                            " WHERE rowid = NEW.doc_id; END"),
        tagTrigger("conversation_tags_facets_insert", "INSERT", "NEW"),
        tagTrigger("conversation_tags_facets_delete", "DELETE", "OLD"),
    };
    return step;
}

} // namespace

QList<MigrationStep> Schema::steps()
{
    return {version1(), version2(), version3(), version4(), version5(), version6(), version7()};
}

int Schema::latestVersion()
{
    return 7;
}

} // namespace models
