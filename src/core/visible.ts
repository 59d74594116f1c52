/**
 * Characters that act on a terminal or a log rather than show: C0 controls but the line feed, DEL
 * and C1 controls (ESC starts sequences that move the cursor, clear the screen, colour text or
 * make links; CR writes over a line), and the bidirectional formatting marks that reorder what
 * follows them (U+202E shows "exe.txt" for "txt.exe").
 */
const hidden = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The colour sequences welfare itself writes on a terminal that shows colour (SGR: `ESC [ … m`). */
const colour = /\x1b\[[0-9;]*m/g;

const shown = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Text for a terminal or a CI log, every character of it shown as what it is: the hidden ones
 * above become visible escapes (`\x1b`, `\u202e`), line feeds stay.
 */
export function visible(text: string): string {
  return text.replace(hidden, shown);
}

/** The same, keeping colour sequences: for text whose user-given parts were made visible before it was coloured. */
export function visibleKeepingColour(text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(colour)) {
    out += visible(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return out + visible(text.slice(from));
}
