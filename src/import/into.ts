import { isMap } from 'yaml';
import { ExitCode, WelfareError } from '../core/errors.js';
import { firstError } from '../core/schema-check.js';
import type { DataPath, SourceFile } from '../core/source.js';
import type { Action, ActionMatrix, Actor, Language, Text } from '../generated/types.js';
import type { ActorMatcher } from './actor-match.js';
import { actorSplitter } from './actor-split.js';
import { yamlOptions } from './matrix-yaml.js';
import { quote, type ImportNotes } from './notes.js';
import type { ImportedAction, ImportedMatrix } from './structure.js';
import { said, saidBy, type Part, type Place } from './words.js';

/** What `--into` changed: the matrix's new text and the actor names learnt for the registry. */
export interface IntoResult {
  text: string;
  /** Names in the imported language for registry actors that had none, by actor id. */
  actorNames: Map<string, string>;
  added: { focusAreas: number; goals: number; actions: number; indicators: number };
}

/** The matrix `--into` adds to must be valid, or positions would pair the wrong rows. */
export function checkIntoMatrix(file: SourceFile): ActionMatrix {
  const problem = firstError(file, 'matrix');
  if (problem) {
    throw new WelfareError(saidBy('fixIntoMatrix', (lang) => problem.said[lang]), ExitCode.invalid, { file: file.path, line: problem.line, col: problem.col, hint: said('validateFile', file.path) });
  }
  return file.data as ActionMatrix;
}

/**
 * Adds the other language's version of a matrix's table to it, pairing focus areas, goals,
 * actions and indicators by their position and reporting every place where the two do not line
 * up. Texts the matrix already has in that language are kept. Comments and layout stay as written.
 */
export function addLanguage(file: SourceFile, matrix: ActionMatrix, table: ImportedMatrix, language: Language, actors: ActorMatcher, registry: readonly Actor[], notes: ImportNotes): IntoResult {
  const doc = file.doc.clone();
  const added = { focusAreas: 0, goals: 0, actions: 0, indicators: 0 };
  const proposals = new Map<string, Map<string, number[]>>();
  const other: Language = language === 'sv' ? 'fi' : 'sv';
  const splitActors = actorSplitter(language, registry.flatMap((a) => (a.name[language] ? [a.name[language]!] : [])));

  const setText = (path: DataPath, current: Text | undefined, value: string, line: number | undefined, place: Place): boolean => {
    if (!current) return false;
    const existing = current[language];
    if (existing !== undefined) {
      if (existing.normalize('NFC') !== value) notes.warning(line, said('keptText', { place, language, existing: quote(existing), value: quote(value) }));
      return false;
    }
    const node = doc.getIn(path, true);
    if (!isMap(node)) return false;
    node.set(language, value);
    return true;
  };
  const pair = <A, B>(mine: readonly A[], theirs: readonly B[], part: Part, line: number | undefined, place: Place, each: (a: A, b: B, i: number) => void) => {
    if (mine.length !== theirs.length) notes.warning(line, said('unpaired', { place, part, table: theirs.length, matrix: mine.length }));
    for (let i = 0; i < Math.min(mine.length, theirs.length); i++) each(mine[i]!, theirs[i]!, i);
  };

  if (table.title) {
    if (matrix.title) setText(['title'], matrix.title, table.title, undefined, { kind: 'title' });
    else notes.info(undefined, said('titleNotAdded'));
  }
  if (table.introduction) {
    if (matrix.introduction) setText(['introduction'], matrix.introduction, table.introduction.join('\n\n'), undefined, { kind: 'introduction' });
    else notes.info(undefined, said('introductionNotAdded'));
  }
  pair(matrix.focusAreas, table.focusAreas, 'focus area', undefined, { kind: 'matrix' }, (fa, tfa, i) => {
    const faPath = ['focusAreas', i];
    const focusArea: Place = { kind: 'focusAreas', id: fa.id };
    if (setText([...faPath, 'title'], fa.title, tfa.title, tfa.line, focusArea)) added.focusAreas++;
    pair(fa.goals, tfa.goals, 'goal', tfa.line, focusArea, (goal, tgoal, j) => {
      const goalPath = [...faPath, 'goals', j];
      const goalPlace: Place = { kind: 'goals', id: goal.id };
      if (setText([...goalPath, 'text'], goal.text, tgoal.text, tgoal.line, goalPlace)) added.goals++;
      pair(goal.actions, tgoal.actions, 'action', tgoal.line, goalPlace, (act, tact, k) => {
        const actionPath = [...goalPath, 'actions', k];
        checkNumbers(act.text[other], tact.text, tact.line, act.id, notes);
        if (setText([...actionPath, 'text'], act.text, tact.text, tact.line, { kind: 'actions', id: act.id })) added.actions++;
        pair(act.indicators, tact.indicators, 'indicator', tact.line, { kind: 'actions', id: act.id }, (use, indicator, n) => {
          if (use.ref && !use.text) return notes.info(tact.line, said('indicatorRef', { n: n + 1, action: act.id, ref: use.ref, text: quote(indicator) }));
          if (setText([...actionPath, 'indicators', n, 'text'], use.text, indicator, tact.line, { kind: 'indicator', n: n + 1, action: act.id })) added.indicators++;
        });
        pairActors(act, tact, language, splitActors, actors, registry, proposals, notes);
      });
    });
  });
  return { text: doc.toString(yamlOptions), actorNames: chooseNames(proposals, language, notes), added };
}

