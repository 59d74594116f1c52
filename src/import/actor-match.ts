import type { Actor, Language } from '../generated/types.js';
import { nearName, sameWord, sameWords, wordsOf } from './actor-names.js';
import { idFromText, IdRegistry } from './ids.js';
import { quote, type ImportNotes } from './notes.js';
import { capitalize } from './text.js';
import { said } from './words.js';

/** An actor the import adds to the registry. */
export interface NewActor {
  id: string;
  name: string;
  parent?: string;
  line: number;
}

interface PoolActor {
  id: string;
  name: string;
  /** The name's words without the municipality's name ("Lovisa medborgarinstitut" → medborgarinstitut). */
  words: string[];
  parent?: string;
}

/** What separates the units listed after a department's genitive. */
const separators: Record<Language, RegExp> = { sv: / (?:och|samt) |\s*,\s*/, fi: / (?:ja|sekä) |\s*,\s*/ };

/**
 * Resolves actor names to ids of the actors registry, adding an actor for each name it cannot
 * find. A name is found when it is an actor's name, inflected or not ("Alla centralerna"), or a
 * department's name in the genitive followed by its units ("Centralen för bildning och välfärds
 * kultur- och fritidstjänster" → the culture services and the leisure services). Names a few
 * letters from a known one are reported, never merged: that is the planner's call.
 */
export class ActorMatcher {
  readonly added: NewActor[] = [];
  private readonly pool: PoolActor[] = [];
  private readonly ids: IdRegistry;
  // Indexes of the pool, so that each name is compared with the few actors it could be, not all:
  // by the words joined; by the count and initials of the words (inflected words keep their
  // initial); by the initial of the first word (a department's genitive keeps it).
  private readonly byWords = new Map<string, PoolActor>();
  private readonly byInitials = new Map<string, PoolActor[]>();
  private readonly byInitial = new Map<string, PoolActor[]>();

  constructor(
    registry: readonly Actor[],
    private readonly language: Language,
    private readonly municipality: string,
    /** Words of the municipality's names ("lovisa", "loviisan"), left out when names are compared. */
    private readonly municipalityWords: readonly string[],
    private readonly notes: ImportNotes,
  ) {
    const eligible = registry.filter((a) => !a.municipalities || a.municipalities.includes(municipality));
    for (const a of eligible) {
      const name = a.name[language];
      if (name) this.remember({ id: a.id, name, words: this.significant(name), ...(a.parent && { parent: a.parent }) });
    }
    this.ids = new IdRegistry(registry.map((a) => a.id));
  }

  /**
   * Adds the table's departments before any name is resolved, so that "Stadskanslicentralens
   * ekonomitjänster" on line 21 finds "Stadskanslicentralen" though the table names it alone only
   * on line 98: every name that is no known actor and no department's genitive is one.
   */
  prepare(names: readonly { name: string; line: number }[]): void {
    // Each name once, at its first row: a name repeated on every row is one actor.
    const unique = new Map<string, { line: number; words: string[] }>();
    for (const { name, line } of names) if (!unique.has(name)) unique.set(name, { line, words: wordsOf(name) });
    const byInitial = groupBy([...unique.values()].map((u) => u.words), (words) => initial(words));
    for (const [name, { line, words }] of unique) {
      if (this.find(this.significant(name)) || this.department(words)) continue;
      if ((byInitial.get(initial(words)) ?? []).some((other) => other.length < words.length && this.isGenitiveOf(other, words))) continue;
      this.add(capitalize(name), line);
    }
  }

  /** The ids of the actors a name stands for (several for a department's listed units), adding the unknown. */
  resolve(name: string, line: number): string[] {
    return this.lookup(name, line, true) ?? [this.add(capitalize(name), line).id];
  }

  /** The ids of the known actors a name stands for, or undefined when it names one the registry lacks. */
  lookup(name: string, line: number, create = false): string[] | undefined {
    const found = this.find(this.significant(name));
    if (found) {
      if (found.name.toLowerCase() !== name.toLowerCase()) this.notes.once('info', line, said('takenAsActor', { name: quote(name), actor: quote(found.name), id: found.id }));
      return [found.id];
    }
    return this.genitive(name, line, create);
  }

  /**
   * The name an actor has on its own, without the department a table names it with:
   * "Sivistystoimen kulttuuri- ja vapaa-aikapalvelut" → "Kulttuuri- ja vapaa-aikapalvelut".
   */
  ownName(name: string): string {
    const department = this.department(wordsOf(name));
    const own = department === undefined ? name : name.split(/\s+/).slice(department.words.length).join(' ');
    return capitalize(own);
  }

  private significant(name: string): string[] {
    const words = wordsOf(name);
    const kept = words.filter((w) => !this.municipalityWords.some((m) => sameWord(w, m)));
    return kept.length > 0 ? kept : words;
  }

  private find(words: readonly string[], among?: readonly PoolActor[]): PoolActor | undefined {
    if (among) return among.find((a) => a.words.join(' ') === words.join(' ')) ?? among.find((a) => sameWords(a.words, words));
    return this.byWords.get(words.join(' ')) ?? this.byInitials.get(initials(words))?.find((a) => sameWords(a.words, words));
  }

  private remember(actor: PoolActor): void {
    this.pool.push(actor);
    if (!this.byWords.has(actor.words.join(' '))) this.byWords.set(actor.words.join(' '), actor);
    push(this.byInitials, initials(actor.words), actor);
    push(this.byInitial, initial(actor.words), actor);
  }

