import MarkdownIt from 'markdown-it';

/**
 * Narrative Markdown as HTML. Raw HTML stays text (the planner's files are not trusted to inject
 * markup), and images are off because a document must open from disk without fetching anything.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.disable('image');

/**
 * Renders Markdown whose headings sit under a heading of level `parentLevel`: the body's
 * highest heading becomes parentLevel + 1, so the document's heading order never skips a level.
 */
export function renderMarkdown(source: string, parentLevel: number): string {
  const tokens = md.parse(source, {});
  let highest = 7;
  for (const token of tokens) if (token.type === 'heading_open') highest = Math.min(highest, Number(token.tag.slice(1)));
  if (highest < 7) {
    const shift = parentLevel + 1 - highest;
    for (const token of tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  }
  return md.renderer.render(tokens, md.options, {});
}
