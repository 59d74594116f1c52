import { loadHyphenation } from './hyphenate.js';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ExitCode, WelfareError, type Said } from '../core/errors.js';
import type { MessageLanguage } from '../core/messages.js';
import { openProject, type Project } from '../core/model.js';
import { SourceCache } from '../core/project.js';
import { writeFileAtomic } from '../core/write.js';
import type { PrintJob, PrintOptions } from '../print/index.js';
import { defaultEditions, editionLink, editions, type Edition, type EditionId } from './edition.js';
import type { DocumentJob } from './documents.js';
import { RenderEngine } from './engine.js';
import { fontFaces } from './font.js';
import { labels } from './labels.js';
import { documentKinds, documentPath, indexPath, linkFrom, prepareOutputFolders, type DocumentKind } from './outputs.js';
import { creationDateOf, printJob } from './print-jobs.js';
import { loadTheme } from './theme.js';
import { Fallbacks } from './translate.js';
import { renderDocuments, renderThreadsFor } from './render-threads.js';
import { indexView, type IndexEntry } from './view/index-page.js';
import { projectScopes, type Scope } from './view/scope.js';

export type OutputFormat = 'html' | 'pdf';

export interface BuildOptions {
  /** The language of diagnostics and messages. */
  lang: MessageLanguage;
  /** A text missing a language is an error, not a warning. */
  strict?: boolean;
  /** The output folder; default: the config's `paths.out`. */
  out?: string;
  /** The editions to build; default: the config's languages, and sv-fi when `bilingual`. */
  editions?: EditionId[];
  /** The documents to build; default: the config's `documents`, else both. */
  only?: DocumentKind[];
  /** The year of the annual overview; default: the latest year with assessments. */
  year?: number;
  /** Default: html and pdf. */
  formats?: OutputFormat[];
  print?: Omit<PrintOptions, 'configBrowser' | 'onProgress'>;
  cwd?: string;
  /** The run's files, when the caller has read some already (one build; a rebuild needs a new one). */
  cache?: SourceCache;
  onProgress?: (event: BuildProgress) => void;
}

export type BuildProgress =
  | { stage: 'html'; document: BuiltDocument; ms: number }
  | { stage: 'index'; path: string }
  | { stage: 'pdf'; state: 'start' | 'done'; pdfPath: string };

export interface BuiltDocument {
  scope: string;
  document: DocumentKind;
  edition: EditionId;
  htmlPath: string;
  pdfPath?: string;
  /** Texts shown in the other language because this one was missing, per missing language. */
  fallbacks: { lang: string; count: number }[];
}

export interface BuildResult {
  /** Validation and merge findings; with any error nothing was built. */
  diagnostics: Diagnostic[];
  /** How many files of the project were checked. */
  checkedFiles: number;
  documents: BuiltDocument[];
  index?: string;
  /** What the build left out or could not do as asked, in words for the planner. */
  /** Said beside the documents, in each language of messages. */
  notes: Said[];
}

/**
 * `welfare build`: the project's documents as self-contained HTML per municipality (and joint),
 * document and language edition, an index page linking them all, and PDFs of them printed in
 * one browser. The stages run in order: open (validate) → merge → render → write → print.
 */
