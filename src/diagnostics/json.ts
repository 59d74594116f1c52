import type { Diagnostic } from './diagnostic.js';
import type { Summary } from './summary.js';

/** Machine-readable output for editors and scripts. */
export function formatJson(ds: readonly Diagnostic[], summary: Summary): string {
  const { files, errors, warnings } = summary;
  return JSON.stringify({ files, errors, warnings, diagnostics: ds }, null, 2) + '\n';
}
