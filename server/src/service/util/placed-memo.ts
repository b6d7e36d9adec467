// Values worked out of one parsed line that hold its offsets: a re-parse may move a kept line in place (see
// parse/conf-reuse.ts), so such a value is good only while the line still starts where it did.

/** Where a parsed node's line starts. */
const lineStartOf = (node: { line: { start: number } }) => node.line.start;

/**
 * A value per key (a parsed node, or what holds one), kept while the key's line starts at the same offset as when it
 * was worked out. `startOf` says where the key's line starts (by default the key is the node). With `move`, a value
 * whose line moved is not dropped but moved: `move(value, shift)` gives it as worked out `shift` characters further
 * on (the line's text is the same; only where it starts changed).
 */
export class PlacedMemo<K extends object, V> {
  private readonly byKey = new WeakMap<K, { at: number; value: V }>();

  constructor(
    private readonly startOf: (key: K) => number = lineStartOf as (key: K) => number,
    private readonly move?: (value: V, shift: number) => V,
  ) {}

  get(key: K): V | undefined {
    const entry = this.byKey.get(key);
    if (entry === undefined) return undefined;
    const at = this.startOf(key);
    if (entry.at === at) return entry.value;
    if (!this.move) return undefined;
    entry.value = this.move(entry.value, at - entry.at);
    entry.at = at;
    return entry.value;
  }

  set(key: K, value: V): void {
    this.byKey.set(key, { at: this.startOf(key), value });
  }
}
