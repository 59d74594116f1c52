import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

/**
 * The YAML language server that VS Code's YAML extension runs, spoken to over stdio as an
 * editor does: open a file, wait for its diagnostics, ask for the hover text at a position.
 */
export class YamlLanguageServer {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly diagnostics = new Map<string, (ds: Diagnostic[]) => void>();
  private readonly settings = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } };

  constructor() {
    const bin = join(dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
    this.server = spawn(process.execPath, [bin, '--stdio']);
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  async start(root: string): Promise<void> {
    await this.request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } } });
    this.send({ method: 'initialized', params: {} });
    this.send({ method: 'workspace/didChangeConfiguration', params: { settings: this.settings } });
  }

  /** Opens the file with the given text and returns the problems the server finds in it. */
  open(file: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    const found = new Promise<Diagnostic[]>((resolve) => this.diagnostics.set(uri, resolve));
    this.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
    return found;
  }

  async hover(file: string, line: number, character: number): Promise<string> {
    const result = (await this.request('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } })) as { contents?: { value: string } } | null;
    return result?.contents?.value ?? '';
  }

  stop(): void {
    this.server.kill();
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  private send(message: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString()) as { id?: number; method?: string; params?: any; result?: unknown };
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.method && message.id !== undefined) {
        // The server asks for its settings.
        const items = (message.params?.items ?? []) as { section?: string }[];
        const result = message.method === 'workspace/configuration' ? items.map((item) => (item.section ?? '').split('.').filter(Boolean).reduce<any>((o, k) => o?.[k], this.settings) ?? null) : null;
        this.send({ id: message.id, result });
      } else if (message.id !== undefined) {
        this.pending.get(message.id)?.(message.result);
      } else if (message.method === 'textDocument/publishDiagnostics') {
        this.diagnostics.get(message.params.uri)?.(message.params.diagnostics);
      }
    }
  }
}
