import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { visible } from '../core/visible.js';
import type { Diagnostic } from './diagnostic.js';
import type { Summary } from './summary.js';

// GitHub Actions workflow commands: data and properties have their own escapes, applied to text
// whose control and bidi characters are already shown as escapes (a log is a terminal too).
const data = (s: string) => visible(s).replace(/%/g, '%25').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Annotations that GitHub shows on the lines of a pull request. */
export function formatGithub(ds: readonly Diagnostic[], summary: Summary, where: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const lines = ds.map((d) => `::${d.severity} file=${property(repositoryPath(d.file, where.cwd, where.env))},line=${d.line},col=${d.col},title=${property(`welfare ${d.rule}`)}::${data(d.message)}`);
  lines.push(summary.line);
  return lines.join('\n') + '\n';
}

/**
 * GitHub finds an annotation's file by its path in the repository, so a file is named from the
 * repository's top folder (the git work tree's, else $GITHUB_WORKSPACE), not from the working
 * folder, which `-C report` or a project in a subfolder moves. A file outside both keeps its name.
 */
export function repositoryPath(file: string, cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const top = gitTop(cwd) ?? env.GITHUB_WORKSPACE;
  if (!top) return file;
  const rel = relative(top, resolve(cwd, file));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

function gitTop(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    // `.git` is a folder in a clone, a file in a worktree or submodule.
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
