import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
import { writeFileAtomic } from '../core/write.js';
import { findBrowser } from './find-browser.js';
import { finishPdf } from './finish.js';
import { onInterrupt } from './interrupt.js';
import type { PrintJob, PrintOptions, PrintResult } from './job.js';
import { launchBrowser, type PrintingBrowser } from './launch.js';
import { mapConcurrent } from './pool.js';
import { PrintTab } from './print-page.js';
import { currentSystem } from './system.js';

const says = {
  tooSlow: phrase<{ file: string; seconds: number }>(
    (p) => `printing ${p.file} to PDF took longer than ${p.seconds} s`,
    (p) => `utskriften av ${p.file} till PDF tog längre tid än ${p.seconds} s`,
    (p) => `tiedoston ${p.file} tulostaminen PDF:ksi kesti yli ${p.seconds} s`,
  ),
  unusual: phrase(
    () => 'a document this slow is unusual: the machine may be overloaded, or the document far larger than intended',
    () => 'så långsamma dokument är ovanliga: datorn kan vara överbelastad, eller dokumentet mycket större än avsett',
    () => 'näin hidas asiakirja on epätavallinen: kone voi olla ylikuormitettu tai asiakirja paljon aiottua suurempi',
  ),
  cannotPrint: phrase<{ file: string; why: string }>(
    (p) => `cannot print ${p.file} to PDF: ${p.why}`,
    (p) => `kunde inte skriva ut ${p.file} till PDF: ${p.why}`,
    (p) => `tiedostoa ${p.file} ei voitu tulostaa PDF:ksi: ${p.why}`,
  ),
};

const defaultTimeoutMs = 60_000;

/**
 * Prints every PDF of a build with one browser: launching one costs more than printing a
 * document, so all documents share it, a few tabs at a time.
 */
export async function printDocuments(jobs: PrintJob[], options: PrintOptions = {}): Promise<PrintResult[]> {
  if (jobs.length === 0) return [];
  const system = currentSystem();
  const found = findBrowser({ browser: options.browser, configBrowser: options.configBrowser, system });
  const printing = await launchBrowser(found, system.platform);
  const writes = new Set<Promise<void>>();
  const release = onInterrupt({ close: () => printing.close(), kill: () => printing.kill(), settle: () => Promise.allSettled(writes) });
  // Chromium lays out and prints each tab on one core; one more tab than cores keeps the cores
  // busy while a tab waits for the browser or for pdf-lib.
  const concurrency = options.concurrency ?? Math.min(4, availableParallelism() + 1);
  const tabs: (PrintTab | undefined)[] = [];
  try {
    return await mapConcurrent(jobs, concurrency, async (job, worker) => {
      options.onProgress?.({ job, state: 'start' });
      const started = performance.now();
      const tab = (tabs[worker] ??= await PrintTab.open(printing.browser));
      const { bytes, pages, blocked } = await printOne(printing, tab, job, options.timeoutMs ?? defaultTimeoutMs).catch((error: unknown) => {
        // A tab that failed or ran out of time may be in any state; the next document gets a new one.
        tabs[worker] = undefined;
        void tab.close();
        throw error;
      });
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

async function printOne(printing: PrintingBrowser, tab: PrintTab, job: PrintJob, timeoutMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new WelfareError(inEach(says.tooSlow, { file: job.htmlPath, seconds: timeoutMs / 1000 }), ExitCode.environment, { file: job.htmlPath, hint: inEach(says.unusual) }),
        ),
      timeoutMs,
    );
  });
  try {
    const print = tab.print(printing.documentUrl(job.htmlPath), job);
    // Once the deadline has won, the abandoned print fails when its tab closes; that is expected.
    print.catch(() => {});
    const printed = await Promise.race([print, deadline]);
    const bytes = await finishPdf(printed.doc, job);
    return { bytes, pages: printed.doc.getPageCount(), blocked: printed.blocked };
  } catch (error) {
    if (error instanceof WelfareError) throw error;
    throw new WelfareError(inEach(says.cannotPrint, { file: job.htmlPath, why: String((error as Error).message?.split('\n')[0] ?? error) }), ExitCode.environment, { file: job.htmlPath, cause: error });
  } finally {
    clearTimeout(timer);
  }
}
