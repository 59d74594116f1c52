import { ExitCode, WelfareError } from '../../core/errors.js';
import { placedAt } from '../../core/messages.js';
import { restoreCell } from '../../export/formula.js';
import { headers } from '../../export/words.js';
import type { Language } from '../../generated/types.js';
import { ImportNotes } from '../notes.js';
import { readTables, type TableSource } from '../table.js';
import { readAsText, said, saidBy } from '../words.js';

/** One row of a filled-in status form, its cells as written. */
export interface FormRow {
  /** The line of the CSV, or the row of the worksheet. */
  line: number;
  id: string;
  municipality: string;
  year: string;
  status: string;
  comment: string;
}

/** A status form's table: the CSV, or one worksheet of the workbook. */
export interface FormTable {
  /** How the report names it: the file, and for a workbook the sheet (`form.xlsx[Lovisa stad]`). */
  label: string;
  /** The language of its headers, and so of its comments. */
  language: Language;
  rows: FormRow[];
  notes: ImportNotes;
}

/** The columns the import reads, found by their headers; the action's text and actors are only for reading. */
const columns = ['id', 'municipality', 'year', 'status', 'comment'] as const;
type Column = (typeof columns)[number];

const normalized = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads a filled-in status form (docs/workflow.md): a CSV, or a workbook whose every worksheet is
 * a form. The columns are found by their headers in Swedish or Finnish, so moved columns still
 * read. A worksheet that is not a form (someone's notes) is reported and passed over.
 */
export async function readForm(path: string, shown: string, fileNotes: ImportNotes): Promise<FormTable[]> {
  const forms: FormTable[] = [];
  const notForms: { label: string; line: number; source: TableSource }[] = [];
  for (const table of await readTables(path, shown)) {
    const label = table.source.format === 'xlsx' ? `${shown}[${table.source.sheet}]` : shown;
    const header = table.rows[0];
    const found = header && headerColumns(header.cells);
    if (!found) {
      notForms.push({ label, line: header?.line ?? 1, source: table.source });
      continue;
    }
    const notes = new ImportNotes();
    const rows = table.rows.slice(1).map(({ line, cells }) => {
      // A cell welfare quoted against formula injection reads back as the text it was.
      const cell = (column: Column) => restoreCell(cells[found.at[column]] ?? '');
      return { line, id: cell('id').trim(), municipality: cell('municipality').trim(), year: cell('year').trim(), status: cell('status').trim(), comment: cell('comment').replace(/\r\n?/g, '\n').trim() };
    });
    const { source } = table;
    notes.info(undefined, saidBy('formRead', (lang) => ({ readAs: source.format === 'xlsx' ? undefined : readAsText(source.delimiter, source.encoding, lang), language: found.language, rows: rows.length })));
    forms.push({ label, language: found.language, rows, notes });
  }
  const expected = (lang: Language) => columns.map((c) => headers[c][lang]).join(', ');
  const why = said('notAForm', { sv: expected('sv'), fi: expected('fi') });
  if (forms.length === 0) {
    const first = notForms[0]!;
    throw new WelfareError(placedAt(`${first.label}:${first.line}`, why), ExitCode.invalid, { file: shown, line: first.line, hint: said('readFormAsWritten') });
  }
  for (const { source } of notForms) if (source.format === 'xlsx') fileNotes.warning(undefined, saidBy('sheetNotRead', (lang) => ({ sheet: source.sheet, why: why[lang] })));
  return forms;
}

/** Where each column is, and the language the headers are in; undefined when a column is missing. */
function headerColumns(cells: string[]): { language: Language; at: Record<Column, number> } | undefined {
  for (const language of ['sv', 'fi'] as const) {
    const at = Object.fromEntries(columns.map((c) => [c, cells.findIndex((cell) => normalized(cell) === normalized(headers[c][language]))])) as Record<Column, number>;
    if (columns.every((c) => at[c] >= 0)) return { language, at };
  }
  return undefined;
}
