import { schemaComment } from '../core/schema-ref.js';
import { stringify } from 'yaml';
import type { DocumentKind } from '../core/kinds.js';
import type { MunicipalitySpec } from './municipality-spec.js';

/** A file of the new project: its path relative to the project folder, and its text. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

export interface ProjectFacts {
  municipalities: MunicipalitySpec[];
  period: { start: number; end: number };
  /** Today, YYYY-MM-DD: the documents' date. */
  date: string;
  /** The $schema reference of a file of this kind in this folder (relative to the project). */
  schemaRef: (fileDir: string, kind: DocumentKind) => string;
}

/** A YAML scalar as a person would write it: plain where that is safe, quoted where not. */
const q = (value: string | number) => stringify(value, { lineWidth: 0 }).trimEnd();

const header = (facts: ProjectFacts, dir: string, kind: DocumentKind, ...comments: string[]) =>
  [schemaComment(facts.schemaRef(dir, kind)), ...comments.map((c) => `# ${c}`)].join('\n') + '\n';

/**
 * The welfare files of a new project: small, valid, in Swedish and Finnish, and complete
 * enough that `welfare build` makes both documents at once. The comments say what to do next.
 */
export function projectFiles(facts: ProjectFacts): ScaffoldFile[] {
  return [config(facts), ...facts.municipalities.map((m) => matrix(facts, m)), actors(facts), indicators(facts), content(facts)];
}

function config(facts: ProjectFacts): ScaffoldFile {
  const { start, end } = facts.period;
  const municipalities = facts.municipalities
    .map((m) => `  - id: ${m.id}\n    code: ${q(m.code)}\n    name:\n      sv: ${q(m.name.sv)}\n      fi: ${q(m.name.fi)}\n    matrix: matrices/${m.id}.yaml\n`)
    .join('');
  return {
    path: 'welfare.config.yaml',
    text:
      header(facts, '.', 'config', 'The welfare project: its municipalities, plan period, languages and documents.', "Check it with 'welfare validate'; build the documents with 'welfare build'.") +
      `title:
  sv: Välfärdsberättelse och välfärdsplan ${start}–${end}
  fi: Hyvinvointikertomus ja hyvinvointisuunnitelma ${start}–${end}
authors:
  sv: Arbetsgruppen för främjande av hälsa och välfärd
  fi: Hyvinvoinnin ja terveyden edistämisen työryhmä
# The documents' date, also the PDFs' creation date: change it when the documents are final.
date: ${facts.date}
# The plan period: usually the council term.
period:
  start: ${start}
  end: ${end}
languages: [sv, fi]
# Also build a bilingual edition, Swedish and Finnish side by side.
bilingual: true
documents: [report, overview]
# One action matrix per municipality; 'code' is the official municipality code (Sotkanet uses it).
municipalities:
${municipalities}`,
  };
}

function matrix(facts: ProjectFacts, m: MunicipalitySpec): ScaffoldFile {
  const year = facts.period.start;
  return {
    path: `matrices/${m.id}.yaml`,
    text:
      header(facts, 'matrices', 'matrix', `The action matrix of ${m.name.sv} / ${m.name.fi}: focus areas, goals, actions.`, 'Ids are stable: the yearly assessments and the joint matrix find actions by them, so never reuse or rename one.') +
      `municipalities: [${m.id}]
focusAreas:
  - id: involvement
    title:
      sv: Invånarnas delaktighet
      fi: Asukkaiden osallisuus
    goals:
      - id: residents-influence
        text:
          sv: Invånarna kan påverka ärenden som berör dem.
          fi: Asukkaat voivat vaikuttaa heitä koskeviin asioihin.
        actions:
          - id: resident-survey
            text:
              sv: Vi gör en invånarenkät om välfärd och tjänster.
              fi: Teemme asukaskyselyn hyvinvoinnista ja palveluista.
            indicators:
              - text:
                  sv: Antalet svar och hur resultaten används.
                  fi: Vastausten määrä ja tulosten hyödyntäminen.
            actors: [welfare-group]
            # One assessment per year: achieved, partly, ongoing, not-started, not-achieved or dropped.
            assessments:
              - year: ${year}
                status: ongoing
                comment:
                  sv: Enkäten planeras tillsammans med tredje sektorn.
                  fi: Kysely suunnitellaan yhdessä kolmannen sektorin kanssa.
  - id: health
    title:
      sv: Hälsa och funktionsförmåga
      fi: Terveys ja toimintakyky
    goals:
      - id: less-illness
        text:
          sv: Sjukligheten minskar.
          fi: Sairastavuus vähenee.
        actions:
          - id: village-evenings
            text:
              sv: Vi ordnar byakvällar om hälsa och motion.
              fi: Järjestämme kyläiltoja terveydestä ja liikunnasta.
            indicators:
              - ref: village-evening-participants
              - ref: morbidity-index
            actors: [welfare-group, associations]
`,
  };
}

