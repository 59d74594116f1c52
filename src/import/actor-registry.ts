import { Document, isMap, isSeq } from 'yaml';
import { ExitCode, WelfareError } from '../core/errors.js';
import { exists, type SourceCache } from '../core/project.js';
import { firstError } from '../core/schema-check.js';
import type { SourceFile } from '../core/source.js';
import type { Actor, ActorsRegistry, Language } from '../generated/types.js';
import type { NewActor } from './actor-match.js';
import { flowIdLists, yamlOptions } from './matrix-yaml.js';
import { schemaComment } from '../core/schema-ref.js';
import { said, saidBy } from './words.js';

/** An actors registry as the import found it: a file of a project, or none yet. */
export interface ActorRegistryFile {
  path: string;
  shown: string;
  /** The file as read, or undefined when it does not exist yet. */
  file?: SourceFile;
  actors: Actor[];
}

/** Reads the registry the new actors will go into; it must be valid, since the import writes to it. */
export async function readActorRegistry(path: string, cache: SourceCache): Promise<ActorRegistryFile> {
  const shown = cache.shown(path);
  if (!(await exists(path))) return { path, shown, actors: [] };
  const file = await cache.read(path);
  const problem = firstError(file, 'actors');
  if (problem) {
    throw new WelfareError(saidBy('fixRegistry', (lang) => problem.said[lang]), ExitCode.invalid, { file: shown, line: problem.line, col: problem.col, hint: said('validateFile', shown) });
  }
  return { path, shown, file, actors: (file.data as ActorsRegistry).actors };
}

/**
 * The registry's text with new actors appended and names added in a second language, everything
 * else (order, comments, formatting) kept as the planner wrote it.
 */
export function registryText(
  registry: ActorRegistryFile,
  changes: { added: readonly NewActor[]; names?: ReadonlyMap<string, string> },
  language: Language,
  municipality: string | undefined,
  schema: string,
  from: string,
): string {
  const doc: Document = registry.file ? registry.file.doc.clone() : new Document({ actors: [] });
  let actors = doc.get('actors', true);
  if (!isSeq(actors)) {
    doc.set('actors', doc.createNode([]));
    actors = doc.get('actors', true);
  }
  if (!isSeq(actors)) throw new Error('the actors list could not be created');
  actors.flow = false;
  changes.added.forEach((actor, i) => {
    const node = doc.createNode({
      id: actor.id,
      name: { [language]: actor.name },
      ...(municipality && { municipalities: [municipality] }),
      ...(actor.parent && { parent: actor.parent }),
    });
    if (i === 0) node.commentBefore = ` Added by welfare import from ${from}`;
    actors.items.push(node);
  });
  for (const [id, name] of changes.names ?? []) {
    const index = registry.actors.findIndex((a) => a.id === id);
    const nameNode = doc.getIn(['actors', index, 'name'], true);
    if (isMap(nameNode)) nameNode.set(language, name);
  }
  flowIdLists(doc);
  return `${registry.file ? '' : `${schemaComment(schema)}\n`}${doc.toString(yamlOptions)}`;
}
