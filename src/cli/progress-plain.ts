import { performance } from 'node:perf_hooks';
import type { BuildProgress } from '../render/build.js';
import { duration, type ProgressView } from './progress-view.js';

/** One line per file written, without colour or cursor movement: for pipes and CI logs. */
export class PlainProgress implements ProgressView {
  private readonly printing = new Map<string, number>();

  constructor(
    private readonly stream: { write(text: string): unknown },
    private readonly shown: (path: string) => string,
  ) {}

  show(event: BuildProgress): void {
    if (event.stage === 'html') this.stream.write(`wrote ${this.shown(event.document.htmlPath)} (${Math.round(event.ms)} ms)\n`);
    else if (event.stage === 'index') this.stream.write(`wrote ${this.shown(event.path)}\n`);
    else if (event.state === 'start') this.printing.set(event.pdfPath, performance.now());
    else this.stream.write(`wrote ${this.shown(event.pdfPath)} (${duration(performance.now() - (this.printing.get(event.pdfPath) ?? performance.now()))})\n`);
  }

  finish(): void {
    this.printing.clear();
  }
}
