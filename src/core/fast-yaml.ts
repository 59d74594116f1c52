import {
  CHOMPING_KEEP, CORE_SCHEMA, EVENT_ALIAS, EVENT_DOCUMENT, EVENT_MAPPING, EVENT_POP, EVENT_SCALAR, EVENT_SEQUENCE, NOT_RESOLVED, SCALAR_STYLE_PLAIN,
  constructFromEvents, defineScalarTag, getScalarValue, parseEvents, type Event, type ScalarEvent,
} from 'js-yaml';

/**
 * The fast way to read a YAML file: js-yaml's event parser, which is several times faster than
 * eemeli/yaml's document model and yields plain values. It is taken only where both parsers are
 * known to read a file alike; everything else (tags, anchors, aliases, directives, several
 * documents, keys that are null, floats or collections, flow collections over several lines,
 * duplicate keys, any error) is refused here and read by eemeli/yaml, whose messages are welfare's.
 * Test: test/fast-yaml.test.ts holds both parsers to agreement on the YAML test suite.
 */

/** Nesting deeper than this is refused here; eemeli/yaml then reports what it makes of it. */
const MAX_DEPTH = 100;

// Plain scalars resolve as eemeli/yaml's YAML 1.2 core schema resolves them (its tests, in its
// order), not as js-yaml's, which also reads `1_000` and `0b1` as numbers.
const isNull = /^(?:~|[Nn]ull|NULL)?$/;
const isBool = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const isOct = /^0o[0-7]+$/;
const isInt = /^[-+]?[0-9]+$/;
const isHex = /^0x[0-9a-fA-F]+$/;
const isNaNOrInf = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const isExp = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const isFloat = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const markerOrDirective = /^ *(?:%|\.\.\.)|^ +---/m;
const indentedBlock = /[|>][-+]?[1-9][-+]? *(?:#.*)?$/m;
const digits = '0123456789'.split('');

/** A plain scalar's value under the core schema, or the text itself when it is a string. */
export function coreScalar(source: string): unknown {
  if (isNull.test(source)) return null;
  if (isBool.test(source)) return source[0] === 't' || source[0] === 'T';
  if (isOct.test(source)) return parseInt(source.substring(2), 8);
  if (isInt.test(source)) return parseInt(source, 10);
  if (isHex.test(source)) return parseInt(source.substring(2), 16);
  if (isNaNOrInf.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (isExp.test(source) || isFloat.test(source)) return parseFloat(source);
  return source;
}

const implicit = (tagName: string, test: (s: string) => boolean, firstChars: string[]) =>
  defineScalarTag(tagName, {
    implicit: true,
    implicitFirstChars: firstChars,
    resolve: (source) => (test(source) ? coreScalar(source) : NOT_RESOLVED),
    identify: () => false,
  });

const schema = CORE_SCHEMA.withTags(
  implicit('tag:yaml.org,2002:null', (s) => isNull.test(s), ['', '~', 'n', 'N']),
  implicit('tag:yaml.org,2002:bool', (s) => isBool.test(s), ['t', 'T', 'f', 'F']),
  implicit('tag:yaml.org,2002:int', (s) => isOct.test(s) || isInt.test(s) || isHex.test(s), [...digits, '-', '+']),
  implicit('tag:yaml.org,2002:float', (s) => isNaNOrInf.test(s) || isExp.test(s) || isFloat.test(s), [...digits, '-', '+', '.']),
);

/** What the fast path read: the file's data, or `undefined` when the file is for eemeli/yaml. */
export function fastParse(text: string): { data: unknown } | undefined {
  // js-yaml passes over a directive it does not know, where eemeli/yaml warns; the two differ on
  // where tabs may stand, on a document end marker (`...`) before any document and on an indented
  // `---`. All are rare enough in a report's files to leave every file with one to eemeli/yaml.
  // Nor do they agree on every block scalar with an explicit indentation (`|2`).
  if (text.includes('\t') || markerOrDirective.test(text) || indentedBlock.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch {
    return undefined;
  }
  if (!agreeable(text, events)) return undefined;
  try {
    const docs = constructFromEvents(events, { source: text, schema, maxAliases: 0 });
    const data = docs[0];
    // An empty file is eemeli's to word.
    return docs.length === 1 && data !== null && data !== undefined ? { data } : undefined;
  } catch {
    // Duplicate keys, mostly.
    return undefined;
  }
}

interface Open { mapping: boolean; flow: boolean; start: number; count: number; lastEnd: number }

/** Whether nothing in the events is a construct on which js-yaml and eemeli/yaml may differ. */
function agreeable(text: string, events: Event[]): boolean {
  const stack: Open[] = [];
  let documents = 0;
  for (const e of events) {
    switch (e.type) {
      case EVENT_DOCUMENT:
        if (++documents > 1 || e.directives.length > 0) return false;
        stack.push({ mapping: false, flow: false, start: 0, count: 0, lastEnd: 0 });
        break;
      case EVENT_ALIAS:
        return false;
      case EVENT_MAPPING:
      case EVENT_SEQUENCE: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) return false;
        const parent = stack[stack.length - 1];
        // A collection as a key.
        if (parent?.mapping && parent.count % 2 === 0) return false;
        if (parent) parent.count++;
        stack.push({ mapping: e.type === EVENT_MAPPING, flow: e.style === 2, start: e.start, count: 0, lastEnd: e.start + 1 });
        break;
      }
      case EVENT_SCALAR: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) return false;
        // A kept block scalar (`|+`) at the end of a file without a last line break: read apart.
        if (e.chomping === CHOMPING_KEEP) return false;
        const parent = stack[stack.length - 1];
        if (parent) {
          if (parent.mapping && parent.count % 2 === 0 && !agreeableKey(text, e)) return false;
          parent.count++;
          if (e.valueEnd !== -1) parent.lastEnd = e.valueEnd;
        }
        break;
      }
      case EVENT_POP: {
        const closed = stack.pop()!;
        if (closed.flow) {
          const bracket = closingOnSameLine(text, closed);
          if (bracket === -1) return false;
          closed.lastEnd = bracket + 1;
        }
        const parent = stack[stack.length - 1];
        if (parent && closed.lastEnd > parent.lastEnd) parent.lastEnd = closed.lastEnd;
        break;
      }
    }
  }
  return documents === 1;
}

/** A key both parsers turn into the same string: not null, not a float, not the merge key `<<`. */
function agreeableKey(text: string, e: ScalarEvent): boolean {
  if (e.valueStart === -1) return false;
  if (e.style !== SCALAR_STYLE_PLAIN) return true;
  const source = getScalarValue(text, e);
  if (source === '<<') return false;
  const value = coreScalar(source);
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0));
}

/**
 * Where a flow collection (`[a, b]`, `{x: 1}`) closes, if on the line it opens on (else -1). Over several
 * lines, eemeli/yaml warns where its closing bracket is no further in than its parent.
 */
function closingOnSameLine(text: string, c: Open): number {
  const lineEnd = text.indexOf('\n', c.start);
  const end = lineEnd === -1 ? text.length : lineEnd;
  for (let i = c.lastEnd; i < end; i++) {
    const ch = text[i];
    if (ch === ']' || ch === '}') return i;
    if (ch === '#') return -1;
  }
  return -1;
}
