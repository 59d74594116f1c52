import { ExitCode, WelfareError } from '../core/errors.js';
import { write } from './output.js';

export const debugEnabled = () => process.argv.includes('--debug') || ['1', 'true'].includes(process.env.WELFARE_DEBUG ?? '');

/**
 * Runs a command's action: a user's mistake becomes a message and its exit code; anything else
 * is a bug in welfare, said as such (with the stack under --debug or WELFARE_DEBUG=1).
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      process.exitCode = (await fn(...args)) ?? ExitCode.ok;
    } catch (error) {
      process.exitCode = await reportError(error);
    }
  };
}

export async function reportError(error: unknown): Promise<number> {
  const { text, exitCode } = describeError(error);
  await write(process.stderr, text);
  return exitCode;
}

/** What welfare says about an error, and the exit code it stands for. */
export function describeError(error: unknown): { text: string; exitCode: number } {
  if (error instanceof WelfareError) {
    const { file, line, col, hint } = error.options;
    const where = file && line ? `${file}:${line}:${col ?? 1}: ` : '';
    const message = error.message.startsWith(file ?? '\0') ? error.message : where + error.message;
    return { text: `welfare: ${message}\n${hint ? `  ${hint}\n` : ''}${debugEnabled() && error.options.cause instanceof Error ? `${error.options.cause.stack}\n` : ''}`, exitCode: error.exitCode };
  }
  const detail = debugEnabled() ? (error instanceof Error ? error.stack : String(error)) : (error instanceof Error ? error.message : String(error));
  return { text: `welfare: internal error: ${detail}\n  This is a bug in welfare. Run again with --debug and report the output.\n`, exitCode: 3 };
}
