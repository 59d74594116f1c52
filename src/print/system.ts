import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

/** Where welfare runs, as far as finding and launching a browser cares. */
export type Platform = 'linux' | 'darwin' | 'win32' | 'wsl';

/**
 * What browser discovery and launching ask of the machine. One object, so that tests can describe
 * a Mac, a Windows PC or a WSL shell without being one.
 */
export interface System {
  platform: Platform;
  env: NodeJS.ProcessEnv;
  /** Whether a file exists and may be run. */
  isExecutable(path: string): boolean;
}

export function currentSystem(env: NodeJS.ProcessEnv = process.env): System {
  return { platform: currentPlatform(), env, isExecutable };
}

function currentPlatform(): Platform {
  if (process.platform === 'darwin' || process.platform === 'win32') return process.platform;
  return isWsl() ? 'wsl' : 'linux';
}

/** WSL runs a Linux kernel built by Microsoft; its name is in /proc/version. */
function isWsl(): boolean {
  try {
    return /microsoft/i.test(readFileSync('/proc/version', 'utf8'));
  } catch {
    return false;
  }
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    // Windows has no execute bit: a file that exists is runnable.
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first runnable file of that name on PATH, as a shell would find it. */
export function which(command: string, system: System): string | undefined {
  const windows = system.platform === 'win32';
  const extensions = windows ? ['.exe', ''] : [''];
  for (const dir of (system.env.PATH ?? system.env.Path ?? '').split(windows ? ';' : ':')) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = (windows ? win32 : posix).join(dir, command + ext);
      if (system.isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * Chromium's sandbox needs user namespaces (or its setuid helper), which Chromium refuses to use
 * as root and which container runtimes usually forbid. Only there is --no-sandbox needed; a
 * desktop user keeps the sandbox.
 */
export function needsNoSandbox(platform: Platform): boolean {
  if (platform !== 'linux' && platform !== 'wsl') return false;
  if (process.getuid?.() === 0) return true;
  return inContainer() && !userNamespacesAllowed();
}

function inContainer(): boolean {
  if (existsSync('/.dockerenv') || existsSync('/run/.containerenv')) return true;
  try {
    return /docker|kubepods|containerd|lxc/.test(readFileSync('/proc/1/cgroup', 'utf8'));
  } catch {
    return false;
  }
}

function userNamespacesAllowed(): boolean {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  return read('/proc/sys/user/max_user_namespaces') !== '0' && read('/proc/sys/kernel/unprivileged_userns_clone') !== '0';
}
