import { isAbsolute, relative } from 'node:path';
import type { Command } from 'commander';
import { write } from './output.js';
import { action } from './run.js';

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
        const lines = [`created a welfare project in ${where}:`, ...result.written.map((f) => `  ${f}`)];
        if (result.skipped.length) lines.push('left as they were (already there):', ...result.skipped.map((f) => `  ${f}`));
        lines.push(
          'next:',
          ...(where === '.' ? [] : [`  cd ${where}`]),
          '  npm install                  # installs welfare for this project; commit package-lock.json',
          '  npx --no-install welfare validate',
          '  npx --no-install welfare indicators pull  # fetches the Sotkanet indicators',
          '  npx --no-install welfare build',
        );
        await write(process.stdout, lines.map((l) => `${l}\n`).join(''));
      }),
    );
}
