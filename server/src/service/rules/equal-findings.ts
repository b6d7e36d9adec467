// A rule that runs again after an edit of what it reads mostly finds what it found before, as new objects. Given
// back as the objects of its last run where they are equal in every field, they keep what is kept downstream by
// finding or list identity: a document's sorted list of findings and its masked copy (rules/grouped-findings.ts,
// shown-findings.ts) are made again only for the documents whose findings really changed.
import type { Finding } from "./types";
import { addTo } from "../util/multimap";

/** `now`, with each finding equal to one of `previous` replaced by that one (in place; `now` is returned). */
export function keepingEqualFindings(previous: readonly Finding[] | undefined, now: Finding[]): Finding[] {
  if (!previous || previous.length === 0 || now.length === 0) return now;
  // By message: nearly every finding's is its own, so a lookup meets one or two candidates.
  const byMessage = new Map<string, Finding[]>();
  for (const finding of previous) addTo(byMessage, finding.message, finding);
  for (let i = 0; i < now.length; i++) {
    const found = now[i];
    const kept = byMessage.get(found.message)?.find((old) => sameFinding(old, found));
    if (kept) now[i] = kept;
  }
  return now;
}

/** Whether two findings say the same thing at the same places (code, severity, spans, related places, tags, data). */
export function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.code === b.code &&
      a.uri === b.uri &&
      a.span.start === b.span.start &&
      a.span.end === b.span.end &&
      a.message === b.message &&
      a.severity === b.severity &&
      samePlain(a.related, b.related) &&
      samePlain(a.tags, b.tags) &&
      samePlain(a.data, b.data) &&
      sameQuotes(a.quotes, b.quotes))
  );
}

/**
 * Whether two findings quote the very same line objects (rules/line-quotes.ts): a finding kept for an equal one must
 * quote the lines a re-parse moves from now on, not an older node of the same line that no tree holds any more.
 */
function sameQuotes(a: Finding["quotes"], b: Finding["quotes"]): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((quote, i) => quote.uri === b[i].uri && quote.line === b[i].line);
}

/** Deep equality of plain data (strings, numbers, booleans, arrays, plain objects; undefined fields count as absent). */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => samePlain(item, other[i]));
  }
  const left = definedEntries(a as Record<string, unknown>);
  const right = b as Record<string, unknown>;
  return left.length === definedEntries(right).length && left.every(([key, value]) => samePlain(value, right[key]));
}

function definedEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([, item]) => item !== undefined);
}