export async function buildProject(configPath: string, options: BuildOptions): Promise<BuildResult> {
  const cache = options.cache ?? new SourceCache(options.cwd);
  const { project, validation } = await openProject(configPath, { lang: options.lang, strict: options.strict, cache });
  const checkedFiles = new Set([...validation.files.map((f) => f.file.path), ...validation.diagnostics.map((d) => d.file)]).size;
  if (!project) return { diagnostics: validation.diagnostics, checkedFiles, documents: [], notes: [] };
  const { scopes, diagnostics: mergeDiagnostics } = projectScopes(project, options.lang);
  const diagnostics = [...validation.diagnostics, ...mergeDiagnostics];
  if (scopes.length === 0) return { diagnostics, checkedFiles, documents: [], notes: [] };

  const notes: Said[] = [];
  const kinds = documentsToBuild(project, options, notes);
  const chosenEditions = options.editions?.map((id) => editions[id]) ?? defaultEditions(project.config.languages, project.config.bilingual);
  const out = options.out ?? project.layout.out;
  const theme = await loadTheme(project.layout.templates, (path) => cache.shown(path));
  const fonts = await fontFaces(project.files.map((f) => f.file.text));
  const engine = new RenderEngine(theme, fonts, await loadHyphenation());

  await prepareOutputFolders(out, scopes.map((s) => s.id), (path) => cache.shown(path));

  const jobs: DocumentJob[] = [];
  for (const [scope, { id }] of scopes.entries()) {
    for (const { kind, year } of kinds) {
      const paths = new Map(chosenEditions.map((e) => [e.id, documentPath(out, id, kind, e.id, 'html')]));
      const alternatesOf = (edition: Edition) => chosenEditions.filter((e) => e !== edition).map((e) => editionLink(e, linkFrom(dirname(paths.get(edition.id)!), paths.get(e.id)!)));
      jobs.push({ scope, kind, year, editions: chosenEditions.map((edition) => ({ id: edition.id, alternates: alternatesOf(edition) })) });
    }
  }
  // Each document's editions, in the order of the jobs, whichever thread rendered them.
  const built: { document: BuiltDocument; entry: IndexEntry; printJob?: PrintJob }[][] = [];
  const creationDate = creationDateOf(project.config.date);
  const writes: Promise<void>[] = [];
  const threads = renderThreadsFor(project);
  await renderDocuments(jobs, { project, scopes, theme, fonts }, engine, threads, (index, rendered) => {
    const job = jobs[index]!;
    const scope = scopes[job.scope]!;
    built[index] = rendered.editions.map(({ id, html, ms, fallbacks }) => {
      const edition = editions[id];
      const htmlPath = documentPath(out, scope.id, job.kind, id, 'html');
      const document: BuiltDocument = { scope: scope.id, document: job.kind, edition: id, htmlPath, fallbacks };
      // Said when the file is there: a build that cannot write must not have reported it written.
      writes.push(writeFileAtomic(htmlPath, html).then(() => options.onProgress?.({ stage: 'html', document, ms })));
      let print: PrintJob | undefined;
      if (options.formats?.includes('pdf') ?? true) {
        document.pdfPath = documentPath(out, scope.id, job.kind, id, 'pdf');
        print = printJob(rendered.head, edition, htmlPath, document.pdfPath, creationDate);
      }
      const entry = { scopeId: scope.id, scopeName: scopeName(scope), view: rendered.head, link: editionLink(edition, linkFrom(dirname(indexPath(out)), htmlPath)), pdf: document.pdfPath ? linkFrom(dirname(indexPath(out)), document.pdfPath) : null };
      return { document, entry, printJob: print };
    });
  });
  const documents = built.flat().map((b) => b.document);
  const entries = built.flat().map((b) => b.entry);
  const printJobs = built.flat().flatMap((b) => (b.printJob ? [b.printJob] : []));
  await Promise.all(writes);

  // The index links a PDF only once it is there: written first with the HTML documents, then
  // again when every PDF is printed.
  const index = indexPath(out);
  const writeIndex = (withPdfs: boolean) =>
    writeFileAtomic(index, engine.render('index', indexView(project, withPdfs ? entries : entries.map((e) => ({ ...e, pdf: null }))), { edition: editions['sv-fi'], fallbacks: new Fallbacks() }));
  await writeIndex(false);
  options.onProgress?.({ stage: 'index', path: index });

  if (printJobs.length > 0) {
    const { printDocuments } = await import('../print/index.js');
    const printed = await printDocuments(printJobs, {
      ...options.print,
      configBrowser: browserOf(project),
      onProgress: ({ job, state }) => options.onProgress?.({ stage: 'pdf', state, pdfPath: job.pdfPath }),
    });
    // Only what the HTML carries itself prints: a theme that links a file shows it on screen but not on paper.
    for (const { job, blocked } of printed) {
      if (blocked.length) {
        const [file, what] = [cache.shown(job.pdfPath), [...new Set(blocked)].join(', ')];
        notes.push({
          en: `${file} was printed without ${what}: a PDF shows only what its HTML carries inline (styles, data: URLs)`,
          sv: `${file} skrevs ut utan ${what}: en PDF visar bara det som dess HTML bär med sig inbäddat (stilar, data:-adresser)`,
          fi: `${file} tulostettiin ilman kohteita ${what}: PDF näyttää vain sen, mitä sen HTML sisältää upotettuna (tyylit, data:-osoitteet)`,
        });
      }
    }
    await writeIndex(true);
  }
  return { diagnostics, checkedFiles, documents, index, notes };
}

/** `browser:` in the config: a path is relative to the config file, like its other paths; a bare name is looked up on PATH. */
function browserOf(project: Project): string | undefined {
  const browser = project.config.browser;
  return browser && /[\\/]/.test(browser) ? resolve(project.layout.root, browser) : browser;
}

/** The documents asked for, each overview with its year. */
function documentsToBuild(project: Project, options: BuildOptions, notes: Said[]): { kind: DocumentKind; year?: number }[] {
  const wanted = options.only ?? project.config.documents ?? documentKinds;
  const chosen: { kind: DocumentKind; year?: number }[] = [];
  for (const kind of documentKinds) {
    if (!wanted.includes(kind)) continue;
    if (kind === 'report') {
      chosen.push({ kind });
      continue;
    }
    const year = options.year ?? latestAssessedYear(project);
    if (year !== undefined) chosen.push({ kind, year });
    else if (options.only?.includes('overview')) {
      throw new WelfareError(
        {
          en: 'no action has an assessment yet, so there is no year for an annual overview',
          sv: 'ingen åtgärd har ännu någon bedömning, så det finns inget år för en årlig översikt',
          fi: 'yhdelläkään toimenpiteellä ei ole vielä arviointia, joten vuosikatsaukselle ei ole vuotta',
        },
        ExitCode.invalid,
        { hint: { en: 'add assessments to the matrices, or name the year with --year', sv: 'lägg till bedömningar i matriserna, eller ange året med --year', fi: 'lisää arviointeja matriiseihin tai anna vuosi valitsimella --year' } },
      );
    } else
      notes.push({
        en: 'no annual overview: no action has an assessment yet (name a year with --year to build one anyway)',
        sv: 'ingen årlig översikt: ingen åtgärd har ännu någon bedömning (ange ett år med --year för att ändå bygga en)',
        fi: 'ei vuosikatsausta: yhdelläkään toimenpiteellä ei ole vielä arviointia (anna vuosi valitsimella --year, niin katsaus kootaan silti)',
      });
  }
  return chosen;
}

function latestAssessedYear(project: Project): number | undefined {
  let latest: number | undefined;
  for (const { matrix } of project.matrices) {
    for (const fa of matrix.focusAreas) for (const goal of fa.goals) for (const action of goal.actions) for (const a of action.assessments ?? []) if (latest === undefined || a.year > latest) latest = a.year;
  }
  return latest;
}

const scopeName = (scope: Scope) => (scope.joint ? labels.joint : scope.municipalities[0]!.name);
