// The request scenario shared by validate-responses.mjs (which checks the responses) and
// smoke-client.mjs (a stand-in client for the Prism runner): every operation Triage uses,
// every mutation, and the 400/401/404/410 error cases. `api` is a CheckedClient.

const MISSING_ID = '999999999';

/** Runs the scenario; every step tolerates a failed earlier step (ids may be missing). */
export async function scenario(api, { invalidRequests = true } = {}) {
    if (!invalidRequests) {
        // A client under contract test: leave out the requests that are invalid on purpose.
        const request = api.request.bind(api);
        api.request = (method, path, options = {}) =>
            options.badRequest || options.token === null ? Promise.resolve({ status: 0, body: null })
                                                          : request(method, path, options);
    }
    const get = (path, options) => api.request('GET', path, options);
    const me = (await get('/me')).body;
    const meId = String(me?.id ?? '');

    // Admins and teams.
    const admins = (await get('/admins')).body?.admins ?? [];
    const adminId = String(admins[0]?.id ?? meId);
    await get(`/admins/${adminId}`);
    for (const away of [true, false])
        await api.request('PUT', `/admins/${adminId}/away`,
                          { body: { away_mode_enabled: away, away_mode_reassign: false } });
    const teams = (await get('/teams')).body?.teams ?? [];
    if (teams[0])
        await get(`/teams/${teams[0].id}`);

    // Tags.
    await get('/tags');
    const tag = (await api.request('POST', '/tags', { body: { name: `contract ${Date.now()}` } })).body;
    const tagId = String(tag?.id ?? '');

    // Conversations.
    const list = (await get('/conversations?per_page=5')).body;
    const conversations = list?.conversations ?? [];
    const next = list?.pages?.next?.starting_after;
    if (next)
        await get(`/conversations?per_page=5&starting_after=${encodeURIComponent(next)}`);
    await api.request('POST', '/conversations/search', { body: {
        // The schema's group value is oneOf [array of groups, array of filters]: one array may
        // not mix filters and groups, so the single filter is wrapped in its own group.
        query: { operator: 'AND', value: [
            { operator: 'AND', value: [{ field: 'state', operator: '=', value: 'open' }] },
            { operator: 'OR', value: [{ field: 'admin_assignee_id', operator: '=', value: 0 },
                                      { field: 'updated_at', operator: '>', value: 1 }] }] },
        pagination: { per_page: 5 } } });
    const conversationId = String(conversations[0]?.id ?? '');
    if (conversationId) {
        const c = `/conversations/${conversationId}`;
        await get(c);
        await get(`${c}?display_as=plaintext`);
        await api.request('PUT', c, { body: { read: true } });
        for (const message_type of ['comment', 'note'])
            await api.request('POST', `${c}/reply`, { body: {
                message_type, type: 'admin', admin_id: meId, body: `<p>contract ${message_type}</p>` } });
        const parts = [
            { message_type: 'close', type: 'admin', admin_id: meId },
            { message_type: 'open', admin_id: meId },
            { message_type: 'snoozed', admin_id: meId,
              snoozed_until: Math.floor(Date.now() / 1000) + 3600 },
            { message_type: 'assignment', type: 'admin', admin_id: meId, assignee_id: adminId },
        ];
        for (const body of parts)
            await api.request('POST', `${c}/parts`, { body });
        if (tagId) {
            await api.request('POST', `${c}/tags`, { body: { id: tagId, admin_id: meId } });
            await api.request('DELETE', `${c}/tags/${tagId}`, { body: { admin_id: meId } });
        }
    }

    // Contacts.
    const contacts = (await get('/contacts?per_page=5')).body?.data ?? [];
    await api.request('POST', '/contacts/search', { body: {
        query: { field: 'role', operator: '=', value: 'user' },
        pagination: { per_page: 5 }, sort: { field: 'created_at', order: 'ascending' } } });
    const contactId = String(contacts[0]?.id ?? '');
    if (contactId) {
        const p = `/contacts/${contactId}`;
        await get(p);
        await api.request('PUT', p, { body: { name: 'Contract Test' } });
        await get(`${p}/notes`);
        await api.request('POST', `${p}/notes`, { body: { body: 'contract note', admin_id: meId } });
        await get(`${p}/tags`);
        if (tagId) {
            await api.request('POST', `${p}/tags`, { body: { id: tagId } });
            await api.request('DELETE', `${p}/tags/${tagId}`);
        }
    }

    // Companies.
    const companies = (await get('/companies')).body?.data ?? [];
    if (companies[0])
        await get(`/companies/${companies[0].id}`);

    // Help center.
    const helpCenters = (await get('/help_center/help_centers')).body?.data ?? [];
    if (helpCenters[0])
        await get(`/help_center/help_centers/${helpCenters[0].id}`);
    const collections = (await get('/help_center/collections')).body?.data ?? [];
    if (collections[0])
        await get(`/help_center/collections/${collections[0].id}`);
    const collection = (await api.request('POST', '/help_center/collections',
                                          { body: { name: 'Contract collection' } })).body;
    if (collection?.id) {
        const p = `/help_center/collections/${collection.id}`;
        await get(p);
        await api.request('PUT', p, { body: { name: 'Contract collection, renamed' } });
        await api.request('DELETE', p);
    }
    const articles = (await get('/articles')).body?.data ?? [];
    await get('/articles/search?phrase=the&state=all');
    if (articles[0])
        await get(`/articles/${articles[0].id}`);
    const article = (await api.request('POST', '/articles', { body: {
        title: 'Contract article', author_id: Number(meId), state: 'draft',
        body: '<p>Written by the contract test.</p>',
        ...(collections[0] ? { parent_id: Number(collections[0].id), parent_type: 'collection' } : {}),
    } })).body;
    if (article?.id) {
        const p = `/articles/${article.id}`;
        await get(p);
        await api.request('PUT', p, { body: { title: 'Contract article, renamed' } });
        await api.request('DELETE', p);
    }

    // Error cases: 401, 404, 400, 410.
    await get('/me', { token: 'not-the-token', expect: 401 });
    await get('/conversations', { token: null, expect: 401 });
    await api.request('POST', '/contacts/search', { token: 'bad', expect: 401,
                      body: { query: { field: 'role', operator: '=', value: 'user' } } });
    for (const path of [`/admins/${MISSING_ID}`, `/teams/${MISSING_ID}`,
                        `/conversations/${MISSING_ID}`, `/articles/${MISSING_ID}`,
                        `/help_center/collections/${MISSING_ID}`,
                        `/help_center/help_centers/${MISSING_ID}`, `/companies/${MISSING_ID}`])
        await get(path, { expect: 404 });
    await get(`/contacts/${MISSING_ID}`, { expect: 404 });
    await api.request('PUT', `/conversations/${MISSING_ID}`, { body: { read: true }, expect: 404 });
    await api.request('POST', '/contacts/search', { expect: 400, badRequest: true, body: {
        query: { field: 'role', operator: '=', value: 'user' }, sort: { field: 'created_at', order: 'desc' } } });
    await api.request('POST', '/conversations/search', { expect: 400, badRequest: true, body: {
        query: { field: 'state', operator: 'LIKE', value: 'open' } } });
    await api.request('POST', '/articles', { expect: 400, badRequest: true,
                                             body: { body: '<p>no title, no author</p>' } });
    await api.request('POST', '/tags', { expect: 400, badRequest: true, body: {} });
    const merged = await findMergedContact(api);
    if (merged)
        await get(`/contacts/${merged}`, { expect: 410 });
    else
        api.notes.push('no merged contact found: the 410 case of GET /contacts/{contact_id} was not exercised');
}

/**
 * Merged contacts are excluded from lists and searches; their ids are only reachable through
 * the canonical contact's `merge_history` (include_merge_history=true, v2.16).
 */
async function findMergedContact(api) {
    let cursor = null;
    for (let page = 0; page < 50; ++page) {
        const after = cursor ? `&starting_after=${encodeURIComponent(cursor)}` : '';
        const body = (await api.request('GET',
                                        `/contacts?per_page=150&include_merge_history=true${after}`)).body;
        for (const contact of body?.data ?? []) {
            for (const entry of contact.merge_history ?? []) {
                if (entry?.source_contact_id)
                    return entry.source_contact_id;
            }
        }
        cursor = body?.pages?.next?.starting_after;
        if (!cursor)
            break;
    }
    return null;
}
