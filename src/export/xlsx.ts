import { createRequire } from 'node:module';
import type { Language } from '../generated/types.js';
import { statusLabels, statusOrder } from '../render/labels.js';
import type { Sheet } from './sheet.js';
import { headers, statusHelp } from './words.js';

export interface WorkbookInfo {
  title: string;
  lang: Language;
  /** The project's date, so the same project gives the same workbook; else now. */
  date?: Date;
}

/**
 * The sheets as an Excel workbook: a frozen, filterable header row, wrapped text, and a
 * dropdown of the status words in every status cell, so the words stay ones import knows. Every
 * text is a string cell, never a formula, whatever it starts with. A form is protected but for
 * its answer columns. Printed, each sheet is A4 landscape, as wide as the page, the header row
 * on every page.
 */
export async function xlsxBytes(sheets: Sheet[], info: WorkbookInfo): Promise<Uint8Array> {
  // exceljs is large, so only an XLSX export loads it. It is CommonJS, and require() also works
  // where the bundle runs inside vm.Script, which has no loader for import().
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'welfare';
  workbook.title = info.title;
  workbook.created = workbook.modified = info.date ?? new Date();
  const words = statusOrder.map((s) => statusLabels[s][info.lang]);
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
    // exceljs writes a string as a string cell (a formula only from { formula }): never evaluated.
    ws.addRows(sheet.rows);
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    ws.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => (cell.alignment = { wrapText: true, vertical: 'top' })));
    const last = sheet.rows.length + 1;
    sheet.columns.forEach((column, i) => {
      const letter = ws.getColumn(i + 1).letter;
      // One validation for the column's range: one per cell, exceljs merges them into ranges that overlap.
      if (column.status && last >= 2) {
        (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(`${letter}2:${letter}${last}`, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${words.join(',')}"`],
          showErrorMessage: true,
          errorTitle: headers.status[info.lang],
          error: statusHelp[info.lang],
        });
      }
      if (sheet.protect && column.answer) {
        for (let r = 2; r <= last; r++) ws.getCell(r, i + 1).protection = { locked: false };
      }
    });
    if (sheet.protect) {
      await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true });
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