/**
 * The table's actors of an action, found in the registry by their names in the imported language.
 * A name the registry lacks is learnt as the name of the action's actor that has none in that
 * language, when exactly as many names as such actors are left over (in the order both list them).
 */
function pairActors(act: Action, tact: ImportedAction, language: Language, splitActors: (text: string) => string[], actors: ActorMatcher, registry: readonly Actor[], proposals: Map<string, Map<string, number[]>>, notes: ImportNotes) {
  const line = tact.line;
  const found = new Set<string>();
  const unknown: string[] = [];
  for (const { text } of tact.actorTexts) {
    for (const name of splitActors(text)) {
      const ids = actors.lookup(name, line);
      if (ids) ids.forEach((id) => found.add(id));
      else unknown.push(actors.ownName(name));
    }
  }
  const strangers = [...found].filter((id) => !act.actors.includes(id));
  if (strangers.length > 0) notes.warning(line, said('otherActors', { named: strangers, action: act.id, actors: act.actors }));
  const unnamed = act.actors.filter((id) => !found.has(id) && !registry.find((a) => a.id === id)?.name[language]);
  if (unknown.length === 0) return;
  if (unknown.length !== unnamed.length) {
    notes.warning(line, said('unpairedActors', { names: unknown.map((n) => quote(n)), action: act.id, actors: act.actors }));
    return;
  }
  unknown.forEach((name, i) => {
    const byName = proposals.get(unnamed[i]!) ?? proposals.set(unnamed[i]!, new Map()).get(unnamed[i]!)!;
    const lines = byName.get(name);
    if (lines) lines.push(line);
    else byName.set(name, [line]);
  });
}

/** Each actor's name is the one most rows give it; the others are reported. */
function chooseNames(proposals: Map<string, Map<string, number[]>>, language: Language, notes: ImportNotes): Map<string, string> {
  const names = new Map<string, string>();
  for (const [id, byName] of proposals) {
    const ranked = [...byName.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0]! - b[1][0]!);
    const [name, lines] = ranked[0]!;
    names.set(id, name);
    notes.info(lines[0], said('actorName', { name: quote(name), language, id, rows: lines.length }));
    for (const [otherName, otherLines] of ranked.slice(1)) notes.warning(otherLines[0], said('pairedToo', { name: quote(otherName), id, named: quote(name) }));
  }
  return names;
}

/** Numbers (years, counts) in one language's text and not the other's suggest the rows are misaligned. */
function checkNumbers(existing: string | undefined, imported: string, line: number, id: string, notes: ImportNotes) {
  if (!existing) return;
  const numbers = (s: string) => [...s.matchAll(/\d+/g)].map((m) => m[0]).sort().join(' ');
  if (numbers(existing) !== numbers(imported)) {
    notes.warning(line, said('otherNumbers', { id, matrix: numbers(existing), table: numbers(imported) }));
  }
}
