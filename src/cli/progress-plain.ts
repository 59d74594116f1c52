import { performance } from 'node:perf_hooks';
import type { MessageLanguage } from '../core/messages.js';
import { visible } from '../core/visible.js';
import type { BuildProgress } from '../render/build.js';
import { duration, type ProgressView } from './progress-view.js';
import { words } from './words.js';

/** One line per file written, without colour or cursor movement: for pipes and CI logs. */
export class PlainProgress implements ProgressView {
  private readonly printing = new Map<string, number>();

  constructor(
    private readonly stream: { write(text: string): unknown },
    private readonly shown: (path: string) => string,
    private readonly lang: MessageLanguage = 'en',
  ) {}

  show(event: BuildProgress): void {
    const wrote = words.wrote[this.lang];
    if (event.stage === 'html') this.say(wrote({ file: this.shown(event.document.htmlPath), detail: `${Math.round(event.ms)} ms` }));
    else if (event.stage === 'index') this.say(wrote({ file: this.shown(event.path) }));
    else if (event.state === 'start') this.printing.set(event.pdfPath, performance.now());
    else this.say(wrote({ file: this.shown(event.pdfPath), detail: duration(performance.now() - (this.printing.get(event.pdfPath) ?? performance.now())) }));
  }

  /** A line of a log: the paths in it, chosen by the user, cannot steer the terminal that shows it. */
  private say(line: string): void {
    this.stream.write(`${visible(line)}\n`);
  }

  finish(): void {
    this.printing.clear();
  }
}
