// Values worked out of one parsed line that hold its offsets: a re-parse may move a kept line in place (see
// parse/conf-reuse.ts), so such a value is good only while the line still starts where it did.

/** Where a parsed node's line starts. */
const lineStartOf = (node: { line: { start: number } }) => node.line.start;

/**
 * A value per key (a parsed node, or what holds one), kept while the key's line starts at the same offset as when it
 * was worked out. `startOf` says where the key's line starts (by default the key is the node).
 */
export class PlacedMemo<K extends object, V> {
  private readonly byKey = new WeakMap<K, { at: number; value: V }>();

  constructor(private readonly startOf: (key: K) => number = lineStartOf as (key: K) => number) {}

  get(key: K): V | undefined {
    const entry = this.byKey.get(key);
    return entry !== undefined && entry.at === this.startOf(key) ? entry.value : undefined;
  }

  set(key: K, value: V): void {
    this.byKey.set(key, { at: this.startOf(key), value });
  }
}
