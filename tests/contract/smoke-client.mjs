// A stand-in client for prism-proxy.mjs: runs the contract scenario (without the requests that
// are invalid on purpose) against TRIAGE_CONTRACT_BASE_URL with TRIAGE_CONTRACT_TOKEN. It proves
// the runner's --client plumbing end to end until the C++ contract client exists.
//
// Usage: node smoke-client.mjs --spec <api.intercom.io.yaml>   (env as set by prism-proxy.mjs)
import { parseArgs, requireNodeModules, requireSpec } from './lib/processes.mjs';

requireNodeModules();
const args = parseArgs();
requireSpec(args.spec);
const { TRIAGE_CONTRACT_BASE_URL: baseUrl, TRIAGE_CONTRACT_TOKEN: token } = process.env;
if (!baseUrl || !token) {
    console.error('smoke-client: TRIAGE_CONTRACT_BASE_URL and TRIAGE_CONTRACT_TOKEN must be set');
    process.exit(2);
}
const { Spec } = await import('./lib/spec.mjs');
const { CheckedClient } = await import('./lib/apiclient.mjs');
const { scenario } = await import('./lib/scenario.mjs');

const api = new CheckedClient(new Spec(args.spec), baseUrl.replace(/\/$/, ''), token);
await scenario(api, { invalidRequests: false });
// Response problems are validate-responses.mjs's business; only our own request bugs fail here.
for (const error of api.scriptErrors)
    console.error(`smoke-client: ${error}`);
console.log(`smoke-client: ${api.covered.size} (operation, status) pairs exercised`);
process.exit(api.scriptErrors.length ? 1 : 0);
