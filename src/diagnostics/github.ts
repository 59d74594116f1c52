import { visible } from '../core/visible.js';
import type { Diagnostic } from './diagnostic.js';
import type { Summary } from './summary.js';

// GitHub Actions workflow commands: data and properties have their own escapes, applied to text
// whose control and bidi characters are already shown as escapes (a log is a terminal too).
const data = (s: string) => visible(s).replace(/%/g, '%25').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Annotations that GitHub shows on the lines of a pull request. */
export function formatGithub(ds: readonly Diagnostic[], summary: Summary): string {
  const lines = ds.map((d) => `::${d.severity} file=${property(d.file)},line=${d.line},col=${d.col},title=${property(`welfare ${d.rule}`)}::${data(d.message)}`);
  lines.push(summary.line);
  return lines.join('\n') + '\n';
}
