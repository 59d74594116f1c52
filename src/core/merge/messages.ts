import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import { CONFIG_FILE } from '../kinds.js';
import { entityName, message, type MessageLanguage } from '../messages.js';
import { positionOf, type DataPath, type SourceFile } from '../source.js';

type P = Record<string, string | number>;
type Template = (p: P) => string;
const t = (en: Template, sv: Template, fi: Template) => ({ en, sv, fi });

/** What merge tells the planner, in English, Swedish and Finnish, like every message of validate. */
const templates: Record<string, Record<MessageLanguage, Template>> = {
  'merge-conflict': t(
    (p) => `${p.where} is not the same in ${p.other} (${p.fields}); make them the same${p.resolvable ? `, or resolve the conflict with --prefer ${p.id}=<municipality> or --split ${p.id} (merge.resolutions in ${CONFIG_FILE})` : ''}`,
    (p) => `${p.where} är inte densamma i ${p.other} (${p.fields}); gör dem lika${p.resolvable ? `, eller avgör konflikten med --prefer ${p.id}=<kommun> eller --split ${p.id} (merge.resolutions i ${CONFIG_FILE})` : ''}`,
    (p) => `${p.where} ei ole sama kuin kohdassa ${p.other} (${p.fields}); yhtenäistä ne${p.resolvable ? ` tai ratkaise ristiriita valinnalla --prefer ${p.id}=<kunta> tai --split ${p.id} (merge.resolutions tiedostossa ${CONFIG_FILE})` : ''}`,
  ),
  'assessment-conflict': t(
    (p) => `${p.where} has a different assessment for ${p.year} (${p.municipality}) in ${p.other}; keep one of them`,
    (p) => `${p.where} har en annan bedömning för ${p.year} (${p.municipality}) i ${p.other}; behåll den ena`,
    (p) => `${p.where}: vuoden ${p.year} arviointi (${p.municipality}) on toinen kohdassa ${p.other}; säilytä niistä yksi`,
  ),
  'value-conflict': t(
    (p) => `${p.where} has a different value for ${p.municipality} ${p.year} in ${p.other} (${p.value} and ${p.otherValue}); keep one of them`,
    (p) => `${p.where} har ett annat värde för ${p.municipality} ${p.year} i ${p.other} (${p.value} och ${p.otherValue}); behåll det ena`,
    (p) => `${p.where}: arvo (${p.municipality} ${p.year}) on toinen kohdassa ${p.other} (${p.value} ja ${p.otherValue}); säilytä niistä yksi`,
  ),
  'different-text': t(
    (p) => `${p.where} has another ${p.field} in ${p.other}; the merge keeps the one in ${p.kept}`,
    (p) => `${p.where} har en annan ${p.field} i ${p.other}; sammanslagningen behåller den i ${p.kept}`,
    (p) => `${p.where}: kohdassa ${p.other} on toinen ${p.field}; yhdistäminen säilyttää kohdan ${p.kept} version`,
  ),
  'same-text': t(
    (p) => `${p.where} has the same ${p.field} as ${p.otherWhere} in ${p.other}; if they are one and the same, give them one id`,
    (p) => `${p.where} har samma ${p.field} som ${p.otherWhere} i ${p.other}; om de är en och samma, ge dem ett id`,
    (p) => `${p.where}: ${p.field} on sama kuin kohteella ${p.otherWhere} kohdassa ${p.other}; jos ne ovat yksi ja sama, anna niille yksi tunniste`,
  ),
  'different-place': t(
    (p) => `${p.where} stands under ${p.parent} here and under ${p.otherParent} in ${p.other}; the joint matrix puts it under ${p.kept}`,
    (p) => `${p.where} står under ${p.parent} här och under ${p.otherParent} i ${p.other}; den gemensamma matrisen placerar den under ${p.kept}`,
    (p) => `${p.where}: yläkohta on täällä ${p.parent} ja kohdassa ${p.other} ${p.otherParent}; yhteisessä matriisissa se on ${p.kept}`,
  ),
  'left-out': t(
    (p) => `${p.where} is left out of the joint matrix: all its ${p.children} stand elsewhere there`,
    (p) => `${p.where} utelämnas ur den gemensamma matrisen: alla dess ${p.children} står någon annanstans där`,
    (p) => `${p.where} jää pois yhteisestä matriisista: kaikki sen ${p.children} ovat siinä muualla`,
  ),
  'bad-resolution': t(
    (p) => `the resolution for ${p.where} prefers '${p.value}', but exactly one of its versions must be carried by '${p.value}' (versions: ${p.allowed})`,
    (p) => `beslutet om ${p.where} föredrar '${p.value}', men exakt en av dess versioner ska genomföras av '${p.value}' (versioner: ${p.allowed})`,
    (p) => `kohteen ${p.where} ratkaisu suosii kuntaa '${p.value}', mutta täsmälleen yhden version pitää kuulua kunnalle '${p.value}' (versiot: ${p.allowed})`,
  ),
  'split-id-taken': t(
    (p) => `splitting ${p.where} needs the id '${p.value}', which ${p.other} already uses`,
    (p) => `för att dela ${p.where} behövs id:t '${p.value}', som redan används i ${p.other}`,
    (p) => `kohteen ${p.where} jakaminen tarvitsee tunnisteen '${p.value}', joka on jo käytössä kohdassa ${p.other}`,
  ),
  'period-mismatch': t(
    (p) => `the plan period ${p.period} differs from ${p.otherPeriod} in ${p.other}; the joint matrix spans ${p.joint}`,
    (p) => `planperioden ${p.period} skiljer sig från ${p.otherPeriod} i ${p.other}; den gemensamma matrisen omfattar ${p.joint}`,
    (p) => `suunnitelmakausi ${p.period} poikkeaa kohdan ${p.other} kaudesta ${p.otherPeriod}; yhteinen matriisi kattaa vuodet ${p.joint}`,
  ),
  written: t(
    (p) => `wrote ${p.file} (${p.field}: ${p.count})`,
    (p) => `skrev ${p.file} (${p.field}: ${p.count})`,
    (p) => `kirjoitettiin ${p.file} (${p.field}: ${p.count})`,
  ),
};

