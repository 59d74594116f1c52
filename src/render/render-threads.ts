import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { actionCount } from '../core/action-count.js';
import { WelfareError } from '../core/errors.js';
import type { Project } from '../core/model.js';
import { DocumentRenderer, type DocumentJob, type RenderedDocument } from './documents.js';
import type { RenderEngine } from './engine.js';
import { threadEntry } from './thread-entry.js';
import type { Theme } from './theme.js';
import type { Scope } from './view/scope.js';

/**
 * Renders a build's documents on one thread, or for a large project on two: Handlebars keeps one
 * processor busy for seconds per document there, and a second thread halves that on the
 * machines planners and CI use. The second thread gets its own copy of the project and the
 * theme, renders its share of the documents and sends back each one's HTML as UTF-8 bytes. The
 * HTML is the same byte for byte, whichever thread rendered it (test: test/render-threads.test.ts).
 */

/** What a second thread renders from: everything but the project's files, which only validation needed. */
export interface ThreadInput {
  project: Project;
  scopes: Scope[];
  theme: Theme;
  fonts: string;
  jobs: { index: number; job: DocumentJob }[];
}

/** A message from the second thread: a document, or what stopped it. */
export type ThreadMessage = { index: number; document: RenderedDocument } | { failed: ThreadFailure };
export type ThreadFailure = { welfare: true; said: WelfareError['said']; exitCode: WelfareError['exitCode']; options: WelfareError['options'] } | { welfare: false; message: string; stack?: string };

/** From this many actions on, a second thread pays for its start and its copy of the project. */
const threadedFromActions = 2000;

/** How many threads render: WELFARE_RENDER_THREADS (1 or 2) when set, else 2 for a large project on a machine with two processors. */
export function renderThreadsFor(project: Project, env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.WELFARE_RENDER_THREADS;
  if (asked === '1' || asked === '2') return Number(asked);
  return projectActions(project) >= threadedFromActions && availableParallelism() >= 2 ? 2 : 1;
}

/**
 * Renders every job, calling `rendered` with each document as it is done (not in the jobs'
 * order when two threads share them).
 */
export async function renderDocuments(
  jobs: DocumentJob[],
  input: Omit<ThreadInput, 'jobs'>,
  engine: RenderEngine,
  threads: number,
  rendered: (index: number, document: RenderedDocument) => void,
): Promise<void> {
  const here = new DocumentRenderer(input.project, input.scopes, engine);
  const entry = threadEntry();
  if (threads < 2 || !entry || jobs.length < 2) {
    jobs.forEach((job, index) => rendered(index, here.render(job)));
    return;
  }
  const [mine, theirs] = shares(jobs, input.scopes);
  // Started first, so that the other thread reads the project while this one renders.
  const other = onOtherThread(entry, { ...input, project: withoutFiles(input.project), jobs: theirs.map((index) => ({ index, job: jobs[index]! })) }, rendered);
  try {
    for (const index of mine) rendered(index, here.render(jobs[index]!));
  } catch (error) {
    await other.stop();
    throw error;
  }
  await other.done;
}

/**
 * How much HTML a document makes per action of its scope, relative to an overview: the default
 * theme writes about 1.6 times as much for a report, which carries the whole matrix.
 */
const workPerAction = { report: 1.6, overview: 1 } as const;

/** Two shares of about the same work, the largest documents placed first (LPT). */
function shares(jobs: DocumentJob[], scopes: readonly Scope[]): [number[], number[]] {
  const work = jobs.map((job) => actionCount(scopes[job.scope]!.matrix) * workPerAction[job.kind] * job.editions.length);
  const order = jobs.map((_, index) => index).sort((a, b) => work[b]! - work[a]! || a - b);
  const split: [number[], number[]] = [[], []];
  const load: [number, number] = [0, 0];
  for (const index of order) {
    const lighter = load[0] <= load[1] ? 0 : 1;
    split[lighter].push(index);
    load[lighter] += work[index]!;
  }
  for (const share of split) share.sort((a, b) => a - b);
  return split;
}

function onOtherThread(entry: string, input: ThreadInput, rendered: (index: number, document: RenderedDocument) => void): { done: Promise<void>; stop: () => Promise<void> } {
  const worker = new Worker(entry, { workerData: input, env: { ...process.env, WELFARE_RENDER_THREAD: '1' }, stdout: false, stderr: false });
  let remaining = input.jobs.length;
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: ThreadMessage) => {
      if ('failed' in message) return reject(fromThread(message.failed));
      rendered(message.index, message.document);
      if (--remaining === 0) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (remaining > 0 ? reject(new Error(`the second rendering thread ended (exit code ${code}) with ${remaining} documents left`)) : resolve()));
  });
  // Awaited once this thread's share is done; until then a failure there must not count as unhandled.
  done.catch(() => {});
  return { done, stop: () => worker.terminate().then(() => {}) };
}

/** A failure on the other thread as this thread would have thrown it: a WelfareError stays one, with its message and exit code. */
function fromThread(failure: ThreadFailure): Error {
  if (failure.welfare) return new WelfareError(failure.said, failure.exitCode, failure.options);
  return Object.assign(new Error(failure.message), { stack: failure.stack });
}

const withoutFiles = (project: Project): Project => ({ ...project, files: [], matrices: project.matrices.map(({ municipality, matrix }) => ({ municipality, matrix }) as Project['matrices'][number]) });

const projectActions = (project: Project) => project.matrices.reduce((n, m) => n + actionCount(m.matrix), 0);
