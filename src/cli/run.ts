import { ExitCode, inLanguage, WelfareError } from '../core/errors.js';
import type { MessageLanguage } from '../core/messages.js';
import { saidIn } from './language.js';
import { words } from './words.js';
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
  const { text, exitCode } = describeError(error, saidIn());
  await write(process.stderr, text);
  return exitCode;
}

/** What welfare says about an error, and the exit code it stands for. */
export function describeError(error: unknown, lang: MessageLanguage = saidIn()): { text: string; exitCode: number } {
  if (error instanceof WelfareError) {
    const { file, line, col } = error.options;
    const said = inLanguage(error.said, lang);
    const hint = error.options.hint && inLanguage(error.options.hint, lang);
    const where = file && line ? `${file}:${line}:${col ?? 1}: ` : '';
    const message = said.startsWith(file ?? '\0') ? said : where + said;
    return { text: `welfare: ${message}\n${hint ? `  ${hint}\n` : ''}${debugEnabled() && error.options.cause instanceof Error ? `${error.options.cause.stack}\n` : ''}`, exitCode: error.exitCode };
  }
  const detail = debugEnabled() ? (error instanceof Error ? error.stack : String(error)) : (error instanceof Error ? error.message : String(error));
  return { text: words.internalError[lang](detail ?? ''), exitCode: 3 };
}
