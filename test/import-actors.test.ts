import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/generated/types.js';
import { ActorMatcher } from '../src/import/actor-match.js';
import { nearName, sameWord } from '../src/import/actor-names.js';
import { splitActorText } from '../src/import/actor-split.js';
import { ImportNotes } from '../src/import/notes.js';

/** Part of Lovisa's registry as the example project has it: departments, and their units as children. */
const registry: Actor[] = [
  { id: 'all-departments', name: { sv: 'Alla centraler', fi: 'Kaikki keskukset' }, municipalities: ['lovisa'] },
  { id: 'third-sector', name: { sv: 'Tredje sektorn', fi: 'Kolmas sektori' } },
  { id: 'city-office', name: { sv: 'Stadskanslicentralen', fi: 'Kaupunginkanslia' }, municipalities: ['lovisa'] },
  { id: 'financial-services', name: { sv: 'Ekonomitjänster' }, municipalities: ['lovisa'], parent: 'city-office' },
  { id: 'education-welfare', name: { sv: 'Centralen för bildning och välfärd', fi: 'Sivistyksen ja hyvinvoinnin keskus' }, municipalities: ['lovisa'] },
  { id: 'culture-services', name: { sv: 'Kulturtjänster', fi: 'Kulttuuripalvelut' }, municipalities: ['lovisa'], parent: 'education-welfare' },
  { id: 'leisure-services', name: { sv: 'Fritidstjänster', fi: 'Vapaa-aikapalvelut' }, municipalities: ['lovisa'], parent: 'education-welfare' },
  { id: 'basic-education', name: { sv: 'Undervisningsväsendet' }, municipalities: ['lovisa'], parent: 'education-welfare' },
  { id: 'adult-education', name: { sv: 'Lovisa medborgarinstitut' }, municipalities: ['lovisa'], parent: 'education-welfare' },
  { id: 'business-infrastructure', name: { sv: 'Centralen för näringsliv och infrastruktur' }, municipalities: ['lovisa'] },
  { id: 'infrastructure-division', name: { sv: 'Infrastrukturavdelningen' }, municipalities: ['lovisa'], parent: 'business-infrastructure' },
  { id: 'parks-unit', name: { sv: 'Parkenheten' }, municipalities: ['lovisa'], parent: 'infrastructure-division' },
  { id: 'lapptrask-youth', name: { sv: 'Ungdomstjänster' }, municipalities: ['lapptrask'] },
];
const names = (language: 'sv' | 'fi') => registry.flatMap((a) => (a.name[language] ? [a.name[language]!] : []));

function matcher(language: 'sv' | 'fi' = 'sv', actors: Actor[] = registry) {
  const notes = new ImportNotes();
  return { notes, actors: new ActorMatcher(actors, language, 'lovisa', ['lovisa', 'loviisan'], notes) };
}

