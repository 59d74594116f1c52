import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from 'pdf-lib';

const ID = PDFName.of('ID');
const K = PDFName.of('K');
const A = PDFName.of('A');
const Headers = PDFName.of('Headers');
const IDTree = PDFName.of('IDTree');

/**
 * Chromium names each element of a tagged PDF's structure after its DOM node ("node00003522"),
 * from a counter that runs on for as long as the renderer process lives. A page that printed
 * another document first would give the same document other names, and other bytes. Renamed
 * here node00000001, node00000002 … in the order of the structure tree, with every reference to
 * them: table cells' /Headers and the /IDTree that finds an element by its name.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(root instanceof PDFDict)) return;
  const names = new Map<string, PDFString>();
  const named: { element: PDFDict; ref: PDFRef }[] = [];
  const all: PDFDict[] = [];
  const visit = (object: PDFObject | undefined): void => {
    const node = object instanceof PDFRef ? doc.context.lookup(object) : object;
    if (node instanceof PDFArray) return node.asArray().forEach(visit);
    if (!(node instanceof PDFDict)) return;
    all.push(node);
    const id = text(node.get(ID));
    // Chromium writes every structure element as an object of its own, which the tree refers to.
    if (id !== undefined && !names.has(id) && object instanceof PDFRef) {
      names.set(id, PDFString.of(`node${String(names.size + 1).padStart(8, '0')}`));
      named.push({ element: node, ref: object });
    }
    visit(node.get(K));
  };
  visit(root.get(K));
  if (names.size === 0) return;
  const rename = (value: PDFObject | undefined) => names.get(text(value) ?? '') ?? value!;
  for (const { element } of named) element.set(ID, rename(element.get(ID)));
  for (const element of all) {
    const attributes = doc.context.lookup(element.get(A));
    for (const attribute of attributes instanceof PDFArray ? attributes.asArray() : [attributes]) {
      const dict = doc.context.lookup(attribute);
      const headers = dict instanceof PDFDict ? dict.lookup(Headers) : undefined;
      if (headers instanceof PDFArray) headers.asArray().forEach((header, i) => headers.set(i, rename(header)));
    }
  }
  // The new names sort in tree order, so one flat leaf is a valid name tree.
  removeTree(doc, root.get(IDTree));
  const leaf = doc.context.obj({ Names: doc.context.obj(named.flatMap(({ element, ref }) => [element.get(ID)!, ref])) });
  root.set(IDTree, doc.context.register(leaf));
}

function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

function removeTree(doc: PDFDocument, ref: PDFObject | undefined): void {
  if (!(ref instanceof PDFRef)) return;
  const node = doc.context.lookup(ref);
  const kids = node instanceof PDFDict ? node.lookup(PDFName.of('Kids')) : undefined;
  if (kids instanceof PDFArray) kids.asArray().forEach((kid) => removeTree(doc, kid));
  doc.context.delete(ref);
}
