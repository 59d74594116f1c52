// "No network during a build", at the socket level: a theme whose markup asks the printing
// browser to connect (preconnect, prefetch, <embed>, <object>, <iframe>, <img>) opens no
// connection and resolves no name, and a page that tries to navigate is refused by name.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli, tempDir } from './helpers/cli.js';

const validateProject = join(repoRoot, 'test', 'fixtures', 'validate', 'project');
const defaultLayout = readFileSync(join(repoRoot, 'templates', 'layouts', 'page.hbs'), 'utf8');
const defaultCover = readFileSync(join(repoRoot, 'templates', 'partials', 'cover.hbs'), 'utf8');

/** A name no resolver should ever be asked for; a resolver that were asked would go to DNS. */
const probeName = 'welfare-network-probe.example';

/** The project with a theme that asks for every kind of connection to `host:port`. */
function reachingProject(port: number): string {
  const project = tempDir(validateProject);
  const at = (host: string, path: string) => `http://${host}:${port}/${path}`;
  const hints = ['127.0.0.1', `${probeName}`, 'probe.localhost']
    .map((host) => `<link rel="preconnect" href="${at(host, '')}">\n<link rel="dns-prefetch" href="${at(host, '')}">\n<link rel="prefetch" href="${at(host, 'prefetch')}">`)
    .join('\n');
  const embeds = ['127.0.0.1', probeName, 'probe.localhost']
    .map((host) => `<embed src="${at(host, 'embed')}"><object data="${at(host, 'object')}"></object><iframe src="${at(host, 'iframe')}"></iframe><img src="${at(host, 'img.png')}" alt="">`)
    .join('\n');
  mkdirSync(join(project, 'templates', 'layouts'), { recursive: true });
  mkdirSync(join(project, 'templates', 'partials'), { recursive: true });
  writeFileSync(join(project, 'templates', 'layouts', 'page.hbs'), defaultLayout.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n${hints}`));
  writeFileSync(join(project, 'templates', 'partials', 'cover.hbs'), `${defaultCover}\n${embeds}\n`);
  return project;
}

let listener: Server;
let port: number;
let connections = 0;
beforeAll(async () => {
  listener = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  listener.listen(0, '127.0.0.1');
  await once(listener, 'listening');
  port = (listener.address() as { port: number }).port;
});
afterAll(() => {
  listener?.close();
});

/** Runs welfare asynchronously, so that the listener of this process can take connections meanwhile. */
function welfare(args: string[], cwd: string, wrap: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const [command, ...rest] = [...wrap, process.execPath, binPath, ...args];
  const child = spawn(command!, rest, { cwd, env: { ...process.env, NO_COLOR: '1', WELFARE_LANG: 'en' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((done) => child.on('close', (code) => done({ code: code ?? -1, stdout, stderr })));
}

const straceWorks = spawnSync('strace', ['-f', '-qq', '-e', 'trace=connect', 'true']).status === 0;

describe('the printing browser and the network', () => {
  it(`opens no connection for preconnect, prefetch, <embed>, <object>, <iframe> or <img>, to an address or a name${straceWorks ? ', and asks no resolver (strace)' : ''}`, async () => {
    const project = reachingProject(port);
    const trace = join(tempDir(), 'trace');
    connections = 0;
    const strace = straceWorks ? ['strace', '-f', '-qq', '-e', 'trace=connect,sendto,sendmsg', '-e', 'signal=none', '-o', trace] : [];
    const r = await welfare(['build', '--lang', 'sv', '--format', 'pdf'], project, strace);
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(0);
    // The theme asked for it, so the notes say what was left out.
    expect(r.stderr).toContain(`was printed without http://127.0.0.1:${port}/`);
    await new Promise((done) => setTimeout(done, 300));
    expect(connections).toBe(0);
    if (!straceWorks) return;
    const calls = readFileSync(trace, 'utf8').split('\n').filter((line) => /sa_family=AF_INET6?\b/.test(line));
    // Chromium asks the kernel whether IPv6 has a route by "connecting" a UDP socket to Google's
    // public DNS address: no packet leaves the machine. Anything else on an inet socket is a
    // connection or a query (DNS goes to port 53).
    const ipv6RouteProbe = /connect\(\d+, \{sa_family=AF_INET6, sin6_port=htons\(443\), .*"2001:4860:4860::8888"/;
    expect(calls.filter((line) => !ipv6RouteProbe.test(line))).toEqual([]);
    expect(readFileSync(trace, 'utf8')).not.toMatch(/htons\(53\)|nscd|io\.systemd\.Resolve/);
  }, 240_000);

  it('refuses a page that navigates, naming the document and its template', async () => {
    const project = tempDir(validateProject);
    mkdirSync(join(project, 'templates', 'layouts'), { recursive: true });
    // A Handlebars comment splits the word, so only the browser sees the refresh.
    writeFileSync(join(project, 'templates', 'layouts', 'page.hbs'), defaultLayout.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta http-equiv="re{{!-- --}}fresh" content="0">'));
    const r = runCli(['build', '--lang', 'sv', '--format', 'pdf'], { cwd: project, timeout: 180_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dist\/lovisa\/(report|overview)\.sv\.html \(documents\/(report|overview)\.hbs\): the document tries to go to file:\/\/.*\.sv\.html \(a <meta http-equiv="refresh">\?\); a document must stay the page it is, so it was not printed/);
    expect(r.stderr).not.toMatch(/internal error|Execution context/);
  }, 180_000);
});
