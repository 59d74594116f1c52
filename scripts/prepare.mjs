// npm runs this (`prepare`) when it packs welfare and when it installs welfare from git: it builds.
// The build needs welfare's dependencies, dev ones included, and npm installs them first, except
// in one case: `npm install -g git+…` (how pre-commit installs the hook) prepares the clone
// without any node_modules. Then they are installed here first, as package-lock.json has them
// (scripts off: this script would otherwise run again).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => {
  // Standard output stays clean: pre-commit reads the tarball's name from `npm pack`'s.
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

try {
  createRequire(join(root, 'package.json')).resolve('esbuild');
} catch {
  const npm = process.env.npm_execpath;
  // An install of welfare itself, whatever the npm that runs it was told (-g, a prefix).
  const args = ['ci', '--global=false', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
  if (npm) run(process.execPath, [npm, ...args]);
  else run('npm', args);
}
run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
