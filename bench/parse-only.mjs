// Prints the ms eemeli/yaml takes, in this fresh process, to parse the named files with positions,
// as welfare does (including loading the parser).
import { readFileSync } from 'node:fs';
const start = performance.now();
const { LineCounter, parseDocument } = await import('yaml');
for (const file of process.argv.slice(2)) {
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: new LineCounter(), uniqueKeys: true, strict: true });
  doc.toJS({ maxAliasCount: 1000 });
}
console.log((performance.now() - start).toFixed(1));
