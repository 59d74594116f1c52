export type Severity = 'error' | 'warning';

/** One problem found in the user's files, positioned in the YAML source (1-based line and column). */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  /** The message in the language asked for. */
  message: string;
  /** A stable rule name, e.g. `unknown-actor`, documented in README.md. */
  rule: string;
}

export const errorCount = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === 'error').length;

/** Orders diagnostics by file, then position, so output is stable. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule)));
}