  /** "<department>s <units>": the units, found among the department's own or anywhere, else added under it. */
  private genitive(name: string, line: number, create: boolean): string[] | undefined {
    const department = this.department(wordsOf(name));
    if (department === undefined) return undefined;
    const rest = name.split(/\s+/).slice(department.words.length).join(' ');
    const descendants = this.descendantsOf(department.id);
    const units = unitsOf(rest, separators[this.language], (unit) => this.find(this.significant(unit), descendants) ?? this.find(this.significant(unit)));
    if (!create && units.some((unit) => !unit.found)) return undefined;
    const resolved = units.map((unit) => (unit.found ? this.adopt(unit.found, department, line) : this.add(capitalize(unit.name), line, department.id)));
    this.notes.once('info', line, said('takenAsUnits', { text: quote(name, 80), units: resolved.map((a) => `${quote(a.name)} (${a.id})`), department: quote(department.name) }));
    return resolved.map((a) => a.id);
  }

  /** The known actor with the longest name whose genitive starts the name; the first of equals. */
  private department(words: readonly string[]): PoolActor | undefined {
    let best: PoolActor | undefined;
    for (const c of this.byInitial.get(initial(words)) ?? []) {
      if (this.isGenitiveOf(c.words, words) && (best === undefined || c.words.length > best.words.length)) best = c;
    }
    return best;
  }

  /** Whether a name starts with another in the genitive and goes on: "stadskanslicentralens ekonomitjänster". */
  private isGenitiveOf(department: readonly string[], words: readonly string[]): boolean {
    if (department.length === 0 || department.length >= words.length) return false;
    const last = department.length - 1;
    return department.every((w, i) => (i < last ? w === words[i] : this.isGenitive(w, words[i]!)));
  }

  private isGenitive(word: string, candidate: string): boolean {
    // Swedish adds -s, to the definite form too ("infrastrukturens"); Finnish inflects the stem ("keskuksen").
    if (this.language === 'sv') return (/[sxz]$/.test(word) && candidate === word) || (candidate.endsWith('s') && sameWord(word, candidate.slice(0, -1)));
    return candidate !== word && sameWord(word, candidate);
  }

  /** A unit this import added on its own is placed under the department a later row names it with. */
  private adopt(unit: PoolActor, department: PoolActor, line: number): PoolActor {
    const added = this.added.find((a) => a.id === unit.id);
    if (added && !added.parent && unit.id !== department.id) {
      added.parent = unit.parent = department.id;
      this.notes.info(line, said('placedUnder', { name: quote(unit.name), id: unit.id, department: quote(department.name), departmentId: department.id }));
    }
    return unit;
  }

  private descendantsOf(id: string): PoolActor[] {
    const children = this.pool.filter((a) => a.parent === id);
    return children.flatMap((c) => [c, ...this.descendantsOf(c.id)]);
  }

  private add(name: string, line: number, parent?: string): PoolActor {
    const base = idFromText(name, this.language);
    const id = this.ids.claim(base.startsWith(`${this.municipality}-`) ? base : `${this.municipality}-${base}`);
    const actor: PoolActor = { id, name, words: this.significant(name), ...(parent && { parent }) };
    const near = this.pool.find((a) => nearName(a.name, name));
    this.remember(actor);
    this.added.push({ id, name, line, ...(parent && { parent }) });
    this.notes.info(line, said('newActor', { name: quote(name), id, ...(parent && { parent }) }));
    if (near) this.notes.warning(line, said('looksLike', { name: quote(name), id, near: quote(near.name), nearId: near.id }));
    return actor;
  }
}

/** The first letter of a name's first word, which neither inflection nor the genitive changes. */
const initial = (words: readonly string[]) => words[0]?.[0] ?? '';
const initials = (words: readonly string[]) => `${words.length} ${words.map((w) => w[0]).join('')}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupBy<V>(values: readonly V[], key: (v: V) => string): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const v of values) push(map, key(v), v);
  return map;
}

/**
 * The units a department's name lists after its genitive, each with the known actor it is. A
 * suspended compound ("kultur- och fritidstjänster") is two units when both are known actors
 * ("Kulturtjänster", "Fritidstjänster"), else one unit named as written.
 */
function unitsOf(rest: string, separator: RegExp, find: (name: string) => PoolActor | undefined): { name: string; found?: PoolActor }[] {
  const whole = find(rest);
  if (whole) return [{ name: rest, found: whole }];
  const pieces = rest.split(new RegExp(`(${separator.source})`, 'u'));
  const isSuspended = (piece: string) => /^\S+-$/.test(piece.trim());
  const units: { name: string; found?: PoolActor }[] = [];
  let pending = '';
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!.trim();
    if (!piece) continue;
    if (isSuspended(piece)) {
      const completing = pieces.filter((_, j) => j > i && j % 2 === 0).find((p) => !isSuspended(p))?.trim().split(/\s+/).pop() ?? '';
      const expanded = endingsOf(completing).map((ending) => find(piece.slice(0, -1) + ending)).find(Boolean);
      if (expanded && !pending) units.push({ name: expanded.name, found: expanded });
      else pending += piece + (pieces[i + 1] ?? '');
      continue;
    }
    const name = pending + piece;
    pending = '';
    const found = find(name);
    units.push(found ? { name, found } : { name });
  }
  return units;
}

/** The endings a suspended compound may borrow from the word that completes it, longest first. */
function endingsOf(word: string): string[] {
  return Array.from({ length: Math.max(0, word.length - 3) }, (_, i) => word.slice(i + 1));
}
