#!/usr/bin/env node
// PDF printing: every PDF of the example (report and overview; sv, fi and the bilingual sv-fi;
// Lovisa, Lappträsk and joint) printed by one browser, side by side with one browser launched per
// document, plus the launch alone and the tabs at a time.   node bench/pdf.mjs [--quick]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { machine, root, welfare, writeSection } from './lib.mjs';

const quick = process.argv.includes('--quick');
const rounds = quick ? 1 : 3;
const data = join(root, 'bench', 'data', 'pdf');
rmSync(data, { recursive: true, force: true });

// The HTML the build writes, made by the CLI as a user would.
const html = join(data, 'html');
const built = spawnSync(process.execPath, [welfare, 'build', '--format', 'html', '--out', html], { cwd: join(root, 'examples', 'lovisa-lapptrask'), encoding: 'utf8' });
if (built.status !== 0) throw new Error(`welfare build --format html failed:\n${built.stderr}`);

// The print stage as the CLI bundles it, from the current source.
await build({
  entryPoints: ['index', 'launch', 'find-browser', 'system'].map((name) => join(root, 'src', 'print', `${name}.ts`)),
  outdir: join(data, 'lib'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  external: ['puppeteer-core', 'pdf-lib'],
  logLevel: 'warning',
});
const lib = (name) => import(join(data, 'lib', `${name}.js`));
const [{ printDocuments }, { launchBrowser }, { findBrowser }, { currentSystem }] = await Promise.all(['index', 'launch', 'find-browser', 'system'].map(lib));

const jobs = [];
for (const scope of readdirSync(html, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const file of readdirSync(join(html, scope)).filter((f) => f.endsWith('.html')).sort()) {
    const htmlPath = join(html, scope, file);
    const lang = file.split('.')[1].slice(0, 2);
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(htmlPath, 'utf8'))[1];
    jobs.push({
      htmlPath,
      pdfPath: '',
      lang,
      title,
      author: scope,
      subject: title,
      keywords: [scope],
      header: `${title} · ${scope}`,
      footer: lang === 'sv' ? { page: 'Sida', of: 'av' } : { page: 'Sivu', of: '/' },
      creationDate: new Date('2025-05-15T00:00:00Z'),
    });
  }
}
const into = (dir) => jobs.map((job) => ({ ...job, pdfPath: join(data, dir, `${job.htmlPath.split('/').at(-2)}-${job.htmlPath.split('/').at(-1).replace(/\.html$/, '.pdf')}`) }));
const concurrency = Math.min(4, availableParallelism() + 1);

const timed = async (fn) => {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
};
const launchOnce = async () => {
  const system = currentSystem();
  const browser = await launchBrowser(findBrowser({ system }), system.platform);
  await browser.close();
};
const oneBrowser = (dir, n = concurrency) => printDocuments(into(dir), { concurrency: n });
const browserPerDocument = async (dir, n) => {
  const all = into(dir);
  let next = 0;
  const worker = async () => {
    while (next < all.length) await printDocuments([all[next++]]);
  };
  await Promise.all(Array.from({ length: n }, worker));
};

// Side by side: each round runs every way once, so a busy moment of the machine hits all alike.
const times = { launch: [], one: [], perDocSerial: [], perDocParallel: [] };
let pages = 0;
for (let round = 0; round < rounds; round++) {
  times.launch.push((await timed(launchOnce)).ms);
  const one = await timed(() => oneBrowser(`one-${round}`));
  times.one.push(one.ms);
  pages = one.value.reduce((n, r) => n + r.pages, 0);
  times.perDocSerial.push((await timed(() => browserPerDocument(`serial-${round}`, 1))).ms);
  times.perDocParallel.push((await timed(() => browserPerDocument(`parallel-${round}`, concurrency))).ms);
  process.stderr.write(`round ${round + 1}/${rounds}: ${Object.entries(times).map(([k, v]) => `${k} ${Math.round(v.at(-1))} ms`).join(', ')}\n`);
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

// The same input gives the same bytes, whichever way it was printed.
const same = into('one-0').every((job, i) => readFileSync(job.pdfPath).equals(readFileSync(into('serial-0')[i].pdfPath)));

const sweep = [];
for (let n = 1; n <= 4; n++) sweep.push([n, (await timed(() => oneBrowser(`sweep-${n}`, n))).ms]);

const launch = median(times.launch);
const one = median(times.one);
const serial = median(times.perDocSerial);
const parallel = median(times.perDocParallel);
const budget = launch + 1500 * jobs.length;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
writeSection(
  '## PDF printing',
  `
\`node bench/pdf.mjs\` (${rounds} round${rounds > 1 ? 's' : ''}, median; each round runs every way once, side by side). All
${jobs.length} PDFs of \`examples/lovisa-lapptrask\` (report and overview × sv, fi, sv-fi × Lovisa,
Lappträsk, joint; ${pages} pages), printed from the HTML of \`welfare build --format html\`, with
${findBrowser({ system: currentSystem() }).path} on ${machine()}. The machine is shared with
other work, so a single time can move by a third between runs; the ways of a round run back to
back, under the same load.

| way | time | per document |
|---|---:|---:|
| launch and close the browser alone | ${s(launch)} | |
| **one browser, ${concurrency} tabs at a time (welfare)** | **${s(one)}** | ${s(one / jobs.length)} |
| one browser launched per document, one at a time | ${s(serial)} | ${s(serial / jobs.length)} |
| one browser launched per document, ${concurrency} at a time | ${s(parallel)} | ${s(parallel / jobs.length)} |

- Budget, one launch + 1.5 s per document: ${s(budget)}; welfare takes ${Math.round((one / budget) * 100)} % of it.
- One browser is ${(serial / one).toFixed(1)}× faster than a browser per document one at a time, and
  ${(parallel / one).toFixed(1)}× faster than a browser per document ${concurrency} at a time.
- Same bytes from one browser and from a browser per document: ${same ? 'yes' : '**no**'}.
- Tabs at a time (one browser, one run each): ${sweep.map(([n, ms]) => `${n}: ${s(ms)}`).join(', ')}.
- Each round (launch / one browser / per document one at a time / per document ${concurrency} at a time):
${times.one.map((_, i) => `  ${[times.launch, times.one, times.perDocSerial, times.perDocParallel].map((list) => s(list[i])).join(' / ')}`).join(';\n')}.

For the print-grade layout against the welfare before it, see
[PDF printing against an earlier welfare](#pdf-printing-against-an-earlier-welfare).
`,
);
console.log(readFileSync(join(root, 'BENCHMARKS.md'), 'utf8').split('## PDF printing')[1]);
