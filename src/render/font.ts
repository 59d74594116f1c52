import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const packages = createRequire(import.meta.url);

/** Noto Sans, Latin subset (covers å, ä, ö, the en dash and the minus sign): regular, italic, bold. */
const faces = [
  { file: 'noto-sans-latin-400-normal.woff2', weight: 400, style: 'normal' },
  { file: 'noto-sans-latin-400-italic.woff2', weight: 400, style: 'italic' },
  { file: 'noto-sans-latin-700-normal.woff2', weight: 700, style: 'normal' },
];

let css: Promise<string> | undefined;

/**
 * The one font of the documents as @font-face rules with the font inlined, so the HTML opens
 * from disk without fetching anything and the PDF embeds the same glyphs the screen shows.
 */
export function fontFaces(): Promise<string> {
  css ??= Promise.all(
    faces.map(async ({ file, weight, style }) => {
      const data = await readFile(packages.resolve(`@fontsource/noto-sans/files/${file}`));
      return `@font-face{font-family:'Noto Sans';font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2')}`;
    }),
  ).then((rules) => rules.join('\n'));
  return css;
}
