// A fake localStorage for the record store's tests: one shared map (the browser's storage for
// the site), optional limits (blocked, a byte quota), and the `storage` events a browser sends
// to the OTHER tabs when one tab writes, held until the test delivers them (as a browser does,
// later than the write).
export class FakeStorage implements Storage {
  private map = new Map<string, string>();
  blocked = false;
  /** Total characters the storage may hold; a write over it throws QuotaExceededError. */
  quota = Infinity;
  readonly tabs: FakeTab[] = [];

  get length() {
    this.check();
    return this.map.size;
  }
  private check() {
    if (this.blocked) throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
  }
  key(i: number) {
    this.check();
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    this.check();
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string, from?: FakeTab) {
    this.check();
    const size = [...this.map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0) + key.length + value.length;
    if (size > this.quota) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    this.map.set(key, value);
    for (const tab of this.tabs) if (tab !== from) tab.pending.push({ key, newValue: value });
  }
  removeItem(key: string) {
    this.check();
    this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
  /** A browser tab on this storage: what it writes, the other tabs hear about. */
  tab(): FakeTab {
    const t = new FakeTab(this);
    this.tabs.push(t);
    return t;
  }
}

export class FakeTab extends EventTarget {
  pending: { key: string; newValue: string | null }[] = [];
  readonly storage: FakeStorage;
  constructor(storage: FakeStorage) {
    super();
    this.storage = storage;
  }
  /** The Storage this tab writes through (so its writes are not echoed to itself). */
  get view(): Storage {
    const s = this.storage;
    return new Proxy(s, {
      get: (target, prop) => (prop === 'setItem' ? (k: string, v: string) => s.setItem(k, v, this) : Reflect.get(target, prop)),
    });
  }
  /** Deliver the storage events other tabs' writes caused, in order. */
  deliver() {
    for (const e of this.pending.splice(0)) this.dispatchEvent(Object.assign(new Event('storage'), e));
  }
}
