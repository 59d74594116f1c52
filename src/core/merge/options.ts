import type { ProjectConfig } from '../../generated/types.js';
import type { MessageLanguage } from '../messages.js';

/** The decisions for conflicting actions, as welfare.config.yaml's `merge.resolutions` has them. */
export type Resolutions = NonNullable<NonNullable<ProjectConfig['merge']>['resolutions']>;

export interface MergeOptions {
  /** The municipalities in the order the joint matrix lists them; the rest follow alphabetically. */
  order?: string[];
  resolutions?: Resolutions;
  /** The language of the diagnostics (default English). */
  lang?: MessageLanguage;
}

/** The merge options a project's configuration asks for: its `merge` section, else its municipalities' order. */
export function mergeOptionsOf(config: ProjectConfig): { order: string[]; resolutions?: Resolutions } {
  return { order: config.merge?.order ?? config.municipalities.map((m) => m.id), resolutions: config.merge?.resolutions };
}
