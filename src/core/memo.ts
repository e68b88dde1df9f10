/**
 * Memoisation for the hot paths of recognition and the rules: the same label texts recur in every sheet,
 * and several rules ask for the same analysis of one table or workbook.
 */

/** Caches a pure function of a string. The cache is emptied when it grows past `max` entries. */
export function memoString<T>(fn: (s: string) => T, max = 50000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const v = fn(s);
    if (cache.size >= max) cache.clear();
    cache.set(s, v);
    return v;
  };
}

/** Caches a pure function of an object (a table, a workbook model) for as long as the object lives. */
export function memoObject<K extends object, T>(fn: (k: K) => T): (k: K) => T {
  const cache = new WeakMap<K, T>();
  return (k: K): T => {
    const hit = cache.get(k);
    if (hit !== undefined || cache.has(k)) return hit as T;
    const v = fn(k);
    cache.set(k, v);
    return v;
  };
}
