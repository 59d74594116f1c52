/** The exit codes of every command, documented in README.md. */
export const ExitCode = {
  ok: 0,
  /** The input is invalid: the user's files need fixing. */
  invalid: 1,
  /** Usage, I/O or environment trouble: a wrong flag, an unreadable file, no browser. */
  environment: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A text in each language of messages, English first (src/core/messages.ts chooses). */
export type Said = string | { en: string; sv: string; fi: string };

/**
 * A mistake the user can fix: shown as a message (never a stack trace) and mapped to an exit code.
 * Anything thrown that is not a WelfareError is a bug in welfare. The message and the hint may be
 * given in each language; `message` is the English.
 */
export class WelfareError extends Error {
  constructor(
    readonly said: Said,
    readonly exitCode: ExitCode = ExitCode.invalid,
    readonly options: { file?: string; line?: number; col?: number; hint?: Said; cause?: unknown } = {},
  ) {
    super(typeof said === 'string' ? said : said.en, { cause: options.cause });
    this.name = 'WelfareError';
  }
}

/** A text in one language. */
export const inLanguage = (said: Said, lang: 'en' | 'sv' | 'fi'): string => (typeof said === 'string' ? said : said[lang]);
