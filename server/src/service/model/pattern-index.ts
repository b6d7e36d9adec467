// An index of extensions (exact names and `_` patterns) by their positions, so that "which extensions could match a
// number this one matches?" costs a walk down a tree instead of a comparison with every extension of a context.
// The answer is a superset: callers confirm each candidate with the exact test (commonExample / matchesExtension).
import type { ParsedExtension } from "./extension-pattern";

interface Edge<T> {
  /** The accepted characters of one position, joined (PatternElement.set). */
  set: string;
  node: TrieNode<T>;
}

interface TrieNode<T> {
  /**
   * The children, keyed by the accepted characters of one position, joined: the first one added, then the others in
   * the order they were added (most nodes have one child: no map for them).
   */
  first?: Edge<T>;
  more?: Map<string, Edge<T>>;
  /** Extensions whose positions end here without a `.`/`!` tail (they match exactly this many characters). */
  fixed?: T[];
  /** Extensions whose positions end here followed by `.` (one or more) or `!` (zero or more). */
  tails?: { item: T; tail: "." | "!" }[];
}

function newNode<T>(): TrieNode<T> {
  return { first: undefined, more: undefined, fixed: undefined, tails: undefined };
}

/** The child of `node` for `set`, made when missing. */
function childFor<T>(node: TrieNode<T>, set: string): TrieNode<T> {
  const first = node.first;
  if (!first) return (node.first = { set, node: newNode() }).node;
  if (first.set === set) return first.node;
  let edge = node.more?.get(set);
  if (!edge) (node.more ??= new Map()).set(set, (edge = { set, node: newNode() }));
  return edge.node;
}

/** Calls `visit` with each child edge of `node`, in the order they were added. */
function forEachEdge<T>(node: TrieNode<T>, visit: (edge: Edge<T>) => void): void {
  if (!node.first) return;
  visit(node.first);
  if (node.more) for (const edge of node.more.values()) visit(edge);
}

/** Whether two positions share a character (no allocation: sets are short strings). */
function intersects(a: string, b: string): boolean {
  const small = a.length <= b.length ? a : b;
  const large = small === a ? b : a;
  for (let i = 0; i < small.length; i++) if (large.indexOf(small[i]) >= 0) return true;
  return false;
}

function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}

export class PatternIndex<T> {
  private readonly root: TrieNode<T> = newNode();

  add(parsed: ParsedExtension, item: T): void {
    if (parsed.matchesNothing) return;
    let node = this.root;
    for (const element of parsed.elements) node = childFor(node, element.set);
    if (parsed.tail) (node.tails ??= []).push({ item, tail: parsed.tail });
    else (node.fixed ??= []).push(item);
  }

  /** Every indexed extension that may match some number `target` matches (a superset; never misses one). */
  candidates(target: ParsedExtension): T[] {
    const found: T[] = [];
    if (target.matchesNothing) return found;
    // An explicit stack rather than recursion (a pasted pattern may have tens of thousands of positions), kept as
    // two parallel arrays so a walk allocates nothing per node.
    const nodes: TrieNode<T>[] = [this.root];
    const depths: number[] = [0];
    const elements = target.elements;
    while (nodes.length > 0) {
      const node = nodes.pop()!;
      const depth = depths.pop()!;
      if (depth < elements.length) {
        // An indexed pattern that ends here with a tail takes any rest of the target (at least one more character).
        if (node.tails) for (const { item } of node.tails) found.push(item);
        const set = elements[depth].set;
        const first = node.first;
        if (first && intersects(first.set, set)) {
          nodes.push(first.node);
          depths.push(depth + 1);
        }
        if (node.more) {
          for (const edge of node.more.values()) {
            if (!intersects(edge.set, set)) continue;
            nodes.push(edge.node);
            depths.push(depth + 1);
          }
        }
        continue;
      }
      if (target.tail === undefined) {
        if (node.fixed) pushAll(found, node.fixed);
        if (node.tails) for (const { item, tail } of node.tails) if (tail === "!") found.push(item);
        continue;
      }
      if (target.tail === "!" && node.fixed) pushAll(found, node.fixed);
      if (node.tails) for (const { item } of node.tails) found.push(item);
      forEachEdge(node, (edge) => collectAll(edge.node, found));
    }
    return found;
  }
}

/** Everything indexed at or below `start`. */
function collectAll<T>(start: TrieNode<T>, found: T[]): void {
  const stack = [start];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.fixed) pushAll(found, node.fixed);
    if (node.tails) for (const { item } of node.tails) found.push(item);
    forEachEdge(node, (edge) => stack.push(edge.node));
  }
}
