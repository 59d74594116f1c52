import type { Period, Text } from '../../generated/types.js';
import type { Project } from '../../core/model.js';
import type { EditionLink } from '../edition.js';
import type { Scope } from './scope.js';

/** A chapter of a document: a heading (h2) in the table of contents, drawn by the partial it names. */
export interface Chapter {
  id: string;
  /** The partial that draws the chapter. */
  partial: string;
  title: Text;
  /** The chapter's own entries in the table of contents (h3). */
  toc: { id: string; title: Text }[];
}

/** What every document's template gets at its root, whatever the document. */
export interface DocumentView<C extends Chapter = Chapter> {
  document: 'report' | 'overview';
  /** The main heading, on the cover. */
  title: Text;
  /** What the document is, under the title: "Välfärdsöversikt 2024" or the plan's name. */
  subtitle: Text;
  scope: { id: string; joint: boolean; municipalities: { id: string; code: string; name: Text }[] };
  period: Period;
  date: string | null;
  authors: Text | null;
  /** The same document in the other editions, for a reader who wants the other language. */
  alternates: EditionLink[];
  chapters: C[];
}

export function documentBase(project: Project, scope: Scope): Pick<DocumentView, 'scope' | 'period' | 'date' | 'authors' | 'alternates'> {
  return {
    scope: { id: scope.id, joint: scope.joint, municipalities: scope.municipalities.map((m) => ({ id: m.id, code: m.code, name: m.name })) },
    period: project.config.period,
    date: project.config.date ?? null,
    authors: project.config.authors ?? null,
    alternates: [],
  };
}

/** A content section by id, with its title or the standard one. */
export function sectionOf(project: Project, id: string, defaultTitle: Text): { title: Text; body: Text } | undefined {
  const section = project.content?.sections.find((s) => s.id === id);
  return section && { title: section.title ?? defaultTitle, body: section.body };
}
