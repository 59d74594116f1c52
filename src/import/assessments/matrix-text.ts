import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isPair, isScalar, isSeq, parse, YAMLMap, type Node, type ToStringOptions } from 'yaml';
import type { SourceFile } from '../../core/source.js';
import { layoutOf, stringifyLike } from '../../indicators/yaml-layout.js';
import type { AssessmentChange } from './answers.js';
import { applyChanges } from './apply.js';

/** A piece of the file's text to replace (or, with start = end, a place to insert at). */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The matrix file's new text: the changes made on its parsed document, and only the assessments
 * they touch written anew into the text as it was. The yaml library writes flow padding (`[a]`
 * or `[ a ]`) for a whole file at once, so writing out the whole document would restyle lines the
 * form never touched; a matrix laid out in a way the splice does not know is written whole.
 */
export function matrixText(file: SourceFile, changes: readonly AssessmentChange[]): { text: string; data: unknown } {
  const doc = file.doc.clone();
  applyChanges(doc, changes);
  const data = doc.toJS();
  const spliced = splice(file, doc, changes);
  // The splice must say exactly what the changed document says, or the whole file is written.
  const text = spliced !== undefined && says(spliced, data) ? spliced : stringifyLike(doc, file.text);
  return { text, data };
}

function says(text: string, data: unknown): boolean {
  try {
    return isDeepStrictEqual(parse(text), data);
  } catch {
    return false;
  }
}

function splice(file: SourceFile, doc: Document, changes: readonly AssessmentChange[]): string | undefined {
  const newline = file.text.includes('\r\n') ? '\r\n' : '\n';
  const text = file.text.endsWith('\n') ? file.text : file.text + newline;
  // Long texts on one line, as the file has them; a quoted text's line breaks as \n, since a
  // quoted text of several lines would break a flow collection over several lines too.
  const layout: ToStringOptions = { ...layoutOf(text), lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER };
  const edits: Edit[] = [];
  const paths = new Map(changes.map((c) => [c.target.path.join('.'), c.target.path]));
  for (const path of paths.values()) {
    const before = file.doc.getIn(path, true);
    const after = doc.getIn(path, true);
    if (!isMap(before) || !isMap(after) || before.flow || !before.range) return undefined;
    const edit = editsOfAction(text, before, after, layout);
    if (!edit) return undefined;
    edits.push(...edit);
  }
  // In the order of the text, in one pass (a form may change thousands of assessments); at one
  // offset what is inserted goes before what is replaced there.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits) {
    pieces.push(text.slice(at, edit.start), edit.text.replace(/\n/g, newline));
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** The edits that write one action's changed and new assessments into the text. */
function editsOfAction(text: string, before: YAMLMap, after: YAMLMap, layout: ToStringOptions): Edit[] | undefined {
  const listBefore = before.get('assessments', true);
  const listAfter = after.get('assessments', true);
  if (!isSeq(listAfter)) return undefined;
  if (listBefore === undefined) {
    // The action's first assessments: a new key after its last line, at its keys' column.
    const at = lineAfter(text, contentEnd(before));
    const pair = after.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === 'assessments');
    if (!pair) return undefined;
    const column = columnOf(text, before.range![0]);
    return [{ start: at, end: at, text: ' '.repeat(column) + render(mapOf(pair), column, layout) }];
  }
  if (!isSeq(listBefore) || !listBefore.range) return undefined;
  const originals = listBefore.items.filter((item): item is YAMLMap => isMap(item) && item.range !== undefined);
  if (originals.length !== listBefore.items.length) return undefined;
  // An empty list (`assessments: []`) is written anew.
  if (originals.length === 0) return [{ start: listBefore.range[0], end: listBefore.range[1], text: render(listAfter, 0, layoutLike(text, listBefore, layout)).trimEnd() }];

  const edits: Edit[] = [];
  const items = listAfter.items as Node[];
  let pending: Node[] = [];
  for (let i = 0; i <= items.length; i++) {
    const item = items[i];
    const original = item && originals.find((o) => o.range![0] === item.range?.[0]);
    if (item && !original) {
      pending.push(item);
      continue;
    }
    // New assessments go in before the original one that follows them, or after the last one.
    if (pending.length > 0) {
      const next = original ?? originals.at(-1)!;
      const insert = listBefore.flow ? intoFlowList(text, next, original !== undefined, pending, layout) : intoBlockList(text, next, original !== undefined, pending, layout);
      if (!insert) return undefined;
      edits.push(insert);
      pending = [];
    }
    if (original && isMap(item) && isChanged(original, item)) edits.push(replacement(text, original, item, layout));
  }
  return edits;
}

