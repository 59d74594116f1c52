import { relative, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ExitCode } from '../core/errors.js';
import { messageLanguageFrom } from '../core/messages.js';
import { requireConfig } from '../core/project.js';
import { formatDiagnostics, summarize } from '../diagnostics/index.js';
import type { BuildProgress, OutputFormat } from '../render/build.js';
import { editionIds, type EditionId } from '../render/edition.js';
import type { DocumentKind } from '../render/outputs.js';
import { useColor, write } from './output.js';
import { action } from './run.js';

interface BuildFlags {
  out?: string;
  lang?: EditionId[];
  only?: DocumentKind;
  year?: number;
  format: OutputFormat[];
  browser?: string;
  strict?: boolean;
}

/** A comma-separated list of allowed words: `--lang sv,fi`. */
const listOf = <T extends string>(allowed: readonly T[], what: string) => (value: string): T[] => {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.find((s) => !(allowed as readonly string[]).includes(s));
  if (bad !== undefined || items.length === 0) throw new InvalidArgumentError(`'${bad ?? value}' is not ${what}; use ${allowed.join(', ')} (several with commas)`);
  return [...new Set(items)] as T[];
};

function year(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InvalidArgumentError(`'${value}' is not a year`);
  return n;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the welfare report and the annual overview as HTML and PDF, in Swedish, Finnish and both side by side')
    .option('--out <dir>', "the output folder (default: the config's paths.out, dist)")
    .option('--lang <editions>', "the language editions: sv, fi, sv-fi (bilingual), several with commas (default: the config's languages, and sv-fi when bilingual)", listOf(editionIds, 'a language edition'))
    .addOption(new Option('--only <document>', 'build only this document').choices(['report', 'overview']))
    .option('--year <year>', 'the year of the annual overview (default: the latest year with assessments)', year)
    .option('--format <formats>', 'what to write: html, pdf, or both', listOf(['html', 'pdf'] as const, 'an output format'), ['html', 'pdf'] as OutputFormat[])
    .option('--browser <path>', "the Chrome, Chromium or Edge that prints PDFs (default: the config's browser, else found automatically)")
    .option('--strict', 'a text missing one language is an error, not a warning')
    .action(
      action(async (flags: BuildFlags) => {
        const lang = messageLanguageFrom(undefined);
        const configPath = await requireConfig(process.cwd());
        const { buildProject } = await import('../render/build.js');
        const shown = (path: string) => relative(process.cwd(), path) || '.';
        const result = await buildProject(configPath, {
          lang,
          strict: flags.strict,
          out: flags.out === undefined ? undefined : resolve(flags.out),
          editions: flags.lang,
          only: flags.only ? [flags.only] : undefined,
          year: flags.year,
          formats: flags.format,
          print: { browser: flags.browser },
          onProgress: (event) => void write(process.stdout, progressLine(event, shown)),
        });
        if (result.diagnostics.length) {
          const summary = summarize(result.diagnostics, new Set(result.diagnostics.map((d) => d.file)).size, lang);
          await write(process.stderr, formatDiagnostics('text', result.diagnostics, summary, useColor(process.stderr)));
        }
        if (result.documents.length === 0 && result.diagnostics.some((d) => d.severity === 'error')) return ExitCode.invalid;
        for (const doc of result.documents) {
          for (const { lang: missing, count } of doc.fallbacks) {
            await write(process.stderr, `warning: ${shown(doc.htmlPath)}: ${count} ${count === 1 ? 'text has' : 'texts have'} no ${missing === 'sv' ? 'Swedish' : 'Finnish'} and ${count === 1 ? 'is' : 'are'} shown in the other language, marked\n`);
          }
        }
        for (const note of result.notes) await write(process.stderr, `note: ${note}\n`);
        return ExitCode.ok;
      }),
    );
}

function progressLine(event: BuildProgress, shown: (path: string) => string): string {
  if (event.stage === 'html') return `wrote ${shown(event.document.htmlPath)} (${Math.round(event.ms)} ms)\n`;
  if (event.stage === 'index') return `wrote ${shown(event.path)}\n`;
  return event.state === 'done' ? `wrote ${shown(event.pdfPath)}\n` : '';
}
