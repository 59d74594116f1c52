import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ExitCode, WelfareError } from '../core/errors.js';
import { writeFileAtomic } from '../core/write.js';
import { findBrowser } from './find-browser.js';
import { finishPdf } from './finish.js';
import { onInterrupt } from './interrupt.js';
import type { PrintJob, PrintOptions, PrintResult } from './job.js';
import { launchBrowser, type PrintingBrowser } from './launch.js';
import { mapConcurrent } from './pool.js';
import { printPage } from './print-page.js';
import { currentSystem } from './system.js';

const defaultTimeoutMs = 60_000;

/**
 * Prints every PDF of a build with one browser: launching one costs more than printing a
 * document, so all documents share it, a few pages at a time.
 */
export async function printDocuments(jobs: PrintJob[], options: PrintOptions = {}): Promise<PrintResult[]> {
  if (jobs.length === 0) return [];
  const system = currentSystem();
  const found = findBrowser({ browser: options.browser, configBrowser: options.configBrowser, system });
  const printing = await launchBrowser(found, system.platform);
  const writes = new Set<Promise<void>>();
  const release = onInterrupt({ close: () => printing.close(), kill: () => printing.kill(), settle: () => Promise.allSettled(writes) });
  // Each page prints on one core of its own renderer process; a few more than the cores keeps
  // them busy while the others wait on the browser.
  const concurrency = options.concurrency ?? Math.min(4, Math.max(2, availableParallelism()));
  try {
    return await mapConcurrent(jobs, concurrency, async (job) => {
      options.onProgress?.({ job, state: 'start' });
      const started = performance.now();
      const { bytes, pages, blocked } = await printOne(printing, job, options.timeoutMs ?? defaultTimeoutMs);
      const write = writeFileAtomic(job.pdfPath, bytes);
      writes.add(write);
      await write.finally(() => writes.delete(write));
      options.onProgress?.({ job, state: 'done' });
      return { job, pages, ms: Math.round(performance.now() - started), blocked };
    });
  } finally {
    release();
    await printing.close();
  }
}

async function printOne(printing: PrintingBrowser, job: PrintJob, timeoutMs: number) {
  // A context of its own gives the page a renderer process of its own. Chromium numbers the
  // tagged PDF's structure elements from a counter per process: pages sharing one would number
  // each other's nodes, and the bytes would depend on which documents printed side by side.
  const context = await printing.browser.createBrowserContext();
  const page = await context.newPage();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new WelfareError(`printing ${job.htmlPath} to PDF took longer than ${timeoutMs / 1000} s`, ExitCode.environment, {
            file: job.htmlPath,
            hint: 'the machine may be too busy, or the document too large; run again with fewer other jobs',
          }),
        ),
      timeoutMs,
    );
  });
  try {
    const print = printPage(page, printing.documentUrl(job.htmlPath), job);
    // Once the deadline has won, the abandoned print fails when its page closes; that is expected.
    print.catch(() => {});
    const printed = await Promise.race([print, deadline]);
    const bytes = await finishPdf(printed.doc, job);
    return { bytes, pages: printed.doc.getPageCount(), blocked: printed.blocked };
  } catch (error) {
    if (error instanceof WelfareError) throw error;
    throw new WelfareError(`cannot print ${job.htmlPath} to PDF: ${(error as Error).message?.split('\n')[0] ?? error}`, ExitCode.environment, {
      file: job.htmlPath,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    // Closing the context also stops a print that ran out of time.
    await context.close().catch(() => {});
  }
}
