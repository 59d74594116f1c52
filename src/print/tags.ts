import type { Page } from 'puppeteer-core';

/**
 * Prepares the document for Chromium's tagging of the PDF, where Chromium on its own leaves gaps
 * (measured with Chromium 156; see docs/pdf.md):
 *
 * - Language. Chromium gives a structure element the `/Lang` of its element's `lang`, but a plain
 *   `<span>` or `<div>` gets no structure element of its own, so the Finnish half of a bilingual
 *   text (`<span lang="fi">`) would be read in Swedish. With `role="generic"`, the role these
 *   elements have anyway, Chromium keeps them as a structure element (/NonStruct) carrying /Lang.
 * - Alternative text. A `<figure>` becomes a /Figure, which needs /Alt; a figure with no name of
 *   its own and no caption (a wrapper around a chart that is itself a named image) is tagged as
 *   a group instead, so the chart inside is the one /Figure, with its /Alt. A figure with a
 *   caption is named by it.
 *
 * Only the copy in the printing tab changes; the HTML file stays as it was written.
 */
export function prepareTags(page: Page): Promise<void> {
  return page.evaluate(() => {
    document.querySelectorAll('body span[lang]:not([role]), body div[lang]:not([role])').forEach((element) => element.setAttribute('role', 'generic'));
    let n = 0;
    document.querySelectorAll('figure:not([aria-label]):not([aria-labelledby]):not([role])').forEach((figure) => {
      const caption = figure.querySelector(':scope > figcaption');
      if (caption) {
        if (!caption.id) caption.id = `welfare-figcaption-${++n}`;
        figure.setAttribute('aria-labelledby', caption.id);
      } else {
        figure.setAttribute('role', 'group');
      }
    });
  });
}
