// An index of extensions (exact names and `_` patterns) by their positions, so that "which extensions could match a
// number this one matches?" costs a walk down a tree instead of a comparison with every extension of a context.
// The answer is a superset: callers confirm each candidate with the exact test (commonExample / matchesExtension).
import type { ParsedExtension } from "./extension-pattern";

interface Edge<T> {
  chars: readonly string[];
  node: TrieNode<T>;
}

interface TrieNode<T> {
  /** Keyed by the accepted characters of one position, joined. */
  children: Map<string, Edge<T>>;
  /** Extensions whose positions end here without a `.`/`!` tail (they match exactly this many characters). */
  fixed: T[];
  /** Extensions whose positions end here followed by `.` (one or more) or `!` (zero or more). */
  tails: { item: T; tail: "." | "!" }[];
}

function newNode<T>(): TrieNode<T> {
  return { children: new Map(), fixed: [], tails: [] };
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  for (const c of small) if (large.includes(c)) return true;
  return false;
}

export class PatternIndex<T> {
  private readonly root: TrieNode<T> = newNode();

  add(parsed: ParsedExtension, item: T): void {
    if (parsed.matchesNothing) return;
    let node = this.root;
    for (const element of parsed.elements) {
      const key = element.chars.join("");
      let edge = node.children.get(key);
      if (!edge) node.children.set(key, (edge = { chars: element.chars, node: newNode() }));
      node = edge.node;
    }
    if (parsed.tail) node.tails.push({ item, tail: parsed.tail });
    else node.fixed.push(item);
  }

  /** Every indexed extension that may match some number `target` matches (a superset; never misses one). */
  candidates(target: ParsedExtension): T[] {
    const found: T[] = [];
    if (target.matchesNothing) return found;
    // An explicit stack rather than recursion: a pasted pattern may have tens of thousands of positions.
    const stack: { node: TrieNode<T>; depth: number }[] = [{ node: this.root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (depth < target.elements.length) {
        // An indexed pattern that ends here with a tail takes any rest of the target (at least one more character).
        for (const { item } of node.tails) found.push(item);
        const chars = target.elements[depth].chars;
        for (const edge of node.children.values()) if (intersects(edge.chars, chars)) stack.push({ node: edge.node, depth: depth + 1 });
        continue;
      }
      if (target.tail === undefined) {
        found.push(...node.fixed);
        for (const { item, tail } of node.tails) if (tail === "!") found.push(item);
        continue;
      }
      if (target.tail === "!") found.push(...node.fixed);
      for (const { item } of node.tails) found.push(item);
      for (const edge of node.children.values()) collectAll(edge.node, found);
    }
    return found;
  }
}

/** Everything indexed at or below `start`. */
function collectAll<T>(start: TrieNode<T>, found: T[]): void {
  const stack = [start];
  while (stack.length > 0) {
    const node = stack.pop()!;
    found.push(...node.fixed);
    for (const { item } of node.tails) found.push(item);
    for (const edge of node.children.values()) stack.push(edge.node);
  }
}
