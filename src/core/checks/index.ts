import { assessments } from './assessments.js';
import type { Check } from './context.js';
import { duplicateIds } from './duplicate-ids.js';
import { references } from './references.js';
import { translations } from './translations.js';

/** The checks beyond JSON Schema, run over all files of a run together. */
export const checks: readonly Check[] = [duplicateIds, references, assessments, translations];
export type { CheckContext, CheckedFile } from './context.js';
