import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { errorCount, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { ActionMatrix, ActorsRegistry, IndicatorsRegistry, ProjectConfig } from '../../generated/types.js';
import type { CheckedFile } from '../checks/index.js';
import { ExitCode, WelfareError } from '../errors.js';
import { inEach, phrase, type MessageLanguage } from '../messages.js';
import { openProject } from '../model.js';
import { findConfig, messageLanguageOf, requireConfig, SourceCache } from '../project.js';
import { validatePaths, type ValidationResult } from '../validate.js';
import { mergeMatrices } from './matrices.js';
import { mergeOptionsOf, type Resolutions } from './options.js';
import { mergeRegistries } from './registries.js';
import { schemaRef } from '../schema-ref.js';
import { mergedYaml } from './yaml.js';
import { actionCount } from '../action-count.js';

export interface MergeFilesOptions {
  /** The language asked for (--lang); else the environment's, else the project's first language. */
  lang?: string;
  cwd?: string;
  /** Resolutions from the command line; for the same action they win over the configuration's. */
  resolutions?: Resolutions;
  /** The file the result goes to, so its schema line and sources point from there; standard output when absent. */
  output?: string;
}

export interface MergeFilesResult {
  /** The language of the diagnostics, for whatever else is said about them. */
  lang: MessageLanguage;
  diagnostics: Diagnostic[];
  /** How many files were read, for the summary line. */
  files: number;
  /** The merged file, unless there are errors: its YAML, what it lists and how many. */
  merged?: { yaml: string; listKey: 'actions' | 'actors' | 'indicators'; count: number };
}

type Mergeable = 'matrix' | 'actors' | 'indicators';
interface Input extends CheckedFile {
  kind: Mergeable;
  municipality?: string;
}
interface Opened {
  validation: ValidationResult;
  inputs?: Input[];
  config?: ProjectConfig;
}

/** A kind of file as merge names it: en and sv with the article, fi as the subject and (`of`) the genitive. */
const kindNames: Record<string, { en: string; sv: string; fi: string; of: string }> = {
  matrix: { en: 'an action matrix', sv: 'en åtgärdsmatris', fi: 'toimenpidematriisi', of: 'toimenpidematriisin' },
  actors: { en: 'an actors registry', sv: 'ett aktörsregister', fi: 'toimijarekisteri', of: 'toimijarekisterin' },
  indicators: { en: 'an indicators registry', sv: 'ett indikatorregister', fi: 'mittarirekisteri', of: 'mittarirekisterin' },
  config: { en: 'a project configuration', sv: 'projektets inställningar', fi: 'projektin asetustiedosto', of: 'projektin asetustiedoston' },
  content: { en: 'report content', sv: 'rapportens text', fi: 'raportin teksti', of: 'raportin tekstin' },
};

const says = {
  registryResolutions: phrase<string>(
    (kind) => `--prefer and --split resolve conflicting actions of action matrices, not entries of ${kindNames[kind]!.en}`,
    (kind) => `--prefer och --split avgör konflikter mellan åtgärder i åtgärdsmatriser, inte mellan poster i ${kindNames[kind]!.sv}`,
    (kind) => `--prefer ja --split ratkaisevat toimenpidematriisien ristiriitaiset toimenpiteet, eivät ${kindNames[kind]!.of} merkintöjä`,
  ),
  sameEntries: phrase(() => 'make the two entries the same in the registries', () => 'gör de två posterna lika i registren', () => 'yhtenäistä kaksi merkintää rekistereissä'),
  notMergeable: phrase<{ file: string; kind?: string }>(
    (p) => `${p.file}: ${p.kind ? `this is ${kindNames[p.kind]!.en}` : 'cannot tell what kind of welfare file this is'}; merge takes action matrices, or actors or indicators registries`,
    (p) => `${p.file}: ${p.kind ? `detta är ${kindNames[p.kind]!.sv}` : 'det framgår inte vilken sorts välfärdsfil detta är'}; merge slår samman åtgärdsmatriser, eller aktörs- eller indikatorregister`,
    (p) => `${p.file}: ${p.kind ? `tämä on ${kindNames[p.kind]!.fi}` : 'tiedoston lajia ei tunnisteta'}; merge yhdistää toimenpidematriiseja tai toimija- tai mittarirekistereitä`,
  ),
  schemaLine: phrase(
    () => "a file's first line names its schema: '# yaml-language-server: $schema=…/matrix.schema.json'",
    () => "filens första rad anger dess schema: '# yaml-language-server: $schema=…/matrix.schema.json'",
    () => "tiedoston ensimmäinen rivi nimeää sen skeeman: '# yaml-language-server: $schema=…/matrix.schema.json'",
  ),
  mixed: phrase<{ kind: string; file: string; otherKind: string; other: string }>(
    (p) => `cannot merge ${kindNames[p.kind]!.en} (${p.file}) with ${kindNames[p.otherKind]!.en} (${p.other})`,
    (p) => `kan inte slå samman ${kindNames[p.kind]!.sv} (${p.file}) med ${kindNames[p.otherKind]!.sv} (${p.other})`,
    (p) => `tiedostoja ${p.file} (${kindNames[p.kind]!.fi}) ja ${p.other} (${kindNames[p.otherKind]!.fi}) ei voi yhdistää`,
  ),
  oneKind: phrase(
    () => 'name files of one kind: action matrices, actors registries or indicators registries',
    () => 'ange filer av ett och samma slag: åtgärdsmatriser, aktörsregister eller indikatorregister',
    () => 'nimeä samanlajisia tiedostoja: toimenpidematriiseja, toimijarekistereitä tai mittarirekistereitä',
  ),
};

/**
 * `welfare merge`: validates the named files (or the project's matrices when none are named),
 * merges them by the project's `merge` settings and the command line's resolutions, and gives the
 * merged YAML with every diagnostic.
 */
export async function mergeFiles(paths: string[], options: MergeFilesOptions): Promise<MergeFilesResult> {
  const cache = new SourceCache(options.cwd);
  const configPath = paths.length ? await findConfig(dirname(resolve(cache.cwd, paths[0]!))) : await requireConfig(cache.cwd);
  const lang = await messageLanguageOf(options.lang, cache, configPath);
  const { validation, inputs, config } = paths.length ? await openNamed(paths, configPath, cache, lang) : await openOwnProject(configPath!, cache, lang);
  const files = () => new Set([...validation.files.map((f) => f.file.path), ...validation.diagnostics.map((d) => d.file)]).size;
  if (!inputs) return { lang, diagnostics: validation.diagnostics, files: files() };

  const kind = inputs[0]!.kind;
  const { order, resolutions } = config ? mergeOptionsOf(config) : { order: undefined, resolutions: undefined };
  const result = kind === 'matrix' ? mergeMatrixFiles(inputs, order, { ...resolutions, ...options.resolutions }, lang) : mergeRegistryFiles(kind, inputs, order, options.resolutions, lang);
  const diagnostics = sortDiagnostics([...validation.diagnostics, ...result.diagnostics]);
  if (errorCount(diagnostics) > 0) return { lang, diagnostics, files: files() };

  const outputDir = options.output ? dirname(resolve(cache.cwd, options.output)) : cache.cwd;
  const sourceFiles = [...new Set(inputs.map((i) => i.file))].sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : 1));
  const schema = await schemaRef(join(outputDir, 'merged.yaml'), kind, sourceFiles);
  const yaml = mergedYaml(result.data, schema, sourceFiles.map((f) => relative(outputDir, f.absolutePath).split(sep).join('/')));
  return { lang, diagnostics, files: files(), merged: { yaml, listKey: result.listKey, count: result.count } };
}

