import { schemaComment } from '../schema-ref.js';
import { Document, isScalar, visit } from 'yaml';

/**
 * The text of a merged file: the schema line editors and `welfare validate` go by, where it came
 * from, then the data. Lists of plain values (municipalities, actors) stay on one line as people
 * write them; long texts are not folded, so a changed word changes one line of a diff.
 */
export function mergedYaml(data: unknown, schema: string, sources: readonly string[]): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every(isScalar)) seq.flow = true;
    },
  });
  return `${schemaComment(schema)}\n# Merged by \`welfare merge\` from ${sources.join(', ')}.\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
