import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, inEachBy, phrase, type MessageLanguage } from '../core/messages.js';
import { contentTypeOf, fileFor, isHtml } from './files.js';
import { notFoundPage, problemPage, staleBanner, type Problems } from './problem-page.js';
import { eventsPath, ReloadChannel, withReload } from './reload.js';

export interface PreviewOptions {
  host: string;
  port: number;
  /** How many ports after `port` to try when it is taken (for the default port, not one asked for). */
  orNext?: number;
  /** The language of the problem page. */
  lang: MessageLanguage;
}

const noStore = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/**
 * `welfare serve`'s web server: the output folder as it is on disk, each page with the reload
 * script added, and while the project does not build, the problems in place of the documents
 * (the last good build stays one click away, at `?last-good`).
 */
export class PreviewServer {
  private problems: Problems | undefined;
  private readonly reloads = new ReloadChannel();

  private constructor(
    private readonly server: Server,
    /** The output folder; the config may move it while serving. */
    public root: string,
    private readonly lang: MessageLanguage,
    private readonly localOnly: boolean,
  ) {}

  static async start(root: string, options: PreviewOptions): Promise<PreviewServer> {
    const server = createServer();
    const preview = new PreviewServer(server, root, options.lang, isLoopback(options.host));
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      preview.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', `welfare serve: ${(error as Error).message}\n`);
        else response.destroy();
      });
    });
    for (let port = options.port; ; port++) {
      try {
        await listen(server, port, options.host);
        return preview;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' && port < options.port + (options.orNext ?? 0)) continue;
        throw listenError(error, code, port, options.host);
      }
    }
  }

  get url(): string {
    const { address, port } = this.server.address() as AddressInfo;
    return `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
  }

  /** After each build: what went wrong, or nothing; every open page reloads. */
  built(problems: Problems | undefined): void {
    this.problems = problems;
    this.reloads.reload();
  }

  close(): Promise<void> {
    return new Promise((done) => {
      this.server.close(() => done());
      // The reload streams never end by themselves.
      this.server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (this.localOnly && !isLocalName(request.headers.host)) {
      // A page of another site that has its name point at 127.0.0.1 ("DNS rebinding") must not read the documents.
      return send(response, 403, 'text/plain; charset=utf-8', 'welfare serve answers only to localhost and 127.0.0.1\n');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(response, 405, 'text/plain; charset=utf-8', 'only GET and HEAD\n');
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === eventsPath) return this.reloads.add(response);
    const file = await fileFor(this.root, url.pathname);
    const isDocument = file ? isHtml(file) : /(^|\/|\.html)$/.test(url.pathname);
    const head = request.method === 'HEAD';
    if (isDocument && this.problems && !url.searchParams.has('last-good')) {
      const page = problemPage(this.problems, this.lang, file ? `${url.pathname}?last-good` : undefined);
      return send(response, 200, 'text/html; charset=utf-8', withReload(page), head);
    }
    if (!file) {
      // Reloads too: a document asked for before the first build has written it appears when it is there.
      return send(response, 404, 'text/html; charset=utf-8', withReload(notFoundPage(this.lang)), head);
    }
    if (isHtml(file)) {
      const banner = this.problems ? staleBanner(this.lang, url.pathname) : '';
      return send(response, 200, 'text/html; charset=utf-8', withReload(await readFile(file, 'utf8'), banner), head);
    }
    response.writeHead(200, { ...noStore, 'Content-Type': contentTypeOf(file) });
    if (head) return void response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  }
}

function send(response: ServerResponse, status: number, type: string, body: string, head = false): void {
  response.writeHead(status, { ...noStore, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(head ? undefined : body);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
}

const says = {
  cannotServe: phrase<{ host: string; port: number; why: string }>(
    (p) => `cannot serve on ${p.host}:${p.port}: ${p.why}`,
    (p) => `kunde inte starta servern på ${p.host}:${p.port}: ${p.why}`,
    (p) => `palvelinta ei voitu käynnistää osoitteeseen ${p.host}:${p.port}: ${p.why}`,
  ),
  inUse: phrase<number>((port) => `port ${port} is in use`, (port) => `porten ${port} används redan`, (port) => `portti ${port} on jo käytössä`),
  rights: phrase<number>((port) => `port ${port} needs administrator rights`, (port) => `porten ${port} kräver administratörsrättigheter`, (port) => `portti ${port} vaatii ylläpitäjän oikeudet`),
  notHere: phrase<string>((host) => `${host} is not an address of this machine`, (host) => `${host} är ingen adress på den här datorn`, (host) => `${host} ei ole tämän koneen osoite`),
  leaveOutHost: phrase(() => 'leave out --host to serve on 127.0.0.1', () => 'utelämna --host för att använda 127.0.0.1', () => 'jätä --host pois, niin palvelin käyttää osoitetta 127.0.0.1'),
  otherPort: phrase(() => 'choose another port with --port (0 takes any free one)', () => 'välj en annan port med --port (0 tar vilken ledig port som helst)', () => 'valitse toinen portti valitsimella --port (0 valitsee minkä tahansa vapaan)'),
};

function listenError(error: unknown, code: string | undefined, port: number, host: string): WelfareError {
  const badHost = code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND';
  const other = String(code ?? error);
  const why = code === 'EADDRINUSE' ? inEach(says.inUse, port) : code === 'EACCES' ? inEach(says.rights, port) : badHost ? inEach(says.notHere, host) : { en: other, sv: other, fi: other };
  const hint = inEach(badHost ? says.leaveOutHost : says.otherPort);
  return new WelfareError(inEachBy(says.cannotServe, (lang) => ({ host, port, why: why[lang] })), ExitCode.environment, { hint, cause: error });
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

function isLocalName(hostHeader: string | undefined): boolean {
  if (hostHeader === undefined) return true;
  let name: string;
  try {
    name = new URL(`http://${hostHeader}`).hostname;
  } catch {
    return false;
  }
  return name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
