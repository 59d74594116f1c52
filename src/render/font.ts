import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const packages = createRequire(import.meta.url);

/**
 * The faces the theme uses: regular, italic, bold, and bold italic (the Finnish half of a bold
 * bilingual heading). A face missing here is faked by Chromium: smeared on screen, and in the
 * PDF drawn as a Type 3 font that viewers render coarsely.
 */
const faces = ['400', '400-italic', '700', '700-italic'];

/** Characters beyond the Latin subset that Finnish and Swedish texts use: š, ž (šakki, Zürich), ő … */
const EXTENDED = /[\u0100-\u024f\u1e00-\u1eff]/;

const cache = new Map<string, Promise<string>>();

/**
 * The one font of the documents, Noto Sans, as @font-face rules with the font inlined, so the HTML
 * opens from disk without fetching anything and the PDF embeds the same glyphs the screen shows.
 * The Latin subset covers å ä ö; the Latin Extended subset (š ž and the rest) is added only when
 * the project's texts use it, since it triples the size of every document.
 */
export function fontFaces(texts: Iterable<string> = []): Promise<string> {
  let extended = false;
  for (const text of texts) if ((extended = EXTENDED.test(text))) break;
  const subsets = extended ? ['latin', 'latin-ext'] : ['latin'];
  const key = subsets.join();
  if (!cache.has(key)) cache.set(key, Promise.all(subsets.flatMap((subset) => faces.map((face) => faceRule(subset, face)))).then((rules) => rules.join('\n')));
  return cache.get(key)!;
}

/** Fontsource's own rule for a subset and face (its CSS of the face lists every subset), with the woff2 inlined. */
async function faceRule(subset: string, face: string): Promise<string> {
  const css = await readFile(packages.resolve(`@fontsource/noto-sans/${face}.css`), 'utf8');
  const [weight, style = 'normal'] = face.split('-');
  const block = css.split('/* ').find((b) => b.startsWith(`noto-sans-${subset}-${weight}-${style} */`)) ?? '';
  const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
  const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
  if (!file || !range) throw new Error(`no ${subset} ${face} face in @fontsource/noto-sans/${face}.css`);
  const data = await readFile(packages.resolve(`@fontsource/noto-sans/files/${file}`));
  return `@font-face{font-family:'Noto Sans';font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');unicode-range:${range}}`;
}
