import { InvalidArgumentError, Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
import type { Resolutions } from '../core/merge.js';
import { fieldName, messageLanguageFrom, messageLanguages } from '../core/messages.js';
import { exists } from '../core/project.js';
import { isId } from '../core/slug.js';
import { existsAlready, writeFileAtomic } from '../core/write.js';
import { formatDiagnostics, outputFormats, summarize, type OutputFormat } from '../diagnostics/index.js';
import { sayIn } from './language.js';
import { useColor, write, writeData } from './output.js';
import { action } from './run.js';

interface MergeFlags {
  output?: string;
  force?: boolean;
  prefer?: Record<string, string>;
  split?: string[];
  format: OutputFormat;
  lang?: string;
}

function preference(value: string, previous: Record<string, string> | undefined): Record<string, string> {
  const [id, municipality, ...rest] = value.split('=');
  if (!id || !municipality || rest.length || !isId(id) || !isId(municipality)) throw new InvalidArgumentError(`'${value}' is not <action-id>=<municipality>, e.g. involvement-surveys=lovisa`);
  return { ...previous, [id]: municipality };
}

function actionId(value: string, previous: string[] | undefined): string[] {
  if (!isId(value)) throw new InvalidArgumentError(`'${value}' is not an action id`);
  return [...(previous ?? []), value];
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description("merge the action matrices of several municipalities into one joint matrix, or their actors or indicators registries into one (default: the project's matrices)")
    .argument('[files...]', 'action matrices, or actors or indicators registries, all of one kind')
    .option('-o, --output <file>', 'write the merged YAML to this file (default: standard output)')
    .option('--force', 'overwrite the output file if it exists')
    .option('--prefer <action-id=municipality>', "resolve a conflicting action: this municipality's version wins (repeatable)", preference)
    .option('--split <action-id>', 'resolve a conflicting action: keep each version, its id suffixed with its municipality (repeatable)', actionId)
    .addOption(new Option('--format <format>', 'format of the diagnostics').choices(outputFormats).default('text'))
    .addOption(new Option('--lang <lang>', "language of the messages (default: WELFARE_LANG, the locale, the project's first language, or English)").choices(messageLanguages))
    .action(
      action(async (files: string[], opts: MergeFlags) => {
        // The project's language is known only once the files are read; the flag and the environment now.
        sayIn(messageLanguageFrom(opts.lang));
        const prefer = opts.prefer ?? {};
        const split = opts.split ?? [];
        const both = split.find((id) => Object.hasOwn(prefer, id));
        if (both) throw new WelfareError({ en: `--prefer and --split both name '${both}'; choose one`, sv: `både --prefer och --split nämner '${both}'; välj det ena`, fi: `sekä --prefer että --split mainitsevat kohteen '${both}'; valitse toinen` }, ExitCode.environment);
        if (opts.output && !opts.force && (await exists(resolve(opts.output)))) throw existsAlready(opts.output);
        const [{ mergeFiles }, { mergeMessage }] = await Promise.all([import('../core/merge/files.js'), import('../core/merge/messages.js')]);
        const resolutions: Resolutions = Object.fromEntries([
          ...Object.entries(prefer).map(([id, municipality]) => [id, { prefer: municipality }] as const),
          ...split.map((id) => [id, 'split'] as const),
        ]);
        const result = await mergeFiles(files, { lang: opts.lang, resolutions, output: opts.output });
        const lang = sayIn(result.lang);
        if (result.diagnostics.length) {
          const summary = summarize(result.diagnostics, result.files, lang);
          await (opts.format === 'json' ? writeData : write)(process.stderr, formatDiagnostics(opts.format, result.diagnostics, summary, useColor(process.stderr)));
        }
        if (!result.merged) return ExitCode.invalid;
        if (!opts.output) return void (await writeData(process.stdout, result.merged.yaml));
        await writeFileAtomic(resolve(opts.output), result.merged.yaml);
        await write(process.stderr, mergeMessage(lang, 'written', { file: opts.output, field: fieldName(result.merged.listKey, lang), count: result.merged.count }) + '\n');
      }),
    );
}
