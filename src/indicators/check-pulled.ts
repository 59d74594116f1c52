import type { ErrorObject } from 'ajv';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase, typeName, type MessageLanguage } from '../core/messages.js';
import type { SourceFile } from '../core/source.js';
import { indicators as validIndicators } from '../generated/validators.js';

/** How to go on when Sotkanet's answers are not what they should be. */
export const checkAddress = phrase(
  () => 'check the address in --base-url or WELFARE_SOTKANET_URL; run again with --refresh if the cached answer is damaged',
  () => 'kontrollera adressen i --base-url eller WELFARE_SOTKANET_URL; kör igen med --refresh om det cachade svaret är skadat',
  () => 'tarkista osoite valitsimessa --base-url tai muuttujassa WELFARE_SOTKANET_URL; suorita uudelleen valitsimella --refresh, jos välimuistissa oleva vastaus on vioittunut',
);

const invalid = phrase<{ url: string; file: string; field: string; id?: string; sotkanet: string; shown: string; error: ErrorObject }>(
  (p) => `the answers of ${p.url} would make ${p.file} invalid: ${p.field}${p.id ? ` of '${p.id}' (Sotkanet indicator ${p.sotkanet})` : ''} would be ${p.shown}, but it ${p.error.message ?? 'is not allowed'}. Nothing was written.`,
  (p) => `svaren från ${p.url} skulle göra ${p.file} ogiltig: ${p.field}${p.id ? ` för '${p.id}' (Sotkanet-indikator ${p.sotkanet})` : ''} skulle bli ${p.shown}, men ${rule(p.error, 'sv')}. Inget skrevs.`,
  (p) => `osoitteen ${p.url} vastaukset tekisivät tiedostosta ${p.file} virheellisen: ${p.field}${p.id ? ` (mittari '${p.id}', Sotkanet-mittari ${p.sotkanet})` : ''} olisi ${p.shown}, mutta ${rule(p.error, 'fi')}. Mitään ei kirjoitettu.`,
);

/** What the schema asks of the value, in Swedish or Finnish (ajv words it in English). */
function rule(error: ErrorObject, lang: Exclude<MessageLanguage, 'en'>): string {
  const should = { sv: 'den ska vara', fi: 'sen pitää olla' }[lang];
  if (['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum'].includes(error.keyword)) return `${should} ${String(error.params.comparison)} ${String(error.params.limit)}`;
  if (error.keyword === 'type') return `${should} ${typeName(String(error.params.type), lang)}`;
  return { sv: 'det är inte tillåtet', fi: 'se ei ole sallittu' }[lang];
}

/**
 * The last gate before indicators.yaml is written: with Sotkanet's answers applied, the file
 * must pass the same schema `welfare validate` checks it with (decimals 0–4, years 2000–2100,
 * finite numbers), so a pull never writes a file the next validate refuses.
 */
export function checkPulled(file: SourceFile, sotkanetIds: number[], baseUrl: string): void {
  const data: unknown = file.doc.toJS({ maxAliasCount: -1 });
  if (validIndicators(data)) return;
  const error = validIndicators.errors![0]!;
  const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const value = path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
  const index = path[0] === 'indicators' ? Number(path[1]) : NaN;
  const indicator = (data as { indicators?: { id?: unknown; source?: { sotkanet?: unknown } }[] }).indicators?.[index];
  const field = path.slice(2).join('.') || path.join('.');
  const shown = JSON.stringify(value)?.slice(0, 40) ?? String(value);
  const said = inEach(invalid, { url: baseUrl, file: file.path, field, id: indicator && String(indicator.id), sotkanet: String(indicator?.source?.sotkanet ?? sotkanetIds.join(', ')), shown, error });
  throw new WelfareError(said, ExitCode.environment, { hint: inEach(checkAddress) });
}
