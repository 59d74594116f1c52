import { createHash } from 'node:crypto';
import { PDFDict, PDFHexString, PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';
import type { PrintJob } from './job.js';
import { removeSoftHyphens } from './soft-hyphens.js';
import { renumberStructureIds } from './structure-ids.js';

// Object streams compress the thousands of structure elements of a tagged PDF: half the size.
// pdf-lib writes them in object order with a fixed deflate level, so the bytes stay the same.
const saveOptions = { useObjectStreams: true, updateFieldAppearances: false } as const;

/**
 * Sets what Chromium cannot be told, and makes the output reproducible: the same HTML and job give
 * the same PDF on every run. Chromium stamps the current time and its own user agent, and names
 * structure elements by a per-process counter (see structure-ids.ts); the rest of its output
 * (font subset tags AAAAAA+, BAAAAA+ … included) depends only on the document, except the boxes
 * of a link's clickable area, which it sometimes merges (docs/pdf.md).
 * Tagging (/StructTreeRoot, /MarkInfo) and bookmarks (/Outlines) pass through, only renamed;
 * soft hyphens leave the text layer (see soft-hyphens.ts).
 */
export async function finishPdf(doc: PDFDocument, job: PrintJob): Promise<Uint8Array> {
  renumberStructureIds(doc);
  removeSoftHyphens(doc);
  const chromium = doc.getProducer() ?? 'Chromium';
  const producer = `welfare with ${chromium} and pdf-lib`;
  doc.setTitle(job.title, { showInWindowTitleBar: true });
  doc.setAuthor(job.author);
  doc.setSubject(job.subject);
  // pdf-lib would join keywords with spaces, which runs "hälsa och välfärd" into its neighbours.
  doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).set(PDFName.of('Keywords'), PDFHexString.fromText(job.keywords.join(', ')));
  doc.setCreator('welfare');
  doc.setProducer(producer);
  doc.setCreationDate(job.creationDate);
  doc.setModificationDate(job.creationDate);
  doc.setLanguage(job.lang);
  const xmp = doc.context.stream(new TextEncoder().encode(xmpPacket(job, producer)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  const id = PDFHexString.of(contentHash(doc));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save(saveOptions);
}

/**
 * The file identifier: a hash of every stream (the pages' text and drawing, the fonts, the XMP
 * with all metadata), so the same content always gets the same identifier and other content
 * another one, without writing the file twice.
 */
function contentHash(doc: PDFDocument): string {
  const hash = createHash('sha256');
  for (const [, object] of doc.context.enumerateIndirectObjects()) if (object instanceof PDFRawStream) hash.update(object.contents);
  return hash.digest('hex').slice(0, 32);
}

/** The same metadata as XMP, which PDF/UA checkers and document archives read. */
function xmpPacket(job: PrintJob, producer: string): string {
  const date = job.creationDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = xml(job.lang);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(job.title)}</rdf:li><rdf:li xml:lang="${lang}">${xml(job.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(job.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(job.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:subject><rdf:Bag>${job.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
   <dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${xml(job.keywords.join(', '))}</pdf:Keywords>
   <pdf:Producer>${xml(producer)}</pdf:Producer>
   <xmp:CreatorTool>welfare</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

function xml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
