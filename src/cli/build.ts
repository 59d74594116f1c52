import type { Command } from 'commander';
import { ParseCache } from '../core/parse-cache.js';
import { messageLanguageOf, requireConfig, SourceCache } from '../core/project.js';
import { addBuildFlags, buildOptionsOf, type BuildFlags } from './build-flags.js';
import { reportBuild } from './build-report.js';
import { sayIn } from './language.js';
import { progressView } from './progress.js';
import { action } from './run.js';

export function registerBuild(program: Command): void {
  addBuildFlags(program.command('build').description('build the welfare report and the annual overview as HTML and PDF, in Swedish, Finnish and both side by side'), ['html', 'pdf'])
    .option('--watch', 'build again whenever a file of the project changes, until Ctrl-C')
    .option('--no-cache', 'read every file anew, without the parse cache of earlier runs')
    .action(
      action(async (flags: BuildFlags & { watch?: boolean; cache: boolean }) => {
        const configPath = await requireConfig(process.cwd());
        const cache = new SourceCache(process.cwd(), flags.cache ? ParseCache.for(process.cwd()) : undefined);
        const lang = sayIn(await messageLanguageOf(undefined, cache, configPath));
        const options = buildOptionsOf(flags, lang);
        if (flags.watch) {
          const { watchBuilds } = await import('./watch.js');
          return watchBuilds(configPath, options);
        }
        const { buildProject } = await import('../render/build.js');
        const progress = progressView(false);
        const result = await buildProject(configPath, { ...options, cache, onProgress: (event) => progress.show(event) }).finally(() => progress.finish());
        return reportBuild(result, lang);
      }),
    );
}
