import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { layoutOf, requireConfig } from '../core/project.js';
import { readSource } from '../core/source.js';
import { write } from './output.js';
import { action } from './run.js';
import { saidIn } from './language.js';
import { words } from './words.js';

export function registerTemplates(program: Command): void {
  const templates = program.command('templates').description('work with the templates the documents are built from');
  templates
    .command('eject')
    .description("copy the default theme (documents, layouts, partials, styles) into the project's templates folder to change it there")
    .argument('[dir]', "the folder to copy into (default: the project's templates folder, paths.templates in welfare.config.yaml)")
    .option('--force', 'overwrite files that are there already')
    .action(
      action(async (dir: string | undefined, flags: { force?: boolean }) => {
        const to = dir === undefined ? await projectTemplates() : resolve(dir);
        const { ejectTemplates } = await import('../render/eject.js');
        const written = await ejectTemplates(to, { force: flags.force });
        await write(process.stdout, `${words.ejected[saidIn()]({ count: written.length, folder: relative(process.cwd(), to) || '.' })}\n`);
      }),
    );
}

/** The project's templates folder; the config need not be valid yet to know where it is. */
async function projectTemplates(): Promise<string> {
  const configPath = await requireConfig(process.cwd());
  return layoutOf(configPath, (await readSource(configPath)).data).templates;
}
