import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { inEach, phrase } from '../core/messages.js';

/** What reading an archive may cost: past any of these, the archive is refused. */
export interface ZipBounds {
  /** Entries in the archive's directory; a workbook has a few dozen. */
  entries: number;
  /** The uncompressed bytes of one part read. */
  partBytes: number;
  /** The uncompressed bytes of all parts read together. */
  totalBytes: number;
  deadline: Deadline;
}

/** An archive over a bound: why, in words in each language ("more than 4096 parts"). */
export class OverBound extends Error {
  constructor(readonly said: Record<'en' | 'sv' | 'fi', string>) {
    super(said.en);
  }
}

const mb = (n: number) => `${Math.ceil(n / 1048576)} MB`;
const over = {
  parts: phrase<number>((n) => `more than ${n} parts`, (n) => `fler än ${n} delar`, (n) => `yli ${n} osaa`),
  part: phrase<{ name: string; size: number; limit: number }>(
    (p) => `its part ${p.name} is ${mb(p.size)} unpacked, more than ${mb(p.limit)}`,
    (p) => `dess del ${p.name} är ${mb(p.size)} uppackad, mer än ${mb(p.limit)}`,
    (p) => `sen osa ${p.name} on purettuna ${mb(p.size).replace('MB', 'Mt')}, yli ${mb(p.limit).replace('MB', 'Mt')}`,
  ),
  total: phrase<number>(
    (limit) => `the parts welfare reads are more than ${mb(limit)} unpacked`,
    (limit) => `delarna som welfare läser är större än ${mb(limit)} uppackade`,
    (limit) => `welfaren lukemat osat ovat purettuina yli ${mb(limit).replace('MB', 'Mt')}`,
  ),
  stated: phrase<{ name: string; bytes: number }>(
    (p) => `its part ${p.name} unpacks to more than the ${p.bytes} bytes it states`,
    (p) => `dess del ${p.name} packas upp till mer än de ${p.bytes} byte den uppger`,
    (p) => `sen osa ${p.name} purkautuu suuremmaksi kuin ilmoitetut ${p.bytes} tavua`,
  ),
  slow: phrase<number>((s) => `reading it took longer than ${s} s`, (s) => `läsningen tog längre tid än ${s} s`, (s) => `lukeminen kesti yli ${s} s`),
};

/**
 * The parts of a zip archive, read one by one by name and never more than asked for. Only the
 * directory is read when it opens; a part is inflated only when read, after its stated size has
 * passed the bounds, and yauzl checks while inflating that it does not grow past what it states.
 * A workbook's pictures and other parts welfare does not need are never inflated at all.
 */
export class ZipParts {
  private read = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly bounds: ZipBounds,
  ) {}

  static open(bytes: Buffer, bounds: ZipBounds): Promise<ZipParts> {
    return new Promise((done, fail) => {
      yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
        if (error) return fail(error);
        const entries = new Map<string, Entry>();
        zip.on('entry', (entry: Entry) => {
          if (entries.size >= bounds.entries) return fail(new OverBound(inEach(over.parts, bounds.entries)));
          entries.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.on('end', () => done(new ZipParts(zip, entries, bounds)));
        zip.on('error', fail);
        zip.readEntry();
      });
    });
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Streams a part as UTF-8 text to `each`, chunk by chunk; false when there is no such part. */
  async text(name: string, each: (text: string) => void): Promise<boolean> {
    const entry = this.entries.get(name);
    if (!entry) return false;
    const { partBytes, totalBytes, deadline } = this.bounds;
    if (entry.uncompressedSize > partBytes) throw new OverBound(inEach(over.part, { name, size: entry.uncompressedSize, limit: partBytes }));
    this.read += entry.uncompressedSize;
    if (this.read > totalBytes) throw new OverBound(inEach(over.total, totalBytes));
    const stream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((done, fail) =>
      this.zip.openReadStream(entry, (error, s) => (error ? fail(error) : done(s as never))),
    );
    const decoder = new TextDecoder('utf-8');
    await new Promise<void>((done, fail) => {
      const stop = (error: unknown) => {
        stream.destroy();
        fail(error);
      };
      stream.on('data', (chunk: Buffer) => {
        try {
          deadline.check();
          each(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          stop(error);
        }
      });
      stream.on('end', () => {
        try {
          each(decoder.decode());
          done();
        } catch (error) {
          fail(error);
        }
      });
      // yauzl's check that a part is no larger unpacked than its directory says.
      stream.on('error', (error: Error) => fail(/too many bytes/.test(error.message) ? new OverBound(inEach(over.stated, { name, bytes: entry.uncompressedSize })) : error));
    });
    return true;
  }
}

/** A time limit that work checks as it goes, between chunks and loops, with no thread to kill. */
export class Deadline {
  private readonly at: number;
  constructor(readonly seconds: number) {
    this.at = Date.now() + seconds * 1000;
  }
  check(): void {
    if (Date.now() > this.at) throw new OverBound(inEach(over.slow, this.seconds));
  }
}
