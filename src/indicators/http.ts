import { setTimeout as sleep } from 'node:timers/promises';
import { inEach, phrase } from '../core/messages.js';
import { maxFileBytes } from '../core/source.js';

type Words = Record<'en' | 'sv' | 'fi', string>;
const same = (text: string): Words => ({ en: text, sv: text, fi: text });

/** Why a request failed, in each language. */
const failures = {
  noAnswer: phrase<number>((s) => `no answer within ${s} s`, (s) => `inget svar inom ${s} s`, (s) => `ei vastausta ${s} sekunnissa`),
  unfinished: phrase<number>((s) => `the answer did not end within ${s} s`, (s) => `svaret tog inte slut inom ${s} s`, (s) => `vastaus ei päättynyt ${s} sekunnissa`),
  status: phrase<string>((status) => `the server answered ${status}`, (status) => `servern svarade ${status}`, (status) => `palvelin vastasi ${status}`),
  tooLarge: phrase<number>(
    (mb) => `the answer is larger than ${mb} MB (after decompression); welfare stopped reading it there (WELFARE_MAX_FILE_MB raises the limit)`,
    (mb) => `svaret är större än ${mb} MB (uppackat); welfare slutade läsa det där (WELFARE_MAX_FILE_MB höjer gränsen)`,
    (mb) => `vastaus on purettuna suurempi kuin ${mb} Mt; welfare lopetti sen lukemisen siihen (WELFARE_MAX_FILE_MB nostaa rajaa)`,
  ),
  notJson: phrase(() => 'the answer is not JSON', () => 'svaret är inte JSON', () => 'vastaus ei ole JSON-muotoinen'),
};

export interface HttpOptions {
  /** How long one request may take, answer included. */
  timeoutMs: number;
  /** How many times a request is tried again after a failure that may pass (no answer, 5xx, 429). */
  retries: number;
  /** The wait before the first retry; it doubles with each further one. */
  retryDelayMs: number;
  /**
   * The most bytes of one answer read, counted after decompression: an endless answer or a
   * small gzip that expands without end stops there. Default: the limit of a file
   * (WELFARE_MAX_FILE_MB, 32 MB), since the answer is parsed like one and kept in the cache.
   */
  maxBytes?: number;
}

/** A request that failed for good: the URL, why, and the HTTP status when the server answered. */
export class HttpFailure extends Error {
  constructor(
    readonly url: string,
    /** In each language of messages. */
    readonly reason: Words,
    /** Whether trying again may help: no answer, a timeout, a busy or broken server. */
    readonly passing: boolean,
    readonly status?: number,
  ) {
    super(`${url}: ${reason.en}`);
    this.name = 'HttpFailure';
  }
}

/** GETs a JSON document, retrying what may be passing trouble: a lost connection, a timeout, a busy or broken server. */
export async function getJson(url: string, options: HttpOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const failure = await tryOnce(url, options.timeoutMs, options.maxBytes ?? maxFileBytes());
    if (!(failure instanceof HttpFailure)) return failure.body;
    if (!failure.passing || attempt >= options.retries) throw failure;
    await sleep(options.retryDelayMs * 2 ** attempt);
  }
}

async function tryOnce(url: string, timeoutMs: number, maxBytes: number): Promise<{ body: unknown } | HttpFailure> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return new HttpFailure(url, why(error, timeoutMs), true);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const passing = response.status >= 500 || response.status === 429;
    return new HttpFailure(url, inEach(failures.status, `${response.status} ${response.statusText}`.trim()), passing, response.status);
  }
  const read = await readBounded(response, maxBytes).catch((error: unknown) => new HttpFailure(url, why(error, timeoutMs, failures.unfinished), true));
  if (read instanceof HttpFailure) return read;
  if (read === undefined) {
    // A real answer is a few MB at most; one this large is a fault (or a hostile server), not worth retrying.
    return new HttpFailure(url, inEach(failures.tooLarge, mb(maxBytes)), false, response.status);
  }
  try {
    return { body: JSON.parse(read) };
  } catch {
    // A proxy's or captive portal's HTML page is not worth retrying.
    return new HttpFailure(url, inEach(failures.notJson), false, response.status);
  }
}

/**
 * The answer's text, read chunk by chunk as fetch decompresses it, or undefined as soon as it
 * grows past `maxBytes` (the rest is never read, let alone inflated).
 */
async function readBounded(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Why a request failed, in words; `late` is what a timeout means at that point (before the answer began, or during it). */
function why(error: unknown, timeoutMs: number, late = failures.noAnswer): Words {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return inEach(late, timeoutMs / 1000);
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return same(cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
}
