import { Document, isMap, isSeq, visit } from 'yaml';
import type { ActionMatrix } from '../generated/types.js';
import { schemaComment } from '../core/schema-ref.js';

/** The YAML of a new matrix: the schema line first, short id lists on one line, long texts unfolded. */
export function matrixYaml(matrix: ActionMatrix, schema: string): string {
  const doc = new Document(matrix);
  flowIdLists(doc);
  return `${schemaComment(schema)}\n${doc.toString(yamlOptions)}`;
}

/** Texts on one line however long, and `[a, b]` without padding, as the example project writes them. */
export const yamlOptions = { lineWidth: 0, flowCollectionPadding: false } as const;

/** `municipalities: [lovisa]` and `actors: [a, b]`, as the example project writes them. */
export function flowIdLists(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      if ((key === 'municipalities' || key === 'actors') && isSeq(pair.value) && pair.value.items.every((item) => !isMap(item))) pair.value.flow = true;
    },
  });
}