function mergeMatrixFiles(inputs: Input[], order: string[] | undefined, resolutions: Resolutions, lang: MessageLanguage) {
  const { matrix, diagnostics } = mergeMatrices(inputs.map((i) => ({ matrix: i.file.data as ActionMatrix, file: i.file, municipality: i.municipality })), { order, resolutions, lang });
  return { data: matrix, diagnostics, listKey: 'actions' as const, count: actionCount(matrix) };
}

function mergeRegistryFiles(kind: 'actors' | 'indicators', inputs: Input[], order: string[] | undefined, resolutions: Resolutions | undefined, lang: MessageLanguage) {
  if (Object.keys(resolutions ?? {}).length) {
    throw new WelfareError(inEach(says.registryResolutions, kind), ExitCode.environment, { hint: inEach(says.sameEntries) });
  }
  if (kind === 'actors') {
    const { registry, diagnostics } = mergeRegistries('actors', inputs.map((i) => ({ registry: i.file.data as ActorsRegistry, file: i.file })), { order, lang });
    return { data: registry, diagnostics, listKey: kind, count: registry.actors.length };
  }
  const { registry, diagnostics } = mergeRegistries('indicators', inputs.map((i) => ({ registry: i.file.data as IndicatorsRegistry, file: i.file })), { order, lang });
  return { data: registry, diagnostics, listKey: kind, count: registry.indicators.length };
}

/** The named files, validated together with the project they are in (whose configuration says how to merge). */
async function openNamed(paths: string[], configPath: string | undefined, cache: SourceCache, lang: MessageLanguage): Promise<Opened> {
  const absolute = paths.map((p) => resolve(cache.cwd, p));
  const validation = await validatePaths(configPath ? [...absolute, configPath] : absolute, { lang, cache });
  if (errorCount(validation.diagnostics) > 0) return { validation };
  const inputs = absolute.map((path, i): Input => {
    const checked = validation.files.find((f) => f.file.absolutePath === path);
    if (!checked || checked.kind === 'config' || checked.kind === 'content') {
      throw new WelfareError(inEach(says.notMergeable, { file: paths[i]!, kind: checked?.kind }), ExitCode.invalid, { file: paths[i], hint: inEach(says.schemaLine) });
    }
    return { ...checked, kind: checked.kind, municipality: validation.layout?.matrices.find((m) => m.path === path)?.municipality };
  });
  const other = inputs.find((i) => i.kind !== inputs[0]!.kind);
  if (other) {
    const first = inputs[0]!;
    throw new WelfareError(inEach(says.mixed, { kind: first.kind, file: first.file.path, otherKind: other.kind, other: other.file.path }), ExitCode.environment, { hint: inEach(says.oneKind) });
  }
  const config = configPath ? ((await cache.read(configPath)).data as ProjectConfig) : undefined;
  return { validation, inputs, config };
}

/** With no file named: the matrices of the project around the working directory. */
async function openOwnProject(configPath: string, cache: SourceCache, lang: MessageLanguage): Promise<Opened> {
  const { project, validation } = await openProject(configPath, { lang, cache });
  if (!project) return { validation };
  const inputs = project.matrices.map((m): Input => ({ file: m.file, kind: 'matrix', municipality: m.municipality.id }));
  return { validation, inputs, config: project.config };
}
