import type { PrintJob } from './job.js';

/** A4 margins: room for the running header and footer, and for binding on the left. */
export const pageMargin = { top: '22mm', right: '18mm', bottom: '22mm', left: '22mm' } as const;

/**
 * The print rules welfare adds to every document, after the theme's own so that they win.
 *
 * The running header and footer are CSS page-margin boxes rather than Chromium's header and
 * footer templates: margin boxes can be left off the cover (`@page :first`), and they are set in
 * the document's own embedded font, where templates fall back to whatever fonts the machine has.
 */
export function printStyle(job: PrintJob, fontFamily: string): string {
  const box = `font-family: ${fontFamily}; font-size: 8.5pt; color: #444;`;
  return `
@page {
  margin: ${pageMargin.top} ${pageMargin.right} ${pageMargin.bottom} ${pageMargin.left};
  @top-center { content: ${cssString(job.header)}; ${box} vertical-align: bottom; padding-bottom: 5mm; }
  @bottom-center { content: ${cssString(job.footer.page + ' ')} counter(page) ${cssString(' ' + job.footer.of + ' ')} counter(pages); ${box} vertical-align: top; padding-top: 5mm; }
}
@page :first {
  @top-center { content: none; }
  @bottom-center { content: none; }
}
h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
tr, figure, img, svg { break-inside: avoid; }
thead { display: table-header-group; }
`;
}

/**
 * Text as a CSS string literal. The header comes from the user's config: a quote, a backslash or
 * a line break in it must neither end the string nor the rule, and `<` never ends the style.
 */
export function cssString(text: string): string {
  return `"${text.replace(/["\\<>\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
