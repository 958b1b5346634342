// Request contract test: the client's requests, checked by Prism against the description.
//
//   client ──► recorder ──► prism proxy ──► triage-sandbox
//
// Prism runs without --errors, so every request reaches the sandbox and the client keeps
// working; Prism reports each violation in the `sl-violations` response header, which the
// recorder ties to the request. Prism can't compile some request schemas and accepts any body
// for them (PRISM_BLIND_SPOTS in lib/operations.mjs); the recorder's copies of those bodies are
// validated here with Ajv against the same YAML.
//
// Usage:
//   node prism-proxy.mjs --sandbox <triage-sandbox> --spec <yaml> --client <exe> [client args…]
//       runs <exe> with TRIAGE_CONTRACT_BASE_URL and TRIAGE_CONTRACT_TOKEN; fails when the
//       client fails or any request violated the description.
//   node prism-proxy.mjs --sandbox <exe> --spec <yaml> --self-check
//       sends known-good and deliberately bad requests and fails unless exactly the bad ones
//       are detected (so the contract test cannot pass silently).
//   node prism-proxy.mjs --sandbox <exe> --spec <yaml> --serve
//       prints the proxy URL and token and runs until interrupted, for manual use.
// Exit: 0 pass, 1 fail, 77 spec absent (ctest SKIP_RETURN_CODE).
import { spawn } from 'node:child_process';
import { parseArgs, requireNodeModules, requireSpec, startPrismProxy, startSandbox }
    from './lib/processes.mjs';

requireNodeModules();
const argv = process.argv.slice(2);
const clientAt = argv.indexOf('--client');
const args = parseArgs(clientAt >= 0 ? argv.slice(0, clientAt) : argv);
const client = clientAt >= 0 ? argv.slice(clientAt + 1) : null;
requireSpec(args.spec);
if (!args.sandbox || !(client?.length || args['self-check'] || args.serve)) {
    console.error('usage: prism-proxy.mjs --sandbox <exe> --spec <yaml> '
                  + '(--self-check | --serve | --client <exe> [args…])');
    process.exit(2);
}
const { Spec, describeErrors } = await import('./lib/spec.mjs');
const { Recorder } = await import('./lib/recorder.mjs');
const { PRISM_BLIND_SPOTS } = await import('./lib/operations.mjs');

const spec = new Spec(args.spec);

/** Prism findings that are the description contradicting itself, ignored at exactly this location. */
const KNOWN_SPEC_CONTRADICTIONS = [
    // paths./contacts/{contact_id}/notes.post.parameters[contact_id].schema is `type: integer`
    // (example '123'), but the GET of the same path says `type: string`, and contact ids are
    // strings everywhere else (components.schemas.contact.properties.id, example
    // 5ba682d23d7cf92bef87bfd4).
    { method: 'POST', template: '/contacts/{contact_id}/notes', location: 'request.path.contact_id' },
];

function isKnownContradiction(route, violation) {
    const location = (violation.location || []).join('.');
    return KNOWN_SPEC_CONTRADICTIONS.some(k => route && k.method === route.method
                                              && k.template === route.template
                                              && k.location === location);
}

/** Request-side problems of one exchange: Prism's, plus Ajv's for the blind spots. */
function requestProblems(exchange) {
    const path = exchange.path.split('?')[0];
    const route = spec.route(exchange.method, path);
    const problems = exchange.violations
        .filter(v => v.location?.[0] === 'request' || v.location?.[0] === 'proxy')
        .filter(v => !isKnownContradiction(route, v))
        .map(v => `${(v.location || []).join('.')}: ${v.message}`);
    const blind = route && PRISM_BLIND_SPOTS.some(([m, t]) => m === route.method && t === route.template);
    if (blind) {
        const validate = spec.requestValidator(route);
        let body;
        try {
            body = exchange.body ? JSON.parse(exchange.body) : undefined;
        } catch {
            problems.push('request.body: not JSON');
        }
        if (validate && body !== undefined && !validate(body)) {
            for (const e of describeErrors(validate.errors))
                problems.push(`request.body${e.pointer === '/' ? '' : e.pointer.replaceAll('/', '.')}: `
                              + `${e.message} (ajv)`);
        }
    }
    return problems;
}

function responseProblems(exchange) {
    // Array indices collapse to "*" so one issue repeated over a list is one line.
    const collapse = text => text.replace(/\.\d+(?=[.: ]|$)/g, '.*');
    return exchange.violations.filter(v => v.location?.[0] === 'response')
        .map(v => collapse(`${v.location.join('.')}: ${v.message}`));
}

