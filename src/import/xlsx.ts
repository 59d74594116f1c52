import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
import { maxFileBytes } from '../core/source.js';
import type { Table, TableRow } from './table.js';
import { said, saidBy } from './words.js';
import { Deadline, OverBound, ZipParts, type ZipBounds } from './zip-parts.js';

const tooMany = {
  merged: phrase<number>((n) => `more than ${n} merged ranges in a sheet`, (n) => `fler än ${n} sammanfogade områden på ett blad`, (n) => `yli ${n} yhdistettyä aluetta yhdessä taulukossa`),
  cells: phrase<number>(
    (n) => `more than ${n.toLocaleString('en')} cells in a sheet`,
    (n) => `fler än ${n.toLocaleString('sv')} celler på ett blad`,
    (n) => `yli ${n.toLocaleString('fi')} solua yhdessä taulukossa`,
  ),
};

/**
 * What reading a workbook may cost. Each part welfare reads (the workbook, its shared strings,
 * a sheet) may be as large unpacked as a file welfare reads (32 MB, WELFARE_MAX_FILE_MB), all of
 * them together twice that; a workbook of 25,000 actions is a few MB. Parts welfare does not need
 * (pictures, styles, printer settings) are never unpacked, whatever they hold.
 */
export const workbookBounds = {
  entries: 10_000,
  /** Cells of the rows with text, counted to each row's last cell: a sheet's memory. */
  cells: 5_000_000,
  /** Merged ranges of one sheet. */
  mergedRanges: 100_000,
  seconds: 60,
};

/**
 * Reads the first worksheet that has text. A merged cell's text is given once, in the range's
 * first row and column, and the cells it covers read as empty: that is how the table looks on
 * screen, and how a goal cell spanning its actions' rows reads when copied out of a document.
 */
export async function readXlsx(bytes: Uint8Array, shownAs: string): Promise<Table> {
  return (await readXlsxSheets(bytes, shownAs))[0]!;
}

/** Every worksheet that has text, each a table of its own: the status form has one per municipality. */
export async function readXlsxSheets(bytes: Uint8Array, shownAs: string): Promise<Table[]> {
  const partBytes = maxFileBytes();
  const bounds: ZipBounds = { entries: workbookBounds.entries, partBytes, totalBytes: 2 * partBytes, deadline: new Deadline(workbookBounds.seconds) };
  let read: Sheet[];
  try {
    read = await readWorkbook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), bounds);
  } catch (error) {
    if (error instanceof OverBound) {
      throw new WelfareError(saidBy('workbookTooLarge', (lang) => ({ file: shownAs, why: error.said[lang] })), ExitCode.invalid, { file: shownAs, hint: said('workbookTooLargeHint') });
    }
    throw new WelfareError(said('notWorkbook', shownAs), ExitCode.invalid, { file: shownAs, cause: error, hint: said('notWorkbookHint') });
  }
  const sheets = read.filter((s) => s.rows.length > 0);
  if (sheets.length === 0) throw new WelfareError(said('emptyWorkbook', shownAs), ExitCode.invalid, { file: shownAs });
  return sheets.map(({ name, rows }) => ({ rows, source: { format: 'xlsx', sheet: name, otherSheets: sheets.filter((s) => s.name !== name).map((s) => s.name) } }));
}

interface Sheet {
  name: string;
  rows: TableRow[];
}

/**
 * The text of every worksheet, row by row, read from the parts of the workbook that hold it:
 * the workbook (the sheets' names and order), its relationships (where each sheet is), the
 * shared strings and the sheets. Text is given as Unicode NFC, as all text welfare compares.
 */
async function readWorkbook(bytes: Buffer, bounds: ZipBounds): Promise<Sheet[]> {
  const zip = await ZipParts.open(bytes, bounds);
  const workbookPath = (await relationships(zip, '')).find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const listed: { name: string; id: string }[] = [];
  const found = await readXml(zip, workbookPath, {
    open(tag) {
      if (local(tag.name) === 'sheet') listed.push({ name: tag.attributes.name ?? '', id: attribute(tag, 'id') ?? '' });
    },
  });
  if (!found) throw new Error(`the workbook has no ${workbookPath}`);
  const rels = await relationships(zip, workbookPath);
  const sharedPath = rels.find((r) => r.type.endsWith('/sharedStrings'))?.target;
  const shared = sharedPath ? await sharedStrings(zip, sharedPath) : [];
  const sheets: Sheet[] = [];
  for (const { name, id } of listed) {
    const target = rels.find((r) => r.id === id)?.target;
    sheets.push({ name: name.normalize('NFC'), rows: target ? await sheetRows(zip, target, shared, bounds.deadline) : [] });
  }
  return sheets;
}

interface Relationship {
  id: string;
  type: string;
  /** The part's path in the archive. */
  target: string;
}

/** The relationships of a part (`''` for the package's own), targets resolved to paths in the archive. */
async function relationships(zip: ZipParts, part: string): Promise<Relationship[]> {
  const dir = posix.dirname(part);
  const relsPath = posix.join(dir, '_rels', `${posix.basename(part)}.rels`);
  const found: Relationship[] = [];
  await readXml(zip, relsPath, {
    open(tag) {
      if (local(tag.name) !== 'Relationship' || tag.attributes.TargetMode === 'External') return;
      const target = tag.attributes.Target ?? '';
      found.push({ id: tag.attributes.Id ?? '', type: tag.attributes.Type ?? '', target: target.startsWith('/') ? target.slice(1) : posix.join(dir, target) });
    },
  });
  return found;
}

