import { describe, expect, it } from 'vitest';
import { fontFaces } from '../src/render/font.js';

describe('the embedded font', () => {
  it('inlines the Latin faces of Noto Sans, which carry å ä ö', async () => {
    const css = await fontFaces(['Vi främjar välfärd i Lovisa och Lappträsk', 'Edistämme hyvinvointia']);
    expect(css.match(/@font-face/g)).toHaveLength(4);
    expect(css).toContain("font-family:'Noto Sans';font-style:normal;font-weight:400");
    expect(css).toContain("font-family:'Noto Sans';font-style:italic;font-weight:400");
    expect(css).toContain("font-family:'Noto Sans';font-style:normal;font-weight:700");
    expect(css).toContain("font-family:'Noto Sans';font-style:italic;font-weight:700");
    expect(css).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/);
    expect(css).not.toContain('U+0100');
  });

  it('adds the Latin Extended faces when a text uses š, ž or other letters beyond Latin-1', async () => {
    const css = await fontFaces(['Šakki ja Žižek']);
    expect(css.match(/@font-face/g)).toHaveLength(8);
    expect(css).toContain('unicode-range:U+0100-02BA');
  });
});
