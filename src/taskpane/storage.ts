/**
 * Where the add-in keeps small things per user: localStorage, each key prefixed with
 * `Office.context.partitionKey` where Office gives one (Excel on the web partitions an add-in's storage
 * per host page; Microsoft's guidance is to prefix every key with it — "Persist add-in state and settings").
 * The task pane, the ribbon's function file and the outcome dialog all read and write through this, so they
 * agree on the keys. No imports: the dialog bundle stays tiny.
 */

/** The part of the Web Storage API we use (localStorage, or a stand-in where it is missing). */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Office.context.partitionKey, read at each use (it exists only after Office.onReady, and only on the web). */
export function partitionKey(): string | undefined {
  try {
    const k = (globalThis as { Office?: { context?: { partitionKey?: unknown } } }).Office?.context?.partitionKey;
    return typeof k === 'string' && k !== '' ? k : undefined;
  } catch {
    return undefined;
  }
}

/** The key as stored: prefixed with the partition key where there is one. */
export function storageKey(key: string, partition: string | undefined = partitionKey()): string {
  return partition ? `${partition}${key}` : key;
}

/** A store whose keys are prefixed with the partition key (read at each call). */
export function partitionedStore(storage: SettingsStore, partition: () => string | undefined = partitionKey): SettingsStore {
  return {
    getItem: (key) => storage.getItem(storageKey(key, partition())),
    setItem: (key, value) => storage.setItem(storageKey(key, partition()), value),
  };
}

/** The browser's localStorage behind the partition prefix, or null where it is unavailable (blocked storage). */
export function defaultStore(): SettingsStore | null {
  try {
    if (typeof localStorage === 'undefined') return null;
    return partitionedStore(localStorage);
  } catch {
    return null;
  }
}
