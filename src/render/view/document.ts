import type { Period, Text } from '../../generated/types.js';
import type { Project } from '../../core/model.js';
import type { EditionLink } from '../edition.js';
import { joinText } from './compose.js';
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

/**
 * A content section by id for the scope's documents, with its title or the standard one: the
 * version whose `scopes` names the scope (a municipality's id, or `joint`), else the shared
 * version (no `scopes`), else none, and the document leaves the section out.
 */
export function sectionOf(project: Project, scope: Scope, id: string, defaultTitle: Text): { title: Text; body: Text } | undefined {
  const versions = project.content?.sections.filter((s) => s.id === id) ?? [];
  const section = versions.find((s) => s.scopes?.includes(scope.id)) ?? versions.find((s) => !s.scopes);
  return section && { title: section.title ?? defaultTitle, body: section.body };
}

/** The ids of the content sections the scope's documents show, in the file's order, each once. */
export function sectionIdsOf(project: Project, scope: Scope): string[] {
  const ids = (project.content?.sections ?? []).filter((s) => !s.scopes || s.scopes.includes(scope.id)).map((s) => s.id);
  return [...new Set(ids)];
}

/** Whose documents these are, for their titles: "Lovisa stad", or "Lovisa stad och Lappträsk kommun". */
export function scopeName(scope: Scope): Text {
  const names = scope.municipalities.map((m) => m.name);
  if (names.length === 1) return names[0]!;
  const last = names[names.length - 1]!;
  return joinText(...names.slice(0, -1).flatMap((n, i) => (i === 0 ? [n] : [', ', n])), { sv: ' och ', fi: ' ja ' }, last);
}
