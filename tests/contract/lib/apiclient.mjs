// A small HTTP client for the contract scripts that checks every exchange against the spec:
// the request body against the operation's request schema (a bug in the script itself), and
// the response body against the response schema declared for its status.
import { describeErrors } from './spec.mjs';

export class CheckedClient {
    /** @p spec is a Spec; @p baseUrl has no trailing slash. */
    constructor(spec, baseUrl, token) {
        this.spec = spec;
        this.baseUrl = baseUrl;
        this.token = token;
        this.violations = [];   // {endpoint, status, pointer, message}
        this.notes = [];        // undeclared statuses and other non-failing observations
        this.scriptErrors = []; // requests this script sent that violate the request schemas
        this.covered = new Set();
    }

    /**
     * Sends one request. Options: body (JSON), token (overrides; null = no header),
     * expect (status, or array of statuses; a mismatch is a violation too), badRequest (the
     * body is invalid on purpose: don't check it against the request schema).
     */
    async request(method, path, { body, token = this.token, expect = 200, badRequest = false } = {}) {
        const headers = { 'Accept': 'application/json', 'Intercom-Version': '2.16' };
        if (token !== null)
            headers.Authorization = `Bearer ${token}`;
        if (body !== undefined)
            headers['Content-Type'] = 'application/json';
        const pathOnly = path.split('?')[0];
        const route = this.spec.route(method, pathOnly);
        const endpoint = `${method} ${path}`;
        if (!route) {
            this.violations.push({ endpoint, status: '-', pointer: '',
                                   message: 'no such operation in the description' });
            return { status: 0, body: null };
        }
        if (!badRequest)
            this.checkRequestBody(route, endpoint, body);
        const response = await fetch(this.baseUrl + path, {
            method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const text = await response.text();
        let json = null;
        const report = (pointer, message) =>
            this.violations.push({ endpoint, status: response.status, pointer, message });
        try {
            json = text ? JSON.parse(text) : null;
        } catch {
            report('', `response is not JSON: ${text.slice(0, 120)}`);
            return { status: response.status, body: null, headers: response.headers };
        }
        const expected = Array.isArray(expect) ? expect : [expect];
        if (!expected.includes(response.status))
            report('', `expected HTTP ${expected.join(' or ')}, got ${response.status}: `
                           + text.slice(0, 200));
        this.covered.add(`${route.method} ${route.template} ${response.status}`);
        const { declared, validate } = this.spec.responseValidator(route, response.status);
        if (!declared)
            this.notes.push(`${endpoint}: HTTP ${response.status} is not declared by `
                            + `${route.method} ${route.template}`
                            + (validate ? '; checked against components.schemas.error' : ''));
        if (validate && !validate(json)) {
            for (const e of describeErrors(validate.errors))
                report(e.pointer, `${e.message}  [${e.schemaPath}]`);
        }
        return { status: response.status, body: json, headers: response.headers };
    }

    checkRequestBody(route, endpoint, body) {
        const validate = this.spec.requestValidator(route);
        if (!validate || body === undefined || validate(body))
            return;
        for (const e of describeErrors(validate.errors))
            this.scriptErrors.push(`request body of ${endpoint} violates the request schema `
                                   + `at ${e.pointer}: ${e.message}`);
    }
}
