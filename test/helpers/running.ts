import { spawn, type ChildProcess } from 'node:child_process';
import { get, request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { binPath } from './cli.js';

/**
 * A long-running `welfare` command (serve, build --watch) started as a user would, with what it
 * has written so far. Killed by stop() in afterEach, and after `limitMs` in any case.
 */
export class Running {
  stdout = '';
  stderr = '';
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly limit: NodeJS.Timeout;

  constructor(args: string[], options: { cwd: string; env?: Record<string, string | undefined>; limitMs?: number }) {
    this.child = spawn(process.execPath, [binPath, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, WELFARE_LANG: 'en', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8').on('data', (text: string) => (this.stdout += text));
    this.child.stderr!.setEncoding('utf8').on('data', (text: string) => (this.stderr += text));
    this.exited = new Promise((done) => this.child.once('exit', (code, signal) => done({ code, signal })));
    this.limit = setTimeout(() => this.child.kill('SIGKILL'), options.limitMs ?? 60_000);
    void this.exited.then(() => clearTimeout(this.limit));
  }

  /** Waits until standard output has `count` lines matching `pattern`; gives the last one. */
  async lines(pattern: RegExp, count = 1, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.stdout.split('\n').filter((line) => pattern.test(line));
      if (found.length >= count) return found[count - 1]!;
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(`no ${count}× ${pattern} in time; stdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
      }
      await new Promise((done) => setTimeout(done, 25));
    }
  }

  async url(): Promise<string> {
    return (await this.lines(/^welfare serve: http:/)).split(' ')[2]!;
  }

  stop(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A GET with the path sent exactly as given (no normalising of `..`), and any headers. */
export function fetchRaw(url: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (text: string) => (body += text));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail).end();
  });
}

/** The request line sent byte for byte over a socket, for paths no HTTP client would send. */
export function requestLine(url: string, line: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    // Written, not ended: the server would take a half-closed socket for a client gone away.
    const socket = connect(Number(port), hostname, () => socket.write(`${line}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.setEncoding('utf8').on('data', (text: string) => (answer += text));
    socket.on('end', () => done(answer)).on('error', fail);
  });
}

/** The reload stream of `serve`, as an open page holds it: counts the reloads it has been told. */
export class ReloadListener {
  reloads = 0;
  private closeStream = () => {};

  static async open(url: string): Promise<ReloadListener> {
    const listener = new ReloadListener();
    await new Promise<void>((done, fail) => {
      const req = get(new URL('/__welfare/events', url), (res) => {
        res.setEncoding('utf8').on('data', (text: string) => (listener.reloads += text.split('event: reload\n').length - 1));
        done();
      });
      req.on('error', fail);
      listener.closeStream = () => req.destroy();
    });
    return listener;
  }

  async next(seen: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.reloads <= seen) {
      if (Date.now() > deadline) throw new Error(`no reload after ${seen}`);
      await new Promise((done) => setTimeout(done, 25));
    }
  }

  close(): void {
    this.closeStream();
  }
}
