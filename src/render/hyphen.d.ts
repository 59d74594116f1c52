// The `hyphen` package ships no types; welfare uses only the synchronous hyphenator of a language.
declare module 'hyphen/sv' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/fi' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
