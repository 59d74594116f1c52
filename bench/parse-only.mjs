// Prints the ms eemeli/yaml takes to parse one file with positions, as welfare does.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
const text = readFileSync(process.argv[2], 'utf8');
const start = performance.now();
const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true, strict: true });
doc.toJS({ maxAliasCount: 1000 });
console.log((performance.now() - start).toFixed(1));