describe('splitting a responsible-actor cell into actors', () => {
  const split = (text: string, known = names('sv')) => splitActorText(text, 'sv', known);

  it('splits on commas and semicolons, but not inside a suspended compound or an enumeration of units', () => {
    expect(split('Stadskanslicentralens ekonomitjänster, ledningen för centralernas ansvarsområden')).toEqual(['Stadskanslicentralens ekonomitjänster', 'ledningen för centralernas ansvarsområden']);
    expect(split('Tekniska väsendet; äldrerådet')).toEqual(['Tekniska väsendet', 'äldrerådet']);
    expect(split('Centralen för bildning och välfärds kultur-, ungdoms- och idrottstjänster')).toEqual(['Centralen för bildning och välfärds kultur-, ungdoms- och idrottstjänster']);
    expect(split('Centralen för bildning och välfärds tjänster inom småbarnspedagogik, undervisningsväsende och bibliotekstjänster')).toEqual([
      'Centralen för bildning och välfärds tjänster inom småbarnspedagogik, undervisningsväsende och bibliotekstjänster',
    ]);
  });

  it('splits on "och" only where a known name ends or starts, or a capital letter starts', () => {
    expect(split('Centralen för bildning och välfärd')).toEqual(['Centralen för bildning och välfärd']);
    expect(split('Alla centraler och tredje sektorn')).toEqual(['Alla centraler', 'tredje sektorn']);
    expect(split('Alla centraler och tredje sektorn', [])).toEqual(['Alla centraler och tredje sektorn']);
    expect(split('Centralen för näringsliv och infrastruktur och centralen för bildning och välfärd')).toEqual(['Centralen för näringsliv och infrastruktur', 'centralen för bildning och välfärd']);
    expect(split('Centralen för bildning och välfärds kultur- och fritidstjänster och Lovisa Föreningar rf')).toEqual(['Centralen för bildning och välfärds kultur- och fritidstjänster', 'Lovisa Föreningar rf']);
  });

  it('splits two names that lost the line break between them, and drops a final full stop', () => {
    expect(split('Centralen för bildning och välfärds invandrartjänster Centralen för näringsliv och infrastrukturs sysselsättningstjänster')).toEqual([
      'Centralen för bildning och välfärds invandrartjänster',
      'Centralen för näringsliv och infrastrukturs sysselsättningstjänster',
    ]);
    expect(split('Centralen för bildning och välfärds kostservice.')).toEqual(['Centralen för bildning och välfärds kostservice']);
  });

  it('uses "ja" and "sekä" in Finnish', () => {
    expect(splitActorText('Kaikki keskukset ja kolmas sektori', 'fi', ['Kaikki keskukset'])).toEqual(['Kaikki keskukset', 'kolmas sektori']);
    expect(splitActorText('Sivistyksen ja hyvinvoinnin keskus', 'fi', ['Kaikki keskukset'])).toEqual(['Sivistyksen ja hyvinvoinnin keskus']);
    expect(splitActorText('Työllisyyspalvelut, Sivistyksen ja hyvinvoinnin keskus', 'fi', [])).toEqual(['Työllisyyspalvelut', 'Sivistyksen ja hyvinvoinnin keskus']);
    expect(splitActorText('Elinkeino- ja infrastruktuurikeskus, sivistyksen ja hyvinvoinnin keskus', 'fi', ['Sivistyksen ja hyvinvoinnin keskus'])).toEqual(['Elinkeino- ja infrastruktuurikeskus', 'sivistyksen ja hyvinvoinnin keskus']);
  });
});

