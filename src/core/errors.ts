/** The exit codes of every command, documented in README.md. */
export const ExitCode = {
  ok: 0,
  /** The input is invalid: the user's files need fixing. */
  invalid: 1,
  /** Usage, I/O or environment trouble: a wrong flag, an unreadable file, no browser. */
  environment: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A mistake the user can fix: shown as a message (never a stack trace) and mapped to an exit code.
 * Anything thrown that is not a WelfareError is a bug in welfare.
 */
export class WelfareError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.invalid,
    readonly options: { file?: string; line?: number; col?: number; hint?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'WelfareError';
  }
}
