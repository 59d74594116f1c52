import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/import/decode.js';
import { detectDelimiter, parseDelimited } from '../src/import/delimited.js';
import { readTable, tableFromBytes } from '../src/import/table.js';
import { repoRoot } from './helpers/cli.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'import');
/** Lovisa's published matrix as copied out of its document (the seed, kept here so the tests stand alone). */
const seed = join(fixtures, 'lovisa-valfards-och-sakerhetsplan-2023-2025-atgardsmatris.txt');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('reading a table into rows with their source lines', () => {
  it('reads the seed as tab-separated text, blank lines left out, each row with its line', async () => {
    const table = await readTable(seed);
    expect(table.source).toEqual({ format: 'delimited', encoding: 'utf-8', delimiter: '\t' });
    expect(table.rows[0]).toEqual({ line: 3, cells: ['Välfärds- och säkerhetsplan för Lovisa 2023–2025 åtgärdsmatris'] });
    const header = table.rows.find((r) => r.cells[0] === 'MÅL')!;
    expect(header).toEqual({ line: 19, cells: ['MÅL', 'ÅTGÄRD', 'INDIKATOR', 'ANSVARIG AKTÖR'] });
    // A row that lost its leading empty cell has three cells, as copied.
    expect(table.rows.find((r) => r.line === 54)!.cells).toHaveLength(3);
    expect(table.rows.every((r) => r.cells.some((c) => c.trim() !== ''))).toBe(true);
  });

  it('reads semicolon CSV in Windows-1252 with quoted semicolons, doubled quotes and a line break in a cell, numbering rows as a spreadsheet does', async () => {
    const table = await readTable(join(fixtures, 'semicolon-1252.csv'));
    expect(table.source).toEqual({ format: 'delimited', encoding: 'windows-1252', delimiter: ';' });
    // Row 2 is empty; the cell of row 5 has a line break, so the text's lines 7–10 are rows 6–9.
    expect(table.rows.map((r) => r.line)).toEqual([1, 3, 4, 5, 6, 7, 8, 9]);
    expect(table.rows[3]!.cells).toEqual(['Äldre känner sig trygga; också hemma.', 'Vi ordnar trygghetsvandringar i byarna.', 'Antalet vandringar\r\nAntalet deltagare', 'Tekniska väsendet; äldrerådet']);
    expect(table.rows[4]!.cells[1]).toBe('Vi delar ut "Trygg hemma"-broschyren.');
  });

  it('strips a UTF-8 byte order mark and keeps an empty trailing column as empty cells', async () => {
    const table = await readTable(join(fixtures, 'trailing-column.csv'));
    expect(table.source).toEqual({ format: 'delimited', encoding: 'utf-8 with BOM', delimiter: ',' });
    expect(table.rows[0]!.cells).toEqual(['1. HÄLSA OCH VÄLFÄRD', '', '', '', '']);
    expect(table.rows[1]!.cells).toEqual(['Mål', 'Åtgärd', 'Indikator', 'Ansvarig aktör', '']);
  });

  it('decodes UTF-16 with a byte order mark, as Excel saves "Unicode text"', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('MÅL\tÅTGÄRD\r\n', 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: 'MÅL\tÅTGÄRD\r\n', encoding: 'utf-16le' });
    expect(decodeText(iconv.encode('Åtgärd – mål', 'windows-1252'))).toEqual({ text: 'Åtgärd – mål', encoding: 'windows-1252' });
  });

  it('keeps a quote that quotes nothing, as text copied out of a document has them', () => {
    expect(parseDelimited('"Trygg hemma" delas ut\tAntal\n', '\t')).toEqual([{ line: 1, cells: ['"Trygg hemma" delas ut', 'Antal'] }]);
    expect(parseDelimited('a;"b\nc";d\re;f', ';')).toEqual([
      { line: 1, cells: ['a', 'b\nc', 'd'] },
      { line: 3, cells: ['e', 'f'] },
    ]);
  });

  it('gives back any table written as CSV, quoted where needed, with the line each row starts on', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', ';', ',', '\t', '"', '\n', '\r\n', '-') , maxLength: 8 });
    const row = fc.array(cell, { minLength: 1, maxLength: 5 }).filter((r) => !(r.length === 1 && r[0] === ''));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom<'\t' | ';' | ','>('\t', ';', ','), fc.constantFrom('\n', '\r\n'), (rows, delimiter, eol) => {
        const quote = (c: string) => (/["\r\n]/.test(c) || c.includes(delimiter) ? `"${c.replace(/"/g, '""')}"` : c);
        const lines = rows.map((r) => r.map(quote).join(delimiter));
        let line = 1;
        const expected = rows.map((cells, i) => {
          const at = line;
          line += (lines[i]!.match(/\r\n|\r|\n/g) ?? []).length + 1;
          return { line: at, cells };
        });
        expect(parseDelimited(lines.join(eol) + eol, delimiter)).toEqual(expected);
      }),
    );
  });

  it('chooses the delimiter that lines the rows up, not the one prose is full of', () => {
    expect(detectDelimiter(readFileSync(seed, 'utf8'))).toBe('\t');
    expect(detectDelimiter('Mål;Åtgärd;Indikator\nVi ökar, om möjligt, tryggheten;Vi ordnar vandringar, kvällar;Antal\n')).toBe(';');
    expect(detectDelimiter('Mål,Åtgärd,Indikator\nA,B,C\n')).toBe(',');
  });

  it('reads the first worksheet with text, a merged cell once in its first row', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tom');
    const sheet = workbook.addWorksheet('Lovisa');
    sheet.addRow(['1. Involvering av invånarna']);
    sheet.mergeCells('A1:D1');
    sheet.addRow(['Mål', 'Åtgärd', 'Indikator', 'Ansvarig aktör']);
    sheet.addRow(['Vi ökar möjligheterna att påverka.', 'Vi utför enkäter.', { richText: [{ text: 'Antalet ' }, { text: 'enkäter', font: { bold: true } }] }, 'Alla centraler']);
    sheet.addRow([null, 'Vi hör råden.', 'Antalet utlåtanden', 'Nämnderna']);
    sheet.mergeCells('A3:A4');
    workbook.addWorksheet('Anteckningar').addRow(['Utkast']);
    const table = await tableFromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 'matris.xlsx');
    expect(table.source).toEqual({ format: 'xlsx', sheet: 'Lovisa', otherSheets: ['Anteckningar'] });
    expect(table.rows).toEqual([
      { line: 1, cells: ['1. Involvering av invånarna', '', '', ''] },
      { line: 2, cells: ['Mål', 'Åtgärd', 'Indikator', 'Ansvarig aktör'] },
      { line: 3, cells: ['Vi ökar möjligheterna att påverka.', 'Vi utför enkäter.', 'Antalet enkäter', 'Alla centraler'] },
      { line: 4, cells: ['', 'Vi hör råden.', 'Antalet utlåtanden', 'Nämnderna'] },
    ]);
  });

  it('refuses a PDF and an old Office file with what to do instead', async () => {
    await expect(tableFromBytes(utf8('%PDF-1.7\n'), 'matris.pdf')).rejects.toMatchObject({ exitCode: 1, message: 'matris.pdf: this is a PDF, which welfare cannot read', options: { hint: { en: expect.stringContaining('copy it into a text file') } } });
    await expect(tableFromBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'matris.xls')).rejects.toMatchObject({ exitCode: 1, options: { hint: { en: expect.stringContaining('save it as .xlsx or CSV') } } });
    await expect(readTable(join(fixtures, 'missing.txt'), 'missing.txt')).rejects.toMatchObject({ exitCode: 2, message: 'missing.txt: cannot read the file (file not found)' });
  });
});
