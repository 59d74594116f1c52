import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, inEachBy, phrase } from '../core/messages.js';
import { isId } from '../core/slug.js';

/** A municipality of a new project, from `--municipality <id>:<code>:<sv name>:<fi name>`. */
export interface MunicipalitySpec {
  id: string;
  code: string;
  name: { sv: string; fi: string };
}

/** The example a project starts with when no --municipality is given. */
export const exampleMunicipality = 'lovisa:434:Lovisa stad:Loviisan kaupunki';

const says = {
  notAnId: phrase<string>(
    (id) => `'${id}' is not an id (lower-case letters a–z, digits and single hyphens)`,
    (id) => `'${id}' är inget id (små bokstäver a–z, siffror och enkla bindestreck)`,
    (id) => `'${id}' ei kelpaa tunnisteeksi (pienet kirjaimet a–z, numerot ja yksittäiset yhdysmerkit)`,
  ),
  notACode: phrase<string>((code) => `'${code}' is not a three-digit municipality code`, (code) => `'${code}' är inget tresiffrigt kommunnummer`, (code) => `'${code}' ei ole kolminumeroinen kuntanumero`),
  names: phrase(() => 'the Swedish and the Finnish name are both needed', () => 'både det svenska och det finska namnet behövs', () => 'sekä ruotsin- että suomenkielinen nimi tarvitaan'),
  spec: phrase<{ spec: string; problem: string }>((p) => `--municipality '${p.spec}': ${p.problem}`, (p) => `--municipality '${p.spec}': ${p.problem}`, (p) => `--municipality '${p.spec}': ${p.problem}`),
  write: phrase(
    () => "write <id>:<code>:<Swedish name>:<Finnish name>, e.g. --municipality 'lapptrask:407:Lappträsk kommun:Lapinjärven kunta'",
    () => "skriv <id>:<nummer>:<svenskt namn>:<finskt namn>, t.ex. --municipality 'lapptrask:407:Lappträsk kommun:Lapinjärven kunta'",
    () => "kirjoita <tunniste>:<numero>:<ruotsinkielinen nimi>:<suomenkielinen nimi>, esim. --municipality 'lapptrask:407:Lappträsk kommun:Lapinjärven kunta'",
  ),
  twice: phrase<{ key: 'id' | 'code'; value: string }>(
    (p) => `two --municipality options have the ${p.key} '${p.value}'`,
    (p) => `två --municipality-flaggor har ${p.key === 'id' ? 'id:t' : 'numret'} '${p.value}'`,
    (p) => `kahdella --municipality-valitsimella on sama ${p.key === 'id' ? 'tunniste' : 'kuntanumero'} '${p.value}'`,
  ),
};

export function parseMunicipality(spec: string): MunicipalitySpec {
  const [id = '', code = '', sv = '', ...fi] = spec.split(':').map((s) => s.trim());
  const problem = !isId(id) ? inEach(says.notAnId, id) : !/^[0-9]{3}$/.test(code) ? inEach(says.notACode, code) : !sv || !fi.join(':') ? inEach(says.names) : undefined;
  if (problem) throw new WelfareError(inEachBy(says.spec, (lang) => ({ spec, problem: problem[lang] })), ExitCode.environment, { hint: inEach(says.write) });
  return { id, code, name: { sv, fi: fi.join(':') } };
}

/** The municipalities of a new project: each id and code once. */
export function parseMunicipalities(specs: readonly string[]): MunicipalitySpec[] {
  const parsed = (specs.length ? specs : [exampleMunicipality]).map(parseMunicipality);
  for (const key of ['id', 'code'] as const) {
    const twice = parsed.find((m, i) => parsed.findIndex((o) => o[key] === m[key]) !== i);
    if (twice) throw new WelfareError(inEach(says.twice, { key, value: twice[key] }), ExitCode.environment);
  }
  return parsed;
}
