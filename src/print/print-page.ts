import { PDFDocument } from 'pdf-lib';
import type { Page, PDFOptions } from 'puppeteer-core';
import { destinationPages } from './destinations.js';
import type { PrintJob } from './job.js';
import { pageMargin, printStyle } from './page-style.js';

/** Filling in page numbers can reflow a table of contents; it settles in one more pass at most. */
const maxPasses = 3;

const pdfOptions: PDFOptions = {
  format: 'A4',
  printBackground: true,
  margin: pageMargin,
  tagged: true,
  outline: true,
  preferCSSPageSize: false,
  // The header and footer are CSS margin boxes (see page-style.ts).
  displayHeaderFooter: false,
  timeout: 0,
};

/**
 * Prints the HTML file at `url` (the file:// URL of job.htmlPath) on a fresh page of the shared
 * browser. The page may load nothing but that file and data: URLs, and runs no script: the
 * default theme needs none, and a document that reached out to the network or the disk would
 * print differently on every machine.
 */
export async function printPage(page: Page, url: string, job: PrintJob): Promise<{ doc: PDFDocument; blocked: string[] }> {
  const blocked: string[] = [];
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const requested = request.url();
    if (requested === url || requested.startsWith('data:')) return void request.continue();
    blocked.push(requested);
    void request.abort('blockedbyclient');
  });
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  // Margin boxes have no element to inherit the body's font from.
  const fontFamily = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  await page.addStyleTag({ content: printStyle(job, fontFamily || 'sans-serif') });
  return { doc: await printWithPageNumbers(page), blocked };
}

/**
 * Prints, and when the document has a table of contents, prints again with its page numbers:
 * each element `data-page-of="<id>"` gets the page where the element with that id starts (a link
 * to it must exist, as a table of contents has, so that Chromium names a destination for it).
 * Chromium cannot count pages for CSS (no target-counter), so the first print tells.
 */
async function printWithPageNumbers(page: Page): Promise<PDFDocument> {
  const targets = await page.$$eval('[data-page-of]', (elements) => elements.map((e) => e.getAttribute('data-page-of') ?? ''));
  // A placeholder as wide as most page numbers keeps the first layout close to the final one.
  let numbers = targets.map(() => '00');
  for (let pass = 1; ; pass++) {
    if (targets.length > 0) await fillPageNumbers(page, numbers);
    const doc = await PDFDocument.load(await page.pdf(pdfOptions), { updateMetadata: false });
    if (targets.length === 0) return doc;
    const pages = destinationPages(doc);
    const found = targets.map((id) => String(pages.get(id) ?? ''));
    if (pass === maxPasses || found.every((n, i) => n === numbers[i])) return doc;
    numbers = found;
  }
}

function fillPageNumbers(page: Page, numbers: string[]): Promise<void> {
  return page.$$eval(
    '[data-page-of]',
    (elements, numbers) => elements.forEach((e, i) => (e.textContent = numbers[i] ?? '')),
    numbers,
  );
}
