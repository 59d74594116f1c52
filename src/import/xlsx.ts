import { Worker } from 'node:worker_threads';
import { ExitCode, WelfareError } from '../core/errors.js';
import type { Table, TableRow } from './table.js';

/**
 * A workbook is read in a worker thread with its own memory limit and a deadline. exceljs (4.4.0,
 * the latest release) expands what a workbook declares, such as a merged range A1:XFD1048576,
 * cell by cell: a 6 KB file would take minutes and gigabytes and end the process. In a worker it
 * ends only the worker, and welfare says so. A matrix of 25,000 rows reads in 128 MB.
 */
const memoryMb = 512;
const deadlineMs = 60_000;

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
  const read = await inWorker(bytes, shownAs);
  if ('error' in read) {
    throw new WelfareError(`${shownAs}: not an Excel workbook that welfare can read`, ExitCode.invalid, {
      file: shownAs,
      cause: new Error(read.error),
      hint: 'a Word document (.docx) is not a table file: copy the action matrix out of it into a text file and import that',
    });
  }
  const sheets = read.sheets.filter((s) => s.rows.length > 0);
  if (sheets.length === 0) throw new WelfareError(`${shownAs}: the workbook has no text in any sheet`, ExitCode.invalid, { file: shownAs });
  return sheets.map(({ name, rows }) => ({ rows, source: { format: 'xlsx', sheet: name, otherSheets: sheets.filter((s) => s.name !== name).map((s) => s.name) } }));
}

type Read = { sheets: { name: string; rows: TableRow[] }[] } | { error: string };

function inWorker(bytes: Uint8Array, shownAs: string): Promise<Read> {
  const source = `
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require('node:module').createRequire(workerData.from)('exceljs');
(${sheetsOf.toString()})(ExcelJS, workerData.bytes).then(
  (sheets) => parentPort.postMessage({ sheets }),
  (error) => parentPort.postMessage({ error: String((error && error.message) || error) }),
);`;
  // exceljs is found where welfare's own code is (the bundle, or src/ in tests), not in the project.
  const worker = new Worker(source, { eval: true, workerData: { from: import.meta.url, bytes }, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
  return new Promise<Read>((done, fail) => {
    const tooLarge = (why: string) =>
      new WelfareError(`${shownAs}: ${why}, far more than an action matrix needs`, ExitCode.invalid, {
        file: shownAs,
        hint: 'a workbook can declare ranges of millions of cells (merged cells, validations, names); save the sheet anew, or export it as CSV and import that',
      });
    const timer = setTimeout(() => {
      void worker.terminate();
      fail(tooLarge(`reading the workbook took longer than ${deadlineMs / 1000} s`));
    }, deadlineMs);
    worker.once('message', (read: Read) => {
      clearTimeout(timer);
      void worker.terminate();
      done(read);
    });
    worker.once('error', (error: Error & { code?: string }) => {
      clearTimeout(timer);
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge(`reading the workbook needs more than ${memoryMb} MB of memory`) : error);
    });
    // Settled already when it ends after its answer or its error; otherwise it ended unasked.
    worker.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the worker reading ${shownAs} ended with code ${code} before it answered`));
    });
  });
}

/**
 * The text of every worksheet, row by row. Runs in the worker: it is sent there as its source
 * text, so it uses nothing but its arguments and the names it declares itself.
 */
async function sheetsOf(ExcelJS: typeof import('exceljs'), bytes: Uint8Array): Promise<{ name: string; rows: TableRow[] }[]> {
  // exceljs's ValueType.Merge: a cell covered by a merged range whose text lives in its first cell.
  const MERGE = 1;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cell.type === MERGE ? '' : cell.text;
      });
      const filled = Array.from(cells, (c) => c ?? '');
      if (filled.some((c) => c.trim() !== '')) rows.push({ line, cells: filled });
    });
    return { name: sheet.name, rows };
  });
}
