// What sets of extensions match, compared as languages: a number one extension matches that none of some others
// match (is it covered?), and a number two extensions both match (do they meet?). Small automata, bounded search.
import type { ParsedExtension } from "./extension-parse";

const OTHER = "\u0000";

/** A small automaton over one extension: state k = k positions consumed; n+1 = past the first char of a `.` tail. */
class PatternAutomaton {
  readonly n: number;
  constructor(readonly ext: ParsedExtension) {
    this.n = ext.elements.length;
  }
  step(state: number, ch: string): number {
    if (state < 0 || this.ext.matchesNothing) return -1;
    if (state < this.n) return this.ext.elements[state].chars.includes(ch) ? state + 1 : -1;
    if (state === this.n) return this.ext.tail === "." ? this.n + 1 : this.ext.tail === "!" ? this.n : -1;
    return this.n + 1;
  }
  accepts(state: number): boolean {
    if (state < 0 || this.ext.matchesNothing) return false;
    if (state === this.n) return this.ext.tail !== ".";
    return state === this.n + 1;
  }
}

function alphabetOf(exts: ParsedExtension[]): string[] {
  const chars = new Set<string>([OTHER]);
  for (const ext of exts) for (const el of ext.elements) for (const c of el.chars) chars.add(c);
  return [...chars];
}

const MAX_STATES = 20000;

/**
 * A string `target` matches that none of `others` matches, or undefined when `others` together cover `target`
 * (also undefined when the search gives up on a huge state space). The string uses `?` for "any other character".
 */
export function uncoveredExample(target: ParsedExtension, others: ParsedExtension[]): string | undefined | null {
  if (target.matchesNothing) return undefined;
  const t = new PatternAutomaton(target);
  const os = others.map((o) => new PatternAutomaton(o));
  const alphabet = alphabetOf([target, ...others]);
  const seen = new Set<string>();
  // Each state keeps only the other automata still alive (index, state): most die within a few characters, so a
  // context of thousands of patterns stays cheap.
  type Live = [number, number][];
  const queue: { t: number; o: Live; path: string }[] = [{ t: 0, o: os.map((_, i) => [i, 0] as [number, number]), path: "" }];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    if (t.accepts(state.t) && !state.o.some(([i, s]) => os[i].accepts(s))) return state.path.replace(/\u0000/g, "?");
    for (const ch of alphabet) {
      const nt = t.step(state.t, ch);
      if (nt < 0) continue;
      const no: Live = [];
      for (const [i, s] of state.o) {
        const next = os[i].step(s, ch);
        if (next >= 0) no.push([i, next]);
      }
      const key = nt + "|" + no.map(([i, s]) => i + ":" + s).join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > MAX_STATES) return null;
      queue.push({ t: nt, o: no, path: state.path + ch });
    }
  }
  return undefined;
}

/** Cheap proof that two extensions never meet: different fixed lengths, or a position whose sets share nothing. */
function clearlyDisjoint(a: ParsedExtension, b: ParsedExtension): boolean {
  if (!a.tail && !b.tail && a.elements.length !== b.elements.length) return true;
  if (!a.tail && b.tail === "." && a.elements.length <= b.elements.length) return true;
  if (!b.tail && a.tail === "." && b.elements.length <= a.elements.length) return true;
  const n = Math.min(a.elements.length, b.elements.length);
  for (let i = 0; i < n; i++) {
    const x = a.elements[i].chars;
    const y = b.elements[i].chars;
    if (!x.some((c) => y.includes(c))) return true;
  }
  return false;
}

/** A string both extensions match, or undefined when they never meet. */
export function commonExample(a: ParsedExtension, b: ParsedExtension): string | undefined {
  if (a.matchesNothing || b.matchesNothing || clearlyDisjoint(a, b)) return undefined;
  const x = new PatternAutomaton(a);
  const y = new PatternAutomaton(b);
  const alphabet = alphabetOf([a, b]);
  const seen = new Set<string>(["0|0"]);
  const queue: { a: number; b: number; path: string }[] = [{ a: 0, b: 0, path: "" }];
  while (queue.length > 0) {
    const state = queue.shift()!;
    if (x.accepts(state.a) && y.accepts(state.b)) return state.path.replace(/\u0000/g, "*");
    for (const ch of alphabet) {
      const na = x.step(state.a, ch);
      const nb = y.step(state.b, ch);
      if (na < 0 || nb < 0) continue;
      const key = na + "|" + nb;
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ a: na, b: nb, path: state.path + ch });
    }
  }
  return undefined;
}
