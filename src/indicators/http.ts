import { setTimeout as sleep } from 'node:timers/promises';

export interface HttpOptions {
  /** How long one request may take, answer included. */
  timeoutMs: number;
  /** How many times a request is tried again after a failure that may pass (no answer, 5xx, 429). */
  retries: number;
  /** The wait before the first retry; it doubles with each further one. */
  retryDelayMs: number;
}

/** A request that failed for good: the URL, why, and the HTTP status when the server answered. */
export class HttpFailure extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    /** Whether trying again may help: no answer, a timeout, a busy or broken server. */
    readonly passing: boolean,
    readonly status?: number,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'HttpFailure';
  }
}

/** GETs a JSON document, retrying what may be passing trouble: a lost connection, a timeout, a busy or broken server. */
export async function getJson(url: string, options: HttpOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const failure = await tryOnce(url, options.timeoutMs);
    if (!(failure instanceof HttpFailure)) return failure.body;
    if (!failure.passing || attempt >= options.retries) throw failure;
    await sleep(options.retryDelayMs * 2 ** attempt);
  }
}

async function tryOnce(url: string, timeoutMs: number): Promise<{ body: unknown } | HttpFailure> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return new HttpFailure(url, why(error, timeoutMs), true);
  }
  if (!response.ok) {
    await response.body?.cancel();
    const passing = response.status >= 500 || response.status === 429;
    return new HttpFailure(url, `the server answered ${response.status} ${response.statusText}`.trim(), passing, response.status);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return new HttpFailure(url, why(error, timeoutMs), true);
  }
  try {
    return { body: JSON.parse(text) };
  } catch {
    // A proxy's or captive portal's HTML page is not worth retrying.
    return new HttpFailure(url, 'the answer is not JSON', false, response.status);
  }
}

function why(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
