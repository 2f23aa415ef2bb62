// A small least-recently-used map: detection results by image hash.

export class LruCache<V> {
  private readonly map = new Map<string, V>();

  constructor(readonly capacity = 64) {
    if (!(capacity >= 1)) throw new Error('cache capacity must be at least 1');
  }

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      // Re-insert: a Map iterates in insertion order, so the oldest key comes first.
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }
}
