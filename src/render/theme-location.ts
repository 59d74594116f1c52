import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';

/** The default theme: layouts, documents, partials and styles. */
export const defaultTemplatesDir = () => join(packageRoot(), 'templates');
