#!/usr/bin/env node
'use strict';
// Starts the bundled CLI (dist/cli.cjs) through V8's code cache. Compiling the bundle anew on
// every start would cost about a third of a `welfare validate` run in a pre-commit hook. The cache
// is made by the build and remade here whenever it is missing or rejected; its name holds the
// Node.js version and a hash of the bundle, since V8 itself checks little more than the length.
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script, constants } = require('node:vm');
const Module = require('node:module');
// A rendering thread of `welfare build` starts from this script too, marked in its environment
// (src/render/render-threads.ts); only then is it worth loading worker_threads to make sure.
const renderThread = process.env.WELFARE_RENDER_THREAD === '1' && !require('node:worker_threads').isMainThread;

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
// For a bug report (--debug, WELFARE_DEBUG=1): stack traces in the source's own file names and
// lines, through the bundle's source map, which Node applies only to modules it loads itself.
if (process.argv.includes('--debug') || ['1', 'true'].includes(process.env.WELFARE_DEBUG ?? '')) {
  process.setSourceMapsEnabled(true);
  const cli = require(bundle);
  if (renderThread) cli.renderThread();
  else cli.main(process.argv, __filename);
  return;
}
// The bundle is pure ASCII (scripts/build.mjs), which Node turns into a string fastest.
const bytes = readFileSync(bundle);
const source = bytes.toString('latin1');
const cacheFile = `${bundle}.${process.version}-${createHash('sha1').update(bytes).digest('hex').slice(0, 12)}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {}
// Should the bundle import() a library, Node's own loader serves it; that option is marked
// experimental in Node 20 and would print a warning meant for developers, not planners.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  if (!String(warning).includes('USE_MAIN_CONTEXT_DEFAULT_LOADER')) emitWarning.call(process, warning, ...rest);
};
const script = new Script(Module.wrap(source), { filename: bundle, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
const cli = { exports: {} };
script.runInThisContext().call(cli.exports, cli.exports, Module.createRequire(bundle), cli, bundle, dirname(bundle));
if (renderThread) return void cli.exports.renderThread();
cli.exports.main(process.argv, __filename).then(() => {
  if (cachedData && !script.cachedDataRejected) return;
  try {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    // A read-only installation simply starts without the cache.
  }
});
