// End to end: `welfare serve` and `welfare build --watch` on a copy of the render fixture, spawned
// as a user starts them, each killed after the test.
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/render/html.js';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';
import { fetchRaw, ReloadListener, requestLine, Running } from './helpers/running.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'render');
const surveys = 'Vi utför riktade enkäter &amp; beaktar';
const built = / built 18 documents in \d/;

let project: string;
let running: Running | undefined;
let page: ReloadListener | undefined;
const read = (path: string) => readFileSync(join(project, path), 'utf8');
const edit = (path: string, from: string, to: string) => {
  const text = read(path);
  if (!text.includes(from)) throw new Error(`${from} not in ${path}`);
  writeFileSync(join(project, path), text.replace(from, to));
};

beforeEach(() => {
  project = tempDir(fixture);
});
afterEach(() => {
  page?.close();
  running?.stop();
  page = running = undefined;
});

/** `welfare serve` on a free port, once its first build is done. */
async function startServe(...args: string[]): Promise<{ serve: Running; url: string }> {
  const serve = (running = new Running(['serve', '--port', '0', ...args], { cwd: project }));
  const url = await serve.url();
  await serve.lines(built);
  return { serve, url };
}

describe('welfare serve', () => {
  it('builds the HTML, serves it on 127.0.0.1 with a reload script the files on disk do not have, and stops on Ctrl-C with code 0', async () => {
    const { serve, url } = await startServe();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetchRaw(url, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('href="joint/report.sv.html"');
    expect(index.body).toContain('<script>new EventSource("/__welfare/events")');
    const report = await fetchRaw(url, '/joint/report.sv.html');
    expect(report.body).toContain(surveys);
    expect(report.body).toContain('<script>new EventSource(');
    for (const file of ['dist/index.html', 'dist/joint/report.sv.html', 'dist/lovisa/overview.fi.html']) expect(read(file)).not.toMatch(/<script/i);
    // HTML only, unless asked for PDF.
    expect(existsSync(join(project, 'dist', 'joint', 'report.sv.html'))).toBe(true);
    expect(existsSync(join(project, 'dist', 'joint', 'report.sv.pdf'))).toBe(false);

    serve.child.kill('SIGINT');
    expect(await serve.exited).toEqual({ code: 0, signal: null });
    expect(serve.stdout).toMatch(/\nstopped\n$/);
    expect(serve.stderr).toBe('');
  });

  it('serves nothing outside the output folder, whatever the path says', async () => {
    writeFileSync(join(project, 'secret.txt'), 'SECRET');
    const { url } = await startServe();
    symlinkSync(join(project, 'secret.txt'), join(project, 'dist', 'leak.txt'));
    for (const path of ['/../secret.txt', '/../../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/joint/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/leak.txt', '/../welfare.config.yaml', `/${encodeURIComponent(join(project, 'secret.txt'))}`]) {
      const answer = await fetchRaw(url, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toMatch(/SECRET|municipalities:/);
    }
    for (const line of ['GET /../secret.txt HTTP/1.1', 'GET /joint/../../secret.txt HTTP/1.1', 'GET ../secret.txt HTTP/1.1', 'GET /%2E%2E/%2E%2E/secret.txt HTTP/1.1']) {
      const answer = await requestLine(url, line);
      expect(answer, line).toMatch(/^HTTP\/1\.1 (400|404) /);
      expect(answer, line).not.toContain('SECRET');
    }
  });

  it('answers only GET and HEAD, and only to the names of this computer', async () => {
    const { url } = await startServe();
    expect((await requestLine(url, 'POST /index.html HTTP/1.1')).split('\r\n')[0]).toBe('HTTP/1.1 405 Method Not Allowed');
    const head = await requestLine(url, 'HEAD /index.html HTTP/1.1');
    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(head).not.toContain('<html');
    expect((await fetchRaw(url, '/index.html', { Host: 'attacker.example:80' })).status).toBe(403);
    expect((await fetchRaw(url, '/index.html', { Host: `localhost:${new URL(url).port}` })).status).toBe(200);
  });

  it('builds again when a file changes, and the open page reloads', async () => {
    const { serve, url } = await startServe();
    page = await ReloadListener.open(url);
    edit('matrices/lovisa.yaml', 'Vi utför riktade enkäter', 'Vi gör riktade enkäter');
    await page.next(0);
    expect(await serve.lines(/ matrices\/lovisa\.yaml changed$/)).toMatch(/^\d\d:\d\d:\d\d /);
    await serve.lines(built, 2);
    expect((await fetchRaw(url, '/joint/report.sv.html')).body).toContain('Vi gör riktade enkäter &amp; beaktar');
    expect(read('dist/joint/report.sv.html')).toContain('Vi gör riktade enkäter');
  });

  it('shows the problems in place of the documents while the project does not build, as validate does, with the last good build one click away', async () => {
    const { serve, url } = await startServe();
    page = await ReloadListener.open(url);
    edit('matrices/lovisa.yaml', 'actors: [all-departments]', 'actors: [all-departmentz]');
    await page.next(0);

    // The terminal says it as `welfare validate` does (which speaks the project's language unless told).
    const validate = runCli(['validate', '--lang', 'en'], { cwd: project });
    const finding = validate.stdout.split('\n').find((line) => line.includes('  error  '))!;
    expect(finding).toMatch(/^matrices\/lovisa\.yaml:\d+:\d+ {2}error {2}.*all-departmentz.* {2}\(unknown-actor\)$/);
    expect(serve.stderr).toContain(`${finding}\n`);
    expect(serve.stderr).toMatch(/\d+ files? checked: 1 error, 0 warnings\n$/);

    // The page too, in place of every document.
    const [where, message] = finding.split(/ {2}error {2}| {2}\(unknown-actor\)$/);
    for (const path of ['/joint/report.sv.html', '/', '/lovisa/overview.fi.html']) {
      const shown = await fetchRaw(url, path);
      expect(shown.body, path).toContain(`<code>${where}</code>`);
      expect(shown.body, path).toContain(escapeHtml(message!));
      expect(shown.body, path).toContain('<script>new EventSource(');
      expect(shown.body, path).not.toContain(surveys);
    }
    const problems = (await fetchRaw(url, '/joint/report.sv.html')).body;
    expect(problems).toContain('<a href="/joint/report.sv.html?last-good">Show the last good build</a>');
    const lastGood = (await fetchRaw(url, '/joint/report.sv.html?last-good')).body;
    expect(lastGood).toContain(surveys);
    expect(lastGood).toContain('the project has errors now');
    // Nothing was written: the files on disk are the last good build.
    expect(read('dist/joint/report.sv.html')).toContain(surveys);

    edit('matrices/lovisa.yaml', 'actors: [all-departmentz]', 'actors: [all-departments]');
    await page.next(1);
    const fixed = (await fetchRaw(url, '/joint/report.sv.html')).body;
    expect(fixed).toContain(surveys);
    expect(fixed).not.toContain('the project has errors now');
  });

  it('shows an error that stops the build in the page as in the terminal', async () => {
    const { serve, url } = await startServe();
    page = await ReloadListener.open(url);
    mkdirSync(join(project, 'templates', 'partials'), { recursive: true });
    writeFileSync(join(project, 'templates', 'partials', 'Cover.hbs'), 'x');
    await page.next(0);
    expect(serve.stderr).toMatch(/^welfare: .*templates\/partials\/Cover\.hbs: 'Cover' is not a template name\n {2}name templates with/);
    const shown = (await fetchRaw(url, '/joint/report.sv.html')).body;
    expect(shown).toContain('<h1>The build stopped</h1>');
    expect(shown).toContain('Cover.hbs: &#39;Cover&#39; is not a template name');
  });

  it('watches a templates folder made while it runs, and the files in it', async () => {
    const { serve, url } = await startServe();
    mkdirSync(join(project, 'templates', 'styles'), { recursive: true });
    writeFileSync(join(project, 'templates', 'styles', 'print.css'), 'body { color: rebeccapurple; }\n');
    await serve.lines(built, 2);
    expect((await fetchRaw(url, '/joint/report.sv.html')).body).toContain('rebeccapurple');
    writeFileSync(join(project, 'templates', 'styles', 'print.css'), 'body { color: tomato; }\n');
    expect(await serve.lines(/ templates\/styles\/print\.css changed$/)).toBeTruthy();
    await serve.lines(built, 3);
    expect((await fetchRaw(url, '/joint/report.sv.html')).body).toContain('tomato');
  });

  it('opens the page in the web browser with --open', async () => {
    const bin = tempDir();
    const opened = join(bin, 'opened');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    running = new Running(['serve', '--port', '0', '--open'], { cwd: project, env: { PATH: `${bin}:${process.env.PATH}` } });
    const url = await running.url();
    await running.lines(built);
    for (let i = 0; i < 200 && !existsSync(opened); i++) await new Promise((done) => setTimeout(done, 25));
    expect(readFileSync(opened, 'utf8')).toBe(url);
  });

  describe('ports', () => {
    let blocker: Server | undefined;
    afterEach(() => void blocker?.close());
    const block = (port: number) =>
      new Promise<number>((done) => {
        blocker = createServer().listen(port, '127.0.0.1', () => done((blocker!.address() as { port: number }).port));
        blocker.on('error', () => done(port)); // taken already: as good for the test
      });

    it('refuses a port asked for that is taken, with exit code 2', async () => {
      const port = await block(0);
      const result = runCli(['serve', '--port', String(port)], { cwd: project, timeout: 20_000 });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`welfare: cannot serve on 127.0.0.1:${port}: port ${port} is in use\n  choose another port with --port (0 takes any free one)\n`);
    });

    it('takes one of the next ports when the default, 8434, is taken', async () => {
      await block(8434);
      running = new Running(['serve'], { cwd: project });
      const port = Number(new URL(await running.url()).port);
      expect(port).toBeGreaterThan(8434);
      expect(port).toBeLessThanOrEqual(8444);
    });
  });
});

describe('welfare build --watch', () => {
  it('builds HTML and PDF, builds again on a change, serves nothing and stops on Ctrl-C with code 0', async () => {
    const watch = (running = new Running(['build', '--watch', '--only', 'report', '--lang', 'sv'], { cwd: project, limitMs: 120_000 }));
    await watch.lines(/ built 3 documents and printed them in /, 1, 90_000);
    for (const scope of ['lovisa', 'lapptrask', 'joint']) expect(existsSync(join(project, 'dist', scope, 'report.sv.pdf')), scope).toBe(true);
    edit('content.yaml', 'Invånarnas välfärd är **god**', 'Invånarnas välfärd är **mycket god**');
    await watch.lines(/ content\.yaml changed$/);
    await watch.lines(/ built 3 documents and printed them in /, 2, 90_000);
    expect(read('dist/joint/report.sv.html')).toContain('Invånarnas välfärd är <strong>mycket god</strong>');
    expect(read('dist/joint/report.sv.html')).not.toMatch(/<script/i);
    expect(watch.stdout).not.toContain('http');
    // No document lines in a pipe: a rebuild on every save says what it did in one line.
    expect(watch.stdout).not.toContain('wrote ');
    watch.child.kill('SIGINT');
    expect(await watch.exited).toEqual({ code: 0, signal: null });
    expect(watch.stderr).toBe('');
  }, 200_000);
});

