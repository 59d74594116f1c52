import { Option, type Command } from 'commander';
import { messageLanguageFrom, messageLanguages } from '../core/messages.js';
import { validateHere, validatePaths } from '../core/validate.js';
import { formatDiagnostics, outputFormats, summarize, type OutputFormat } from '../diagnostics/index.js';
import { ExitCode } from '../core/errors.js';
import { findConfig, SourceCache } from '../core/project.js';
import { dirname, resolve } from 'node:path';
import { useColor, write } from './output.js';
import { action } from './run.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check welfare YAML files against the schemas and each other (default: the project around this folder)')
    .argument('[paths...]', 'files, folders or globs')
    .addOption(new Option('--format <format>', 'output format').choices(outputFormats).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the messages (default: WELFARE_LANG, the locale, or English)').choices(messageLanguages))
    .option('--strict', 'a text missing one language is an error, not a warning')
    .action(
      action(async (paths: string[], opts: { format: OutputFormat; lang?: string; strict?: boolean }) => {
        const cache = new SourceCache();
        const options = { lang: messageLanguageFrom(opts.lang, await projectLanguages(cache, paths[0])), strict: opts.strict, cache };
        const result = paths.length ? await validatePaths(paths, options) : await validateHere(options);
        const summary = summarize(result.diagnostics, new Set(result.files.map((f) => f.file.path).concat(result.diagnostics.map((d) => d.file))).size, options.lang);
        await write(process.stdout, formatDiagnostics(opts.format, result.diagnostics, summary, useColor(process.stdout)));
        return summary.errors > 0 ? ExitCode.invalid : ExitCode.ok;
      }),
    );
}

/** The languages of the project around the first path (or here), read through the run's cache. */
async function projectLanguages(cache: SourceCache, firstPath: string | undefined): Promise<string[]> {
  const config = await findConfig(firstPath && !/[*?[\]{}!]/.test(firstPath) ? dirname(resolve(firstPath)) : process.cwd());
  if (!config) return [];
  const data = (await cache.read(config).catch(() => undefined))?.data as { languages?: unknown } | undefined;
  return Array.isArray(data?.languages) ? data.languages.filter((l): l is string => typeof l === 'string') : [];
}
