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
  private watchers: FSWatcher[] = [];
  private watching = '';
  /** Set when a folder could not be watched (yet) or its watch ended: watch() opens them all again. */
  private incomplete = false;

  constructor(private readonly onChange: (path: string) => void) {}

  /** Watches these paths from now on; called after every build, as the config may name other files. */
  watch(paths: WatchedPaths): void {
    const key = JSON.stringify(paths);
    if (key === this.watching && !this.incomplete) return;
    this.close();
    this.watching = key;
    const names = new Map<string, Set<string>>();
    for (const path of [...paths.files, ...paths.folders]) {
      const dir = dirname(path);
      if (!names.has(dir)) names.set(dir, new Set());
      names.get(dir)!.add(basename(path));
    }
    const report = (path: string) => {
      if (!isInside(paths.ignore, path)) this.onChange(path);
    };
    for (const [dir, wanted] of names) this.open(dir, false, (name) => (wanted.has(name) ? report(join(dir, name)) : undefined));
    for (const folder of paths.folders) this.open(folder, true, (name) => (isScratch(basename(name)) ? undefined : report(join(folder, name))));
  }

  close(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
    this.watching = '';
    this.incomplete = false;
  }

  private open(dir: string, recursive: boolean, changed: (name: string) => void): void {
    try {
      const watcher = watch(dir, { recursive }, (_event, name) => (name === null ? this.onChange(dir) : changed(name.toString())));
      watcher.on('error', () => {
        // The folder was removed or renamed away: that is a change too, and the next watch() opens it anew.
        this.incomplete = true;
        this.onChange(dir);
      });
      this.watchers.push(watcher);
    } catch {
      this.incomplete = true;
    }
  }
}

/** An editor's swap, backup or temporary file, saved beside the one being edited. */
const isScratch = (name: string) => name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|tmp)$/.test(name) || /^\d+$/.test(name);