/** New items of a block list, each on lines of its own starting with the `- ` its neighbour has. */
function intoBlockList(text: string, neighbour: YAMLMap, before: boolean, items: Node[], layout: ToStringOptions): Edit | undefined {
  const lineStart = text.lastIndexOf('\n', neighbour.range![0] - 1) + 1;
  const prefix = text.slice(lineStart, neighbour.range![0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  const at = before ? lineStart : lineAfter(text, contentEnd(neighbour));
  return { start: at, end: at, text: items.map((node) => prefix + render(node, prefix.length, layoutLike(text, neighbour, layout))).join('') };
}

/** New items of a flow list (`[{ … }, { … }]`), beside their neighbour; the brackets and the other items stay as written. */
function intoFlowList(text: string, neighbour: YAMLMap, before: boolean, items: Node[], layout: ToStringOptions): Edit {
  const written = items.map((node) => render(node, 0, layoutLike(text, neighbour, layout)).trimEnd());
  const at = before ? neighbour.range![0] : neighbour.range![1];
  return { start: at, end: at, text: before ? written.map((w) => `${w}, `).join('') : written.map((w) => `, ${w}`).join('') };
}

/** Whether the form changed an assessment: its node in the edited document differs from the original. */
const isChanged = (original: YAMLMap, edited: YAMLMap) => !isDeepStrictEqual(original.toJSON(), edited.toJSON());

/** An assessment written anew over its old text, up to the end of its last line (a trailing comment there included). */
function replacement(text: string, original: YAMLMap, edited: YAMLMap, layout: ToStringOptions): Edit {
  const start = original.range![0];
  const copy = withoutTrailingComments(edited.clone() as YAMLMap);
  if (original.flow) return { start, end: original.range![1], text: render(copy, 0, layoutLike(text, original, layout)).trimEnd() };
  return { start, end: lineAfter(text, contentEnd(original)), text: render(copy, columnOf(text, start), layoutLike(text, original, layout)) };
}

/**
 * Comment lines after a block collection belong to the text after the replaced lines, which stays;
 * the copy written anew leaves them out. A value's comment on its own line (`status: ok # …`,
 * `comment: { sv: … } # …`) is replaced with it, so the copy keeps it.
 */
function withoutTrailingComments<T extends Node>(node: T): T {
  node.commentBefore = undefined;
  node.spaceBefore = false;
  let last: unknown = node;
  while ((isMap(last) || isSeq(last)) && !last.flow) {
    last.comment = undefined;
    const item: unknown = last.items.at(-1);
    last = isPair(item) ? item.value : item;
  }
  return node;
}

/** A node as YAML at a column: its first line where it starts, the others indented to the column. */
function render(node: unknown, column: number, layout: ToStringOptions): string {
  const temp = new Document();
  temp.contents = node as Node;
  const lines = temp.toString(layout).replace(/\n$/, '').split('\n');
  return lines.map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(column) + line)).join('\n') + '\n';
}

const mapOf = (pair: unknown) => {
  const map = new YAMLMap();
  map.items.push(pair as never);
  return map;
};

/** The file's layout, with the flow padding the assessment's own text (or its sibling's) uses. */
const layoutLike = (text: string, node: Node, layout: ToStringOptions): ToStringOptions => ({ ...layout, flowCollectionPadding: paddingOf(text.slice(node.range![0], node.range![1]), layout) });

const paddingOf = (slice: string, layout: ToStringOptions) => (/[[{][^\]}]/.test(slice) ? layoutOf(slice).flowCollectionPadding : layout.flowCollectionPadding);

/** Where a node's own text ends: the end of its last value, before trailing comments and blank lines. */
function contentEnd(node: unknown): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last: unknown = node.items.at(-1);
    return contentEnd(isPair(last) ? (last.value ?? last.key) : last);
  }
  return (node as Node).range![1];
}

/** The start of the line after the one `offset` is on; `offset` itself when it starts a line. */
function lineAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}

const columnOf = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
