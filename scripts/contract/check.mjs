// Judges every exchange Newman sent (requests Portman generated from the OpenAPI document) against that document:
// a request the document's schemas allow must be answered 2xx, one they refuse must be answered 4xx, no answer may be
// 5xx, every answer's status must be documented for its operation and its body must match the documented schema.
// Usage: node check.mjs OPENAPI.json NEWMAN-REPORT.json
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const [documentFile, reportFile] = process.argv.slice(2);
const openApi = JSON.parse(readFileSync(documentFile, 'utf8'));
const run = JSON.parse(readFileSync(reportFile, 'utf8')).run;

/** OpenAPI 3.0 schema words as JSON Schema: nullable as a null type, boolean exclusive bounds as numbers. */
function asJsonSchema(node) {
  if (Array.isArray(node)) return node.map(asJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'example' && key !== 'nullable') out[key] = asJsonSchema(value);
  }
  if (node.nullable === true && typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum.push(null);
  }
  if (node.exclusiveMinimum === true) { out.exclusiveMinimum = node.minimum; delete out.minimum; }
  if (node.exclusiveMinimum === false) delete out.exclusiveMinimum;
  if (node.exclusiveMaximum === true) { out.exclusiveMaximum = node.maximum; delete out.maximum; }
  if (node.exclusiveMaximum === false) delete out.exclusiveMaximum;
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
ajv.addSchema(asJsonSchema(openApi), 'doc');
const pointer = (parts) => 'doc#/' + parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const validate = (parts, value) => {
  const check = ajv.getSchema(pointer(parts)) ?? ajv.compile({ $ref: pointer(parts) });
  return check(value) ? null : ajv.errorsText(check.errors);
};

/** The document's operation for a method and a concrete path, with the parts that lead to it. */
function operationOf(method, path) {
  for (const [template, item] of Object.entries(openApi.paths)) {
    const pattern = new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$');
    if (pattern.test(path) && item[method]) return { template, method, operation: item[method] };
  }
  return null;
}

/** Why the request breaks the document's schemas, or null when it keeps to them. */
function requestProblem(found, query, body) {
  const parameters = found.operation.parameters ?? [];
  for (const { key, value, disabled } of query) {
    if (disabled) continue;
    const index = parameters.findIndex((p) => p.in === 'query' && p.name === key);
    if (index < 0) return `query ${key} is not a parameter`;
    const schema = parameters[index].schema ?? {};
    const decoded = decodeURIComponent(String(value));
    const typed = schema.type === 'integer' || schema.type === 'number'
      ? (/^-?\d+(\.\d+)?$/.test(decoded) ? Number(decoded) : decoded) : decoded;
    const problem = validate(['paths', found.template, found.method, 'parameters', index, 'schema'], typed);
    if (problem) return `query ${key}: ${problem}`;
  }
  const content = found.operation.requestBody?.content?.['application/json'];
  if (content) {
    let parsed;
    try { parsed = JSON.parse(body); } catch { return 'body is not JSON'; }
    const problem = validate(['paths', found.template, found.method, 'requestBody', 'content', 'application/json', 'schema'], parsed);
    if (problem) return `body: ${problem}`;
  }
  return null;
}

/** Why the answer breaks the document (undocumented status or a body off its schema), or null. */
function responseProblem(found, code, text) {
  let response = found.operation.responses?.[String(code)];
  if (!response) return `status ${code} is not documented`;
  let parts = ['paths', found.template, found.method, 'responses', String(code)];
  if (response.$ref) {
    parts = response.$ref.slice(2).split('/');
    response = parts.reduce((node, part) => node[part], openApi);
  }
  if (!response.content?.['application/json']) return null;
  let parsed;
  try { parsed = JSON.parse(text); } catch { return 'answer is not JSON'; }
  const problem = validate([...parts, 'content', 'application/json', 'schema'], parsed);
  return problem ? `answer body: ${problem}` : null;
}

const counts = { requests: 0, valid: 0, validAccepted: 0, invalid: 0, invalidRefused: 0, serverErrors: 0, answersOffSchema: 0,
  validRefused: 0, invalidAccepted: 0, unmatched: 0 };
const findings = [];
for (const execution of run.executions) {
  const request = execution.request;
  const response = execution.response;
  if (!response) { findings.push(`${execution.item.name}: no answer`); counts.serverErrors++; continue; }
  counts.requests++;
  const method = request.method.toLowerCase();
  const path = '/' + (request.url.path ?? []).join('/');
  const found = operationOf(method, path);
  if (!found) { counts.unmatched++; findings.push(`${method} ${path}: not in the document`); continue; }
  const text = Buffer.from(response.stream?.data ?? []).toString('utf8');
  const broken = requestProblem(found, request.url.query ?? [], request.body?.raw ?? '');
  const code = response.code;
  const name = `${execution.item.name} (${method.toUpperCase()} ${path}) -> ${code}`;
  if (code >= 500) { counts.serverErrors++; findings.push(`${name}: server error`); }
  if (broken === null) {
    counts.valid++;
    if (code >= 200 && code < 300) counts.validAccepted++;
    else { counts.validRefused++; findings.push(`${name}: schema-valid request refused: ${text.slice(0, 300)}`); }
  } else {
    counts.invalid++;
    if (code >= 400 && code < 500) counts.invalidRefused++;
    else { counts.invalidAccepted++; findings.push(`${name}: request off the schema (${broken}) not refused`); }
  }
  const off = responseProblem(found, code, text);
  if (off) { counts.answersOffSchema++; findings.push(`${name}: ${off.slice(0, 300)}`); }
}

findings.forEach((finding) => console.log('FINDING ' + finding));
console.log(`contract: ${counts.requests} requests generated by Portman from /api/openapi.json; `
  + `${counts.valid} schema-valid (${counts.validAccepted} answered 2xx, ${counts.validRefused} refused), `
  + `${counts.invalid} off the schema (${counts.invalidRefused} answered 4xx, ${counts.invalidAccepted} not); `
  + `${counts.serverErrors} 5xx, ${counts.answersOffSchema} answers off the documented schema, ${counts.unmatched} unmatched`);
const bad = counts.serverErrors + counts.answersOffSchema + counts.validRefused + counts.invalidAccepted + counts.unmatched;
process.exit(bad === 0 && counts.requests > 0 ? 0 : 1);
