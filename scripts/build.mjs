// Builds welfare in three steps, each from the one source of truth it derives from:
// 1. TypeScript types from the JSON Schemas (src/generated/types.ts),
// 2. the schemas compiled to standalone validators, so `validate` never compiles a schema at run time,
// 3. the CLI bundled into dist/cli.cjs, started from V8's code cache by bin/welfare.js.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');
const generated = join(root, 'src', 'generated');
await mkdir(generated, { recursive: true });

const files = (await readdir(schemaDir)).filter((f) => f.endsWith('.schema.json')).sort();
const schemas = Object.fromEntries(
  await Promise.all(files.map(async (f) => [f, JSON.parse(await readFile(join(schemaDir, f), 'utf8'))])),
);

/** The document kinds a user file can be, by the schema that describes it. */
const kinds = { config: 'config.schema.json', matrix: 'matrix.schema.json', actors: 'actors.schema.json', indicators: 'indicators.schema.json', content: 'content.schema.json' };
const typeNames = { config: 'ProjectConfig', matrix: 'ActionMatrix', actors: 'ActorsRegistry', indicators: 'IndicatorsRegistry', content: 'ReportContent' };

// 1. Types. All schemas go into one wrapper so that every shared definition (Text, Id, …) is
// declared once and each gets the domain name it has in code.
const defNames = { focusArea: 'FocusArea', goal: 'Goal', action: 'Action', indicatorUse: 'IndicatorUse', assessment: 'AnnualAssessment', actor: 'Actor', indicator: 'Indicator', source: 'IndicatorSource', section: 'Section', municipality: 'Municipality', text: 'Text', id: 'Id', year: 'Year', language: 'Language', status: 'Status', period: 'Period', municipalityRefs: 'MunicipalityRefs', regionKind: 'RegionKind', region: 'ReferenceRegion' };
/** Drops the descriptions beside a $ref (they would make a new type of each use) and points refs into the wrapper. */
function forTypes(node) {
  if (Array.isArray(node)) return node.map(forTypes);
  if (node === null || typeof node !== 'object') return node;
  if (node.$ref) return { $ref: '#/$defs/' + defNames[node.$ref.split('/').pop()] };
  const out = {};
  for (const [k, v] of Object.entries(node)) if (k !== '$id' && k !== '$schema' && k !== '$defs') out[k] = forTypes(v);
  return out;
}
const wrapper = { title: 'WelfareDocuments', type: 'object', properties: {}, additionalProperties: false, $defs: {} };
for (const [kind, file] of Object.entries(kinds)) {
  for (const [k, v] of Object.entries(schemas[file].$defs ?? {})) wrapper.$defs[defNames[k]] = { ...forTypes(v), title: defNames[k] };
  if (kind !== 'common') {
    wrapper.$defs[typeNames[kind]] = { ...forTypes(schemas[file]), title: typeNames[kind] };
    wrapper.properties[kind] = { $ref: '#/$defs/' + typeNames[kind] };
  }
}
for (const [k, v] of Object.entries(schemas['common.schema.json'].$defs)) wrapper.$defs[defNames[k]] = { ...forTypes(v), title: defNames[k] };
const types = '// Generated from schemas/ by scripts/build.mjs. Do not edit: change the schema instead.\n' +
  (await compile(wrapper, 'WelfareDocuments', { bannerComment: '', additionalProperties: false, ignoreMinAndMaxItems: true, format: false, unreachableDefinitions: true }));
await writeFile(join(generated, 'types.ts'), types);

// 2. Standalone validators, one export per document kind.
const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true }, schemas: Object.values(schemas) });
addFormats(ajv, ['date']);
const code = standaloneCode(ajv, Object.fromEntries(Object.entries(kinds).map(([kind, file]) => [kind, schemas[file].$id])));
// The generated code requires a few small ajv runtime helpers; turn those into imports so the
// bundle carries them. These are CommonJS modules: an ES import's default is their module.exports.
const runtime = [];
const esmCode = code.replace(/require\("([^"]+)"\)\.(\w+)/g, (_, module, member) => {
  const name = `runtime${runtime.length}`;
  runtime.push(`import ${name}Module from '${module}.js';\nconst ${name} = ${member === 'default' ? `${name}Module.default ?? ${name}Module` : `${name}Module.${member}`};`);
  return name;
});
await writeFile(join(generated, 'validators.js'), `// Generated from schemas/ by scripts/build.mjs. Do not edit.\n${runtime.join('\n')}\n${esmCode.replace(/^"use strict";/, '')}`);

// Every field name the schemas know, so an unknown field can be answered with "did you mean …?".
const fieldNames = new Set();
JSON.stringify(schemas, (k, v) => { if (k === 'properties' && v && typeof v === 'object') Object.keys(v).forEach((n) => fieldNames.add(n)); return v; });
await writeFile(join(generated, 'fields.ts'), `// Generated from schemas/ by scripts/build.mjs. Do not edit.\nexport const fieldNames: readonly string[] = ${JSON.stringify([...fieldNames].sort())};\n`);
await writeFile(
  join(generated, 'validators.d.ts'),
  `import type { ValidateFunction } from 'ajv';\n${Object.keys(kinds).map((k) => `export declare const ${k}: ValidateFunction;`).join('\n')}\n`,
);

// 3. The CLI bundle: one CommonJS file, so that bin/welfare.js can start it from V8's code cache.
// Our own stages are evaluated only when a command imports them; the heavy libraries (browser,
// spreadsheets, PDF, templates, Markdown) stay outside the bundle and load only with them.
if (!process.argv.includes('--no-bundle')) {
  const outfile = join(root, 'dist', 'cli.cjs');
  await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: 'linked',
    external: ['puppeteer-core', 'exceljs', 'pdf-lib', 'axe-core', 'handlebars', 'markdown-it', 'css-tree', 'iconv-lite', 'entities', 'yauzl', 'saxes'],
    define: {
      // Names the parse cache's entries (src/core/parse-cache.ts): a new build never reads an old one's.
      WELFARE_BUILD_ID: JSON.stringify(await buildId()),
      WELFARE_VERSION: JSON.stringify(JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version),
      'import.meta.url': '__welfareModuleUrl',
    },
    banner: { js: 'const __welfareModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
  });
  // Pure ASCII: Node reads an ASCII file into a string several times faster than one with a
  // single other character, on every start. esbuild escapes strings but not regular expressions.
  const bundled = await readFile(outfile, 'utf8');
  await writeFile(outfile, bundled.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  // Drop the code caches of earlier bundles, then warm a new one with the command that most needs a fast start.
  for (const f of await readdir(join(root, 'dist'))) if (f.endsWith('.cache')) await rm(join(root, 'dist', f), { force: true });
  const example = join(root, 'examples', 'lovisa-lapptrask');
  spawnSync(process.execPath, [join(root, 'bin', 'welfare.js'), '-C', example, 'validate'], { stdio: 'ignore' });
}

/** A hash of everything a build's reading of YAML depends on: its sources, schemas and libraries' versions. */
async function buildId() {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  const add = async (dir) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await add(path);
      else hash.update(path.slice(root.length)).update(await readFile(path));
    }
  };
  await add(join(root, 'src'));
  await add(schemaDir);
  for (const pkg of ['package.json', 'node_modules/yaml/package.json', 'node_modules/js-yaml/package.json', 'node_modules/ajv/package.json']) hash.update(await readFile(join(root, pkg)));
  return hash.digest('hex').slice(0, 16);
}