function actors(facts: ProjectFacts): ScaffoldFile {
  return {
    path: 'actors.yaml',
    text:
      header(facts, '.', 'actors', 'The responsible actors that actions name by id.') +
      `actors:
  - id: welfare-group
    name:
      sv: Arbetsgruppen för främjande av hälsa och välfärd
      fi: Hyvinvoinnin ja terveyden edistämisen työryhmä
  - id: associations
    name:
      sv: Tredje sektorn
      fi: Kolmas sektori
`,
  };
}

function indicators(facts: ProjectFacts): ScaffoldFile {
  const [first] = facts.municipalities;
  return {
    path: 'indicators.yaml',
    text:
      header(
        facts,
        '.',
        'indicators',
        'The indicators actions refer to: from THL\'s Sotkanet or counted by the municipality.',
        "Sotkanet's values are fetched with 'welfare indicators pull' (data: THL/Sotkanet, CC BY 4.0).",
      ) +
      `indicators:
  - id: morbidity-index
    name:
      sv: THL:s sjuklighetsindex, åldersstandardiserat
      fi: THL:n sairastavuusindeksi, ikävakioitu
    unit:
      sv: index, hela landet = 100
      fi: indeksi, koko maa = 100
    higherIsBetter: false
    source:
      sotkanet: 243
  - id: village-evening-participants
    name:
      sv: Deltagare i byakvällarna
      fi: Kyläiltojen osallistujat
    unit:
      sv: personer
      fi: henkilöä
    decimals: 0
    higherIsBetter: true
    source:
      own:
        sv: Räknas av arbetsgruppen vid varje byakväll.
        fi: Työryhmä laskee jokaisessa kyläillassa.
    # Write the counts per municipality and year, e.g.
    # values:
    #   ${first!.id}:
    #     ${facts.period.start}: 120
`,
  };
}

function content(facts: ProjectFacts): ScaffoldFile {
  const section = (id: string, sv: string, fi: string) => `  - id: ${id}\n    body:\n      sv: ${q(sv)}\n      fi: ${q(fi)}\n`;
  return {
    path: 'content.yaml',
    text:
      header(facts, '.', 'content', "The report's own text, in Markdown, section by section (THL's structure of a welfare report).") +
      'sections:\n' +
      section('summary', 'De viktigaste styrkorna och utmaningarna, och vad åtgärderna betonar.', 'Tärkeimmät vahvuudet ja haasteet sekä se, mitä toimenpiteet painottavat.') +
      section('background', 'Vem som har utarbetat berättelsen, hur invånarna har deltagit och hur den årliga rapporteringen görs.', 'Kuka kertomuksen on laatinut, miten asukkaat ovat osallistuneet ja miten vuosittainen raportointi tehdään.') +
      section('residents', 'Invånarnas välfärd, hälsa och tjänster: indikatorerna och deras utveckling.', 'Asukkaiden hyvinvointi, terveys ja palvelut: mittarit ja niiden kehitys.') +
      section('strengths', 'Styrkorna och utvecklingsområdena.', 'Vahvuudet ja kehittämiskohteet.') +
      section('plan', 'Välfärdsplanen: tyngdpunkterna, målen och åtgärderna finns i åtgärdsmatrisen.', 'Hyvinvointisuunnitelma: painopisteet, tavoitteet ja toimenpiteet ovat toimenpidematriisissa.') +
      section(`overview-${facts.period.start}`, `Hur åtgärderna utföll år ${facts.period.start}.`, `Miten toimenpiteet toteutuivat vuonna ${facts.period.start}.`),
  };
}
