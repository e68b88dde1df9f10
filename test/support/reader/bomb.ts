/**
 * Highly compressible workbooks built in memory without ever holding their inflated size: the sheet's
 * deflate stream is a head block, one block repeated (each compressed alone and fully flushed, so it
 * refers to nothing before it and can be repeated), and a final tail block. Zipped by fflate's streaming
 * Zip with the sheet's real CRC and size.
 */
import * as zlib from 'zlib';
import { Zip, ZipPassThrough, strToU8, type ZipInputFile } from 'fflate';
import { packageParts, type PackageOptions } from './xlsx-parts';

function block(text: string, last: boolean): Uint8Array<ArrayBuffer> {
  return new Uint8Array(zlib.deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH }));
}

export interface RepeatedSheet {
  head: string;
  /** Repeated `times` times after the head. */
  repeat: string;
  times: number;
  tail: string;
}

/** A package whose first sheet is `sheet` (a whole worksheet document: head + repeat × times + tail). */
export function repeatedXlsx(sheet: RepeatedSheet, others: Omit<PackageOptions, 'sheets'> & { name?: string } = {}): { data: Uint8Array; inflatedBytes: number } {
  const parts = packageParts({ ...others, sheets: [{ name: others.name ?? 'Sheet1', body: '<worksheet/>' }] });
  delete parts['xl/worksheets/sheet1.xml'];
  const head = Buffer.from(sheet.head);
  const rep = Buffer.from(sheet.repeat);
  const tail = Buffer.from(sheet.tail);
  let crc = zlib.crc32(head);
  for (let i = 0; i < sheet.times; i++) crc = zlib.crc32(rep, crc);
  crc = zlib.crc32(tail, crc);
  const inflatedBytes = head.length + rep.length * sheet.times + tail.length;
  if (inflatedBytes >= 2 ** 32) throw new Error('sheet too large for a 32-bit zip entry');

  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(parts)) {
    const f = new ZipPassThrough(name);
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const entry: ZipInputFile = { filename: 'xl/worksheets/sheet1.xml', size: inflatedBytes, crc, compression: 8 };
  zip.add(entry);
  const repBlock = block(sheet.repeat, false);
  entry.ondata!(null, block(sheet.head, false), false);
  for (let i = 0; i < sheet.times; i++) entry.ondata!(null, repBlock, false);
  entry.ondata!(null, block(sheet.tail, true), true);
  zip.end();
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const data = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  return { data, inflatedBytes };
}
