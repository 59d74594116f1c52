import { relative } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, inLanguage, WelfareError } from '../core/errors.js';
import { write } from './output.js';
import { action } from './run.js';
import { openValidProject } from './valid-project.js';
import { saidIn } from './language.js';
import { words } from './words.js';
import { inEach, phrase } from '../core/messages.js';

const notSeconds = phrase<string>(
  (value) => `--timeout '${value}' is not a number of seconds`,
  (value) => `--timeout '${value}' är inget antal sekunder`,
  (value) => `--timeout '${value}' ei ole sekuntimäärä`,
);

interface PullFlags {
  years?: string;
  date?: string;
  baseUrl?: string;
  refresh?: boolean;
  timeout: string;
}

export function registerIndicators(program: Command): void {
  const indicators = program.command('indicators').description('work with the indicators registry (indikatorer / mittarit)');
  indicators
    .command('pull')
    .description("fetch the values of the registry's Sotkanet indicators from THL's Sotkanet and write them into indicators.yaml")
    .option('--years <range>', 'the years to fetch, e.g. 2019-2024 (default: the plan period and the four years before)')
    .option('--date <YYYY-MM-DD>', "the retrieval date written as 'source.retrieved' (default: today)")
    .option('--base-url <url>', 'the address of the Sotkanet REST API (default: WELFARE_SOTKANET_URL, else https://sotkanet.fi/rest)')
    .option('--refresh', 'ask Sotkanet again even where the cache (.welfare-cache/sotkanet) has the answer')
    .option('--timeout <seconds>', 'how long one request may take', '30')
    .action(
      action(async (flags: PullFlags) => {
        const timeout = Number(flags.timeout);
        if (!(timeout > 0)) throw new WelfareError(inEach(notSeconds, flags.timeout), ExitCode.environment);
        const project = await openValidProject();
        const { pullIndicators } = await import('../indicators/pull.js');
        const { DEFAULT_SOTKANET_URL } = await import('../indicators/sotkanet.js');
        const report = await pullIndicators(project, {
          years: flags.years,
          date: flags.date,
          baseUrl: flags.baseUrl ?? (process.env.WELFARE_SOTKANET_URL || DEFAULT_SOTKANET_URL),
          refresh: flags.refresh ?? false,
          timeoutMs: timeout * 1000,
          retries: 2,
          retryDelayMs: 500,
        });
        const lang = saidIn();
        const lines: string[] = [];
        if (report.file) {
          lines.push(words.pulled[lang]({ file: report.file, changed: report.changed, count: report.indicators.length, ...report.years, retrieved: report.retrieved }));
          for (const i of report.indicators) lines.push(words.pulledIndicator[lang](i));
          if (report.regions.length) lines.push(words.referenceRegions[lang](report.regions.map((r) => `${r.id} (${r.municipalities ? r.municipalities.join(', ') : words.allMunicipalities[lang]()})`).join(', ')));
          lines.push(words.answers[lang]({ fetched: report.fetched, cached: report.cached, cache: relative(process.cwd(), report.cacheDir) }));
        }
        await write(process.stdout, lines.map((l) => `${l}\n`).join(''));
        await write(process.stderr, report.notes.map((n) => `welfare: ${words.note[lang]()}: ${inLanguage(n, lang)}\n`).join(''));
      }),
    );
}
