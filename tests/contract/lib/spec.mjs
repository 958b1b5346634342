// Loads Intercom's OpenAPI 3.0 description and turns its schemas into Ajv validators.
//
// OpenAPI 3.0 is not JSON Schema. The differences that matter for the Intercom description:
// - `nullable: true` (7000+ uses, often beside `$ref`, `enum` or `allOf`). Ajv has a built-in
//   `nullable` keyword, but it only widens `type`: it rejects `nullable` without `type` (the
//   `$ref` siblings) and still applies `enum` (so `null` fails an enum that lacks it). We
//   therefore rewrite every nullable schema S to `anyOf: [{type: "null"}, S']`, which is what
//   OpenAPI 3.0.3 specifies ("null is allowed in addition to the values S allows").
// - Siblings of `$ref` are ignored in OpenAPI 3.0; we keep only `nullable` (rewritten as above)
//   and drop `description`/`title`.
// - Annotations (`example`, `readOnly`, `x-*`, `discriminator`, `deprecated`, `xml`) are not
//   validation keywords; Ajv runs with `strict: false` so they are ignored, never "fixed".
// - Formats: ajv-formats provides date, date-time, uri, uuid, email and byte; the OpenAPI
//   numeric formats (int64, float) and Intercom's `timestamp` are annotations only.
import fs from 'node:fs';
import yaml from 'js-yaml';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const SPEC_ID = 'intercom-openapi.json';
const SCHEMA_PREFIX = '#/components/schemas/';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Places where the description contradicts itself; each entry quotes the schema location and
 * replaces exactly that keyword, so nothing else is loosened. (check-examples.mjs finds these.)
 */
const SCHEMA_EXCEPTIONS = [
    // components.schemas.{contact_tags,contact_notes,contact_companies,contact_subscription_types,
    // addressable_list,company_data}.properties.url say `type: string, format: uri`, but their
    // own `example`s (and every example response, e.g. GET /contacts/{contact_id}) are relative
    // references like "/contacts/5ba682d23d7cf92bef87bfd4/tags". Accept a URI reference there.
    ...['contact_tags', 'contact_notes', 'contact_companies', 'contact_subscription_types',
        'addressable_list', 'company_data'].map(schema => ({
        path: [schema, 'properties', 'url'],
        apply: node => { node.format = 'uri-reference'; } })),
    // components.schemas.addressable_list.properties.type says `format: uri` with
    // `example: note`; the examples use plain type names ("tag", "note", "company").
    { path: ['addressable_list', 'properties', 'type'], apply: node => { delete node.format; } },
    // components.schemas.custom_attributes.additionalProperties is `anyOf: [string, integer,
    // datetime, custom_object_instance_list]`, yet the schema's own example is
    // `paid_subscriber: true, monthly_spend: 155.5`: booleans and fractional numbers are custom
    // attribute values too (Intercom's attribute types are string, integer, float, boolean, date).
    { path: ['custom_attributes', 'additionalProperties', 'anyOf'],
      apply: node => { node.push({ type: 'boolean' }, { type: 'number' }); } },
];

function applyExceptions(schemas) {
    for (const { path, apply } of SCHEMA_EXCEPTIONS) {
        const node = path.reduce((n, key) => n?.[key], schemas);
        if (!node)
            throw new Error(`schema exception at ${path.join('.')} no longer matches the YAML`);
        apply(node);
    }
}

export function toJsonSchema(node) {
    if (Array.isArray(node))
        return node.map(toJsonSchema);
    if (node === null || typeof node !== 'object')
        return node;
    let out;
    if (typeof node.$ref === 'string') {
        if (!node.$ref.startsWith(SCHEMA_PREFIX))
            throw new Error(`unsupported $ref ${node.$ref}`);
        out = { $ref: `${SPEC_ID}#/definitions/${node.$ref.slice(SCHEMA_PREFIX.length)}` };
    } else {
        out = {};
        for (const [key, value] of Object.entries(node)) {
            if (key === 'nullable' || key === 'discriminator' || key === 'example'
                || key === 'xml' || key === 'externalDocs' || key.startsWith('x-'))
                continue;
            if (key === 'properties' || key === 'patternProperties') {
                out[key] = Object.fromEntries(
                    Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]));
            } else if (['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf']
                           .includes(key)) {
                out[key] = toJsonSchema(value);
            } else {
                out[key] = value;
            }
        }
    }
    return node.nullable === true ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** A path template such as /conversations/{conversation_id} as a RegExp. */