/** The shared strings, each the text of its runs; phonetic guides (`rPh`) are not part of the text. */
async function sharedStrings(zip: ZipParts, path: string): Promise<string[]> {
  const strings: string[] = [];
  let text: string | undefined;
  let inT = false;
  let phonetic = 0;
  await readXml(zip, path, {
    open(tag) {
      const name = local(tag.name);
      if (name === 'si') text = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inT = true;
    },
    close(name) {
      if (name === 'si') {
        strings.push((text ?? '').normalize('NFC'));
        text = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT && text !== undefined) text += t;
    },
  });
  return strings;
}

/**
 * A sheet's rows with text. A cell's text is what it shows with no number format: a shared or
 * inline string, a formula's last result, a number as JavaScript writes it, TRUE as `true`.
 */
async function sheetRows(zip: ZipParts, path: string, shared: string[], deadline: Deadline): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  const merged: Range[] = [];
  let cells = 0;
  let line = 0;
  let row: string[] | undefined;
  let col = 0;
  let type = '';
  let value = '';
  let capture: 'v' | 't' | undefined;
  let inInline = false;
  await readXml(zip, path, {
    open(tag) {
      const name = local(tag.name);
      if (name === 'row') {
        // A row number that is not one (hand-made XML) counts on from the row before.
        line = Number(tag.attributes.r) || line + 1;
        row = [];
        col = 0;
      } else if (name === 'c' && row) {
        col = tag.attributes.r ? reference(tag.attributes.r)?.col ?? col + 1 : col + 1;
        type = tag.attributes.t ?? 'n';
        value = '';
      } else if (name === 'v' && row) capture = 'v';
      else if (name === 'is') inInline = true;
      else if (name === 't' && inInline) capture = 't';
      else if (name === 'mergeCell') {
        const range = rangeOf(tag.attributes.ref ?? '');
        if (range) merged.push(range);
        if (merged.length > workbookBounds.mergedRanges) throw new OverBound(inEach(tooMany.merged, workbookBounds.mergedRanges));
      }
    },
    close(name) {
      if (name === 'v' || name === 't') capture = undefined;
      else if (name === 'is') inInline = false;
      else if (name === 'c' && row) {
        while (row.length < col - 1) row.push('');
        row[col - 1] = cellText(type, value, shared);
      } else if (name === 'row' && row) {
        if (row.some((c) => c.trim() !== '')) {
          cells += row.length;
          if (cells > workbookBounds.cells) throw new OverBound(inEach(tooMany.cells, workbookBounds.cells));
          rows.push({ line, cells: row });
        }
        row = undefined;
      }
    },
    text(t) {
      if (capture) value += t;
    },
  });
  if (merged.length === 0) return rows;
  blankMergedCells(rows, merged, deadline);
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

function cellText(type: string, value: string, shared: string[]): string {
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'b':
      return value === '1' ? 'true' : value === '0' ? 'false' : value;
    case 'n': {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) ? String(n) : value;
    }
    default:
      // inlineStr, str (a formula's text), e (an error such as #N/A), d (an ISO date)
      return value.normalize('NFC');
  }
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Empties the cells a merged range covers but its first. Each range looks only at the rows and
 * cells there are, never at every cell it names: A1:XFD1048576 costs as much as the sheet's text.
 */
function blankMergedCells(rows: TableRow[], ranges: Range[], deadline: Deadline): void {
  const byLine = new Map(rows.map((r) => [r.line, r.cells]));
  for (const { top, left, bottom, right } of ranges) {
    deadline.check();
    const lines = bottom - top < rows.length ? Array.from({ length: bottom - top + 1 }, (_, i) => top + i) : rows.map((r) => r.line).filter((l) => l >= top && l <= bottom);
    for (const line of lines) {
      const cells = byLine.get(line);
      if (!cells) continue;
      for (let c = Math.max(left, 1); c <= Math.min(right, cells.length); c++) {
        if (line !== top || c !== left) cells[c - 1] = '';
      }
    }
  }
}

/** A cell reference such as `B12` as its row and column (1-based). */
function reference(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

function rangeOf(ref: string): Range | undefined {
  const [from, to = from] = ref.split(':');
  const a = reference(from ?? '');
  const b = reference(to ?? '');
  return a && b ? { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) } : undefined;
}

interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(localName: string): void;
  text?(text: string): void;
}

/**
 * Streams a part of the archive through an XML parser; false when there is no such part. saxes
 * expands no entities but XML's own five, so a part cannot grow as it is parsed.
 */
async function readXml(zip: ZipParts, path: string, on: XmlHandlers): Promise<boolean> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let failed: unknown;
  parser.on('error', (error) => {
    failed ??= error;
  });
  if (on.open) parser.on('opentag', on.open);
  if (on.close) parser.on('closetag', (tag) => on.close!(local(tag.name)));
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  const found = await zip.text(path, (chunk) => {
    parser.write(chunk);
    if (failed) throw failed;
  });
  if (found) parser.close();
  if (failed) throw failed;
  return found;
}

/** A tag's name without its namespace prefix: `x:row` and `row` are the same element. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute by its local name, whatever its prefix (`r:id`). */
const attribute = (tag: SaxesTagPlain, name: string) => Object.entries(tag.attributes).find(([key]) => local(key) === name)?.[1];
