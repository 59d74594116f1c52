#!/usr/bin/env node
// welfare validate and build beside ajv-cli 5 in ONE call on the same matrices, side by side in
// one run: each round runs every command once, back to back under the same load; medians of the
// rounds. Wall time, processor time (user + system) and peak memory from GNU time.
//   node bench/speed.mjs [--rounds N] [--no-100k]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { machine, root, welfare, writeSection } from './lib.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const rounds = Number(arg('--rounds', 5));
const with100k = !process.argv.includes('--no-100k');
const data = join(root, 'bench', 'data');
const cacheDir = join(data, 'speed-cache');
const example = join(root, 'examples', 'lovisa-lapptrask');
const schemas = join(root, 'schemas');
mkdirSync(data, { recursive: true });

// ajv-cli lives beside the benchmark, not among welfare's dependencies: its own old dependencies carry advisories.
const tools = join(data, 'tools');
if (!existsSync(join(tools, 'node_modules', '.bin', 'ajv'))) {
  spawnSync('npm', ['install', '--prefix', tools, '--no-save', '--no-audit', '--no-fund', 'ajv-cli@5', 'ajv-formats@3'], { stdio: 'inherit' });
}
const ajvBin = join(tools, 'node_modules', '.bin', 'ajv');
const others = ['common', 'config', 'actors', 'indicators', 'content'].map((k) => join(schemas, `${k}.schema.json`));
const ajvArgs = (matrices) => ['validate', '--spec=draft2020', '-c', join(tools, 'node_modules', 'ajv-formats'), '-s', join(schemas, 'matrix.schema.json'), ...others.flatMap((s) => ['-r', s]), ...matrices.flatMap((m) => ['-d', m])];

