import { isAbsolute, relative } from 'node:path';
import type { Command } from 'commander';
import { write } from './output.js';
import { action } from './run.js';
import { saidIn } from './language.js';
import { words } from './words.js';

interface InitFlags {
  municipality?: string[];
  force?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create a welfare project: config, one action matrix per municipality, registries, report text, pre-commit hook and GitHub Actions workflow')
    .argument('[dir]', 'the folder of the new project', '.')
    .option('--municipality <id:code:sv:fi>', "a municipality, e.g. 'lapptrask:407:Lappträsk kommun:Lapinjärven kunta' (repeatable; default: Lovisa)", collect)
    .option('--force', 'add the missing files to a folder that is not empty (existing files are never overwritten)')
    .action(
      action(async (dir: string, flags: InitFlags) => {
        const { initProject } = await import('../init/init.js');
        const result = await initProject(dir, { municipalities: flags.municipality ?? [], force: flags.force });
        const rel = relative(process.cwd(), result.root);
        const where = rel.startsWith('..') || isAbsolute(rel) ? result.root : rel || '.';
        const lang = saidIn();
        const lines = [words.created[lang](where), ...result.written.map((f) => `  ${f}`)];
        if (result.skipped.length) lines.push(words.leftAsTheyWere[lang](), ...result.skipped.map((f) => `  ${f}`));
        lines.push(
          words.next[lang](),
          ...(where === '.' ? [] : [`  cd ${where}`]),
          `  npm install                  # ${words.installsWelfare[lang]()}`,
          '  npx --no-install welfare validate',
          `  npx --no-install welfare indicators pull  # ${words.fetchesIndicators[lang]()}`,
          '  npx --no-install welfare build',
        );
        await write(process.stdout, lines.map((l) => `${l}\n`).join(''));
      }),
    );
}
