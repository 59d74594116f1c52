import { ExitCode, WelfareError } from '../core/errors.js';
import { isId } from '../core/slug.js';

/** A municipality of a new project, from `--municipality <id>:<code>:<sv name>:<fi name>`. */
export interface MunicipalitySpec {
  id: string;
  code: string;
  name: { sv: string; fi: string };
}

/** The example a project starts with when no --municipality is given. */
export const exampleMunicipality = 'lovisa:434:Lovisa stad:Loviisan kaupunki';

export function parseMunicipality(spec: string): MunicipalitySpec {
  const [id = '', code = '', sv = '', ...fi] = spec.split(':').map((s) => s.trim());
  const problem = !isId(id)
    ? `'${id}' is not an id (lower-case letters a–z, digits and single hyphens)`
    : !/^[0-9]{3}$/.test(code)
      ? `'${code}' is not a three-digit municipality code`
      : !sv || !fi.join(':')
        ? 'the Swedish and the Finnish name are both needed'
        : undefined;
  if (problem) {
    throw new WelfareError(`--municipality '${spec}': ${problem}`, ExitCode.environment, {
      hint: "write <id>:<code>:<Swedish name>:<Finnish name>, e.g. --municipality 'lapptrask:407:Lappträsk kommun:Lapinjärven kunta'",
    });
  }
  return { id, code, name: { sv, fi: fi.join(':') } };
}

/** The municipalities of a new project: each id and code once. */
export function parseMunicipalities(specs: readonly string[]): MunicipalitySpec[] {
  const parsed = (specs.length ? specs : [exampleMunicipality]).map(parseMunicipality);
  for (const key of ['id', 'code'] as const) {
    const twice = parsed.find((m, i) => parsed.findIndex((o) => o[key] === m[key]) !== i);
    if (twice) throw new WelfareError(`two --municipality options have the ${key === 'id' ? 'id' : 'code'} '${twice[key]}'`, ExitCode.environment);
  }
  return parsed;
}
