import { performance } from 'node:perf_hooks';
import { ExitCode } from '../core/errors.js';
import { layoutOf, type ProjectLayout } from '../core/project.js';
import { readSource } from '../core/source.js';
import { buildProject, type BuildOptions } from '../render/build.js';
import type { Problems } from '../serve/problem-page.js';
import { BuildScheduler } from '../serve/schedule.js';
import { ProjectWatcher, projectPaths } from '../serve/watch.js';
import { reportBuild, shown, summaryOf } from './build-report.js';
import { write } from './output.js';
import { progressView } from './progress.js';
import { duration } from './progress-view.js';
import { describeError } from './run.js';
import { stopSignal } from './stop-signal.js';
import { words } from './words.js';

/** After each build: what stopped it, if anything, and the output folder (the config may move it). */
export type BuildEnded = (problems: Problems | undefined, out: string) => void;

/**
 * `build --watch` and `serve`: builds now and again after every change to a file the build
 * reads, saying on the terminal what each build did, until Ctrl-C; then lets the build under way
 * end and stops, with exit code 0. A failed build is said and waited out: the next save may fix it.
 */
export async function watchBuilds(configPath: string, options: BuildOptions, ended: BuildEnded = () => {}): Promise<ExitCode> {
  const { stopped, release } = stopSignal();
  let stopping = false;
  let layout = await layoutAt(configPath);
  const outOf = (l: ProjectLayout) => options.out ?? l.out;

  const buildOnce = async (): Promise<Problems | undefined> => {
    const started = performance.now();
    const progress = progressView(true);
    try {
      const result = await buildProject(configPath, { ...options, onProgress: (event) => progress.show(event) });
      progress.finish();
      if ((await reportBuild(result, options.lang)) !== ExitCode.ok) return { diagnostics: result.diagnostics, summary: summaryOf(result, options.lang).line };
      const built = { count: result.documents.length, printed: result.documents.some((d) => d.pdfPath), took: duration(performance.now() - started) };
      await write(process.stdout, `${clock()} ${words.built[options.lang](built)}\n`);
      return undefined;
    } catch (error) {
      progress.finish();
      // Ctrl-C while printing closes the browser under the build; that is no news.
      if (stopping) return undefined;
      const { text } = describeError(error);
      await write(process.stderr, text);
      return { diagnostics: [], message: text.replace(/^welfare: /, '') };
    }
  };

  const scheduler = new BuildScheduler(async (changes) => {
    if (changes.length) await write(process.stdout, `${clock()} ${words.changed[options.lang]({ files: [...new Set(changes.map(shown))] })}\n`);
    const problems = await buildOnce();
    if (stopping) return;
    layout = await layoutAt(configPath, layout);
    watcher.watch(projectPaths(layout, outOf(layout)));
    ended(problems, outOf(layout));
  });
  const watcher = new ProjectWatcher((path) => scheduler.request(path));
  watcher.watch(projectPaths(layout, outOf(layout)));
  scheduler.request();

  try {
    await stopped;
    stopping = true;
    watcher.close();
    await scheduler.stop();
  } finally {
    release();
  }
  await write(process.stdout, `${words.stopped[options.lang]()}\n`);
  return ExitCode.ok;
}

/** Where the project's files are, by its config as it is now; while the config cannot be read or parsed, as it was. */
export async function layoutAt(configPath: string, before?: ProjectLayout): Promise<ProjectLayout> {
  try {
    const data = (await readSource(configPath)).data;
    if (data !== undefined || !before) return layoutOf(configPath, data);
  } catch {
    // Deleted or unreadable for a moment, as an editor saves it: the files it named are still the ones to watch.
  }
  return before ?? layoutOf(configPath, undefined);
}

const clock = () => new Date().toTimeString().slice(0, 8);
