/**
 * 实时检查, host-neutral: the listeners, the debounce, and telling our own writes apart from a person's
 * edit. A gateway registers its host's change event once and calls `changed(sheet, address)`; it wraps its
 * mark writes in `beginWrite` / `endWrite`, so change events those writes raise (during the write and 2 s
 * after) are recognised by the cells they touched and ignored.
 */
import { toA1 } from '../core/grid';
import { areaOfAddress } from './cells';
import type { SheetChangeListener } from './contract';

/** The cells one write touched, by sheet; `at` is +∞ while the write is in flight. */
export interface Written {
  at: number;
  cells: Map<string, Set<string>>;
}

/** How long after a write a change covering only its cells is taken for ours (ms). */
export const OWN_WRITE_ECHO_MS = 2000;

export class LiveChanges {
  private readonly listeners = new Set<SheetChangeListener>();
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastWrite: Written | null = null;

  constructor(
    private readonly debounceMs: number,
    private readonly onError: (e: unknown) => void,
  ) {}

  get size(): number {
    return this.listeners.size;
  }

  /** Adds a listener; the returned function removes it (and drops a pending call when it was the last). */
  add(listener: SheetChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
        this.pending.clear();
      }
    };
  }

  /** A write starts: record the cells it touches into the returned object. */
  beginWrite(): Written {
    const w: Written = { at: Number.POSITIVE_INFINITY, cells: new Map() };
    this.lastWrite = w;
    return w;
  }

  endWrite(w: Written, now: number = Date.now()): void {
    w.at = now;
  }

  /** Whether a change of `address` on `sheet` is the echo of our last write (all its cells were ours). */
  coveredByOurWrite(sheet: string, address: string, now: number = Date.now()): boolean {
    const w = this.lastWrite;
    if (!w || now - w.at > OWN_WRITE_ECHO_MS) return false;
    const cells = w.cells.get(sheet);
    if (!cells) return false;
    const area = areaOfAddress(address);
    if (!area) return false;
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > cells.size) return false;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if (!cells.has(toA1({ row: r, col: c }))) return false;
      }
    }
    return true;
  }

  /** A person changed this sheet: the listeners hear of it once the edits pause. */
  changed(sheet: string): void {
    if (this.listeners.size === 0) return;
    this.pending.add(sheet);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }

  private flush(): void {
    this.timer = null;
    const names = [...this.pending];
    this.pending.clear();
    for (const name of names) {
      for (const l of [...this.listeners]) {
        try {
          l(name);
        } catch (e) {
          this.onError(e);
        }
      }
    }
  }
}
