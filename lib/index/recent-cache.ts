// A bounded cache of recent results in two generations: when the young one is full it becomes the old one, so what
// the last items asked for stays cached instead of the whole cache being wiped (features.ts's stems work the same
// way, inline on that hotter path).
export class RecentCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /** `generation`: entries per generation (the cache holds up to twice as many). */
  constructor(private readonly generation: number) {}

  /** The cached value of `key`, else `make(key)`, kept from then on. */
  get(key: K, make: (key: K) => V): V {
    let v = this.young.get(key);
    if (v !== undefined || this.young.has(key)) return v as V;
    v = this.old.has(key) ? (this.old.get(key) as V) : make(key);
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, v);
    return v;
  }
}
