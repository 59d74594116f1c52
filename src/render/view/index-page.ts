import type { Period, Text } from '../../generated/types.js';
import type { Project } from '../../core/model.js';
import type { EditionLink } from '../edition.js';
import type { DocumentHead } from '../documents.js';

export interface IndexView {
  title: Text;
  period: Period;
  scopes: { id: string; name: Text; documents: { document: string; title: Text; subtitle: Text; links: (EditionLink & { pdf: string | null })[] }[] }[];
}

/** A built document, as the index page links it. */
export interface IndexEntry {
  scopeId: string;
  scopeName: Text;
  view: DocumentHead;
  link: EditionLink;
  /** The PDF of the edition, relative to the index, once it is printed. */
  pdf: string | null;
}

/** The index page: every scope's documents with a link per language edition, and to its PDF. */
export function indexView(project: Project, entries: IndexEntry[]): IndexView {
  const scopes: IndexView['scopes'] = [];
  for (const entry of entries) {
    let scope = scopes.find((s) => s.id === entry.scopeId);
    if (!scope) scopes.push((scope = { id: entry.scopeId, name: entry.scopeName, documents: [] }));
    let document = scope.documents.find((d) => d.document === entry.view.document);
    if (!document) scope.documents.push((document = { document: entry.view.document, title: entry.view.title, subtitle: entry.view.subtitle, links: [] }));
    document.links.push({ ...entry.link, pdf: entry.pdf });
  }
  return { title: project.config.title, period: project.config.period, scopes };
}
