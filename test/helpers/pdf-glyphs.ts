// Every printed character of a PDF with its font size and box, as MuPDF reads them back
// (`mutool draw -F stext`): what a reader sees on the page, whatever the HTML asked for.
import { execFileSync } from 'node:child_process';
import { decodeXML } from 'entities';

export interface Glyph {
  c: string;
  font: string;
  /** Font size in points, after any scaling the browser did. */
  size: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface GlyphPage {
  number: number;
  width: number;
  height: number;
  glyphs: Glyph[];
  /** The page's lines of text, as MuPDF groups them. */
  lines: string[];
}

export function pdfGlyphs(pdf: string): GlyphPage[] {
  const xml = execFileSync('mutool', ['draw', '-q', '-F', 'stext', '-o', '-', pdf], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const pages: GlyphPage[] = [];
  let page: GlyphPage | undefined;
  let font = '';
  let size = 0;
  let line = '';
  for (const tag of xml.matchAll(/<(\/?)(page|font|char|line)\b([^>]*)>/g)) {
    const [, close, name, attrs] = tag as unknown as [string, string, string, string];
    const attr = (key: string) => new RegExp(`\\b${key}="([^"]*)"`).exec(attrs)?.[1] ?? '';
    if (name === 'page' && !close) {
      page = { number: pages.length + 1, width: Number(attr('width')), height: Number(attr('height')), glyphs: [], lines: [] };
      pages.push(page);
    } else if (name === 'font' && !close) {
      font = attr('name');
      size = Number(attr('size'));
    } else if (name === 'line') {
      if (close) page!.lines.push(line);
      else line = '';
    } else if (name === 'char') {
      const q = attr('quad').split(' ').map(Number);
      const xs = [q[0]!, q[2]!, q[4]!, q[6]!];
      const ys = [q[1]!, q[3]!, q[5]!, q[7]!];
      const c = decodeXML(attr('c'));
      line += c;
      page!.glyphs.push({ c, font, size, x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
    }
  }
  return pages;
}

/** The most common font size of the visible characters, weighted by how many there are. */
export function commonSize(pages: GlyphPage[], filter: (g: Glyph) => boolean = () => true): number {
  const counts = new Map<number, number>();
  for (const p of pages) for (const g of p.glyphs) if (g.c.trim() && filter(g)) counts.set(Math.round(g.size * 10) / 10, (counts.get(Math.round(g.size * 10) / 10) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
