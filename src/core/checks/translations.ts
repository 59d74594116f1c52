import { fieldName, languageNames } from '../messages.js';
import type { DataPath } from '../source.js';
import { isObj, type Check } from './context.js';

/**
 * Every text the documents show must exist in each language the project builds. A missing one is
 * a warning while drafting (the build falls back visibly), an error with --strict.
 */
export const translations: Check = (ctx) => {
  const { findings } = ctx;
  for (const { file, kind } of ctx.files) {
    const visit = (node: unknown, path: DataPath): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, [...path, i]));
      if (!isObj(node)) return;
      const keys = Object.keys(node);
      const isText = keys.length > 0 && keys.every((k) => k === 'sv' || k === 'fi');
      if (!isText) return keys.forEach((k) => visit(node[k], [...path, k]));
      const key = path[path.length - 1];
      for (const language of ctx.languages) {
        if (node[language] !== undefined) continue; // an empty text is the schema's to report
        findings.add(file, path, 'missing-translation', {
          where: findings.where(file, kind, path),
          language: languageNames[language][findings.lang],
          field: typeof key === 'string' ? fieldName(key, findings.lang) : '',
        }, { at: 'key', severity: findings.strict ? 'error' : 'warning' });
      }
    };
    visit(file.data, []);
  }
};
