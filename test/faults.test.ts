// Faults of the machine while building: a full or read-only output folder, a build killed
// halfway, two builds into one folder at once, a file welfare may not read. Whatever happens, the
// documents that were there stay whole, and welfare says what went wrong.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { binPath, repoRoot, runCli, tempDir } from './helpers/cli.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'validate', 'project');
const html = ['build', '--format', 'html'];
// The project has no date: without this, every PDF would carry the time it was printed.
const env = { SOURCE_DATE_EPOCH: '1747267200' };

/** A copy of the small fixture project, optionally with one text changed so its documents differ. */
function project(changed = false): string {
  const dir = tempDir(fixture);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  if (changed) {
    const path = join(dir, 'matrices', 'lovisa.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('sv: Vi utför riktade enkäter.', 'sv: Vi utför nya, riktade enkäter.'));
  }
  return dir;
}

/** Every file below a folder with its bytes; names starting with a dot (temporary files) apart. */
function files(dir: string): { documents: Map<string, Buffer>; hidden: string[] } {
  const documents = new Map<string, Buffer>();
  const hidden: string[] = [];
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (statSync(join(dir, path)).isDirectory()) continue;
    if (path.split('/').pop()!.startsWith('.')) hidden.push(path);
    else documents.set(path, readFileSync(join(dir, path)));
  }
  return { documents, hidden };
}

/** A tmpfs mounted for one test; undefined where this machine does not let tests mount (not root, no CAP_SYS_ADMIN). */
function mountTmpfs(size: string): string | undefined {
  const dir = tempDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  onTestFinished(() => {
    execFileSync('umount', ['-l', dir]);
  });
  return dir;
}
const canMount = (() => {
  const dir = tempDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir]);
    return true;
  } catch {
    return false;
  }
})();
const isRoot = process.getuid?.() === 0;