describe('matching actors against the registry', () => {
  it('finds a name inflected otherwise, and says so', () => {
    const { actors, notes } = matcher();
    expect(actors.resolve('Alla centralerna', 28)).toEqual(['all-departments']);
    expect(actors.resolve('tredje sektorn', 54)).toEqual(['third-sector']);
    expect(actors.added).toEqual([]);
    expect(notes.list).toEqual([{ severity: 'info', line: 28, message: expect.objectContaining({ en: '"Alla centralerna" taken as the actor "Alla centraler" (all-departments)' }) }]);
  });

  it("reads a department's genitive and its units, expanding a suspended compound to the units it has", () => {
    const { actors, notes } = matcher();
    expect(actors.resolve('Stadskanslicentralens ekonomitjänster', 21)).toEqual(['financial-services']);
    expect(actors.resolve('Centralen för bildning och välfärds kultur- och fritidstjänster', 26)).toEqual(['culture-services', 'leisure-services']);
    expect(actors.resolve('Centralen för näringsliv och infrastrukturs infrastrukturavdelning och parkenhet', 83)).toEqual(['infrastructure-division', 'parks-unit']);
    expect(actors.resolve('Centralen för bildning och välfärds medborgarinstitut', 47)).toEqual(['adult-education']);
    expect(actors.added).toEqual([]);
    expect(notes.list[1]).toEqual({ severity: 'info', line: 26, message: expect.objectContaining({ en: '"Centralen för bildning och välfärds kultur- och fritidstjänster" taken as "Kulturtjänster" (culture-services) and "Fritidstjänster" (leisure-services) of "Centralen för bildning och välfärd"' }) });
  });

  it('adds an unknown unit under its department, and reports a name a few letters from a known one without merging them', () => {
    const { actors, notes } = matcher();
    actors.resolve('Invandrartjänster', 52);
    expect(actors.resolve('Centralen för bildning och välfärds invandrantjänster', 54)).toEqual(['lovisa-invandrantjanster']);
    expect(actors.added).toEqual([
      { id: 'lovisa-invandrartjanster', name: 'Invandrartjänster', line: 52 },
      { id: 'lovisa-invandrantjanster', name: 'Invandrantjänster', line: 54, parent: 'education-welfare' },
    ]);
    expect(notes.list.filter((n) => n.severity === 'warning')).toEqual([
      { severity: 'warning', line: 54, message: expect.objectContaining({ en: 'the new actor "Invandrantjänster" (lovisa-invandrantjanster) looks like "Invandrartjänster" (lovisa-invandrartjanster); if they are one actor, keep one of them' }) },
    ]);
  });

  it("adds the table's departments first, so a unit named before its department is placed under it", () => {
    const { actors } = matcher('sv', []);
    actors.prepare([
      { name: 'Stadskanslicentralens ekonomitjänster', line: 21 },
      { name: 'Stadskanslicentralen', line: 98 },
    ]);
    expect(actors.resolve('Stadskanslicentralens ekonomitjänster', 21)).toEqual(['lovisa-ekonomitjanster']);
    expect(actors.added).toEqual([
      { id: 'lovisa-stadskanslicentralen', name: 'Stadskanslicentralen', line: 98 },
      { id: 'lovisa-ekonomitjanster', name: 'Ekonomitjänster', line: 21, parent: 'lovisa-stadskanslicentralen' },
    ]);
  });

  it("never matches another municipality's actor, and gives new ids the municipality's prefix once", () => {
    const { actors } = matcher();
    expect(actors.resolve('Ungdomstjänster', 3)).toEqual(['lovisa-ungdomstjanster']);
    expect(actors.resolve('Lovisa Föreningar rf', 4)).toEqual(['lovisa-foreningar-rf']);
  });

  it('looks up Finnish names and their genitives without adding anything', () => {
    const { actors } = matcher('fi');
    expect(actors.lookup('Sivistyksen ja hyvinvoinnin keskuksen kulttuuripalvelut', 5)).toEqual(['culture-services']);
    expect(actors.lookup('Kaikki keskukset', 6)).toEqual(['all-departments']);
    expect(actors.lookup('Kyläyhdistykset', 7)).toBeUndefined();
    expect(actors.ownName('Sivistyksen ja hyvinvoinnin keskuksen liikuntapalvelut')).toBe('Liikuntapalvelut');
    expect(actors.added).toEqual([]);
  });
});

describe('comparing names', () => {
  it('takes a changed ending as the same word, a changed stem as another', () => {
    expect(sameWord('centraler', 'centralerna')).toBe(true);
    expect(sameWord('keskus', 'keskuksen')).toBe(true);
    expect(sameWord('undervisningsväsende', 'undervisningsväsendet')).toBe(true);
    expect(sameWord('invandrartjänster', 'invandrantjänster')).toBe(false);
    expect(sameWord('hr', 'hrs')).toBe(false);
  });

  it('calls names near when a few letters differ', () => {
    expect(nearName('Centralen för utbildning och välfärd', 'Centralen för bildning och välfärd')).toBe(true);
    expect(nearName('Kulturtjänster', 'Kulturtjänster')).toBe(false);
    expect(nearName('Kulturtjänster', 'Idrottstjänster')).toBe(false);
  });
});
