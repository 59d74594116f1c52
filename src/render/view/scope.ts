import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ActionMatrix, Municipality } from '../../generated/types.js';
import { ExitCode, WelfareError } from '../../core/errors.js';
import { mergeMatrices, mergeOptionsOf } from '../../core/merge.js';
import { inEach, phrase, type MessageLanguage } from '../../core/messages.js';
import type { Project } from '../../core/model.js';

/**
 * What one folder of the output covers: a municipality with its own matrix, or all of them
 * with the joint matrix. The report appends the scope's matrices.
 */
export interface Scope {
  /** The output folder: the municipality's id, or `joint`. */
  id: string;
  joint: boolean;
  municipalities: Municipality[];
  matrix: ActionMatrix;
  appendices: { municipality: Municipality | null; matrix: ActionMatrix }[];
}

const JOINT = 'joint';

const jointId = phrase<string>(
  (joint) => `a municipality has the id '${joint}', which is the folder of the joint documents`,
  (joint) => `en kommun har id:t '${joint}', som är mappen för de gemensamma dokumenten`,
  (joint) => `kunnan tunniste on '${joint}', joka on yhteisten asiakirjojen kansio`,
);
const anotherId = phrase(() => 'give the municipality another id, e.g. its name', () => 'ge kommunen ett annat id, t.ex. dess namn', () => 'anna kunnalle toinen tunniste, esim. sen nimi');

/**
 * A scope per municipality and, when the project has several, the joint one with the merged
 * matrix. Merge conflicts come back as error diagnostics and no scopes.
 */
export function projectScopes(project: Project, lang: MessageLanguage): { scopes: Scope[]; diagnostics: Diagnostic[] } {
  const scopes: Scope[] = project.matrices.map(({ municipality, matrix }) => ({
    id: municipality.id,
    joint: false,
    municipalities: [municipality],
    matrix,
    appendices: [{ municipality, matrix }],
  }));
  if (project.matrices.length < 2) return { scopes, diagnostics: [] };
  if (scopes.some((s) => s.id === JOINT)) {
    throw new WelfareError(inEach(jointId, JOINT), ExitCode.invalid, { file: project.layout.configPath, hint: inEach(anotherId) });
  }
  const options = mergeOptionsOf(project.config);
  const merged = mergeMatrices(project.matrices.map((m) => ({ matrix: m.matrix, file: m.file, municipality: m.municipality.id })), { ...options, lang });
  if (merged.diagnostics.some((d) => d.severity === 'error')) return { scopes: [], diagnostics: merged.diagnostics };
  const order = (m: Municipality) => options.order.indexOf(m.id);
  const byOrder = [...project.matrices].sort((a, b) => order(a.municipality) - order(b.municipality));
  scopes.push({
    id: JOINT,
    joint: true,
    municipalities: byOrder.map((m) => m.municipality),
    matrix: merged.matrix,
    appendices: [...byOrder.map(({ municipality, matrix }) => ({ municipality, matrix })), { municipality: null, matrix: merged.matrix }],
  });
  return { scopes, diagnostics: merged.diagnostics };
}
