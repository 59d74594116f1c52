import type { Findings } from '../findings.js';
import type { DocumentKind } from '../kinds.js';
import type { DataPath, SourceFile } from '../source.js';

/** A file being checked, with what kind it is. */
export interface CheckedFile {
  file: SourceFile;
  kind: DocumentKind;
}

/** What the checks beyond JSON Schema know about the project the files belong to. */
export interface CheckContext {
  files: CheckedFile[];
  findings: Findings;
  /** Known ids, or undefined when the registry is not available (then references are not checked). */
  actorIds?: Set<string>;
  actorsFile?: string;
  indicatorIds?: Set<string>;
  indicatorsFile?: string;
  municipalityIds?: string[];
  period?: { start: number; end: number };
  languages: ('sv' | 'fi')[];
}

export type Check = (ctx: CheckContext) => void;

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Visits every item of a list field, with its path, skipping what is not an object. */
export function eachItem(parent: unknown, key: string, path: DataPath, visit: (item: Obj, path: DataPath) => void): void {
  if (!isObj(parent)) return;
  list(parent[key]).forEach((item, i) => isObj(item) && visit(item, [...path, key, i]));
}

/** Visits the focus areas, goals and actions of a matrix. */
export function eachMatrixItem(data: unknown, visit: { focusArea?: (o: Obj, p: DataPath) => void; goal?: (o: Obj, p: DataPath) => void; action?: (o: Obj, p: DataPath, matrix: Obj) => void }): void {
  if (!isObj(data)) return;
  eachItem(data, 'focusAreas', [], (fa, faPath) => {
    visit.focusArea?.(fa, faPath);
    eachItem(fa, 'goals', faPath, (goal, goalPath) => {
      visit.goal?.(goal, goalPath);
      eachItem(goal, 'actions', goalPath, (action, actionPath) => visit.action?.(action, actionPath, data));
    });
  });
}
