import { execFileSync } from 'node:child_process';

// A Windows browser started from inside WSL lives in another file system: it must be given
// Windows paths (\\wsl.localhost\… for Linux files) and keeps its profile on a Windows drive,
// where its file locking works.

/** A Linux path as Windows programs see it. */
export function toWindowsPath(path: string): string {
  return execFileSync('wslpath', ['-w', path], { encoding: 'utf8' }).trim();
}

/** The Windows user's temporary folder, as a Linux path. */
export function windowsTempDir(): string {
  const windows = execFileSync('cmd.exe', ['/d', '/c', 'echo %TEMP%'], { encoding: 'utf8', cwd: '/mnt/c' }).trim();
  return execFileSync('wslpath', ['-u', windows], { encoding: 'utf8' }).trim();
}
