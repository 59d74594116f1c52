import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Bytes of a text table as a string. Excel in Finland saves CSV in Windows-1252 unless told
 * otherwise and "Unicode text" as UTF-16 with a BOM; anything that is valid UTF-8 is taken as UTF-8,
 * since Windows-1252 text with Nordic letters almost never is.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { text, encoding } = decode(bytes);
  // macOS and some exports write "ä" as "a" and a combining diaeresis (NFD): compared with the
  // headings and names welfare knows, that is another word. All text is compared as NFC.
  return { text: text.normalize('NFC'), encoding };
}

function decode(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 with BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}
