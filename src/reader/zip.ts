/**
 * Zip access for the workbook readers, on fflate: the central directory lists the entries (zip64
 * included) without inflating anything, and entries are inflated as streams that the caller can stop at
 * any chunk — so a sheet that inflates to gigabytes costs only what is read before the caller stops.
 * Pure: runs in Node and in the browser.
 */
import { Inflate, Unzip, inflateSync, unzipSync, type UnzipDecoder, type FlateError } from 'fflate';

export interface ZipEntryInfo {
  name: string;
  /** Compressed size in bytes. */
  size: number;
  /** Size claimed by the central directory once inflated (not trusted for anything but messages). */
  originalSize: number;
}

/** A consumer of one entry's inflated bytes. `write` returns false to stop inflating the entry. */
export interface EntrySink {
  write(chunk: Uint8Array): boolean;
  /** Called once the whole entry has been inflated (not after a stop). */
  end(): void;
}

export class ZipError extends Error {}

/** Compressed bytes handed to the inflater at a time: bounds the output of one step to ~1,000× this. */
const PUSH_BYTES = 4096;

/** The entries of the zip's central directory, in directory order. Throws ZipError when there is none. */
export function listEntries(data: Uint8Array): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(data, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (err) {
    throw new ZipError(`zip central directory unreadable (corrupt or truncated zip): ${(err as Error).message}`);
  }
  return entries;
}

/** A one-shot raw-deflate inflater bounded to `maxOutput` bytes (throws past it), such as Node's zlib. */
export type RawInflate = (input: Uint8Array, maxOutput: number) => Uint8Array<ArrayBuffer>;

let fastInflate: RawInflate | null = null;

/**
 * Lets the small entries be inflated by a native inflater (the command line passes Node's zlib, several
 * times faster than fflate on a cold start). Whenever it throws — an entry that inflates past its declared
 * size, a corrupt one — the entry is inflated again by fflate, so results and messages stay fflate's.
 */
export function useFastInflate(inflate: RawInflate | null): void {
  fastInflate = inflate;
}

function inflateSmall(input: Uint8Array, outSize: number): Uint8Array<ArrayBuffer> {
  if (fastInflate) {
    try {
      return fastInflate(input, outSize);
    } catch {
      // fflate below gives the same bytes, or the error the reader has always given.
    }
  }
  return inflateSync(input, { out: new Uint8Array(outSize) });
}

/** Entries this small (compressed) and claiming at most SMALL_OUT inflated are inflated in one call. */
const SMALL_IN = 64 * 1024;
const SMALL_OUT = 4 * 1024 * 1024;

/**
 * fflate's zip inflater, stoppable: after terminate() nothing more is inflated. A small entry (most parts
 * of a workbook) is collected and inflated in one call into a buffer of its declared size — much less
 * copying than growing a stream's buffer; a lie about that size costs at most SMALL_IN × 1,032 bytes of
 * work and ends as a short (malformed) part.
 */
class StoppableInflate implements UnzipDecoder {
  static compression = 8;
  ondata!: UnzipDecoder['ondata'];
  private stopped = false;
  private stream: Inflate | null = null;
  private collected: Uint8Array[] | null = null;
  private readonly outSize: number;
  constructor(_name: string, size?: number, originalSize?: number) {
    this.outSize = size !== undefined && size <= SMALL_IN && originalSize !== undefined && originalSize > 0 && originalSize <= SMALL_OUT ? originalSize : -1;
    if (this.outSize > 0) this.collected = [];
    else this.stream = new Inflate((chunk, final) => this.ondata(null, chunk, final));
  }
  push(chunk: Uint8Array, final: boolean): void {
    if (this.stopped) return;
    try {
      if (this.stream) {
        this.stream.push(chunk, final);
        return;
      }
      this.collected!.push(chunk);
      if (!final) return;
      const input = this.collected!.length === 1 ? this.collected![0] : concat(this.collected!);
      this.collected = null;
      this.ondata(null, inflateSmall(input, this.outSize), true);
    } catch (err) {
      this.ondata(err as FlateError, new Uint8Array(0), final);
    }
  }
  terminate(): void {
    this.stopped = true;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Streams the entries `pick` returns a sink for, in the order they are stored. Each sink receives the
 * inflated bytes chunk by chunk and may stop its entry. Throws ZipError on a corrupt entry or zip.
 */
export function streamEntries(data: Uint8Array, pick: (name: string) => EntrySink | undefined, stats?: { inflatedBytes: number }): void {
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    const sink = pick(file.name);
    if (!sink) return;
    if (file.compression !== 0 && file.compression !== 8) {
      failure ??= new ZipError(`zip entry ${file.name} uses unsupported compression method ${file.compression}`);
      return;
    }
    let open = true;
    file.ondata = (err, chunk, final) => {
      if (!open) return;
      if (err) {
        open = false;
        failure ??= new ZipError(`zip entry ${file.name} is corrupt: ${err.message}`);
        file.terminate();
        return;
      }
      if (stats) stats.inflatedBytes += chunk.length;
      try {
        if (chunk.length > 0 && !sink.write(chunk)) {
          open = false;
          file.terminate();
          return;
        }
        if (final) {
          open = false;
          sink.end();
        }
      } catch (sinkErr) {
        // The consumer's own error (bad XML, a limit): keep its message, stop this entry.
        open = false;
        failure ??= sinkErr as Error;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(StoppableInflate);
  try {
    for (let at = 0; at < data.length && !failure; at += PUSH_BYTES) {
      const end = Math.min(data.length, at + PUSH_BYTES);
      unzip.push(data.subarray(at, end), end === data.length);
    }
  } catch (err) {
    if (failure) throw failure;
    throw new ZipError(`zip data unreadable (corrupt or truncated zip): ${(err as Error).message}`);
  }
  if (failure) throw failure;
}
