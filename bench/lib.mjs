// Shared by the benchmark scripts: timing whole processes and writing a section of BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const welfare = join(root, 'bin', 'welfare.js');

/** Runs a command `runs` times and gives the median wall time in ms (and the last result). */
export function time(command, args, { runs = 10, cwd = root, env = {} } = {}) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    last = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (last.error) throw last.error;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], min: times[0], result: last };
}

export const machine = () => `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

/** Replaces (or appends) the section of BENCHMARKS.md that starts with `heading`. */
export function writeSection(heading, body) {
  const file = join(root, 'BENCHMARKS.md');
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured on the project\'s machines; each section says how to measure it again.\n';
  const start = text.indexOf(`\n${heading}\n`);
  const section = `\n${heading}\n\n${body.trim()}\n`;
  if (start < 0) text = text.trimEnd() + '\n' + section;
  else {
    const next = text.indexOf('\n## ', start + heading.length + 1);
    text = text.slice(0, start) + section + (next < 0 ? '' : text.slice(next));
  }
  writeFileSync(file, text);
}
