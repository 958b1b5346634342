// Walks every conversation of an Intercom-compatible server with the official Node SDK
// (npm intercom-client, installed in tests/contract), for comparison with our client in one run.
// usage: node sdk-walk.mjs <base-url> <token> [per_page]
// prints one JSON line: {"client":"intercom-client", conversations, requests, wall_ms, cpu_ms, rss_kb}
import { createRequire } from 'node:module';

const require = createRequire(new URL('../contract/package.json', import.meta.url));
const { IntercomClient } = require('intercom-client');

const [baseUrl, token, perPageArg] = process.argv.slice(2);
if (!baseUrl || !token) {
    console.error('usage: node sdk-walk.mjs <base-url> <token> [per_page]');
    process.exit(2);
}
const perPage = Number(perPageArg ?? 150);

let requests = 0;
const countingFetch = async (...args) => { requests += 1; return fetch(...args); };
const client = new IntercomClient({ token, baseUrl, fetch: countingFetch });

const startWall = process.hrtime.bigint();
const startCpu = process.cpuUsage();
let conversations = 0;
const seen = new Set();
let page = await client.conversations.list({ per_page: perPage });
for (;;) {
    for (const c of page.data) { seen.add(c.id); conversations += 1; }
    if (!page.hasNextPage()) break;
    page = await page.getNextPage();
}
const cpu = process.cpuUsage(startCpu);
const wallMs = Number(process.hrtime.bigint() - startWall) / 1e6;
console.log(JSON.stringify({
    client: 'intercom-client',
    conversations,
    distinct: seen.size,
    requests,
    wall_ms: Math.round(wallMs),
    cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
    rss_kb: Math.round(process.resourceUsage().maxRSS),
}));
