import { PDFDocument } from 'pdf-lib';
import type { Browser, HTTPRequest, Page, PDFOptions } from 'puppeteer-core';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
import { continueRowGroups, markRowGroups, segmentsOf } from './continued.js';
import { destinationPages } from './destinations.js';
import type { PrintJob } from './job.js';
import { pageMargin, printStyle } from './page-style.js';
import { prepareTags } from './tags.js';

/** Filling in page numbers or repeating a goal can move what follows; it settles in one more print at most. */
const maxFinalPrints = 3;

const pdfOptions: PDFOptions = {
  format: 'A4',
  printBackground: true,
  margin: pageMargin,
  tagged: true,
  outline: true,
  // A theme's named pages may turn a page sideways (`@page matrix { size: A4 landscape }`).
  preferCSSPageSize: true,
  // The header and footer are CSS margin boxes (see page-style.ts).
  displayHeaderFooter: false,
  timeout: 0,
};

/** Only to learn the page numbers: without structure tags and bookmarks it prints in about two thirds of the time. */
const draftOptions: PDFOptions = { ...pdfOptions, tagged: false, outline: false };

/**
 * A tab of the shared browser that prints one document after another: opening a tab costs a
 * renderer process, more than loading a document into one. It may load nothing but the document
 * it prints and data: URLs, and runs no script: the default theme needs none, and a document that
 * reached out to the network or the disk would print differently on every machine.
 */
export class PrintTab {
  private document: { url: string; blocked: string[]; opened: boolean; leaves: string[] } | undefined;

  private constructor(readonly page: Page) {}

  static async open(browser: Browser): Promise<PrintTab> {
    const tab = new PrintTab(await browser.newPage());
    await tab.page.setJavaScriptEnabled(false);
    await tab.page.setRequestInterception(true);
    tab.page.on('request', (request) => tab.filter(request));
    return tab;
  }

  /** Prints the HTML file at `url` (the file:// URL of job.htmlPath). */
  async print(url: string, job: PrintJob): Promise<{ doc: PDFDocument; blocked: string[] }> {
    const current = (this.document = { url, blocked: [] as string[], opened: false, leaves: [] as string[] });
    let doc: PDFDocument;
    try {
      await this.page.goto(url, { waitUntil: 'load', timeout: 0 });
      // Margin boxes have no element to inherit the body's font from.
      const fontFamily = await this.page.evaluate(() => getComputedStyle(document.body).fontFamily);
      await this.page.addStyleTag({ content: printStyle(job, fontFamily || 'sans-serif') });
      await prepareTags(this.page);
      doc = await printWithPageNumbers(this.page);
    } catch (error) {
      // A refused navigation replaces the page with an error page; that, not the broken print, is news.
      throw current.leaves.length > 0 ? leaving(job, current.leaves[0]!) : error;
    }
    if (current.leaves.length > 0) throw leaving(job, current.leaves[0]!);
    return { doc, blocked: current.blocked };
  }

  close(): Promise<void> {
    return this.page.close().catch(() => {});
  }

  private filter(request: HTTPRequest): void {
    const requested = request.url();
    // The tab opens the document once; any other move of the page (a <meta http-equiv="refresh">,
    // even to the same file) is refused, so the printed page is always the document itself.
    if (request.isNavigationRequest() && request.frame() === this.page.mainFrame()) {
      if (this.document && !this.document.opened && requested === this.document.url) {
        this.document.opened = true;
        return void request.continue();
      }
      this.document?.leaves.push(requested);
      return void request.abort('blockedbyclient');
    }
    if (requested === this.document?.url || requested.startsWith('data:')) return void request.continue();
    this.document?.blocked.push(requested);
    void request.abort('blockedbyclient');
  }
}

