// A section rule's findings on one section (or a context rule's on one dialplan context), kept across an edit that
// only moved the lines they are on (a re-parse moves the lines below an edit in place: parse/conf-reuse.ts). Each
// place a finding names (its span, each related span) is noted with the parsed line that holds it and where that line
// started; while the lines are where they were the findings are given as they are, and once some moved, as copies
// with those places moved the same way. The edits of quick fixes a rule worked out at check time (`data.fixes`) are
// places too; other finding data holds no offsets of its own (a rule's fix reads offsets relative to the finding's
// span).
import type { ConfLine } from "../parse/conf-syntax";
import { linesStartingBy } from "../parse/conf-reuse";
import type { Workspace } from "../model/workspace";
import type { Finding, QuickFix, RelatedLocation } from "./types";
import { movedSpan, type Span } from "../text/span";

/** The parsed line that holds a place, and where it started when the finding was made. */
interface Anchor {
  node: ConfLine;
  at: number;
}

/**
 * One finding with the anchors of its span, of each related span and of each edit of its `data.fixes`, in that order
 * (undefined: never moves).
 */
interface Placed {
  finding: Finding;
  anchors: (Anchor | undefined)[];
}

/** The findings of one rule on one section, with their anchors (see `placeFindings`). */
export interface PlacedFindings {
  readonly placed: readonly Placed[];
  /** The findings as last given, and the shift of every anchor then (the same objects are given while it holds). */
  given: readonly Finding[];
  givenShifts: number[];
}

/** The findings of a section with none (shared, never changed). */
export const NO_PLACED_FINDINGS: PlacedFindings = { placed: [], given: [], givenShifts: [] };

/** Notes where each finding's places are (see the module comment). */
export function placeFindings(findings: readonly Finding[], workspace: Workspace): PlacedFindings {
  if (findings.length === 0) return NO_PLACED_FINDINGS;
  const placed = findings.map((finding): Placed => {
    const anchors = [anchorOf(workspace, finding.uri, finding.span.start)];
    for (const related of finding.related ?? []) anchors.push(anchorOf(workspace, related.uri, related.span.start));
    for (const fix of fixesOf(finding)) for (const edit of fix.edits) anchors.push(anchorOf(workspace, edit.uri, edit.span.start));
    return { finding: ownSpans(finding), anchors };
  });
  return { placed, given: placed.map((p) => p.finding), givenShifts: placed.flatMap((p) => p.anchors.map(() => 0)) };
}

/** Several lists of placed findings as one, in order (the lists are left as they were). */
export function joinPlaced(parts: readonly PlacedFindings[]): PlacedFindings {
  if (parts.length === 0) return NO_PLACED_FINDINGS;
  if (parts.length === 1) return parts[0];
  const placed = parts.flatMap((part) => part.placed);
  // As first given: the findings as made, with no shift (`currentFindings` moves what moved since).
  return { placed, given: placed.map((p) => p.finding), givenShifts: placed.flatMap((p) => p.anchors.map(() => 0)) };
}

/** The findings with their places where the lines that hold them are now. */
export function currentFindings(found: PlacedFindings): readonly Finding[] {
  let k = 0;
  let same = true;
  for (const p of found.placed) for (const anchor of p.anchors) if (shiftOf(anchor) !== found.givenShifts[k++]) same = false;
  if (same) return found.given;
  found.given = found.placed.map(movedFinding);
  found.givenShifts = found.placed.flatMap((p) => p.anchors.map(shiftOf));
  return found.given;
}

/** The quick fixes a rule worked out at check time (`data.fixes`), if any. */
function fixesOf(finding: Finding): readonly QuickFix[] {
  const fixes = finding.data?.fixes;
  return Array.isArray(fixes) ? (fixes as QuickFix[]) : [];
}

/** The finding with spans of its own: a rule may report a node's span object, which a later re-parse moves. */
function ownSpans(finding: Finding): Finding {
  const own: Finding = { ...finding, span: { start: finding.span.start, end: finding.span.end } };
  if (finding.related) own.related = finding.related.map((r) => ({ ...r, span: { start: r.span.start, end: r.span.end } }));
  if (fixesOf(finding).length > 0) own.data = { ...finding.data, fixes: movedFixes(fixesOf(finding), () => 0) };
  return own;
}

/**
 * Copies of the fixes, each edit with a span of its own moved by `shiftOf(k)` (k counts edits across all the fixes in
 * order): an edit may hold a node's span object, which a later re-parse moves in place.
 */
function movedFixes(fixes: readonly QuickFix[], shiftOf: (k: number) => number): QuickFix[] {
  let k = 0;
  return fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, span: movedSpan(edit.span, shiftOf(k++)) })) }));
}

function shiftOf(anchor: Anchor | undefined): number {
  return anchor ? anchor.node.line.start - anchor.at : 0;
}

/** A finding as it reads once the lines of its places moved (the finding itself when none did). */
function movedFinding(p: Placed): Finding {
  if (p.anchors.every((anchor) => shiftOf(anchor) === 0)) return p.finding;
  const shift = shiftOf(p.anchors[0]);
  const finding: Finding = { ...p.finding, span: maybeMoved(p.finding.span, shift) };
  const related = p.finding.related?.length ?? 0;
  if (p.finding.related) finding.related = p.finding.related.map((r, i): RelatedLocation => ({ ...r, span: maybeMoved(r.span, shiftOf(p.anchors[i + 1])) }));
  const fixes = fixesOf(p.finding);
  if (fixes.length > 0) finding.data = { ...p.finding.data, fixes: movedFixes(fixes, (k) => shiftOf(p.anchors[1 + related + k])) };
  return finding;
}

/** `span` moved by `shift`: the same object when it does not move. */
function maybeMoved(span: Span, shift: number): Span {
  return shift === 0 ? span : movedSpan(span, shift);
}

/**
 * The parsed line of a whole conf document that holds `offset`, or the last line before it (an offset on a line
 * break moves with the line it ends); undefined in a document with no such tree (a record field never moves).
 */
function anchorOf(workspace: Workspace, uri: string, offset: number): Anchor | undefined {
  const lines = workspace.document(uri)?.conf?.lines;
  if (!lines || lines.length === 0) return undefined;
  const node = lines[Math.max(0, linesStartingBy(lines, offset) - 1)];
  return { node, at: node.line.start };
}
