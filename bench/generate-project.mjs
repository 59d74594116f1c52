#!/usr/bin/env node
// Writes a welfare project of N actions as real as the example's: bilingual texts of real
// length, free-text and registry indicators, several responsible actors, and two years of
// assessments with bilingual comments. Seeded, so the same N always gives the same files.
//
//   node bench/generate-project.mjs <dir> <actions> [--municipalities 2]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const [dir, count, ...rest] = process.argv.slice(2);
if (!dir || !count) {
  console.error('usage: node bench/generate-project.mjs <dir> <actions> [--municipalities 1|2]');
  process.exit(2);
}
const actions = Number(count);
const municipalityCount = Number(rest[rest.indexOf('--municipalities') + 1] ?? 1) === 2 ? 2 : 1;

let seed = 20231;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

// Parallel phrase lists: the same index means the same thing in Swedish and Finnish.
const verbs = [['Vi utvecklar', 'Kehitämme'], ['Vi ordnar', 'Järjestämme'], ['Vi stöder', 'Tuemme'], ['Vi utökar', 'Laajennamme'], ['Vi informerar om', 'Tiedotamme'], ['Vi kartlägger', 'Kartoitamme'], ['Vi förbättrar', 'Parannamme']];
const objects = [
  ['hobbyverksamheten för barn och unga', 'lasten ja nuorten harrastustoimintaa'],
  ['idrottsrådgivningen för vuxna och äldre', 'aikuisten ja ikääntyneiden liikuntaneuvontaa'],
  ['det förebyggande missbrukarvårdsarbetet', 'ehkäisevää päihdetyötä'],
  ['invånarnas möjligheter att påverka', 'asukkaiden vaikutusmahdollisuuksia'],
  ['tillgängligheten i stadens tjänster', 'kaupungin palvelujen saavutettavuutta'],
  ['samarbetet med tredje sektorn', 'yhteistyötä kolmannen sektorin kanssa'],
  ['läskunskapsarbetet med familjer', 'lukutaitotyötä perheiden kanssa'],
  ['trafiksäkerheten kring skolorna', 'koulujen ympäristön liikenneturvallisuutta'],
];
const contexts = [
  ['tillsammans med Östra Nylands välfärdsområde', 'yhdessä Itä-Uudenmaan hyvinvointialueen kanssa'],
  ['i samarbete med föreningarna i byarna', 'yhteistyössä kylien yhdistysten kanssa'],
  ['särskilt för dem som befinner sig i en utsatt situation', 'erityisesti haavoittuvassa asemassa oleville'],
  ['på båda inhemska språken', 'molemmilla kotimaisilla kielillä'],
  ['genom digitala kanaler och på plats', 'digitaalisesti ja paikan päällä'],
];
const indicatorTexts = [['Antalet deltagare.', 'Osallistujien määrä.'], ['Uppnått / Inte uppnått.', 'Toteutunut / Ei toteutunut.'], ['Genomförd verksamhet och respons.', 'Toteutunut toiminta ja palaute.'], ['Antalet kontakter och mängden respons.', 'Yhteydenottojen määrä ja palautteen määrä.']];
const comments = [
  ['Verksamheten har kommit i gång enligt planen och deltagarantalet har ökat jämfört med året innan.', 'Toiminta on käynnistynyt suunnitellusti ja osallistujamäärä on kasvanut edellisestä vuodesta.'],
  ['Åtgärden sköts fortsättningsvis som en del av den ordinarie verksamheten; 214 deltagare under året.', 'Toimenpide hoidetaan jatkossa osana perustoimintaa; vuoden aikana 214 osallistujaa.'],
  ['Resursbrist fördröjde starten, men planeringen blev klar under hösten.', 'Resurssipula viivästytti aloitusta, mutta suunnittelu valmistui syksyllä.'],
  ['Enkäten genomfördes i mars och resultaten behandlades i nämnden i juni.', 'Kysely toteutettiin maaliskuussa ja tulokset käsiteltiin lautakunnassa kesäkuussa.'],
];
const statuses = ['achieved', 'partly', 'ongoing', 'ongoing', 'not-started', 'not-achieved', 'dropped'];

const municipalities = [
  { id: 'lovisa', code: '434', name: { sv: 'Lovisa stad', fi: 'Loviisan kaupunki' } },
  { id: 'lapptrask', code: '407', name: { sv: 'Lappträsk kommun', fi: 'Lapinjärven kunta' } },
].slice(0, municipalityCount);

