// Validates the description's own response examples against the schemas beside them, for the
// operations Triage uses. A failure here is a self-contradiction of the YAML, not a sandbox bug;
// validate-responses.mjs lists the ones that matter as documented exceptions.
//
// Usage: node check-examples.mjs --spec <api.intercom.io.yaml>
import { parseArgs, requireNodeModules, requireSpec } from './lib/processes.mjs';

requireNodeModules();
const args = parseArgs();
requireSpec(args.spec);
const { Spec, describeErrors } = await import('./lib/spec.mjs');
const { TRIAGE_OPERATIONS } = await import('./lib/operations.mjs');

const spec = new Spec(args.spec);
let contradictions = 0;
for (const [method, template] of TRIAGE_OPERATIONS) {
    const route = spec.routes.find(r => r.method === method && r.template === template);
    if (!route) {
        console.log(`MISSING  ${method} ${template} is not in the description`);
        ++contradictions;
        continue;
    }
    for (const [status, response] of Object.entries(route.op.responses || {})) {
        const content = response.content?.['application/json'];
        if (!content?.schema)
            continue;
        const { validate } = spec.responseValidator(route, Number(status));
        for (const [name, example] of Object.entries(content.examples || {})) {
            if (validate(example.value))
                continue;
            ++contradictions;
            console.log(`${method} ${template} ${status} example "${name}":`);
            for (const e of describeErrors(validate.errors))
                console.log(`    ${e.pointer}: ${e.message}  (${e.schemaPath})`);
        }
    }
}
console.log(`${contradictions} example(s) contradict their schema`);
