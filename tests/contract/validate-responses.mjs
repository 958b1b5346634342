// Response-schema contract test: starts triage-sandbox, calls every operation Triage uses
// (reads, searches, every mutation, and the 400/401/404/410 error cases), and validates each
// response body against the schema the description declares for that operation and status.
//
// Usage: node validate-responses.mjs --sandbox <triage-sandbox> --spec <api.intercom.io.yaml>
//        [--json <report.json>]
// Exit: 0 all valid, 1 violations (listed per endpoint with a JSON pointer), 77 spec absent.
import fs from 'node:fs';
import { parseArgs, requireNodeModules, requireSpec, startSandbox } from './lib/processes.mjs';

requireNodeModules();
const args = parseArgs();
requireSpec(args.spec);
if (!args.sandbox) {
    console.error('usage: validate-responses.mjs --sandbox <triage-sandbox> --spec <yaml>');
    process.exit(2);
}
const { Spec } = await import('./lib/spec.mjs');
const { CheckedClient } = await import('./lib/apiclient.mjs');
const { TRIAGE_OPERATIONS } = await import('./lib/operations.mjs');
const { scenario } = await import('./lib/scenario.mjs');

function report(api) {
    // One line per (response, pointer pattern, message): array indices collapse to "*".
    const byEndpoint = new Map();
    for (const v of api.violations) {
        const key = `${v.endpoint} → ${v.status}`;
        if (!byEndpoint.has(key))
            byEndpoint.set(key, new Map());
        const line = `${(v.pointer || '/').replace(/\/\d+(?=\/|$)/g, '/*')}: ${v.message}`;
        const lines = byEndpoint.get(key);
        lines.set(line, (lines.get(line) || 0) + 1);
    }
    for (const [key, lines] of byEndpoint) {
        console.log(`✖ ${key}`);
        for (const [line, count] of lines)
            console.log(`    ${line}${count > 1 ? `  (×${count})` : ''}`);
    }
    for (const error of api.scriptErrors)
        console.log(`✖ script bug: ${error}`);
    for (const note of api.notes)
        console.log(`ℹ ${note}`);
    const statuses = [...api.covered].sort();
    const operations = new Set(statuses.map(s => s.split(' ').slice(0, 2).join(' ')));
    const missing = TRIAGE_OPERATIONS.filter(([m, t]) => !operations.has(`${m} ${t}`));
    for (const [m, t] of missing)
        console.log(`✖ not exercised: ${m} ${t}`);
    console.log(`${statuses.length} (operation, status) pairs checked, `
                + `${api.violations.length} violation(s) in ${byEndpoint.size} response(s), `
                + `${missing.length} operation(s) not exercised`);
    if (args.json)
        fs.writeFileSync(args.json, JSON.stringify({ violations: api.violations, notes: api.notes,
                                                     covered: statuses, missing }, null, 2));
    return api.violations.length === 0 && api.scriptErrors.length === 0 && missing.length === 0;
}

const spec = new Spec(args.spec);
// The validators must reject a wrong body, or every check below would pass vacuously.
if (spec.responseValidator(spec.route('GET', '/me'), 200).validate({ type: 'admin', id: 5 })) {
    console.error('validator self-test failed: admin_with_app accepted a numeric id');
    process.exit(1);
}
const sandbox = await startSandbox(args.sandbox, ['--conversations', '300', '--seed', '7',
                                                  '--rate-limit', '100000']);
let ok = false;
try {
    const api = new CheckedClient(spec, sandbox.url, sandbox.token);
    await scenario(api);
    ok = report(api);
} catch (error) {
    console.error(`contract run aborted: ${error.stack || error}`);
} finally {
    await sandbox.stop();
}
process.exit(ok ? 0 : 1);