function summarize(recorder) {
    let failures = 0;
    const responseIssues = new Map();
    for (const exchange of recorder.exchanges) {
        const problems = requestProblems(exchange);
        if (problems.length) {
            ++failures;
            console.log(`✖ ${exchange.method} ${exchange.path} → ${exchange.status}`);
            for (const p of problems)
                console.log(`    ${p}`);
        }
        for (const p of responseProblems(exchange)) {
            const key = `${exchange.method} ${exchange.path.split('?')[0].replace(/\/\d+/g, '/{id}')}: ${p}`;
            responseIssues.set(key, (responseIssues.get(key) || 0) + 1);
        }
    }
    // The sandbox's own response violations belong to validate-responses.mjs; listed here so
    // they are visible, but they don't fail the client's contract.
    for (const [issue, count] of responseIssues)
        console.log(`ℹ response (sandbox): ${issue}${count > 1 ? ` (×${count})` : ''}`);
    console.log(`${recorder.exchanges.length} request(s) through Prism, `
                + `${failures} with request violations`);
    return failures;
}

function runClient(command, env) {
    return new Promise(resolve => {
        const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env });
        child.on('error', error => {
            console.error(`cannot run the client ${command[0]}: ${error.message}`);
            resolve(1);
        });
        child.on('exit', (code, signal) => resolve(signal ? 1 : code));
    });
}

/** Good and bad requests; each bad one must be flagged, the good ones must not. */
async function selfCheck(url, token) {
    const send = async (method, path, body, auth = true) => {
        const headers = { 'Accept': 'application/json' };
        if (auth)
            headers.Authorization = `Bearer ${token}`;
        if (body !== undefined)
            headers['Content-Type'] = 'application/json';
        const response = await fetch(url + path, {
            method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        return response.json().catch(() => null);
    };
    const list = await send('GET', '/conversations?per_page=1');
    const id = list?.conversations?.[0]?.id ?? '1';
    const cases = [
        { bad: false, method: 'GET', path: '/me' },
        { bad: false, method: 'PUT', path: `/conversations/${id}`, body: { read: true } },
        { bad: false, method: 'POST', path: '/conversations/search',
          body: { query: { field: 'state', operator: '=', value: 'open' } } },
        { bad: true, method: 'PUT', path: `/conversations/${id}`, body: { read: 'yes' } },
        { bad: true, method: 'GET', path: '/conversations/not-a-number' },
        { bad: true, method: 'GET', path: '/me', auth: false },
        { bad: true, method: 'POST', path: '/conversations/search',
          body: { query: { field: 'state', operator: 'LIKE', value: 'open' } } },
        { bad: true, method: 'POST', path: '/articles', body: { title: 5, author_id: 'me' } },
    ];
    for (const c of cases)
        await send(c.method, c.path, c.body, c.auth !== false);
    return cases;
}

const sandbox = await startSandbox(args.sandbox, ['--conversations', '300', '--seed', '7',
                                                  '--rate-limit', '100000']);
let prism;
let recorder;
let exitCode = 1;
try {
    prism = await startPrismProxy(args.spec, sandbox.url);
    recorder = new Recorder(prism.url);
    const url = await recorder.listen();
    if (args.serve) {
        console.log(`url: ${url}\ntoken: ${sandbox.token}`);
        await new Promise(resolve => process.once('SIGINT', resolve).once('SIGTERM', resolve));
        summarize(recorder);
        exitCode = 0;
    } else if (args['self-check']) {
        const cases = await selfCheck(url, sandbox.token);
        let wrong = 0;
        cases.forEach((c, i) => {
            const exchange = recorder.exchanges[recorder.exchanges.length - cases.length + i];
            const problems = exchange ? requestProblems(exchange) : ['(not recorded)'];
            const detected = problems.length > 0;
            const ok = detected === c.bad;
            wrong += ok ? 0 : 1;
            console.log(`${ok ? '✔' : '✖'} ${c.bad ? 'bad ' : 'good'} ${c.method} ${c.path}: `
                        + (detected ? problems.join('; ') : 'no request violation'));
        });
        console.log(wrong ? `self-check FAILED: ${wrong} case(s) misjudged` : 'self-check passed');
        exitCode = wrong ? 1 : 0;
    } else {
        const env = { ...process.env, TRIAGE_CONTRACT_BASE_URL: url,
                      TRIAGE_CONTRACT_TOKEN: sandbox.token };
        const clientCode = await runClient(client, env);
        const failures = summarize(recorder);
        if (clientCode !== 0)
            console.log(`✖ the client exited with ${clientCode}`);
        if (recorder.exchanges.length === 0)
            console.log('✖ the client sent no request through the proxy');
        exitCode = clientCode === 0 && failures === 0 && recorder.exchanges.length > 0 ? 0 : 1;
    }
} catch (error) {
    console.error(`contract run aborted: ${error.stack || error}`);
} finally {
    await recorder?.close();
    await prism?.stop();
    await sandbox.stop();
}
process.exit(exitCode);
