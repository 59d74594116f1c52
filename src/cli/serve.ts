import { InvalidArgumentError, type Command } from 'commander';
import { messageLanguageOf, requireConfig, SourceCache } from '../core/project.js';
import { addBuildFlags, buildOptionsOf, type BuildFlags } from './build-flags.js';
import { sayIn } from './language.js';
import { write } from './output.js';
import { action } from './run.js';
import { words } from './words.js';

interface ServeFlags extends BuildFlags {
  port?: number;
  host: string;
  open?: boolean;
}

/** 434 is Lovisa's municipality code; the port is free on most machines. */
const defaultPort = 8434;

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`'${value}' is not a port; use a number from 1 to 65535, or 0 for any free one`);
  return n;
}

export function registerServe(program: Command): void {
  addBuildFlags(
    program
      .command('serve')
      .description('build the documents as HTML and show them in a web browser on this computer, built again and reloaded whenever a file of the project changes'),
    ['html'],
  )
    .option('--port <port>', `the port (default: ${defaultPort}, or the next free one)`, port)
    .option('--host <address>', 'the address to serve on; one other than 127.0.0.1 lets other computers read the documents', '127.0.0.1')
    .option('--open', 'open the documents in the web browser')
    .action(
      action(async (flags: ServeFlags) => {
        const configPath = await requireConfig(process.cwd());
        // Every rebuild reads the files anew; this cache serves only the choice of language.
        const lang = sayIn(await messageLanguageOf(undefined, new SourceCache(), configPath));
        const options = buildOptionsOf(flags, lang);
        const [{ PreviewServer }, { layoutAt, watchBuilds }, { openInBrowser }] = await Promise.all([import('../serve/server.js'), import('./watch.js'), import('./open-browser.js')]);
        const root = options.out ?? (await layoutAt(configPath)).out;
        const server = await PreviewServer.start(root, { host: flags.host, port: flags.port ?? defaultPort, orNext: flags.port === undefined ? 10 : 0, lang });
        try {
          await write(process.stdout, `${words.serving[lang](server.url)}\n`);
          let opened = !flags.open;
          return await watchBuilds(configPath, options, (problems, out) => {
            server.root = out;
            server.built(problems);
            if (opened) return;
            // After the first build, so the page opens on the documents rather than on a wait.
            opened = true;
            void openInBrowser(server.url).then(async (ok) => {
              if (!ok) await write(process.stderr, `${words.note[lang]()}: ${words.noBrowser[lang](server.url)}\n`);
            });
          });
        } finally {
          await server.close();
        }
      }),
    );
}
