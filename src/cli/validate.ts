import { Option, type Command } from 'commander';
import { messageLanguages } from '../core/messages.js';
import { validateHere, validatePaths } from '../core/validate.js';
import { formatDiagnostics, outputFormats, summarize, type OutputFormat } from '../diagnostics/index.js';
import { ExitCode } from '../core/errors.js';
import { ParseCache } from '../core/parse-cache.js';
import { findConfig, messageLanguageOf, SourceCache } from '../core/project.js';
import { dirname, resolve } from 'node:path';
import { useColor, write, writeData } from './output.js';
import { sayIn } from './language.js';
import { action } from './run.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check welfare YAML files against the schemas and each other (default: the project around this folder)')
    .argument('[paths...]', 'files, folders or globs')
    .addOption(new Option('--format <format>', 'output format').choices(outputFormats).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the messages (default: WELFARE_LANG, the locale, or English)').choices(messageLanguages))
    .option('--strict', 'a text missing one language is an error, not a warning')
    .option('--no-cache', 'read every file anew, without the parse cache of earlier runs')
    .action(
      action(async (paths: string[], opts: { format: OutputFormat; lang?: string; strict?: boolean; cache: boolean }) => {
        const cache = new SourceCache(process.cwd(), opts.cache ? ParseCache.for(process.cwd()) : undefined);
        // Globs name no folder; the project is then the one around the working folder.
        const first = paths[0] && !/[*?[\]{}!]/.test(paths[0]) ? dirname(resolve(paths[0])) : process.cwd();
        const options = { lang: sayIn(await messageLanguageOf(opts.lang, cache, await findConfig(first))), strict: opts.strict, cache };
        const result = paths.length ? await validatePaths(paths, options) : await validateHere(options);
        const summary = summarize(result.diagnostics, new Set(result.files.map((f) => f.file.path).concat(result.diagnostics.map((d) => d.file))).size, options.lang);
        await (opts.format === 'json' ? writeData : write)(process.stdout, formatDiagnostics(opts.format, result.diagnostics, summary, useColor(process.stdout)));
        return summary.errors > 0 ? ExitCode.invalid : ExitCode.ok;
      }),
    );
}

