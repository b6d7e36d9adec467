// The secret masker: replaces given secret texts in any text shown to a user with MASK (SecretMasker), or given spans
// of a text (maskSpans). Pure text work; what is a secret is decided in secrets.ts, which re-exports the masker.

import type { Span } from "./span";

export const MASK = "****";

const WORD_CHAR = /[A-Za-z0-9]/;
const LETTER = /[A-Za-z]/;
const APOSTROPHES = new Set(["'", "\u2019"]);

/** How many first characters index the secrets (MIN_CUT_PREFIX must not be smaller). */
const PREFIX = 3;

/** Shortest start of a secret that is still masked when an output cuts the secret off (`register => u:hunt…`). */
const MIN_CUT_PREFIX = 4;

/** How many masked texts a masker remembers before it starts over, and the longest text it remembers. */
const MASKED_TEXTS_KEPT = 2048;
const MASKED_TEXT_MAX_LENGTH = 2000;

/** Up to this many secrets, a text none of whose heads occurs in it is passed over by a native substring search. */
const HEADS_CHECKED = 64;

/**
 * Masks secrets in any text shown to a user. Built once per set of secrets; each call is linear in the text (the
 * secrets are bucketed by their first character, longest first). A secret is masked where it stands as a whole word
 * (no letter or digit touching either side), and also where an output cut it off: a start of a secret (at least
 * MIN_CUT_PREFIX characters) that runs to the end of the text or to an ellipsis. No regex: the secrets are user text.
 */
export class SecretMasker {
  /** Secrets by their first PREFIX characters (whole secret when shorter), longest first in each list. */
  private readonly byPrefix = new Map<string, string[]>();
  private readonly firstChars = new Set<string>();
  /**
   * The first MIN_CUT_PREFIX characters of each secret (the whole of a shorter one): every match, whole or cut off,
   * starts with one. Kept only for a few secrets, where searching for each is faster than the scan.
   */
  private readonly heads: string[] | undefined;
  /** Texts masked so far and their results: outputs repeat (the same completion documentation at every offset). */
  private readonly masked = new Map<string, string>();
  readonly size: number;

  constructor(secrets: Iterable<string>) {
    const unique = new Set<string>();
    for (const s of secrets) if (s.length > 0) unique.add(s);
    this.size = unique.size;
    for (const secret of [...unique].sort((a, b) => b.length - a.length)) {
      const key = secret.slice(0, PREFIX);
      const list = this.byPrefix.get(key);
      if (list) list.push(secret);
      else this.byPrefix.set(key, [secret]);
      this.firstChars.add(secret[0]);
    }
    this.heads = unique.size <= HEADS_CHECKED ? [...new Set([...unique].map((s) => s.slice(0, MIN_CUT_PREFIX)))] : undefined;
  }

  mask(text: string): string {
    if (this.size === 0 || text.length === 0) return text;
    if (this.heads && !this.heads.some((head) => text.includes(head))) return text;
    if (text.length > MASKED_TEXT_MAX_LENGTH) return this.maskOnce(text);
    const known = this.masked.get(text);
    if (known !== undefined) return known;
    const result = this.maskOnce(text);
    if (this.masked.size >= MASKED_TEXTS_KEPT) this.masked.clear();
    this.masked.set(text, result);
    return result;
  }

  private maskOnce(text: string): string {
    let stops: number[] | undefined;
    let next = 0;
    let result = "";
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (!this.firstChars.has(text[i]) || (i > 0 && WORD_CHAR.test(text[i - 1]))) continue;
      stops ??= cutStops(text);
      while (stops[next] < i) next++;
      const end = this.matchAt(text, i, stops[next], afterContraction(text, i));
      if (end < 0) continue;
      result += text.slice(from, i) + MASK;
      from = end;
      i = end - 1;
    }
    return from === 0 ? text : result + text.slice(from);
  }

  /** Where the secret starting at `at` ends, or -1; `stop` is where a clipped output cut its text (ellipsis or end). */
  private matchAt(text: string, at: number, stop: number, afterContraction: boolean): number {
    // Longer keys first: every secret in a longer key's list is longer than those of shorter keys.
    for (let k = PREFIX; k >= 1; k--) {
      const candidates = this.byPrefix.get(text.slice(at, at + k));
      if (!candidates) continue;
      for (const secret of candidates) {
        const end = at + secret.length;
        if (afterContraction && secret.length <= SHORT_SECRET) continue;
        if (text.startsWith(secret, at) && (end >= text.length || !WORD_CHAR.test(text[end]))) return end;
      }
      if (k === PREFIX) {
        const length = stop - at;
        if (length < MIN_CUT_PREFIX || length >= candidates[0].length) continue;
        for (const secret of candidates) if (secret.length > length && text.startsWith(secret.slice(0, length), at)) return stop;
      }
    }
    return -1;
  }
}

/**
 * Secrets this short are not masked as the tail of an English contraction or possessive (`SIP's`, `don't`): a
 * letter, an apostrophe, then the secret. A value never puts a secret there (a secret follows `=`, `:`, `#`, `/` or
 * a space), so only ordinary words are spared.
 */
const SHORT_SECRET = 2;

/** Whether `at` follows a letter and an apostrophe (`SIP'|s`). */
function afterContraction(text: string, at: number): boolean {
  return at >= 2 && APOSTROPHES.has(text[at - 1]) && LETTER.test(text[at - 2]);
}

/** Offsets where an output may have been clipped: each ellipsis, then the end of the text (ascending). */
function cutStops(text: string): number[] {
  const stops: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "…" || (text[i] === "." && text.startsWith("...", i))) stops.push(i);
  }
  stops.push(text.length);
  return stops;
}

/**
 * Masks every whole-word occurrence of the given secrets in a text, longest first. Whole words only (no letter or
 * digit touching either side), so that a short password such as `p` does not garble the words around it; a secret
 * quoted as `user:pw@realm` or `'pw'` is still masked. No regex: the secrets are user text.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  return new SecretMasker(secrets).mask(text);
}

/** The text with each span replaced by MASK (overlapping spans share one). */
export function maskSpans(text: string, marked: readonly Span[]): string {
  const spans = [...marked].sort((a, b) => a.start - b.start || b.end - a.end);
  let result = "";
  let from = 0;
  for (const span of spans) {
    if (span.end <= from) continue;
    // A span overlapping the last one widens its mask.
    if (span.start >= from) result += text.slice(from, span.start) + MASK;
    from = span.end;
  }
  return result + text.slice(from);
}
