// Shell-style file patterns as Asterisk's `#include` reads them (glob(3) with GLOB_BRACE): `*`, `?`, `[...]` and
// `{a,b}`, matched one path segment at a time. No regular expression is built from the pattern.

/** True when an `#include` argument is a pattern rather than one file name. */
export function isGlobPattern(text: string): boolean {
  return /[*?[{]/.test(text);
}

const MAX_BRACE_EXPANSIONS = 64;

/** `{a,b}c` → `ac`, `bc` (nested braces included; stops growing after a few dozen alternatives). */
export function expandBraces(pattern: string): string[] {
  const done: string[] = [];
  const todo = [pattern];
  while (todo.length > 0 && done.length + todo.length <= MAX_BRACE_EXPANSIONS) {
    const current = todo.pop()!;
    const open = current.indexOf("{");
    const close = open < 0 ? -1 : matchingBrace(current, open);
    if (open < 0 || close < 0) {
      done.push(current);
      continue;
    }
    const head = current.slice(0, open);
    const tail = current.slice(close + 1);
    for (const alternative of splitAlternatives(current.slice(open + 1, close))) todo.push(head + alternative + tail);
  }
  return [...done, ...todo].reverse();
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "{") depth++;
    else if (body[i] === "}") depth--;
    else if (body[i] === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** Does one path segment match one pattern segment (`*`, `?`, `[set]`, `[!set]`)? Linear backtracking on `*`. */
export function segmentMatches(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length) {
      const c = pattern[p];
      if (c === "*") {
        starP = p++;
        starN = n;
        continue;
      }
      if (c === "?") {
        p++;
        n++;
        continue;
      }
      if (c === "[") {
        const set = readSet(pattern, p);
        if (set && set.accepts(name[n])) {
          p = set.end;
          n++;
          continue;
        }
        if (!set && name[n] === "[") {
          p++;
          n++;
          continue;
        }
      } else if (c === name[n]) {
        p++;
        n++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

function readSet(pattern: string, open: number): { end: number; accepts(ch: string): boolean } | undefined {
  let i = open + 1;
  const negate = pattern[i] === "!" || pattern[i] === "^";
  if (negate) i++;
  const start = i;
  // A `]` right after `[` (or `[!`) is a member, not the end.
  if (pattern[i] === "]") i++;
  while (i < pattern.length && pattern[i] !== "]") i++;
  if (i >= pattern.length) return undefined;
  const body = pattern.slice(start, i);
  return {
    end: i + 1,
    accepts(ch: string): boolean {
      let found = false;
      for (let k = 0; k < body.length; k++) {
        if (k + 2 < body.length && body[k + 1] === "-") {
          if (ch >= body[k] && ch <= body[k + 2]) found = true;
          k += 2;
        } else if (body[k] === ch) found = true;
      }
      return found !== negate;
    },
  };
}

/** Does a `/`-separated path match a pattern of the same number of segments? Hidden files need a literal dot. */
export function pathMatches(pattern: string, path: string): boolean {
  const ps = pattern.split("/");
  const ns = path.split("/");
  if (ps.length !== ns.length) return false;
  return ps.every((segment, i) => (ns[i].startsWith(".") && !segment.startsWith(".") ? false : segmentMatches(segment, ns[i])));
}