export function mergeMessage(lang: MessageLanguage, rule: string, params: P): string {
  const template = templates[rule];
  return template ? template[lang](params) : message(lang, rule, params);
}

/** A place in an input file: an item, or a field of it. */
export interface Place {
  file: SourceFile;
  path: DataPath;
}

/** Collects the diagnostics of one merge, positioned in the input files. */
export class MergeReport {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly lang: MessageLanguage) {}

  add(severity: Severity, rule: string, at: Place, params: P): void {
    const { line, col } = positionOf(at.file, at.path);
    this.diagnostics.push({ file: at.file.path, line, col, severity, rule, message: mergeMessage(this.lang, rule, params) });
  }

  /**
   * A disagreement between two places, reported at both so an editor or a pull request shows it in
   * either file; each message names the other side's file:line.
   */
  pair<Q extends Place>(severity: Severity, rule: string, a: Q, b: Q, params: (here: Q, there: Q) => P): void {
    this.add(severity, rule, a, { ...params(a, b), other: this.where(b) });
    this.add(severity, rule, b, { ...params(b, a), other: this.where(a) });
  }

  /** `file:line` of a place, as messages name the other side. */
  where(place: Place): string {
    return `${place.file.path}:${positionOf(place.file, place.path).line}`;
  }

  /** An item in the planner's words: "action 'x'", "åtgärden 'x'", "toimenpide 'x'". */
  named(listKey: string, id: string): string {
    return `${entityName(listKey, this.lang) ?? listKey} '${id}'`;
  }
}
