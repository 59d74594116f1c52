import type { Language, Status } from '../../generated/types.js';
import { statusLabels, statusOrder } from '../../render/labels.js';

/**
 * Words people write for a status beside the form's own (domain.md): "genomfört" for achieved, and
 * the pair as domain.md's table writes it. The form's dropdown offers only the labels, but a CSV
 * is typed into freely.
 */
const variants: Partial<Record<Status, string[]>> = { achieved: ['genomfört', 'uppnått / genomfört'] };

/** Case, spacing and Unicode composition do not matter: Excel and Windows-1252 change them. */
const normalized = (word: string) => word.normalize('NFC').trim().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').toLowerCase();

const byWord = new Map<string, Status>(
  statusOrder.flatMap((status) => [status, statusLabels[status].sv, statusLabels[status].fi, ...(variants[status] ?? [])].map((word) => [normalized(word), status] as const)),
);

/** The status a form's cell names, in Swedish, Finnish or as the YAML writes it; undefined for other words. */
export const statusOfWord = (word: string): Status | undefined => byWord.get(normalized(word));

/** The words the form offers, in its language: what a message about a wrong word lists. */
export const statusWords = (lang: Language): string[] => statusOrder.map((status) => statusLabels[status][lang]);
