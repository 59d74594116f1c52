import { win32 } from 'node:path';
import type { Platform } from '../system.js';

/**
 * One browser welfare can print with, and where its installers put it. The platform 'wsl' means
 * the Windows installation as seen from inside WSL; a Linux browser inside WSL is under 'linux'.
 */
export interface BrowserFinder {
  /** The browser's name as users know it. */
  name: string;
  /** Absolute paths, or bare command names looked up on PATH, most likely first. */
  locations(platform: Platform, env: NodeJS.ProcessEnv): string[];
}

/** Where WSL mounts the Windows system drive. */
const windowsDrive = '/mnt/c';

/** A program under the Windows folders installers use: per user, then 64-bit, then 32-bit. */
export function windowsLocations(env: NodeJS.ProcessEnv, relative: string, roots: ('LOCALAPPDATA' | 'PROGRAMFILES' | 'PROGRAMFILES(X86)')[]): string[] {
  return roots.flatMap((root) => {
    const base = env[root] ?? env[root.toLowerCase()];
    return base ? [win32.join(base, relative)] : [];
  });
}

/** The same program under WSL's view of the machine-wide Windows folders. */
export function wslLocations(relative: string): string[] {
  const posix = relative.replaceAll('\\', '/');
  return [`${windowsDrive}/Program Files/${posix}`, `${windowsDrive}/Program Files (x86)/${posix}`];
}
