import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * Chromium writes every soft hyphen (U+00AD) of the HTML into the PDF's text layer, broken or
 * not: it draws an invisible glyph inside a marked span whose ActualText is U+00AD,
 *
 *   /Span<</ActualText <FEFF00AD> >> BDC
 *   8.16 0 Td <0003> Tj
 *   EMC
 *
 * so "Toi­men­pi­teet" would be copied and searched as "Toi\u00admen\u00adpi\u00adteet". Where the
 * line does break, Chromium draws the visible hyphen apart from it, as an ordinary U+2010. This
 * removes those spans and their invisible glyph, keeping the move (Td) so that every glyph after
 * stays where it was: the page looks the same, and the text reads "Toimenpiteet".
 */
const softHyphen = /\/Span\s*<<\s*\/ActualText\s*<feff00ad>\s*>>\s*BDC\s*((?:[-\d.]+\s+[-\d.]+\s+Td\s*)?)(?:<[0-9a-f]*>|\((?:[^()\\]|\\.)*\))\s*Tj\s*EMC/gi;
const marker = /<feff00ad>/i;

export function removeSoftHyphens(doc: PDFDocument): void {
  for (const page of doc.getPages()) {
    for (const ref of contentRefs(doc, page.node.get(PDFName.of('Contents')))) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) continue;
      const content = inflateSync(stream.contents).toString('latin1');
      if (!marker.test(content)) continue;
      const bytes = deflateSync(Buffer.from(content.replace(softHyphen, '$1'), 'latin1'));
      const dict = stream.dict.clone(doc.context);
      dict.set(PDFName.of('Length'), PDFNumber.of(bytes.length));
      doc.context.assign(ref, PDFRawStream.of(dict, bytes));
    }
  }
}

/** A page's content is one stream or an array of them. */
function contentRefs(doc: PDFDocument, contents: PDFObject | undefined): PDFRef[] {
  if (contents instanceof PDFRef) {
    const target = doc.context.lookup(contents);
    return target instanceof PDFArray ? contentRefs(doc, target) : [contents];
  }
  if (contents instanceof PDFArray) return contents.asArray().filter((r): r is PDFRef => r instanceof PDFRef);
  return [];
}
