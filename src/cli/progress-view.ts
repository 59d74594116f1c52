import type { BuildProgress } from '../render/build.js';

/** How a build's progress is shown while it runs. */
export interface ProgressView {
  show(event: BuildProgress): void;
  /** The build has ended, done or not: nothing is in progress any more. */
  finish(): void;
}

/** `42 ms` under a second, `1.2 s` above. */
export const duration = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
