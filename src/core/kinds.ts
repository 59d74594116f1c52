import type { SourceFile } from './source.js';

/** The kinds of welfare file, each described by schemas/<kind>.schema.json. */
export const documentKinds = ['config', 'matrix', 'actors', 'indicators', 'content'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const CONFIG_FILE = 'welfare.config.yaml';

/**
 * What kind of file this is: by the schema its `yaml-language-server` line names, else by the
 * top-level field that only that kind has, else by the config file's name.
 */
export function detectKind(file: SourceFile): DocumentKind | undefined {
  const schemaLine = /^#\s*yaml-language-server:\s*\$schema=\S*?(\w+)\.schema\.json/m.exec(file.text.slice(0, 2000));
  const named = schemaLine?.[1];
  if (named && (documentKinds as readonly string[]).includes(named)) return named as DocumentKind;
  const data = file.data;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    if ('focusAreas' in data) return 'matrix';
    if ('actors' in data) return 'actors';
    if ('indicators' in data) return 'indicators';
    if ('sections' in data) return 'content';
    if ('languages' in data || 'period' in data) return 'config';
  }
  if (file.path.endsWith(CONFIG_FILE)) return 'config';
  return undefined;
}
