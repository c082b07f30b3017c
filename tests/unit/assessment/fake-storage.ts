import type { StorageLike } from "../../../src/lib/storage/local";

/** In-memory Storage with optional failures, for storage tests. */
export class FakeStorage implements StorageLike {
  map = new Map<string, string>();
  failWith: DOMException | undefined;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWith) throw this.failWith;
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
