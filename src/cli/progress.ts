import { shown } from './build-report.js';
import { saidIn } from './language.js';
import { useColor } from './output.js';
import { LiveProgress } from './progress-live.js';
import { PlainProgress } from './progress-plain.js';
import type { ProgressView } from './progress-view.js';

/**
 * On a terminal, a live line per document on standard error, redrawn in place; in pipes and CI
 * logs, a plain line per finished document on standard output, as a log keeps it. With both
 * streams on the terminal the plain lines would only repeat the live ones. `watch` keeps only the
 * lines of work in progress: a rebuild on every save says what it did in one line of its own.
 */
export function progressView(watch: boolean, env: NodeJS.ProcessEnv = process.env): ProgressView {
  const live = process.stderr.isTTY === true && env.TERM !== 'dumb';
  const views: ProgressView[] = [];
  if (live) views.push(new LiveProgress(process.stderr, { color: useColor(process.stderr, env), keepFinished: !watch, shown, lang: saidIn() }));
  if (!watch && !(live && process.stdout.isTTY)) views.push(new PlainProgress(process.stdout, shown, saidIn()));
  return {
    show: (event) => views.forEach((view) => view.show(event)),
    finish: () => views.forEach((view) => view.finish()),
  };
}
