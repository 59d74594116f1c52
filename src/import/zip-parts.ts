import yauzl, { type Entry, type ZipFile } from 'yauzl';

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

/** An archive over a bound: why, in words ("a part of 1024 MB"). */
export class OverBound extends Error {}

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
          if (entries.size >= bounds.entries) return fail(new OverBound(`more than ${bounds.entries} parts`));
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
    const mb = (n: number) => `${Math.ceil(n / 1048576)} MB`;
    if (entry.uncompressedSize > partBytes) throw new OverBound(`its part ${name} is ${mb(entry.uncompressedSize)} unpacked, more than ${mb(partBytes)}`);
    this.read += entry.uncompressedSize;
    if (this.read > totalBytes) throw new OverBound(`the parts welfare reads are more than ${mb(totalBytes)} unpacked`);
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
      stream.on('error', (error: Error) => fail(/too many bytes/.test(error.message) ? new OverBound(`its part ${name} unpacks to more than the ${entry.uncompressedSize} bytes it states`) : error));
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
    if (Date.now() > this.at) throw new OverBound(`reading it took longer than ${this.seconds} s`);
  }
}
