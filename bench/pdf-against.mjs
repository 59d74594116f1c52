#!/usr/bin/env node
// The whole `welfare build` of the example (HTML and every PDF) by this tree and by an earlier
// commit, side by side: each round runs both, the first alternating, under the same load.
//   node bench/pdf-against.mjs [<commit>] [--rounds N]
// The earlier commit is checked out in bench/data/against-<commit> (a git worktree with its own
// npm ci), so each side prints with its own templates, layout and print stage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { machine, root, writeSection } from './lib.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const commit = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'f1ddec4';
const rounds = Number(arg('--rounds', 3));
const data = join(root, 'bench', 'data');
mkdirSync(data, { recursive: true });

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} in ${cwd}: exit ${result.status}\n${result.stderr}`);
  return result.stdout.trim();
};
const earlier = join(data, `against-${commit}`);
if (!existsSync(join(earlier, 'dist', 'cli.cjs'))) {
  rmSync(earlier, { recursive: true, force: true });
  run('git', ['worktree', 'prune'], root);
  run('git', ['worktree', 'add', '--detach', earlier, commit], root);
  run('npm', ['ci', '--no-audit', '--no-fund'], earlier);
  run('npm', ['run', 'build'], earlier);
}
const described = run('git', ['log', '-1', '--format=%h %s', commit], root);
const current = run('git', ['log', '-1', '--format=%h', 'HEAD'], root) + (run('git', ['status', '--porcelain', '--untracked-files=no'], root) ? ' with changes' : '');

const timeFile = join(data, 'pdf-against-time.txt');
/** One whole build under GNU time: wall and processor time, the browser's processes included. */
function build(tree, out) {
  rmSync(out, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, join(tree, 'bin', 'welfare.js'), 'build', '--out', out], {
    cwd: join(tree, 'examples', 'lovisa-lapptrask'),
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`welfare build in ${tree}: exit ${result.status}\n${result.stderr.slice(-1000)}`);
  const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  return { wall, cpu: (user + sys) * 1000 };
}
const pdfsIn = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.pdf')).map((f) => join(dir, String(f)));
async function pagesIn(dir) {
  let pages = 0;
  for (const file of pdfsIn(dir)) pages += (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getPageCount();
  return pages;
}

const sides = { earlier: { tree: earlier, runs: [] }, current: { tree: root, runs: [] } };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? ['earlier', 'current'] : ['current', 'earlier'];
  for (const side of order) sides[side].runs.push(build(sides[side].tree, join(data, `pdf-against-${side}`)));
  process.stderr.write(`round ${round + 1}/${rounds}: ${order.map((s) => `${s} ${Math.round(sides[s].runs.at(-1).wall)} ms`).join(', ')}\n`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = {};
for (const [side, { runs }] of Object.entries(sides)) {
  const out = join(data, `pdf-against-${side}`);
  summary[side] = { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), pdfs: pdfsIn(out).length, pages: await pagesIn(out), runs };
}
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a, b) => `${((a / b - 1) * 100).toFixed(0).replace(/^(?!-)/, '+')} %`;
const { earlier: e, current: c } = summary;
writeSection(
  '## PDF printing against an earlier welfare',
  `
\`node bench/pdf-against.mjs ${commit} --rounds ${rounds}\`: the whole \`welfare build\` of \`examples/lovisa-lapptrask\`
(HTML and all ${c.pdfs} PDFs), by this tree (${current}) and by ${described}, each with its own templates and
print stage, side by side: each round runs both, the first alternating; medians of ${rounds} rounds, on ${machine()}
(load average ${loadavg()[0].toFixed(1)} when it ended). Processor time includes the browser's processes.

| welfare | PDFs | pages | wall | processor |
|---|---:|---:|---:|---:|
| ${described.split(' ')[0]} (earlier) | ${e.pdfs} | ${e.pages} | ${s(e.wall)} | ${s(e.cpu)} |
| ${current} (this tree) | ${c.pdfs} | ${c.pages} | ${s(c.wall)} | ${s(c.cpu)} |
| change | | ${ratio(c.pages, e.pages)} | **${ratio(c.wall, e.wall)}** | **${ratio(c.cpu, e.cpu)}** |

Each round (earlier / this tree, wall): ${e.runs.map((r, i) => `${s(r.wall)} / ${s(c.runs[i].wall)}`).join('; ')}.
`,
);
console.log(readFileSync(join(root, 'BENCHMARKS.md'), 'utf8').split('## PDF printing against an earlier welfare')[1].split('\n## ')[0]);