describe('welfare build when the output folder fails it', () => {
  it.skipIf(!canMount)('on a full disk: exits 2 saying so, every document of the build before intact, no temporary file left', () => {
    const disk = mountTmpfs('2m')!;
    const out = join(disk, 'dist');
    expect(runCli([...html, '--out', out], { cwd: project() }).code).toBe(0);
    const before = files(out);
    // Fill the disk to the last byte.
    const filler = join(disk, 'filler');
    writeFileSync(filler, '');
    const chunk = Buffer.alloc(16 * 1024, 'x');
    for (;;) {
      try {
        writeFileSync(filler, chunk, { flag: 'a' });
      } catch {
        break;
      }
    }
    const r = runCli([...html, '--out', out], { cwd: project(true) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^welfare: cannot write .*\/dist\/.+\.html: the disk is full; the file that was there is unchanged\n$/);
    expect(r.stdout).not.toMatch(/wrote/);
    expect(files(out)).toEqual(before);
  });

  it.skipIf(!canMount)('on a read-only file system: exits 2 saying so, and the documents there stay as they were', () => {
    const disk = mountTmpfs('4m')!;
    const out = join(disk, 'dist');
    expect(runCli([...html, '--out', out], { cwd: project() }).code).toBe(0);
    const before = files(out);
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const again = runCli([...html, '--out', out], { cwd: project(true) });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^welfare: cannot write .*\.html: the file system is read-only; the file that was there is unchanged\n$/);
    expect(files(out)).toEqual(before);
    const fresh = runCli([...html, '--out', join(disk, 'fresh')], { cwd: project() });
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toBe(`welfare: cannot create the folder ${join(disk, 'fresh', 'lovisa')}: the file system is read-only\n`);
  });

  it('when --out is a file: exits 2 saying so, and leaves the file alone', () => {
    const cwd = project();
    writeFileSync(join(cwd, 'report.pdf'), 'a PDF');
    const r = runCli([...html, '--out', 'report.pdf'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("welfare: the output folder report.pdf is a file, not a folder\n  name a folder with --out, or paths.out in welfare.config.yaml\n");
    expect(readFileSync(join(cwd, 'report.pdf'), 'utf8')).toBe('a PDF');
  });

  it('when a file stands where a municipality folder should be: exits 2 naming it', () => {
    const cwd = project();
    mkdirSync(join(cwd, 'dist'));
    writeFileSync(join(cwd, 'dist', 'lovisa'), 'in the way');
    const r = runCli(html, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`welfare: cannot create the folder ${join(cwd, 'dist', 'lovisa')}: a file is in the way where a folder should be\n`);
    expect(readFileSync(join(cwd, 'dist', 'lovisa'), 'utf8')).toBe('in the way');
  });
});

describe('welfare build stopped or doubled', () => {
  it('killed (SIGKILL) after its first PDF: every document is the old one or the whole new one, and no browser is left', async () => {
    const cwd = project(true);
    // The documents of yesterday, and what this build would write if it ran to the end.
    const old = project();
    expect(runCli(['build'], { cwd: old, env }).code).toBe(0);
    cpSync(join(old, 'dist'), join(cwd, 'dist'), { recursive: true });
    const before = files(join(cwd, 'dist')).documents;
    const whole = project(true);
    expect(runCli(['build'], { cwd: whole, env }).code).toBe(0);
    const after = files(join(whole, 'dist')).documents;

    const profiles = tempDir();
    onTestFinished(() => rmSync(profiles, { recursive: true, force: true, maxRetries: 10 }));
    const child = spawn(process.execPath, [binPath, 'build'], { cwd, env: { ...process.env, ...env, WELFARE_LANG: 'en', TMPDIR: profiles }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const killed = await new Promise<NodeJS.Signals | null>((done) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        if (/^wrote .*\.pdf/m.test(stdout)) child.kill('SIGKILL');
      });
      child.on('exit', (_, signal) => done(signal));
    });
    expect(killed, stdout).toBe('SIGKILL');

    const { documents, hidden } = files(join(cwd, 'dist'));
    expect([...documents.keys()]).toEqual([...before.keys()]);
    let replaced = 0;
    for (const [path, bytes] of documents) {
      // The index links each PDF once it is printed, so a build cut short leaves a whole index of
      // what it had written by then: whole, but neither yesterday's nor the finished one.
      if (path === 'index.html') {
        expect(bytes.toString('utf8').trimEnd().endsWith('</html>'), 'index.html is whole').toBe(true);
        continue;
      }
      const isOld = bytes.equals(before.get(path)!);
      const isNew = bytes.equals(after.get(path)!);
      expect(isOld || isNew, `${path} is neither the old document nor the whole new one`).toBe(true);
      if (isNew && !isOld) replaced++;
    }
    expect(replaced).toBeGreaterThan(0);
    // A write cut short leaves at most a hidden temporary file, never a document.
    for (const path of hidden) expect(path).toMatch(/(^|\/)\.[^/]+\.\d+\.[0-9a-f]{8}\.tmp$/);
    // The browser notices its pipe close and ends; its profile may stay behind in TMPDIR.
    const browsers = () => execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((line) => line.includes(`--user-data-dir=${profiles}`));
    for (let i = 0; i < 50 && browsers().length > 0; i++) await new Promise((done) => setTimeout(done, 100));
    expect(browsers()).toEqual([]);
  }, 120_000);

  it('two builds into one folder at once: both finish, and every document is whole, from one of them', async () => {
    const a = project();
    const b = project(true);
    const alone = (dir: string) => {
      expect(runCli(['build', '--out', 'alone'], { cwd: dir, env }).code).toBe(0);
      return files(join(dir, 'alone')).documents;
    };
    const fromA = alone(a);
    const fromB = alone(b);
    const shared = tempDir();
    onTestFinished(() => rmSync(shared, { recursive: true, force: true }));
    const build = (cwd: string) =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, [binPath, 'build', '--out', shared], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('exit', (code) => done({ code, stderr }));
      });
    const results = await Promise.all([build(a), build(b)]);
    expect(results).toEqual([{ code: 0, stderr: '' }, { code: 0, stderr: '' }]);
    const { documents, hidden } = files(shared);
    expect(hidden).toEqual([]);
    expect([...documents.keys()]).toEqual([...fromA.keys()]);
    for (const [path, bytes] of documents) expect(bytes.equals(fromA.get(path)!) || bytes.equals(fromB.get(path)!), `${path} is from neither build`).toBe(true);
  }, 120_000);
});

describe('a file welfare may not read', () => {
  it.skipIf(isRoot)('exits 2 naming it (chmod 000; skipped as root, who reads every file)', () => {
    const cwd = project();
    chmodSync(join(cwd, 'matrices', 'lovisa.yaml'), 0);
    const r = runCli(['validate'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('welfare: matrices/lovisa.yaml: cannot read the file (permission denied)\n');
  });
});
