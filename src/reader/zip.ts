/**
 * Zip access for the workbook readers, on fflate: the central directory lists the entries (zip64
 * included) without inflating anything, and entries are inflated as streams that the caller can stop at
 * any chunk — so a sheet that inflates to gigabytes costs only what is read before the caller stops.
 * Pure: runs in Node and in the browser.
 */
import { Inflate, Unzip, unzipSync, type UnzipDecoder, type FlateError } from 'fflate';

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

/** fflate's zip inflater, stoppable: after terminate() nothing more is inflated. */
class StoppableInflate implements UnzipDecoder {
  static compression = 8;
  ondata!: UnzipDecoder['ondata'];
  private stopped = false;
  private readonly inflate = new Inflate((chunk, final) => this.ondata(null, chunk, final));
  push(chunk: Uint8Array, final: boolean): void {
    if (this.stopped) return;
    try {
      this.inflate.push(chunk, final);
    } catch (err) {
      this.ondata(err as FlateError, new Uint8Array(0), final);
    }
  }
  terminate(): void {
    this.stopped = true;
  }
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
