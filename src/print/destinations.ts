import { PDFArray, PDFDict, type PDFDocument, PDFName, type PDFObject, PDFRef, PDFString, PDFHexString } from 'pdf-lib';

/**
 * The page number (from 1) of each named destination in a PDF. Chromium names a destination
 * after the id of every element a link points to, so this is where `<a href="#goal-3">` leads.
 */
export function destinationPages(doc: PDFDocument): Map<string, number> {
  const pageOf = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const pages = new Map<string, number>();
  const add = (name: string, destination: PDFObject | undefined) => {
    const target = destinationArray(doc, destination)?.get(0);
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
    if (page) pages.set(name, page);
  };
  // PDF 1.1 keeps destinations in a dictionary (Chromium does), later versions in a name tree.
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) for (const [key, value] of dests.entries()) add(key.decodeText(), value);
  const names = doc.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  if (tree instanceof PDFDict) walkNameTree(doc, tree, add);
  return pages;
}

function walkNameTree(doc: PDFDocument, node: PDFDict, add: (name: string, value: PDFObject | undefined) => void): void {
  const entries = node.lookup(PDFName.of('Names'));
  if (entries instanceof PDFArray) {
    for (let i = 0; i + 1 < entries.size(); i += 2) {
      const key = entries.lookup(i);
      if (key instanceof PDFString || key instanceof PDFHexString) add(key.decodeText(), entries.get(i + 1));
    }
  }
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) {
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) walkNameTree(doc, kid, add);
    }
  }
}

/** A destination is an array [page /XYZ …], or a dictionary holding it under /D. */
function destinationArray(doc: PDFDocument, value: PDFObject | undefined): PDFArray | undefined {
  const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
  if (resolved instanceof PDFArray) return resolved;
  if (resolved instanceof PDFDict) return destinationArray(doc, resolved.get(PDFName.of('D')));
  return undefined;
}
