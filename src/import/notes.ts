import { inLanguage, type Said } from '../core/errors.js';

const english = (said: Said) => inLanguage(said, 'en');

/**
 * What the importer guessed, noticed or could not do, tied to the rows of the source table. An
 * `info` is a guess the planner should be able to check, a `warning` something to look at, an
 * `error` something that keeps the import from giving a valid matrix.
 */
export interface ImportNote {
  severity: 'info' | 'warning' | 'error';
  /** The source row (line of a text file, row of a worksheet), or the first of a range. */
  line?: number;
  lastLine?: number;
  /** In each language of messages, or in English only where no translation is given. */
  message: Said;
  /** Other rows the same note applies to. */
  also?: number[];
}

export class ImportNotes {
  readonly list: ImportNote[] = [];
  private readonly said = new Map<string, ImportNote>();
  /** The rows of `also`, to look up without a scan. */
  private readonly alsoSaid = new Map<ImportNote, Set<number>>();
  info(line: number | undefined, message: Said, lastLine?: number): void {
    this.add('info', line, message, lastLine);
  }
  warning(line: number | undefined, message: Said, lastLine?: number): void {
    this.add('warning', line, message, lastLine);
  }
  error(line: number | undefined, message: Said, lastLine?: number): void {
    this.add('error', line, message, lastLine);
  }
  /** A note said once however many rows it applies to: later rows are listed with the first. */
  once(severity: ImportNote['severity'], line: number, message: Said): void {
    const key = `${severity} ${english(message)}`;
    const said = this.said.get(key);
    if (!said) {
      this.add(severity, line, message);
      this.said.set(key, this.list[this.list.length - 1]!);
    } else if (said.line !== line && !this.alsoSaid.get(said)?.has(line)) {
      (said.also ??= []).push(line);
      this.alsoSaid.set(said, (this.alsoSaid.get(said) ?? new Set()).add(line));
    }
  }
  get errors(): number {
    return this.list.filter((n) => n.severity === 'error').length;
  }
  private add(severity: ImportNote['severity'], line: number | undefined, message: Said, lastLine?: number) {
    // The same note on consecutive rows is one note for the range: "lines 54–63: three cells, …".
    const previous = this.list[this.list.length - 1];
    if (previous && previous.severity === severity && english(previous.message) === english(message) && line !== undefined && line === (previous.lastLine ?? previous.line ?? NaN) + 1) {
      previous.lastLine = lastLine ?? line;
      return;
    }
    this.list.push({ severity, ...(line !== undefined && { line }), ...(lastLine !== undefined && lastLine !== line && { lastLine }), message });
  }
}

/** A text shortened for a message: the first words, then an ellipsis. */
export function quote(text: string, max = 50): string {
  if (text.length <= max) return `"${text}"`;
  const cut = text.slice(0, max);
  return `"${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:]+$/, '')}…"`;
}
