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
    // One path, extended and cut back as the walk goes, copied only for a message: a matrix has
    // hundreds of thousands of nodes, and most texts are complete.
    const path: (string | number)[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          path.push(i);
          visit(node[i]);
          path.pop();
        }
        return;
      }
      if (!isObj(node)) return;
      const keys = Object.keys(node);
      const isText = keys.length > 0 && keys.every((k) => k === 'sv' || k === 'fi');
      if (!isText) {
        for (const k of keys) {
          path.push(k);
          visit(node[k]);
          path.pop();
        }
        return;
      }
      const key = path[path.length - 1];
      for (const language of ctx.languages) {
        if (node[language] !== undefined) continue; // an empty text is the schema's to report
        const at: DataPath = [...path];
        findings.add(file, at, 'missing-translation', {
          where: findings.where(file, kind, at),
          language: languageNames[language][findings.lang],
          code: language,
          field: typeof key === 'string' ? fieldName(key, findings.lang) : '',
        }, { at: 'key', severity: findings.strict ? 'error' : 'warning' });
      }
    };
    visit(file.data);
  }
};
