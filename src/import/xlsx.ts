import ExcelJS, { type Worksheet } from 'exceljs';
import { ExitCode, WelfareError } from '../core/errors.js';
import type { Table, TableRow } from './table.js';

/** exceljs's ValueType.Merge: a cell covered by a merged range whose text lives in its first cell. */
const MERGE = 1;

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
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (cause) {
    throw new WelfareError(`${shownAs}: not an Excel workbook that welfare can read`, ExitCode.invalid, {
      file: shownAs,
      cause,
      hint: 'a Word document (.docx) is not a table file: copy the action matrix out of it into a text file and import that',
    });
  }
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet) })).filter((s) => s.rows.length > 0);
  if (sheets.length === 0) throw new WelfareError(`${shownAs}: the workbook has no text in any sheet`, ExitCode.invalid, { file: shownAs });
  return sheets.map(({ name, rows }) => ({ rows, source: { format: 'xlsx', sheet: name, otherSheets: sheets.filter((s) => s.name !== name).map((s) => s.name) } }));
}

function rowsOf(sheet: Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell.type === MERGE ? '' : cell.text;
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c.trim() !== '')) rows.push({ line, cells: filled });
  });
  return rows;
}
