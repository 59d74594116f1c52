import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isInside } from '../core/inside.js';
import type { ProjectLayout } from '../core/project.js';

/** What a build reads: files, and folders read whole (the templates). */
export interface WatchedPaths {
  files: string[];
  folders: string[];
  /** Never a change: the output folder, which every build writes. */
  ignore: string;
}

export function projectPaths(layout: ProjectLayout, out: string): WatchedPaths {
  return {
    files: [layout.configPath, ...layout.matrices.map((m) => m.path), layout.actors, layout.indicators, layout.content],
    folders: [layout.templates],
    ignore: out,
  };
}

/**
 * Watches a project's files and says which one changed. A file is watched through its folder,
 * since editors save by writing a new file and renaming it over the old one, which would end a
 * watch on the file itself; a folder that does not exist yet is seen to appear the same way.
 */
export class ProjectWatcher {
  /** Open watches by `file:<folder>` (its files, by name) or `tree:<folder>` (all below it). */
  private readonly open = new Map<string, FSWatcher>();
  private names = new Map<string, Set<string>>();
  private ignore = '';

  constructor(private readonly onChange: (path: string) => void) {}

  /**
   * Watches these paths from now on; called after every build, as the config may name other
   * files. Watches already open stay open, so no change made meanwhile is missed; only those no
   * longer wanted close, and those missing (a folder that did not exist yet) are tried again.
   */
  watch(paths: WatchedPaths): void {
    this.ignore = paths.ignore;
    this.names = new Map();
    for (const path of [...paths.files, ...paths.folders]) {
      const dir = dirname(path);
      if (!this.names.has(dir)) this.names.set(dir, new Set());
      this.names.get(dir)!.add(basename(path));
    }
    const wanted = new Map<string, () => FSWatcher>();
    for (const dir of this.names.keys()) {
      wanted.set(`file:${dir}`, () => this.start(dir, false, (name) => (this.names.get(dir)?.has(name) ? this.report(join(dir, name)) : undefined)));
    }
    for (const folder of paths.folders) {
      wanted.set(`tree:${folder}`, () => this.start(folder, true, (name) => (isScratch(basename(name)) ? undefined : this.report(join(folder, name)))));
    }
    for (const [key, watcher] of this.open) {
      if (!wanted.has(key)) {
        watcher.close();
        this.open.delete(key);
      }
    }
    for (const [key, start] of wanted) {
      if (this.open.has(key)) continue;
      try {
        const watcher = start();
        this.open.set(key, watcher);
        watcher.on('error', () => {
          // The folder was removed or renamed away: that is a change too, and the next watch() opens it anew.
          watcher.close();
          this.open.delete(key);
          this.onChange(key.slice(key.indexOf(':') + 1));
        });
      } catch {
        // Not there (yet): the next watch() tries again.
      }
    }
  }

  close(): void {
    for (const watcher of this.open.values()) watcher.close();
    this.open.clear();
  }

  private report(path: string): void {
    if (!isInside(this.ignore, path)) this.onChange(path);
  }

  private start(dir: string, recursive: boolean, changed: (name: string) => void): FSWatcher {
    return watch(dir, { recursive }, (_event, name) => (name === null ? this.onChange(dir) : changed(name.toString())));
  }
}

/** An editor's swap, backup or temporary file, saved beside the one being edited. */
const isScratch = (name: string) => name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|tmp)$/.test(name) || /^\d+$/.test(name);
