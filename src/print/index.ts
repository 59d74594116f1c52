// The print stage: HTML files in, PDF files out, with one headless browser for a whole build.
// Only discovery is loaded eagerly; puppeteer-core and pdf-lib load when something prints
// (print-documents.ts and what it imports).
import type { PrintJob, PrintOptions, PrintResult } from './job.js';

export type { PrintJob, PrintOptions, PrintResult } from './job.js';
export { BrowserNotFound, findBrowser, type FindBrowserOptions, type FoundBrowser } from './find-browser.js';

/**
 * Prints every job's HTML to its PDF, concurrently in one browser, and gives one result per job
 * in the jobs' order. Throws BrowserNotFound (exit code 2) before printing anything when no
 * browser is found, and a WelfareError naming the document when one cannot be printed.
 */
export async function printDocuments(jobs: PrintJob[], options: PrintOptions = {}): Promise<PrintResult[]> {
  const { printDocuments } = await import('./print-documents.js');
  return printDocuments(jobs, options);
}
