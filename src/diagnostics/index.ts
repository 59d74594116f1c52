import type { Diagnostic } from './diagnostic.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import type { Summary } from './summary.js';
import { formatText } from './text.js';

export const outputFormats = ['text', 'json', 'github'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export function formatDiagnostics(format: OutputFormat, ds: readonly Diagnostic[], summary: Summary, color: boolean): string {
  if (format === 'json') return formatJson(ds, summary);
  if (format === 'github') return formatGithub(ds, summary);
  return formatText(ds, summary, color);
}
export { summarize, type Summary } from './summary.js';
export type { Diagnostic, Severity } from './diagnostic.js';
