// A minimal zip writer for hostile workbooks: parts whose stated size may lie, and parts of a
// gigabyte of one byte deflated to a megabyte, made without ever holding the gigabyte in memory.
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The part's bytes; or `repeat` of a byte `times` times after `text`. */
  text?: string;
  repeat?: { byte: number; times: number };
  /** The uncompressed size the directory states, when it is to lie. */
  statedSize?: number;
}

type Deflated = { data: Buffer; crc: number; size: number };
/** A gigabyte takes seconds to deflate: each distinct content is deflated once per test run. */
const made = new Map<string, Promise<Deflated>>();

function deflated(part: ZipPart): Promise<Deflated> {
  const key = JSON.stringify([part.text, part.repeat]);
  if (!made.has(key)) made.set(key, deflate(part));
  return made.get(key)!;
}

/** A part deflated, with its CRC and real size, streaming a repeated byte chunk by chunk. */
async function deflate(part: ZipPart): Promise<Deflated> {
  const head = Buffer.from(part.text ?? '', 'utf8');
  if (!part.repeat) return { data: deflateRawSync(head), crc: crc32(head), size: head.length };
  const chunk = Buffer.alloc(16 * 1024 * 1024, part.repeat.byte);
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (d: Buffer) => out.push(d));
  const ended = new Promise((done) => deflate.on('end', done));
  let crc = crc32(head);
  deflate.write(head);
  for (let left = part.repeat.times; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((done) => deflate.once('drain', done));
  }
  deflate.end();
  await ended;
  return { data: Buffer.concat(out), crc, size: head.length + part.repeat.times };
}

/** The zip archive of the parts, every part deflated. */
export async function zipOf(parts: ZipPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = await deflated(part);
    const name = Buffer.from(part.name, 'utf8');
    const stated = part.statedSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(stated, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(stated, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
