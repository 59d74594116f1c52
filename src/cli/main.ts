import { Command, CommanderError } from 'commander';
import { ExitCode, WelfareError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import { registerBuild } from './build.js';
import { registerExport } from './export.js';
import { registerImport } from './import.js';
import { registerIndicators } from './indicators.js';
import { registerInit } from './init.js';
import { registerMerge } from './merge.js';
import { setThreadEntry } from '../render/thread-entry.js';
import { reportError } from './run.js';
import { registerServe } from './serve.js';
import { registerTemplates } from './templates.js';
import { registerValidate } from './validate.js';

function changeDirectory(dir: string): void {
  try {
    process.chdir(dir);
  } catch {
    throw new WelfareError({ en: `-C ${dir}: no such folder`, sv: `-C ${dir}: ingen sådan mapp`, fi: `-C ${dir}: kansiota ei ole` }, ExitCode.environment);
  }
}

declare const WELFARE_VERSION: string;

/**
 * The `welfare` program. Each command lives in its own file under src/cli/ and imports the heavy
 * stages (render, print, import) only when it runs, so `validate` starts fast.
 */
export async function main(argv: string[], entry?: string): Promise<void> {
  // The script this program was started from, for a second thread to start from too (render-threads.ts).
  if (entry) setThreadEntry(entry);
  const program = new Command('welfare')
    .description('Validate, merge, import and build the bilingual welfare reports of Finnish municipalities')
    .version(typeof WELFARE_VERSION === 'string' ? WELFARE_VERSION : 'dev')
    .option('-C, --cwd <dir>', 'run as if welfare was started in <dir> (like git -C)')
    .option('--debug', 'show stack traces of internal errors (or set WELFARE_DEBUG=1)')
    .showHelpAfterError()
    .exitOverride()
    // Commander repeats the arguments it refuses: shown as text, like every line welfare prints.
    .configureOutput({ writeOut: (text) => process.stdout.write(visible(text)), writeErr: (text) => process.stderr.write(visible(text)) });
  program.hook('preAction', (thisCommand) => {
    const dir = thisCommand.opts<{ cwd?: string }>().cwd;
    if (dir) changeDirectory(dir);
  });
  // In the order of a planner's work: check, build and look, combine, bring in and hand out, set up.
  for (const register of [registerValidate, registerBuild, registerServe, registerMerge, registerImport, registerExport, registerIndicators, registerTemplates, registerInit]) register(program);
  // A reader that stops early (`welfare validate | head`) is not an error of ours, but the command
  // runs on to its end: its exit code must not depend on whether anyone still reads (pipefail).
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander refuses is a usage error.
      process.exitCode = error.exitCode === 0 ? ExitCode.ok : ExitCode.environment;
      return;
    }
    process.exitCode = await reportError(error);
  }
}

/** A second thread of `welfare build`, started from the same script (src/render/render-threads.ts). */
export const renderThread = (): Promise<void> => import('../render/render-thread.js').then((thread) => thread.renderThread());