// The fast reader alone, bundled from the source, for the parse share.
const parseBundle = join(data, 'fast-yaml.cjs');
await esbuild({ entryPoints: [join(root, 'src', 'core', 'fast-yaml.ts')], outfile: parseBundle, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' });
const parseScript = join(data, 'parse-fast.cjs');
writeFileSync(parseScript, `const { readFileSync } = require('node:fs');\nconst { fastParse } = require(${JSON.stringify(parseBundle)});\nfor (const f of process.argv.slice(2)) if (!fastParse(readFileSync(f, 'utf8'))) throw new Error(f + ': not read the fast way');\n`);

function project(n) {
  const dir = join(data, `speed-project-${n}`);
  if (!existsSync(join(dir, 'welfare.config.yaml'))) spawnSync(process.execPath, [join(root, 'bench', 'generate-project.mjs'), dir, String(n), '--municipalities', '2'], { stdio: 'inherit' });
  return dir;
}
const matricesOf = (dir) => readdirSync(join(dir, 'matrices')).sort().map((f) => join(dir, 'matrices', f));
const yamlFilesOf = (dir) => [join(dir, 'welfare.config.yaml'), ...matricesOf(dir), ...['actors', 'indicators', 'content'].map((k) => join(dir, `${k}.yaml`))];

/** A copy of a project with one error half-way down its largest matrix. */
function withOneError(dir) {
  const copy = `${dir}-one-error`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(dir, copy, { recursive: true, filter: (p) => !/[\\/]dist$/.test(p) });
  const matrix = matricesOf(copy).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const text = readFileSync(matrix, 'utf8');
  const at = text.indexOf('status: ', text.length >> 1);
  writeFileSync(matrix, text.slice(0, at) + 'status: finished' + text.slice(text.indexOf('\n', at)));
  return copy;
}

const timeFile = join(data, 'speed-time.txt');
/** One run under GNU time: wall ms, processor ms, peak RSS in MB, and the result. */
function once(command, args, { cwd = root, env = {}, expect = [0] } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, command, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', WELFARE_CACHE_DIR: cacheDir, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (!expect.includes(result.status)) throw new Error(`${command} ${args.join(' ')} in ${cwd}: exit ${result.status}\n${result.stdout.slice(-500)}${result.stderr.slice(-500)}`);
  const [user, sys, rss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  return { wall, cpu: (user + sys) * 1000, rss: rss / 1024, result };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the named commands `n` rounds, each round every command once in turn; medians per command. */
function sideBySide(commands, n) {
  const runs = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let r = 0; r < n; r++) for (const [name, run] of Object.entries(commands)) runs[name].push(run());
  return Object.fromEntries(Object.entries(runs).map(([k, rs]) => [k, { wall: median(rs.map((x) => x.wall)), cpu: median(rs.map((x) => x.cpu)), rss: Math.max(...rs.map((x) => x.rss)), last: rs.at(-1).result }]));
}

const node = process.execPath;
const validate = (cwd, extra = [], expect = [0]) => () => once(node, [welfare, 'validate', ...extra], { cwd, expect, env: { WELFARE_MAX_FILE_MB: '1000' } });
const build = (cwd, extra = []) => () => {
  const out = join(data, 'speed-out');
  rmSync(out, { recursive: true, force: true });
  return once(node, [welfare, 'build', '--format', 'html', '--out', out, ...extra], { cwd, env: { WELFARE_MAX_FILE_MB: '1000' } });
};
const ajv = (cwd, matrices) => () => once(ajvBin, ajvArgs(matrices), { cwd });
const parse = (files) => () => once(node, [parseScript, ...files]);

// Prime the cache for the warm runs.
rmSync(cacheDir, { recursive: true, force: true });
const p10k = project(10000);
const p10kError = withOneError(p10k);
once(node, [welfare, 'validate'], { cwd: example });
once(node, [welfare, 'validate'], { cwd: p10k });

console.log('example…');
const ex = sideBySide({
  bare: () => once(node, ['-e', '0']),
  cold: validate(example, ['--no-cache']),
  warm: validate(example),
  ajv: ajv(example, matricesOf(example)),
  parse: parse(yamlFilesOf(example)),
}, rounds * 3);
console.log('10,000 actions…');
const k10 = sideBySide({
  ajv: ajv(p10k, matricesOf(p10k)),
  cold: validate(p10k, ['--no-cache']),
  warm: validate(p10k),
  error: validate(p10kError, ['--no-cache', '--format', 'json'], [1]),
  parse: parse(yamlFilesOf(p10k)),
  bare: () => once(node, ['-e', '0']),
  build: build(p10k, ['--no-cache']),
}, rounds);
const errorOut = JSON.parse(k10.error.last.stdout).diagnostics[0];

let k100;
if (with100k) {
  console.log('100,000 actions…');
  const p100k = project(100000);
  k100 = sideBySide({ cold: validate(p100k, ['--no-cache']), build: build(p100k, ['--no-cache']), parse: parse(yamlFilesOf(p100k)) }, 1);
}

const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const r = (a, b) => (a / b).toFixed(2);
const mb = (dir) => (matricesOf(dir).reduce((n, f) => n + statSync(f).size, 0) / 1048576).toFixed(1);
const row = (what, m, extra = '') => `| ${what} | ${ms(m.wall)} | ${ms(m.cpu)} | ${Math.round(m.rss)} MB | ${extra} |`;
const share = (parseMs, wholeMs, bareMs) => `${Math.round((100 * (parseMs - bareMs)) / wholeMs)} %`;

writeSection('## Speed: welfare beside ajv-cli, one call', `
Measured by \`node bench/speed.mjs\` on ${machine()}, shared with other work (load average ${loadavg()[0].toFixed(1)} when it ended).
Side by side in one run: each round runs every command once, back to back; medians of ${rounds} rounds (the example: ${rounds * 3}).
ajv-cli 5 is given all matrices in ONE call: \`ajv validate --spec=draft2020 -c ajv-formats -s schemas/matrix.schema.json -r <the other schemas> -d <each matrix>\`;
it checks the matrices against their schema only, while welfare also reads the config and registries and runs its cross-file checks.
Processor time (user + system) is the fairer measure on a loaded machine: the wall time also holds the waiting for a processor.
"Cold" is \`--no-cache\`; "warm" is a second run on unchanged files with the parse cache (README: Parse cache).

**The example** (6 files, matrices ${(matricesOf(example).reduce((n, f) => n + statSync(f).size, 0) / 1024).toFixed(0)} KB):

| what | wall | processor | peak memory | ratio |
|---|---:|---:|---:|---|
${row('`node -e 0`', ex.bare)}
${row('`welfare validate --no-cache` (cold)', ex.cold, `**${r(ex.cold.wall, ex.bare.wall)}×** \`node -e 0\` (goal ≤ 2×)`)}
${row('`welfare validate`, cache warm', ex.warm, `**${r(ex.warm.wall, ex.bare.wall)}×** \`node -e 0\` (goal ≤ 1.3×)`)}
${row('ajv-cli, one call on the two matrices', ex.ajv, `welfare cold is ${r(ex.ajv.wall, ex.cold.wall)}× faster`)}
${row('reading the 6 files the fast way alone (a process that loads js-yaml and parses)', ex.parse, '')}

**10,000 actions** (\`bench/generate-project.mjs <dir> 10000 --municipalities 2\`, matrices ${mb(p10k)} MB):

| what | wall | processor | peak memory | ratio |
|---|---:|---:|---:|---|
${row('ajv-cli, one call on the two matrices', k10.ajv)}
${row('`welfare validate --no-cache` (cold)', k10.cold, `ajv-cli ÷ welfare: **${r(k10.ajv.wall, k10.cold.wall)}×** wall, ${r(k10.ajv.cpu, k10.cold.cpu)}× processor (goal ≥ 1.5×)`)}
${row('`welfare validate`, cache warm', k10.warm, `ajv-cli ÷ welfare: **${r(k10.ajv.wall, k10.warm.wall)}×** wall, ${r(k10.ajv.cpu, k10.warm.cpu)}× processor`)}
${row(`one error in the large matrix, \`--no-cache --format json\` (message at ${errorOut.line}:${errorOut.col})`, k10.error, `**${r(k10.error.wall, k10.cold.wall)}×** a clean cold run, ${r(k10.error.cpu, k10.cold.cpu)}× processor (goal ≤ 1.5×)`)}
${row('`welfare build --format html --no-cache`', k10.build, `**${r(k10.build.wall, k10.ajv.wall)}×** ajv-cli's validate, ${r(k10.build.cpu, k10.ajv.cpu)}× processor (goal ≤ 4×)`)}

Shares of the processor time at 10,000 actions: parse (the fast reader alone, less a bare start) ${share(k10.parse.cpu, k10.cold.cpu, k10.bare.cpu)} of validate;
check (start, schemas, cross-file checks: validate less parse) ${Math.round((100 * (k10.cold.cpu - (k10.parse.cpu - k10.bare.cpu))) / k10.cold.cpu)} %;
of a build, validation is ${Math.round((100 * k10.cold.cpu) / k10.build.cpu)} % and merge + render + write the other ${Math.round((100 * (k10.build.cpu - k10.cold.cpu)) / k10.build.cpu)} %.
${k100 ? `
**100,000 actions** (matrices ${mb(join(data, 'speed-project-100000'))} MB; one run each, cold):

| what | wall | processor | peak memory | growth from 10,000 (goal ≤ 11×) |
|---|---:|---:|---:|---|
${row('`welfare validate --no-cache`', k100.cold, `${r(k100.cold.wall, k10.cold.wall)}× wall, ${r(k100.cold.cpu, k10.cold.cpu)}× processor`)}
${row('`welfare build --format html --no-cache`', k100.build, `${r(k100.build.wall, k10.build.wall)}× wall, ${r(k100.build.cpu, k10.build.cpu)}× processor`)}
${row('reading the files the fast way alone', k100.parse, `${r(k100.parse.cpu, k10.parse.cpu)}× processor`)}
` : ''}`);
rmSync(timeFile, { force: true });
console.log('BENCHMARKS.md: ## Speed written');
