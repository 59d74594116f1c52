import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { DocumentKind } from './kinds.js';
import { assessmentName, entityName, message, numberedEntity, type MessageLanguage } from './messages.js';
import { positionOf, type DataPath, type SourceFile, type SourceProblem } from './source.js';

const kindNames: Record<DocumentKind, Record<MessageLanguage, string>> = {
  config: { en: 'the project configuration', sv: 'projektets inställningar', fi: 'projektin asetukset' },
  matrix: { en: 'the action matrix', sv: 'åtgärdsmatrisen', fi: 'toimenpidematriisi' },
  actors: { en: 'the actors registry', sv: 'aktörsregistret', fi: 'toimijarekisteri' },
  indicators: { en: 'the indicators registry', sv: 'indikatorregistret', fi: 'mittarirekisteri' },
  content: { en: 'the report content', sv: 'rapportens text', fi: 'raportin teksti' },
};

/** Collects the diagnostics of one run, positioned in the files and worded in one language. */
export class Findings {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly lang: MessageLanguage,
    /** With --strict, warnings about missing translations become errors. */
    readonly strict = false,
  ) {}

  add(file: SourceFile, path: DataPath, rule: string, params: Record<string, string | number>, options: { at?: 'key' | 'value'; severity?: Severity } = {}): void {
    const { line, col } = positionOf(file, path, options.at);
    this.diagnostics.push({ file: file.path, line, col, severity: options.severity ?? 'error', rule, message: message(this.lang, rule, params) });
  }

  /** A problem of a whole file that is not read, such as one the project may not reach: at its first line. */
  addFile(path: string, rule: string, params: Record<string, string | number>): void {
    this.diagnostics.push({ file: path, line: 1, col: 1, severity: 'error', rule, message: message(this.lang, rule, params) });
  }

  /** Words a problem found while reading a file. */
  addProblem(file: SourceFile, p: SourceProblem): void {
    this.diagnostics.push({ file: file.path, line: p.line, col: p.col, severity: p.severity, rule: p.rule, message: message(this.lang, p.rule, p.params) });
  }

  /** Names the thing a data path is in, in the planner's words: "action 'targeted-surveys'". */
  where(file: SourceFile, kind: DocumentKind, path: DataPath): string {
    let node: unknown = file.data;
    let found = kindNames[kind][this.lang];
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
      const listKey = path[i - 1];
      if (typeof seg === 'number' && typeof listKey === 'string') {
        const entity = entityName(listKey, this.lang);
        if (!entity) continue;
        const { id, year } = node && typeof node === 'object' ? (node as { id?: unknown; year?: unknown }) : {};
        if (listKey === 'assessments') found = assessmentName(typeof year === 'number' || typeof year === 'string' ? year : undefined, found === kindNames[kind][this.lang] ? undefined : found, this.lang, seg + 1);
        else if (typeof id === 'string' || typeof id === 'number') found = `${entity} '${id}'`;
        else found = numberedEntity(listKey, seg + 1, this.lang)!;
      }
    }
    return found;
  }
}

/** The line of a place in a file, for messages that point at a second place ("first on line 12"). */
export const lineOf = (file: SourceFile, path: DataPath) => positionOf(file, path).line;