/** A document that moves its page: not printed, with where to look in the theme. */
const leaves = {
  message: phrase<{ file: string; template?: string; to: string }>(
    (p) => `${p.file}${p.template ? ` (${p.template})` : ''}: the document tries to go to ${p.to} (a <meta http-equiv="refresh">?); a document must stay the page it is, so it was not printed`,
    (p) => `${p.file}${p.template ? ` (${p.template})` : ''}: dokumentet försöker gå till ${p.to} (en <meta http-equiv="refresh">?); ett dokument ska förbli den sida det är, så det skrevs inte ut`,
    (p) => `${p.file}${p.template ? ` (${p.template})` : ''}: asiakirja yrittää siirtyä osoitteeseen ${p.to} (<meta http-equiv="refresh">?); asiakirjan on pysyttävä omana sivunaan, joten sitä ei tulostettu`,
  ),
  hint: phrase<string | undefined>(
    (template) => `remove the <meta http-equiv="refresh"> (or whatever moves the page) from the theme's ${template ?? 'document template'} or a layout or partial it uses`,
    (template) => `ta bort <meta http-equiv="refresh"> (eller det som flyttar sidan) ur temats ${template ?? 'dokumentmall'} eller en layout eller delmall som den använder`,
    (template) => `poista <meta http-equiv="refresh"> (tai muu sivua siirtävä) teeman ${template ? `mallista ${template}` : 'asiakirjamallista'} tai sen käyttämästä asettelupohjasta tai osamallista`,
  ),
};

function leaving(job: PrintJob, to: string): WelfareError {
  const template = job.document && `documents/${job.document}.hbs`;
  return new WelfareError(inEach(leaves.message, { file: job.htmlPath, template, to: to.slice(0, 200) }), ExitCode.invalid, { file: job.htmlPath, hint: inEach(leaves.hint, template) });
}

/**
 * Prints, filling in the table of contents: each element `data-page-of="<id>"` gets the page
 * where the element with that id starts (a link to it must exist, as a table of contents has, so
 * that Chromium names a destination for it). Chromium cannot count pages for CSS (it has no
 * target-counter), so a quick draft print tells the numbers, and the final print checks them.
 * The same draft tells where a goal's actions run onto another page (see continued.ts).
 */
async function printWithPageNumbers(page: Page): Promise<PDFDocument> {
  const targets = await page.$$eval('[data-page-of]', (elements) => elements.map((e) => e.getAttribute('data-page-of') ?? ''));
  const groups = await markRowGroups(page);
  const print = async (options: PDFOptions) => PDFDocument.load(await page.pdf(options), { updateMetadata: false });
  if (targets.length === 0 && groups.length === 0) return print(pdfOptions);
  const layoutOf = (doc: PDFDocument) => {
    const pages = destinationPages(doc);
    return { numbers: targets.map((id) => String(pages.get(id) ?? '')), starts: segmentsOf(groups, (id) => pages.get(id)) };
  };
  // A placeholder as wide as most page numbers keeps the draft's layout that of the final print.
  await fillPageNumbers(page, targets.map(() => '00'));
  let layout = layoutOf(await print(draftOptions));
  // The final print checks the draft: a repeated goal can be taller than the rows beside it and
  // push rows onto the next page, or a page number can move; then it is printed once more with
  // what it found. That is rare (never in the example), so a second draft for the check would cost
  // more than the final print it might save.
  for (let attempt = 1; ; attempt++) {
    await fillPageNumbers(page, layout.numbers);
    await continueRowGroups(page, groups, layout.starts);
    const doc = await print(pdfOptions);
    const found = layoutOf(doc);
    if (attempt === maxFinalPrints || JSON.stringify(found) === JSON.stringify(layout)) return doc;
    layout = found;
  }
}

function fillPageNumbers(page: Page, numbers: string[]): Promise<void> {
  return page.$$eval(
    '[data-page-of]',
    (elements, numbers) => elements.forEach((e, i) => (e.textContent = numbers[i] ?? '')),
    numbers,
  );
}
