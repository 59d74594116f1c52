import { ExitCode, WelfareError, type Said } from '../core/errors.js';
import { inEach, phrase, type MessageLanguage } from '../core/messages.js';
import { positionOf, type SourceFile } from '../core/source.js';
import type { Municipality, RegionKind } from '../generated/types.js';
import type { SotkanetRegion } from './sotkanet.js';

/**
 * Sotkanet's region id of each municipality, by its official code. The ids are Sotkanet's own
 * numbering (Loviisa is not region 434), so the region list is the only safe way between them.
 */
export function regionIdsOf(municipalities: Municipality[], regions: SotkanetRegion[], config: SourceFile): Map<string, number> {
  // Compared as the exact strings: the config's codes are three digits ("091"), as Sotkanet writes
  // them. Read as numbers, "0434" would pass for Loviisa's 434 and give Lovisa another region's values.
  const byCode = new Map(regions.filter((r) => r.category === 'KUNTA').map((r) => [String(r.code), r.id]));
  const ids = new Map<string, number>();
  municipalities.forEach((m, i) => {
    const id = byCode.get(m.code);
    if (id === undefined) {
      const { line, col } = positionOf(config, ['municipalities', i, 'code']);
      throw new WelfareError(inEach(says.unknownCode, m), ExitCode.invalid, { file: config.path, line, col, hint: inEach(says.checkCode) });
    }
    ids.set(m.id, id);
  });
  return ids;
}

/** Sotkanet's category of each kind of reference region. */
export const regionCategories: Record<RegionKind, string> = {
  country: 'MAA',
  'wellbeing-services-county': 'HYVINVOINTIALUE',
  region: 'MAAKUNTA',
  'sub-region': 'SEUTUKUNTA',
};

const kindNames: Record<RegionKind, Record<MessageLanguage, string>> = {
  country: { en: 'the whole country', sv: 'hela landet', fi: 'koko maa' },
  'wellbeing-services-county': { en: 'wellbeing services county', sv: 'välfärdsområde', fi: 'hyvinvointialue' },
  region: { en: 'region (maakunta / landskap)', sv: 'landskap', fi: 'maakunta' },
  'sub-region': { en: 'sub-region (seutukunta / ekonomisk region)', sv: 'ekonomisk region', fi: 'seutukunta' },
};

const says = {
  unknownCode: phrase<{ code: string; id: string }>(
    (m) => `the municipality code ${m.code} of '${m.id}' is not a municipality (KUNTA) in Sotkanet's region list`,
    (m) => `kommunnumret ${m.code} för '${m.id}' är ingen kommun (KUNTA) i Sotkanets områdeslista`,
    (m) => `kunnan '${m.id}' kuntanumero ${m.code} ei ole kunta (KUNTA) Sotkanetin aluelistassa`,
  ),
  checkCode: phrase(
    () => "check the code against Statistics Finland's list of municipalities (e.g. 434 Lovisa, 407 Lappträsk); merged municipalities have new codes",
    () => 'jämför numret med Statistikcentralens kommunförteckning (t.ex. 434 Lovisa, 407 Lappträsk); sammanslagna kommuner har nya nummer',
    () => 'tarkista numero Tilastokeskuksen kuntaluettelosta (esim. 434 Loviisa, 407 Lapinjärvi); yhdistyneillä kunnilla on uudet numerot',
  ),
  noCountry: phrase<{ category: string; kind: RegionKind }>(
    (p) => `Sotkanet's region list has no region of category ${p.category} (${kindNames[p.kind].en}); its values were not pulled`,
    (p) => `Sotkanets områdeslista har inget område i kategorin ${p.category} (${kindNames[p.kind].sv}); dess värden hämtades inte`,
    (p) => `Sotkanetin aluelistassa ei ole luokan ${p.category} aluetta (${kindNames[p.kind].fi}); sen arvoja ei haettu`,
  ),
  notMember: phrase<{ category: string; kind: RegionKind; id: string; code: string }>(
    (p) => `Sotkanet lists no ${kindNames[p.kind].en} (category ${p.category}) that '${p.id}' (code ${p.code}) belongs to; no such values were pulled for it`,
    (p) => `Sotkanet anger inget område av typen ${kindNames[p.kind].sv} (kategori ${p.category}) som '${p.id}' (nummer ${p.code}) hör till; inga sådana värden hämtades för kommunen`,
    (p) => `Sotkanet ei ilmoita aluetta (${kindNames[p.kind].fi}, luokka ${p.category}), johon '${p.id}' (kuntanumero ${p.code}) kuuluisi; sille ei haettu tällaisia arvoja`,
  ),
};

/** A reference region as Sotkanet lists it, with the project's municipalities it is the reference of (none: everyone's). */
export interface FoundRegion {
  kind: RegionKind;
  region: SotkanetRegion;
  municipalities?: string[];
}

/**
 * The reference regions of the kinds asked for: the whole country is the region of category
 * MAA; any other kind is found through each municipality's region and its `memberOf` ids, never
 * from a code or a name. A municipality that belongs to no region of a kind gets a note, and the
 * rest are pulled.
 */
export function referenceRegionsOf(kinds: readonly RegionKind[], municipalities: Municipality[], municipalityRegions: Map<string, number>, regions: SotkanetRegion[]): { found: FoundRegion[]; notes: Said[] } {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const found: FoundRegion[] = [];
  const notes: Said[] = [];
  for (const kind of kinds) {
    const category = regionCategories[kind];
    if (kind === 'country') {
      const country = regions.find((r) => r.category === category);
      if (country) found.push({ kind, region: country });
      else notes.push(inEach(says.noCountry, { category, kind }));
      continue;
    }
    const members = new Map<number, string[]>();
    for (const m of municipalities) {
      const own = byId.get(municipalityRegions.get(m.id)!);
      const larger = (Array.isArray(own?.memberOf) ? own.memberOf : []).map((id) => byId.get(id)).find((r) => r?.category === category);
      if (larger) members.set(larger.id, [...(members.get(larger.id) ?? []), m.id]);
      else notes.push(inEach(says.notMember, { category, kind, id: m.id, code: m.code }));
    }
    for (const [id, ids] of members) found.push({ kind, region: byId.get(id)!, municipalities: ids });
  }
  return { found, notes };
}
