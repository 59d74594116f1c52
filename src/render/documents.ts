import type { Project } from '../core/model.js';
import { editions, type EditionId, type EditionLink } from './edition.js';
import type { RenderEngine } from './engine.js';
import type { DocumentKind } from './outputs.js';
import { Fallbacks } from './translate.js';
import type { DocumentView } from './view/document.js';
import { overviewView } from './view/overview.js';
import { ProjectNames } from './view/project-names.js';
import { reportView } from './view/report.js';
import type { Scope } from './view/scope.js';

/** A document of a build: one scope's report or overview, in each of the editions asked for. */
export interface DocumentJob {
  /** The scope, by its place in the build's list of scopes. */
  scope: number;
  kind: DocumentKind;
  /** The overview's year. */
  year?: number;
  editions: { id: EditionId; alternates: EditionLink[] }[];
}

/** What the index page and the printer need of a document's view. */
export type DocumentHead = Pick<DocumentView, 'document' | 'title' | 'subtitle' | 'scope' | 'period' | 'authors'>;

/** A document rendered: its head, and each edition's HTML (as UTF-8 when it crossed from another thread). */
export interface RenderedDocument {
  head: DocumentHead;
  editions: { id: EditionId; html: string | Uint8Array; ms: number; fallbacks: { lang: string; count: number }[] }[];
}

/** Renders the documents of one project: the view once per document, then each edition from it. */
export class DocumentRenderer {
  private readonly names: ProjectNames;

  constructor(
    private readonly project: Project,
    private readonly scopes: readonly Scope[],
    private readonly engine: RenderEngine,
  ) {
    this.names = new ProjectNames(project);
  }

  render(job: DocumentJob): RenderedDocument {
    const scope = this.scopes[job.scope]!;
    const view = job.kind === 'report' ? reportView(this.project, scope, this.names) : overviewView(this.project, scope, this.names, job.year!);
    return {
      head: { document: view.document, title: view.title, subtitle: view.subtitle, scope: view.scope, period: view.period, authors: view.authors },
      editions: job.editions.map(({ id, alternates }) => {
        const started = performance.now();
        const fallbacks = new Fallbacks();
        const html = this.engine.render(job.kind, { ...view, alternates }, { edition: editions[id], fallbacks });
        return { id, html, ms: performance.now() - started, fallbacks: [...fallbacks.missing].map(([lang, texts]) => ({ lang, count: texts.length })) };
      }),
    };
  }
}