const actors = Array.from({ length: 40 }, (_, i) => ({
  id: `actor-${i + 1}`,
  name: { sv: `Centralen för bildning och välfärd, enhet ${i + 1}`, fi: `Sivistyksen ja hyvinvoinnin keskus, yksikkö ${i + 1}` },
}));
const indicators = Array.from({ length: 12 }, (_, i) => ({
  id: `indicator-${i + 1}`,
  name: { sv: `Välfärdsindikator ${i + 1}, andel av befolkningen`, fi: `Hyvinvointi-indikaattori ${i + 1}, osuus väestöstä` },
  unit: { sv: '%', fi: '%' },
  decimals: 1,
  higherIsBetter: i % 2 === 0,
  source: { sotkanet: 100 + i },
  values: Object.fromEntries(municipalities.map((m) => [m.id, Object.fromEntries([2019, 2020, 2021, 2022, 2023, 2024].map((y) => [String(y), Math.round(random() * 400) / 10]))])),
}));

function matrixFor(municipality, n, offset) {
  const focusAreas = [
    { id: 'involvement', title: { sv: 'Involvering av invånarna', fi: 'Asukkaiden osallisuus' }, goals: [] },
    { id: 'prevention', title: { sv: 'Förebyggande verksamhet och tjänster i rätt tid', fi: 'Ennaltaehkäisevä toiminta ja oikea-aikaiset palvelut' }, goals: [] },
    { id: 'environment', title: { sv: 'Miljön som stöder välfärd', fi: 'Hyvinvointia tukeva ympäristö' }, goals: [] },
  ];
  for (let i = 0; i < n; i++) {
    const area = i % 3;
    const fa = focusAreas[area];
    if (fa.goals.length === 0 || fa.goals.at(-1).actions.length >= 10) {
      const g = fa.goals.length + 1;
      // Goals of the same id read the same in both municipalities, as the joint report expects.
      const [ov, of] = objects[(g + area) % objects.length];
      fa.goals.push({ id: `${fa.id}-goal-${g}`, text: { sv: `Mål ${area + 1}.${g}: vi stärker ${ov}.`, fi: `Tavoite ${area + 1}.${g}: vahvistamme ${of}.` }, actions: [] });
    }
    const [vs, vf] = pick(verbs), [os, of] = pick(objects), [cs, cf] = pick(contexts);
    const indicatorsOfAction = [{ text: Object.fromEntries([['sv', pick(indicatorTexts)[0]], ['fi', pick(indicatorTexts)[1]]]) }];
    if (random() < 0.3) indicatorsOfAction.push({ ref: pick(indicators).id });
    const actorIds = [...new Set([pick(actors).id, pick(actors).id, pick(actors).id].slice(0, 1 + Math.floor(random() * 3)))];
    const assessments = [2023, 2024].map((year) => {
      const [s, f] = pick(comments);
      return { year, status: pick(statuses), comment: { sv: s, fi: f } };
    });
    fa.goals.at(-1).actions.push({
      id: `action-${offset + i + 1}`,
      text: { sv: `${vs} ${os} ${cs} (åtgärd ${offset + i + 1}).`, fi: `${vf} ${of} ${cf} (toimenpide ${offset + i + 1}).` },
      indicators: indicatorsOfAction,
      actors: actorIds,
      assessments,
    });
  }
  return { municipalities: [municipality.id], title: { sv: `Åtgärdsmatris för ${municipality.name.sv}`, fi: `${municipality.name.fi} toimenpidematriisi` }, period: { start: 2023, end: 2025 }, focusAreas };
}

const schema = (name, depth) => `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${name}.schema.json\n`;
mkdirSync(join(dir, 'matrices'), { recursive: true });
const write = (file, kind, data) => writeFileSync(join(dir, file), schema(kind, 0) + stringify(data, { lineWidth: 0 }));
write('welfare.config.yaml', 'config', {
  title: { sv: `Välfärdsberättelse (${actions} åtgärder)`, fi: `Hyvinvointikertomus (${actions} toimenpidettä)` },
  authors: { sv: 'Arbetsgruppen för främjande av hälsa och välfärd', fi: 'Hyvinvoinnin ja terveyden edistämisen työryhmä' },
  date: '2025-05-15',
  period: { start: 2023, end: 2025 },
  languages: ['sv', 'fi'],
  documents: ['report', 'overview'],
  municipalities: municipalities.map((m) => ({ ...m, matrix: `matrices/${m.id}.yaml` })),
});
write('actors.yaml', 'actors', { actors });
write('indicators.yaml', 'indicators', { indicators });
write('content.yaml', 'content', {
  sections: ['summary', 'background', 'residents', 'strengths', 'plan'].map((id) => ({
    id,
    body: { sv: `Text för avsnittet ${id}.\n\n- en punkt\n- en annan punkt`, fi: `Osion ${id} teksti.\n\n- yksi kohta\n- toinen kohta` },
  })),
});
let offset = 0;
municipalities.forEach((m, i) => {
  const n = municipalityCount === 1 ? actions : i === 0 ? Math.ceil(actions * 0.8) : actions - Math.ceil(actions * 0.8);
  writeFileSync(join(dir, 'matrices', `${m.id}.yaml`), schema('matrix', 1) + stringify(matrixFor(m, n, offset), { lineWidth: 0 }));
  offset += n;
});
