import type { ActionMatrix, Actor, ActorsRegistry, Indicator, IndicatorsRegistry, Municipality, ProjectConfig, ReferenceRegion, RegionKind, ReportContent } from '../generated/types.js';
import type { CheckedFile } from './checks/index.js';
import { errorCount } from '../diagnostics/diagnostic.js';
import type { ProjectLayout } from './project.js';
import { SourceCache } from './project.js';
import type { SourceFile } from './source.js';
import { validateProject, type ValidateOptions, type ValidationResult } from './validate.js';

/** A municipality's action matrix, with the file it came from (for positions in messages). */
export interface MunicipalityMatrix {
  municipality: Municipality;
  matrix: ActionMatrix;
  file: SourceFile;
}

/** A valid project, typed and resolved: what merge and build work on. */
export interface Project {
  layout: ProjectLayout;
  config: ProjectConfig;
  matrices: MunicipalityMatrix[];
  actors: Map<string, Actor>;
  indicators: Map<string, Indicator>;
  /** The reference regions of the indicators registry, in its order. */
  regions: ReferenceRegion[];
  content?: ReportContent;
  /** Every file of the project, parsed once. */
  files: CheckedFile[];
}

/** The kinds of reference region the project compares with: its config's `references`, else the country and the wellbeing services county. */
export const referenceKindsOf = (config: ProjectConfig): readonly RegionKind[] => config.references ?? ['country', 'wellbeing-services-county'];

/**
 * Validates a project and, when it has no errors, gives it typed. The one way every command that
 * works on a whole project gets it, so each file is read and parsed once per run.
 */
export async function openProject(configPath: string, options: ValidateOptions): Promise<{ project?: Project; validation: ValidationResult }> {
  const validation = await validateProject(configPath, { ...options, cache: options.cache ?? new SourceCache(options.cwd) });
  if (errorCount(validation.diagnostics) > 0 || !validation.layout) return { validation };
  const layout = validation.layout;
  const one = <T>(kind: string) => validation.files.find((f) => f.kind === kind)?.file.data as T | undefined;
  const config = one<ProjectConfig>('config')!;
  const matrices = config.municipalities.map((municipality) => {
    const path = layout.matrices.find((m) => m.municipality === municipality.id)!.path;
    const file = validation.files.find((f) => f.file.absolutePath === path)!.file;
    return { municipality, matrix: file.data as ActionMatrix, file };
  });
  const actors = one<ActorsRegistry>('actors')?.actors ?? [];
  const registry = one<IndicatorsRegistry>('indicators');
  const indicators = registry?.indicators ?? [];
  return {
    validation,
    project: {
      layout,
      config,
      matrices,
      actors: new Map(actors.map((a) => [a.id, a])),
      indicators: new Map(indicators.map((i) => [i.id, i])),
      regions: registry?.regions ?? [],
      content: one<ReportContent>('content'),
      files: validation.files,
    },
  };
}
