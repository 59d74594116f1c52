import type { Diagnostic } from './diagnostic.js';
import type { Summary } from './summary.js';

// GitHub Actions workflow commands: data and properties have their own escapes.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Annotations that GitHub shows on the lines of a pull request. */
export function formatGithub(ds: readonly Diagnostic[], summary: Summary): string {
  const lines = ds.map((d) => `::${d.severity} file=${property(d.file)},line=${d.line},col=${d.col},title=${property(`welfare ${d.rule}`)}::${data(d.message)}`);
  lines.push(summary.line);
  return lines.join('\n') + '\n';
}
