import type { Language } from '../generated/types.js';
import type { PrintJob } from '../print/index.js';
import type { Edition } from './edition.js';
import { labels } from './labels.js';
import { editionText } from './translate.js';
import type { DocumentHead } from './documents.js';

/**
 * What the printer needs to know of a document beyond its HTML: the PDF's metadata, running
 * header and footer words, in the document's language(s).
 */
export function printJob(view: DocumentHead, edition: Edition, htmlPath: string, pdfPath: string, creationDate: Date): PrintJob {
  const say = (text: { sv?: string; fi?: string }) => editionText(text, edition);
  const title = say(view.title);
  const municipalities = view.scope.municipalities.map((m) => say(m.name)).join(', ');
  const lang: Language = edition.lang;
  return {
    htmlPath,
    document: view.document,
    pdfPath,
    lang,
    title,
    author: view.authors ? say(view.authors) : municipalities,
    subject: say(view.subtitle),
    keywords: [say(labels[view.document]), say(labels.plan), ...view.scope.municipalities.map((m) => say(m.name)), `${view.period.start}–${view.period.end}`],
    // The title names the municipality (or all of them, for the joint documents).
    header: title,
    // "Sida 3 av 12", "Sivu 3 / 12"; the bilingual edition: "Sida / Sivu 3 / 12".
    footer: { page: say(labels.page), of: edition.bilingual ? '/' : say(labels.pageOf) },
    creationDate,
  };
}

/** The PDFs' date: the documents' date, else SOURCE_DATE_EPOCH, so a build can be repeated byte for byte. */
export function creationDateOf(configDate: string | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  if (configDate) return new Date(`${configDate}T00:00:00Z`);
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
}
