import type { Language } from '../generated/types.js';
import { wordsOf } from './actor-names.js';

const conjunctions: Record<Language, readonly string[]> = { sv: ['och', 'samt'], fi: ['ja', 'sekä'] };

/**
 * Splits a responsible-actor text into the actors it names. Commas and semicolons separate actors,
 * except in a suspended compound ("kultur-, ungdoms- och idrottstjänster") and in an enumeration
 * of units ("tjänster inom småbarnspedagogik, undervisningsväsende och bibliotekstjänster"). "och" /
 * "ja" separates actors only where a known actor name ends before it or starts after it, or a
 * capital letter starts after it, since names have it inside ("Centralen för bildning och välfärd").
 * `known` are the names of the actors registry and the actor cells that name one actor.
 */
export function splitActorText(text: string, language: Language, known: readonly string[]): string[] {
  return actorSplitter(language, known)(text);
}

/** `splitActorText` for many texts of one table: the known names are indexed once, not per text. */
export function actorSplitter(language: Language, known: readonly string[]): (text: string) => string[] {
  const knownNames = new Set(known.map((k) => wordsOf(k).join(' ')));
  const knownStarts = new Set(known.map((k) => wordsOf(k).slice(0, 2).join(' ')));
  const startsKnown = (rest: string) => {
    const words = wordsOf(rest);
    return knownStarts.has(words.slice(0, 2).join(' ')) || knownStarts.has(words[0] ?? '');
  };
  return (text) =>
    text
      .split(';')
      .flatMap((part) => splitCommas(part, language, startsKnown))
      .flatMap((part) => splitConjunctions(part, language, (before) => knownNames.has(wordsOf(before).join(' ')), startsKnown))
      .map((part) => part.trim().replace(/[\s.,:]+$/, ''))
      .filter(Boolean);
}

function splitCommas(text: string, language: Language, startsKnown: (text: string) => boolean): string[] {
  const parts = text.split(/(?<!-)\s*,\s*/);
  // "A, b och c" with b a single word is one unit's enumeration: keep it with the text before it.
  // A name ("Sivistyksen ja hyvinvoinnin keskus") is capitalised or known, an enumerated unit not.
  const last = parts[parts.length - 1] ?? '';
  const conj = conjunctions[language].join('|');
  if (parts.length > 1 && new RegExp(`^\\p{Ll}\\S* (?:${conj}) `, 'u').test(last) && !startsKnown(last)) {
    let from = parts.length - 1;
    while (from > 1 && !/\s/.test(parts[from - 1]!)) from--;
    return [...parts.slice(0, from - 1), parts.slice(from - 1).join(', ')];
  }
  return parts;
}

function splitConjunctions(text: string, language: Language, isKnownName: (before: string) => boolean, startsKnown: (after: string) => boolean): string[] {
  const conj = conjunctions[language].join('|');
  // Split points: " och " not after a hyphen, and a capitalised known name right after a lower-case word.
  const points = new RegExp(`(?<!-) (?:${conj}) (?=\\S)|(?<=\\p{Ll}) (?=\\p{Lu})`, 'gu');
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(points)) {
    const before = text.slice(start, match.index);
    const after = text.slice(match.index + match[0].length);
    const isConjunction = match[0].trim() !== '';
    const split = isConjunction ? isKnownName(before) || startsKnown(after) || /^\p{Lu}/u.test(after) : startsKnown(after);
    if (split) {
      parts.push(before);
      start = match.index + match[0].length;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
