// A recording reverse proxy placed in front of `prism proxy`: client → recorder → Prism →
// sandbox. It keeps every request (method, path, body) beside the violations Prism reported
// for it in the `sl-violations` response header, so each violation is tied to the request that
// caused it, and so the bodies Prism can't check (PRISM_BLIND_SPOTS) can be validated here.
import http from 'node:http';

export class Recorder {
    constructor(upstream) {
        this.upstream = new URL(upstream);
        this.exchanges = [];   // {method, path, body, status, violations}
        this.server = http.createServer((req, res) => this.forward(req, res));
    }

    listen() {
        return new Promise(resolve => {
            this.server.listen(0, '127.0.0.1', () => {
                this.url = `http://127.0.0.1:${this.server.address().port}`;
                resolve(this.url);
            });
        });
    }

    close() {
        return new Promise(resolve => {
            this.server.closeAllConnections?.();
            this.server.close(() => resolve());
        });
    }

    forward(req, res) {
        const chunks = [];
        req.on('data', chunk => chunks.push(chunk));
        req.on('end', () => {
            const body = Buffer.concat(chunks);
            const headers = { ...req.headers, host: this.upstream.host };
            const upstreamReq = http.request({
                hostname: this.upstream.hostname, port: this.upstream.port, path: req.url,
                method: req.method, headers,
            }, upstreamRes => {
                const responseChunks = [];
                upstreamRes.on('data', chunk => responseChunks.push(chunk));
                upstreamRes.on('end', () => {
                    this.exchanges.push({
                        method: req.method, path: req.url, body: body.toString('utf8'),
                        status: upstreamRes.statusCode,
                        violations: parseViolations(upstreamRes.headers['sl-violations']),
                    });
                    res.writeHead(upstreamRes.statusCode, upstreamRes.headers);
                    res.end(Buffer.concat(responseChunks));
                });
            });
            upstreamReq.on('error', error => {
                this.exchanges.push({ method: req.method, path: req.url,
                                      body: body.toString('utf8'), status: 502,
                                      violations: [{ location: ['proxy'], severity: 'Error',
                                                     message: `prism unreachable: ${error.message}` }] });
                res.writeHead(502, { 'content-type': 'text/plain' });
                res.end(`contract recorder: ${error.message}`);
            });
            upstreamReq.end(body);
        });
    }
}

function parseViolations(header) {
    if (!header)
        return [];
    try {
        const list = JSON.parse(header);
        return Array.isArray(list) ? list : [];
    } catch {
        return [{ location: ['request'], severity: 'Error',
                  message: `unparsable sl-violations header: ${header}` }];
    }
}