function templateRegExp(template) {
    const escaped = template.split(/\{[^}]+\}/)
                        .map(part => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${escaped.join('([^/]+)')}$`);
}

/** Fewer parameters first, so /articles/search wins over /articles/{article_id}. */
function templateSpecificity(template) {
    return (template.match(/\{/g) || []).length;
}

export class Spec {
    constructor(path) {
        this.path = path;
        this.doc = yaml.load(fs.readFileSync(path, 'utf8'));
        this.ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
        addFormats(this.ajv);
        for (const format of ['int32', 'int64', 'float', 'double', 'timestamp', 'binary', 'password'])
            this.ajv.addFormat(format, true);
        applyExceptions(this.doc.components.schemas);
        const definitions = {};
        for (const [name, schema] of Object.entries(this.doc.components.schemas))
            definitions[name] = toJsonSchema(schema);
        this.ajv.addSchema({ $id: SPEC_ID, definitions });
        this.routes = [];
        for (const [template, item] of Object.entries(this.doc.paths)) {
            for (const method of METHODS) {
                if (item[method])
                    this.routes.push({ method: method.toUpperCase(), template,
                                       regexp: templateRegExp(template), op: item[method] });
            }
        }
        this.routes.sort((a, b) => templateSpecificity(a.template) - templateSpecificity(b.template));
        this.cache = new Map();
    }

    /** The operation for a concrete method and path ("/conversations/12"), or undefined. */
    route(method, path) {
        return this.routes.find(r => r.method === method.toUpperCase() && r.regexp.test(path));
    }

    compile(key, schema) {
        if (!this.cache.has(key))
            this.cache.set(key, this.ajv.compile(toJsonSchema(schema)));
        return this.cache.get(key);
    }

    /** The generic error body validator (components.schemas.error). */
    errorValidator() {
        return this.compile('error', { $ref: `${SCHEMA_PREFIX}error` });
    }

    /**
     * {validate, declared} for the response of @p route with @p status. `declared` is false when
     * the operation doesn't list the status (or lists it without a JSON schema); error statuses
     * then fall back to the generic `error` schema.
     */
    responseValidator(route, status) {
        const response = route.op.responses?.[String(status)];
        const schema = response?.content?.['application/json']?.schema;
        if (schema)
            return { declared: true,
                     validate: this.compile(`${route.method} ${route.template} ${status}`, schema) };
        if (status >= 400)
            return { declared: !!response, validate: this.errorValidator() };
        return { declared: !!response, validate: null };
    }

    /** The validator of @p route's JSON request body, or null when it takes none. */
    requestValidator(route) {
        const schema = route.op.requestBody?.content?.['application/json']?.schema;
        return schema ? this.compile(`${route.method} ${route.template} request`, schema) : null;
    }
}

/** Ajv errors as readable {pointer, message} pairs, without oneOf/anyOf branch noise twice. */
export function describeErrors(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors || []) {
        let message = e.message;
        if (e.keyword === 'additionalProperties')
            message += `: ${e.params.additionalProperty}`;
        else if (e.keyword === 'enum')
            message += `: ${JSON.stringify(e.params.allowedValues)}`;
        const pointer = e.instancePath || '/';
        const key = `${pointer} ${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ pointer, message, schemaPath: e.schemaPath, keyword: e.keyword });
    }
    // A nullable schema became anyOf [null, S]: when S failed, "must be null" and "must match a
    // schema in anyOf" at that pointer only repeat what the errors inside S say.
    const real = out.filter(e => !isNullableNoise(e)).map(e => e.pointer);
    const explained = e => real.some(p => p === e.pointer || e.pointer === '/'
                                          || p.startsWith(`${e.pointer}/`));
    return out.filter(e => !isNullableNoise(e) || !explained(e))
        .map(({ keyword, ...rest }) => rest);
}

function isNullableNoise(e) {
    return e.message === 'must be null' || e.keyword === 'anyOf';
}
