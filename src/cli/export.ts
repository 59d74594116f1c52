import { isAbsolute, relative, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Language } from '../generated/types.js';
import { write } from './output.js';
import { action } from './run.js';
import { openValidProject } from './valid-project.js';
import { words } from './words.js';
import { saidIn } from './language.js';

interface ExportFlags {
  format: 'csv' | 'xlsx';
  lang?: Language;
  municipality?: string;
  form?: number;
  output?: string;
  force?: boolean;
}

export function year(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InvalidArgumentError(`'${value}' is not a year`);
  return n;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description("write the action matrices with their assessments, or a year's status form for the responsible actors, as a spreadsheet")
    .addOption(new Option('--format <format>', 'spreadsheet format').choices(['csv', 'xlsx']).default('xlsx'))
    .addOption(new Option('--lang <lang>', "language of the texts (default: the project's first language)").choices(['sv', 'fi']))
    .option('--municipality <id>', "only this municipality's matrix (default: every municipality's)")
    .option('--form <year>', 'the status form of this year (action, actors, status, comment) instead of the matrix', year)
    .option('-o, --output <file>', "the file to write, - for standard output (default: a file named after the contents in the project's out folder)")
    .option('--force', 'overwrite the file if it exists')
    .action(
      action(async (flags: ExportFlags) => {
        const project = await openValidProject();
        const { exportSpreadsheet } = await import('../export/export.js');
        const toStdout = flags.output === '-';
        const result = await exportSpreadsheet(project, { ...flags, toStdout, output: flags.output === undefined || toStdout ? undefined : resolve(flags.output) });
        // On standard output the spreadsheet is all there is: no line about it.
        if (result.data !== undefined) return new Promise<void>((done) => process.stdout.write(result.data!, () => done()));
        const lang = saidIn();
        const contents = result.sheets.map((s) => words.sheetActions[lang]({ sheet: s.name, count: s.rows })).join(', ');
        const shown = relative(process.cwd(), result.path!);
        await write(process.stdout, `${words.wrote[lang]({ file: shown.startsWith('..') || isAbsolute(shown) ? result.path! : shown, detail: contents })}\n`);
      }),
    );
}
