import { performance } from 'node:perf_hooks';
import { Chalk, type ChalkInstance } from 'chalk';
import type { MessageLanguage } from '../core/messages.js';
import { visible } from '../core/visible.js';
import type { BuildProgress } from '../render/build.js';
import { duration, type ProgressView } from './progress-view.js';
import { words } from './words.js';

/** The terminal the lines are drawn on: standard error, or a fake one in tests. A terminal of unknown width says 0 columns. */
export interface LiveStream {
  write(text: string): unknown;
  columns?: number;
}

export interface LiveOptions {
  color: boolean;
  /** Leave a line for each finished document (`build`), or only show the work in progress (`--watch`, `serve`). */
  keepFinished: boolean;
  shown: (path: string) => string;
  now?: () => number;
  /** The language of the words on the lines (default English). */
  lang?: MessageLanguage;
}

const spinner = ['◐', '◓', '◑', '◒'];
const up = (lines: number) => `\x1b[${lines}A`;
const clearBelow = '\x1b[J';

/**
 * A line per document on a terminal: `◐ dist/joint/report.sv.pdf  printing…` while the browser
 * prints it, turned into `✓ dist/joint/report.sv.pdf  1.2 s` when it is written. The lines in
 * progress stay at the bottom and are drawn again in place; finished ones scroll up above them.
 */
export class LiveProgress implements ProgressView {
  private readonly printing = new Map<string, number>();
  private readonly c: ChalkInstance;
  private readonly now: () => number;
  /** How many lines in progress are on the screen, to be drawn over next time. */
  private drawn = 0;
  private frame = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: LiveStream,
    private readonly options: LiveOptions,
  ) {
    this.c = new Chalk({ level: options.color ? 1 : 0 });
    this.now = options.now ?? (() => performance.now());
  }

  show(event: BuildProgress): void {
    if (event.stage === 'html') return this.draw(this.done(event.document.htmlPath, duration(event.ms)));
    if (event.stage === 'index') return this.draw(this.done(event.path, ''));
    if (event.state === 'start') {
      this.printing.set(event.pdfPath, this.now());
      // Turning the spinner shows the browser is still at work on a long document.
      this.timer ??= setInterval(() => {
        this.frame = (this.frame + 1) % spinner.length;
        this.draw([]);
      }, 120).unref();
      return this.draw([]);
    }
    const started = this.printing.get(event.pdfPath) ?? this.now();
    this.printing.delete(event.pdfPath);
    if (this.printing.size === 0) this.stopSpinner();
    this.draw(this.done(event.pdfPath, duration(this.now() - started)));
  }

  finish(): void {
    this.stopSpinner();
    this.printing.clear();
    this.draw([]);
  }

  private done(path: string, detail: string): string[] {
    return this.options.keepFinished ? [this.line(this.c.green('✓'), path, detail)] : [];
  }

  /** Finished lines go above, then the lines in progress are drawn anew under them. */
  private draw(finished: string[]): void {
    let text = this.drawn > 0 ? up(this.drawn) + clearBelow : '';
    for (const line of finished) text += `${line}\n`;
    for (const [path, started] of this.printing) {
      const elapsed = this.now() - started;
      text += `${this.line(this.c.cyan(spinner[this.frame]!), path, `${words.printing[this.options.lang ?? 'en']()}${elapsed >= 1000 ? ` ${duration(elapsed)}` : ''}`)}\n`;
    }
    this.drawn = this.printing.size;
    if (text) this.stream.write(text);
  }

  /** `  ✓ path  detail`, the path shortened from the left so the line never wraps (which would spoil drawing over it). */
  private line(mark: string, path: string, detail: string): string {
    // Drawn with cursor movement of its own, so a path cannot bring any: its hidden characters are shown.
    let name = visible(this.options.shown(path));
    const room = (this.stream.columns || 80) - 1 - 4 - (detail ? 2 + detail.length : 0);
    if (name.length > room) name = `…${name.slice(name.length - Math.max(room - 1, 8))}`;
    return `  ${mark} ${name}${detail ? `  ${this.c.dim(detail)}` : ''}`;
  }

  private stopSpinner(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
