// The zip container of torch.save's format, as PyTorch's PyTorchStreamWriter (caffe2/serialize/
// inline_container.cc, over miniz) writes it: stored (uncompressed) records named `<archive>/<name>`, each
// record's data starting at a multiple of 64 bytes (the local header's extra field "FB" is padding of 'Z's), a
// data descriptor after each record, no timestamps, and zip64 end records. Same records in, same bytes out.
import { crc32 } from '../../numeric/crc32';

const ALIGNMENT = 64;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
/** Miniz's flags: UTF-8 names (bit 11), and for records with data, sizes in a data descriptor (bit 3). */
const flags = (size: number) => (size > 0 ? 0x0808 : 0x0800);

export interface ZipRecord {
  name: string;
  data: Uint8Array;
}


/** A growable little-endian byte buffer. */
class ByteWriter {
  private bytes = new Uint8Array(1024);
  private view = new DataView(this.bytes.buffer);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  u16(value: number): void {
    this.reserve(2);
    this.view.setUint16(this.length, value, true);
    this.length += 2;
  }

  u32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  u64(value: number): void {
    this.u32(value % 2 ** 32);
    this.u32(Math.floor(value / 2 ** 32));
  }

  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

const utf8 = new TextEncoder();

/** Padding that puts the data of a record whose header starts at `cursor` on a 64-byte boundary. */
function padding(cursor: number, nameLength: number): Uint8Array {
  const start = cursor + LOCAL_HEADER + nameLength + 4;
  const size = (ALIGNMENT - (start % ALIGNMENT)) % ALIGNMENT;
  const extra = new Uint8Array(4 + size).fill(0x5a); // 'Z'
  extra.set([0x46, 0x42, size & 0xff, size >> 8]); // "FB" and the padding's length
  return extra;
}

/** The archive torch.save writes: `records` under the folder `archive`, in the order given. */
export function writeZip(archive: string, records: ZipRecord[]): Uint8Array {
  const out = new ByteWriter();
  const central: Array<{ name: Uint8Array; crc: number; size: number; offset: number }> = [];
  for (const record of records) {
    const name = utf8.encode(`${archive}/${record.name}`);
    const offset = out.length;
    const extra = padding(offset, name.length);
    const crc = crc32(record.data);
    out.u32(0x04034b50);
    out.u16(0); // version needed
    out.u16(flags(record.data.length));
    out.u16(0); // stored
    out.u32(0); // time and date
    out.u32(0); // crc and sizes follow in the data descriptor
    out.u32(0);
    out.u32(0);
    out.u16(name.length);
    out.u16(extra.length);
    out.raw(name);
    out.raw(extra);
    out.raw(record.data);
    if (record.data.length > 0) {
      out.u32(0x08074b50);
      out.u32(crc);
      out.u32(record.data.length);
      out.u32(record.data.length);
    }
    central.push({ name, crc, size: record.data.length, offset });
  }
  const centralStart = out.length;
  for (const entry of central) {
    out.u32(0x02014b50);
    out.u16(0); // version made by
    out.u16(0); // version needed
    out.u16(flags(entry.size));
    out.u16(0);
    out.u32(0);
    out.u32(entry.crc);
    out.u32(entry.size);
    out.u32(entry.size);
    out.u16(entry.name.length);
    out.u16(0); // extra
    out.u16(0); // comment
    out.u16(0); // disk
    out.u16(0); // internal attributes
    out.u32(0); // external attributes
    out.u32(entry.offset);
    out.raw(entry.name);
  }
  const centralSize = out.length - centralStart;
  const zip64End = out.length;
  out.u32(0x06064b50);
  out.u64(44); // size of the rest of this record
  out.u16(0x031e); // made by: Unix, zip 3.0
  out.u16(0x2d); // needed: zip 4.5 (zip64)
  out.u32(0);
  out.u32(0);
  out.u64(records.length);
  out.u64(records.length);
  out.u64(centralSize);
  out.u64(centralStart);
  out.u32(0x07064b50);
  out.u32(0);
  out.u64(zip64End);
  out.u32(1);
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(records.length);
  out.u16(records.length);
  out.u32(centralSize);
  out.u32(centralStart);
  out.u16(0);
  return out.result();
}

/** Thrown for bytes that are not a zip archive this reader understands; the loader words the Python error. */
export class ZipFormatError extends Error {}

/** The records of a zip archive by full name (views into `bytes`); stored records only, as torch.save writes. */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no end of central directory');
  let count = u16(end + 10);
  let centralStart = u32(end + 16);
  if ((count === 0xffff || centralStart === 0xffffffff) && end >= 20 && u32(end - 20) === 0x07064b50) {
    const zip64End = u64(end - 20 + 8);
    if (u32(zip64End) !== 0x06064b50) throw new ZipFormatError('bad zip64 end of central directory');
    count = u64(zip64End + 32);
    centralStart = u64(zip64End + 48);
  }
  const decoder = new TextDecoder();
  const records = new Map<string, Uint8Array>();
  let at = centralStart;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER > bytes.length || u32(at) !== 0x02014b50) throw new ZipFormatError('bad central directory');
    const method = u16(at + 10);
    let size = u32(at + 20);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let offset = u32(at + 42);
    const name = decoder.decode(bytes.subarray(at + CENTRAL_HEADER, at + CENTRAL_HEADER + nameLength));
    // Zip64 sizes and offsets live in the extra field (id 1) when the 32-bit fields are saturated.
    for (let e = at + CENTRAL_HEADER + nameLength; e + 4 <= at + CENTRAL_HEADER + nameLength + extraLength; ) {
      const id = u16(e);
      const length = u16(e + 2);
      if (id === 1) {
        let field = e + 4;
        if (size === 0xffffffff) {
          size = u64(field);
          field += 16; // uncompressed, then compressed size
        }
        if (offset === 0xffffffff) offset = u64(field);
      }
      e += 4 + length;
    }
    if (method !== 0) throw new ZipFormatError(`record ${name} is compressed`);
    if (u32(offset) !== 0x04034b50) throw new ZipFormatError('bad local header');
    const dataStart = offset + LOCAL_HEADER + u16(offset + 26) + u16(offset + 28);
    if (dataStart + size > bytes.length) throw new ZipFormatError('truncated record');
    records.set(name, bytes.subarray(dataStart, dataStart + size));
    at += CENTRAL_HEADER + nameLength + extraLength + commentLength;
  }
  return records;
}
