import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { MessageLanguage } from '../core/messages.js';
import type { BuildOptions, OutputFormat } from '../render/build.js';
import { editionIds, type EditionId } from '../render/edition.js';
import type { DocumentKind } from '../render/outputs.js';

/** The options of what to build, shared by `build` and `serve`. */
export interface BuildFlags {
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

export function addBuildFlags(command: Command, formats: OutputFormat[]): Command {
  return command
    .option('--out <dir>', "the output folder (default: the config's paths.out, dist)")
    .option('--lang <editions>', "the language editions: sv, fi, sv-fi (bilingual), several with commas (default: the config's languages, and sv-fi when bilingual)", listOf(editionIds, 'a language edition'))
    .addOption(new Option('--only <document>', 'build only this document').choices(['report', 'overview']))
    .option('--year <year>', 'the year of the annual overview (default: the latest year with assessments)', year)
    .addOption(new Option('--format <formats>', 'what to write: html, pdf, or both').argParser(listOf(['html', 'pdf'] as const, 'an output format')).default(formats, formats.join(',')))
    .option('--browser <path>', "the Chrome, Chromium or Edge that prints PDFs (default: the config's browser, else found automatically)")
    .option('--strict', 'a text missing one language is an error, not a warning');
}

export function buildOptionsOf(flags: BuildFlags, lang: MessageLanguage): BuildOptions {
  return {
    lang,
    strict: flags.strict,
    out: flags.out === undefined ? undefined : resolve(flags.out),
    editions: flags.lang,
    only: flags.only ? [flags.only] : undefined,
    year: flags.year,
    formats: flags.format,
    print: { browser: flags.browser },
  };
}
