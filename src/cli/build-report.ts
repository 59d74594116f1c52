import { relative } from 'node:path';
import { ExitCode, inLanguage } from '../core/errors.js';
import type { MessageLanguage } from '../core/messages.js';
import { formatDiagnostics, summarize, type Summary } from '../diagnostics/index.js';
import { severity } from '../diagnostics/text.js';
import type { BuildResult } from '../render/build.js';
import { useColor, write } from './output.js';
import { words } from './words.js';

/** A path as the planner sees it: relative to the folder welfare was started in. */
export const shown = (path: string) => relative(process.cwd(), path) || '.';

export const summaryOf = (result: BuildResult, lang: MessageLanguage): Summary => summarize(result.diagnostics, result.checkedFiles, lang);

/**
 * Says on standard error what a build found, as `welfare validate` does, then the texts shown in
 * the other language and the notes; gives the exit code: invalid when nothing was built.
 */
export async function reportBuild(result: BuildResult, lang: MessageLanguage): Promise<ExitCode> {
  if (result.diagnostics.length) await write(process.stderr, formatDiagnostics('text', result.diagnostics, summaryOf(result, lang), useColor(process.stderr)));
  if (result.documents.length === 0 && result.diagnostics.some((d) => d.severity === 'error')) return ExitCode.invalid;
  for (const doc of result.documents) {
    for (const { lang: missing, count } of doc.fallbacks) {
      await write(process.stderr, `${severity.warning[lang]}: ${words.fallbacks[lang]({ file: shown(doc.htmlPath), count, missing: missing === 'sv' ? 'sv' : 'fi' })}\n`);
    }
  }
  for (const note of result.notes) await write(process.stderr, `${words.note[lang]()}: ${inLanguage(note, lang)}\n`);
  return ExitCode.ok;
}
