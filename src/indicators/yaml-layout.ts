import type { Document, ToStringOptions } from 'yaml';

/**
 * Writes a parsed YAML document back in the layout its author used. The yaml library keeps
 * comments, quoting and flow style per node, but indentation, sequence indentation and the
 * spaces inside `[ ]` and `{ }` are settings for the whole file, so they are read off the text.
 */
export function stringifyLike(doc: Document, originalText: string): string {
  return doc.toString({ ...layoutOf(originalText), lineWidth: 0 });
}

export function layoutOf(text: string): Pick<ToStringOptions, 'indent' | 'indentSeq' | 'flowCollectionPadding'> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  const indents = lines.map((l) => l.length - l.trimStart().length).filter((n) => n > 0);
  const indent = indents.length ? Math.min(...indents) : 2;
  // A list under a key written flush with it ("key:\n- item") is the one layout indentSeq: false keeps.
  const flushList = lines.some((l, i) => i > 0 && /:\s*$/.test(lines[i - 1]!) && /^(\s*)- /.exec(l)?.[1]!.length === lines[i - 1]!.length - lines[i - 1]!.trimStart().length);
  const padded = (text.match(/[[{] [^\]}\s]/g) ?? []).length;
  const tight = (text.match(/[[{][^\]}\s]/g) ?? []).length;
  return { indent, indentSeq: !flushList, flowCollectionPadding: padded >= tight };
}
