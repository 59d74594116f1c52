import type { ErrorObject } from 'ajv';
import * as validators from '../generated/validators.js';
import { fieldNames } from '../generated/fields.js';
import { Findings } from './findings.js';
import type { DocumentKind } from './kinds.js';
import { fieldName, messageLanguages, typeName, type MessageLanguage } from './messages.js';
import { slugify } from './slug.js';
import type { DataPath, SourceFile } from './source.js';
import { suggest } from './suggest.js';

/** Checks a file against its JSON Schema and reports every error where the YAML has it. */
export function checkSchema(file: SourceFile, kind: DocumentKind, findings: Findings): boolean {
  let errors = file.schemaErrors?.[kind];
  if (!errors) {
    const validate = validators[kind];
    errors = validate(file.data) ? [] : relevant(validate.errors ?? []);
    (file.schemaErrors ??= {})[kind] = errors;
  }
  for (const error of errors) report(file, kind, error, findings);
  return errors.length === 0;
}

/**
 * The first error of a file, a reading problem or one against its schema, worded in every
 * language: for a file that must be valid before a command writes into it. Undefined when there is none.
 */
export function firstError(file: SourceFile, kind: DocumentKind): { line: number; col: number; said: Record<MessageLanguage, string> } | undefined {
  const [en, sv, fi] = messageLanguages.map((lang) => {
    const findings = new Findings(lang);
    for (const p of file.problems) findings.addProblem(file, p);
    if (file.data !== undefined) checkSchema(file, kind, findings);
    return findings.diagnostics.find((d) => d.severity === 'error');
  });
  return en && { line: en.line, col: en.col, said: { en: en.message, sv: sv!.message, fi: fi!.message } };
}

/**
 * Drops the noise of `oneOf`: of its branches only the one nearest to what the user wrote
 * (fewest errors) speaks, and ajv's inner errors of `propertyNames` give way to their summary.
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors.filter((e) => !(e.propertyName !== undefined && e.keyword !== 'propertyNames'));
  for (const oneOf of kept.filter((e) => e.keyword === 'oneOf')) {
    const branchOf = (e: ErrorObject) => (e.instancePath.startsWith(oneOf.instancePath) && e.schemaPath.startsWith(oneOf.schemaPath + '/') ? Number(e.schemaPath.slice(oneOf.schemaPath.length + 1).split('/')[0]) : undefined);
    const counts = new Map<number, number>();
    for (const e of kept) {
      const b = branchOf(e);
      if (b !== undefined) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    const nearest = [...counts.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0])[0]?.[0];
    kept = kept.filter((e) => e === oneOf ? nearest === undefined : branchOf(e) === undefined || branchOf(e) === nearest);
  }
  return kept;
}

function toPath(data: unknown, pointer: string): (string | number)[] {
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) ? Number(seg) : seg;
    path.push(key);
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

/** The forms a value should have, in the words of each language. */
const forms: Record<MessageLanguage, { code: string; date: string; year: string; municipality: string }> = {
  en: { code: 'NNN, e.g. 434', date: 'YYYY-MM-DD', year: 'YYYY', municipality: '<municipality>' },
  sv: { code: 'NNN, t.ex. 434', date: 'ÅÅÅÅ-MM-DD', year: 'ÅÅÅÅ', municipality: '<kommun>' },
  fi: { code: 'NNN, esim. 434', date: 'VVVV-KK-PP', year: 'VVVV', municipality: '<kunta>' },
};

const valueAt = (data: unknown, path: DataPath) => path.reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string | number, unknown>)[k] : undefined), data);
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v)).slice(0, 80);

function report(file: SourceFile, kind: DocumentKind, e: ErrorObject, findings: Findings): void {
  const lang = findings.lang;
  const path = toPath(file.data, e.instancePath);
  const last = path[path.length - 1];
  const where = findings.where(file, kind, path);
  const field = typeof last === 'string' ? fieldName(last, lang) : where;
  const value = valueAt(file.data, path);
  const isId = e.schemaPath.includes('$defs/id/');
  const add = (rule: string, params: Record<string, string | number>, at: DataPath = path, position: 'key' | 'value' = 'value') =>
    findings.add(file, at, rule, { where, field, ...params }, { at: position });

  switch (e.keyword) {
    case 'required': {
      const key = String(e.params.missingProperty);
      return add('missing-field', { key, field: fieldName(key, lang) }, path, 'key');
    }
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const known = e.schemaPath.includes('$defs/text/') ? ['sv', 'fi'] : fieldNames;
      return add('unknown-field', { key, suggestion: suggest(key, known) ?? '' }, [...path, key], 'key');
    }
    case 'type':
      if (e.schemaPath.endsWith('$defs/text/type') && typeof value === 'string') return add('not-bilingual', {});
      return add('wrong-type', { type: typeName(String(e.params.type), lang) });
    case 'enum':
      if (e.schemaPath.includes('$defs/status/')) return add('unknown-status', { value: show(value), allowed: (e.params.allowedValues as string[]).join(', ') });
      return add('invalid-value', { value: show(value), allowed: (e.params.allowedValues as unknown[]).map(show).join(', ') });
    case 'const':
      return add('invalid-value', { value: show(value), allowed: show(e.params.allowedValue) });
    case 'pattern':
      if (isId) return add('invalid-id', { value: show(value), suggestion: slugify(String(value)) || 'my-id' });
      return add('invalid-format', { value: show(value), expected: String(e.params.pattern) === '^[0-9]{3}$' ? forms[lang].code : `/${e.params.pattern}/` });
    case 'format':
      return add('invalid-format', { value: show(value), expected: forms[lang].date });
    case 'maxLength':
      return add('invalid-format', { value: show(value), expected: `≤ ${e.params.limit}` });
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return add('empty', {});
    case 'uniqueItems':
      return add('duplicate-item', { value: show((value as unknown[])[e.params.i as number]) }, [...path, e.params.i as number]);
    case 'minimum':
    case 'maximum':
      return add('out-of-range', { value: show(value), op: String(e.params.comparison), limit: String(e.params.limit) });
    case 'propertyNames': {
      const key = String(e.params.propertyName);
      const keyPath = [...path, key];
      // The only names that are not ids are the years of indicator values.
      if (e.schemaPath.endsWith('additionalProperties/propertyNames')) return add('invalid-format', { value: key, expected: forms[lang].year, field: fieldName('values', lang) }, keyPath, 'key');
      return add('invalid-id', { value: key, suggestion: slugify(key) || 'my-id' }, keyPath, 'key');
    }
    case 'oneOf':
      return add('no-match', { expected: kind === 'indicators' ? "'sotkanet: <id>' | 'own: {sv, fi}'" : `'prefer: ${forms[lang].municipality}' | split` });
    default:
      return add('schema', { detail: e.message ?? e.keyword });
  }
}
