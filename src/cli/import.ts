import { Option, type Command } from 'commander';
import { ExitCode, WelfareError } from '../core/errors.js';
import type { Language } from '../generated/types.js';
import { year } from './export.js';
import { importAssessmentForm, type AssessmentFlags } from './import-assessments.js';
import { useColor, write, writeData } from './output.js';
import { action } from './run.js';
import { findConfig, messageLanguageOf, SourceCache } from '../core/project.js';
import { saidIn, sayIn } from './language.js';
import { words } from './words.js';

interface ImportFlags extends AssessmentFlags {
  lang: Language;
  assessments?: string;
  municipality?: string;
  output?: string;
  into?: string;
  dryRun?: boolean;
  force?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('bring in an action matrix from a table: text copied out of a Word or PDF document, CSV or Excel (.xlsx); or with --assessments a filled-in status form')
    .argument('[file]', 'the table (.txt, .tsv, .csv or .xlsx)')
    .addOption(new Option('--lang <lang>', 'the language of the table').choices(['sv', 'fi']))
    .option('--municipality <id>', "whose matrix it is (default: told by the project and the table's title)")
    .option('-o, --output <file>', 'write the matrix to this file (default: standard output)')
    .option('--into <matrix>', "add the table's language to this existing matrix, pairing rows by position")
    .option('--dry-run', 'report what the import finds and would write, write nothing')
    .option('--force', 'overwrite the output file (and, outside a project, its actors file) if it exists; with --assessments, write the rows that are right even when others have errors')
    .addOption(new Option('--assessments <form>', "read a filled-in yearly status form (welfare export --form) into the project's matrices").conflicts(['lang', 'municipality', 'output', 'into']))
    .option('--year <year>', 'with --assessments: the year the form is for', year)
    .hook('preAction', (command) => {
      // A table needs its language; a form says its own. Worded as commander words its own checks.
      const [file] = command.args;
      const opts = command.opts<ImportFlags>();
      const lang = saidIn();
      if (opts.assessments && file) command.error(words.tableOrForm[lang]());
      if (!opts.assessments && opts.year !== undefined) command.error(words.yearWithForm[lang]());
      if (!opts.assessments && !file) command.error(words.noTable[lang]());
      if (!opts.assessments && !opts.lang) command.error(words.noLanguage[lang]());
    })
    .action(
      action(async (file: string, opts: ImportFlags) => {
        sayIn(await messageLanguageOf(undefined, new SourceCache(), await findConfig(process.cwd())));
        if (opts.assessments) return importAssessmentForm(opts.assessments, opts);
        const [{ importMatrix, writeImport }, { formatImportReport }, { said }] = await Promise.all([import('../import/index.js'), import('../import/report.js'), import('../import/words.js')]);
        if (opts.into && opts.municipality) throw new WelfareError(said('notIntoWithMunicipality'), ExitCode.environment);
        const result = await importMatrix({ input: file, language: opts.lang, municipality: opts.municipality, output: opts.output, into: opts.into, force: opts.force, dryRun: opts.dryRun });
        if (result.matrix && !opts.dryRun) await writeImport(result);
        await write(process.stderr, formatImportReport(result, file, { color: useColor(process.stderr), dryRun: opts.dryRun === true, lang: saidIn() }));
        if (!result.matrix) return ExitCode.invalid;
        if (!opts.dryRun && !result.matrix.path) await writeData(process.stdout, result.matrix.text);
        return ExitCode.ok;
      }),
    );
}
