import { parentPort, workerData } from 'node:worker_threads';
import { WelfareError } from '../core/errors.js';
import { DocumentRenderer } from './documents.js';
import { RenderEngine } from './engine.js';
import { loadHyphenation } from './hyphenate.js';
import type { ThreadFailure, ThreadInput, ThreadMessage } from './render-threads.js';

/**
 * The second rendering thread (see render-threads.ts): renders its share of the documents from
 * its copy of the project and sends each back, its HTML as UTF-8 bytes handed over without a copy.
 */
export async function renderThread(): Promise<void> {
  const input = workerData as ThreadInput;
  const post = (message: ThreadMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
  try {
    const renderer = new DocumentRenderer(input.project, input.scopes, new RenderEngine(input.theme, input.fonts, await loadHyphenation()));
    const encoder = new TextEncoder();
    for (const { index, job } of input.jobs) {
      const document = renderer.render(job);
      const transfer: ArrayBuffer[] = [];
      for (const edition of document.editions) {
        const bytes = encoder.encode(edition.html as string);
        transfer.push(bytes.buffer as ArrayBuffer);
        edition.html = bytes;
      }
      post({ index, document }, transfer);
    }
  } catch (error) {
    post({ failed: failureOf(error) });
  }
}

function failureOf(error: unknown): ThreadFailure {
  if (error instanceof WelfareError) {
    const { file, line, col, hint } = error.options;
    return { welfare: true, said: error.said, exitCode: error.exitCode, options: { file, line, col, hint } };
  }
  const e = error as Error;
  return { welfare: false, message: e?.message ?? String(error), stack: e?.stack };
}
