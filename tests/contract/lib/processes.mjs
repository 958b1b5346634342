// Starting and stopping the helper processes of the contract tests: the sandbox and Prism.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';

export const CONTRACT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Exit code that ctest's SKIP_RETURN_CODE maps to "skipped". */
export const SKIP_CODE = 77;

/** A free TCP port on 127.0.0.1 (the OS picks it; there is a tiny race, which is fine here). */
export function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/** Resolves with the first line of @p child's @p stream that @p pattern matches. */
function waitForLine(child, stream, pattern, timeoutMs, what) {
    return new Promise((resolve, reject) => {
        let buffer = '';
        let log = '';
        const timer = setTimeout(() => {
            cleanup();
            reject(new Error(`${what} did not start within ${timeoutMs} ms:\n${log}`));
        }, timeoutMs);
        const onData = chunk => {
            buffer += chunk;
            log += chunk;
            const match = buffer.match(pattern);
            if (match) {
                cleanup();
                resolve(match);
            }
        };
        const onExit = code => {
            cleanup();
            reject(new Error(`${what} exited with ${code} before it was ready:\n${log}`));
        };
        const cleanup = () => {
            clearTimeout(timer);
            child[stream].off('data', onData);
            child.off('exit', onExit);
        };
        child[stream].setEncoding('utf8');
        child[stream].on('data', onData);
        child.on('exit', onExit);
    });
}

function stopper(child) {
    return () => new Promise(resolve => {
        if (child.exitCode !== null || child.signalCode !== null)
            return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
}

/**
 * Starts `triage-sandbox` and reads the `url: …` and `token: …` lines it prints.
 * Resolves with {url, token, stop}.
 */
export async function startSandbox(exe, args = []) {
    if (!fs.existsSync(exe))
        throw new Error(`triage-sandbox not found at ${exe}`);
    const child = spawn(exe, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', chunk => { stderr += chunk; });
    const stop = stopper(child);
    try {
        const match = await waitForLine(child, 'stdout', /url: (\S+)\s*\ntoken: (\S+)\s*\n/, 60000,
                                        'triage-sandbox');
        return { url: match[1].replace(/\/$/, ''), token: match[2], stop, stderr: () => stderr };
    } catch (error) {
        await stop();
        error.message += stderr;
        throw error;
    }
}

/**
 * Starts `prism proxy` in front of @p upstream, without `--errors`: every request is forwarded
 * and Prism reports request and response violations in the `sl-violations` response header
 * (and in its log). Resolves with {url, stop, log}.
 */
export async function startPrismProxy(specPath, upstream) {
    const port = await freePort();
    const prism = path.join(CONTRACT_DIR, 'node_modules', '.bin', 'prism');
    const child = spawn(prism, ['proxy', '-h', '127.0.0.1', '-p', String(port), specPath, upstream],
                        { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', chunk => { log += chunk; });
    const stop = stopper(child);
    child.stdout.on('data', chunk => { log += chunk; });
    try {
        await waitForLine(child, 'stdout', /Prism is listening on/, 120000, 'prism proxy');
        return { url: `http://127.0.0.1:${port}`, stop, log: () => log };
    } catch (error) {
        await stop();
        throw error;
    }
}

/** Fails with the message the README's test command expects when npm ci was not run. */
export function requireNodeModules() {
    for (const module of ['ajv', 'ajv-formats', 'js-yaml', '@stoplight/prism-cli']) {
        if (!fs.existsSync(path.join(CONTRACT_DIR, 'node_modules', module))) {
            console.error(`node module ${module} is missing: run npm ci in tests/contract`);
            process.exit(1);
        }
    }
}

/** Skips (exit 77) with a clear message when the official description is absent. */
export function requireSpec(specPath) {
    if (!specPath || !fs.existsSync(specPath)) {
        console.log(`SKIP: ${specPath || 'the OpenAPI description'} is absent (a clone without `
                    + `../shared); the contract tests need Intercom's api.intercom.io.yaml`);
        process.exit(SKIP_CODE);
    }
}

/** --name value pairs and bare --flags from process.argv. */
export function parseArgs(argv = process.argv.slice(2)) {
    const args = {};
    for (let i = 0; i < argv.length; ++i) {
        const key = argv[i].replace(/^--/, '');
        if (i + 1 < argv.length && !argv[i + 1].startsWith('--'))
            args[key] = argv[++i];
        else
            args[key] = true;
    }
    return args;
}
