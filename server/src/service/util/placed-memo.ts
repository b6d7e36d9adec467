// Values worked out of one parsed line that hold its offsets: a re-parse may move a kept line in place (see
// parse/conf-reuse.ts), so such a value is good only while the line still starts where it did.

/** A value per node, kept while the node's line starts at the same offset as when it was worked out. */
export class PlacedMemo<N extends { line: { start: number } }, V> {
  private readonly byNode = new WeakMap<N, { at: number; value: V }>();

  get(node: N): V | undefined {
    const entry = this.byNode.get(node);
    return entry !== undefined && entry.at === node.line.start ? entry.value : undefined;
  }

  set(node: N, value: V): void {
    this.byNode.set(node, { at: node.line.start, value });
  }
}
