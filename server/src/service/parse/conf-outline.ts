// A parsed tree's outline: where its section headers, unclosed headers and directives are, and its first line with
// content. Later stages ask this of every revision of a document (how it loads, what it includes, whether VICIdial
// wrote it); a re-parse carries the previous tree's outline for the lines it kept and reads only the lines it made
// anew, so an edit in a 40k-line file does not walk every line again for it.
import type { ConfLine, ConfTree } from "./conf-syntax";

export interface ConfOutline {
  /** Index of the first line that is neither blank nor comment (-1: none). */
  firstContent: number;
  /** Indexes of the section header lines, in order. */
  sections: number[];
  /** Indexes of the directive lines (`#include` ...), in order. */
  directives: number[];
  /** Indexes of the lines that open a section header but never close it (`[name` with no `]`), in order. */
  brokenHeaders: number[];
}

const outlines = new WeakMap<ConfTree, ConfOutline>();

/** The outline of a tree: carried from the tree it was re-parsed from when that one's is known (see `carryOutline`). */
export function outlineOf(tree: ConfTree): ConfOutline {
  let outline = outlines.get(tree);
  if (!outline) outlines.set(tree, (outline = readOutline(tree.text, tree.lines, 0, tree.lines.length, emptyOutline())));
  return outline;
}

/** The outline's lists of line indexes, each carried the same way. */
const INDEX_LISTS = ["sections", "directives", "brokenHeaders"] as const;

function emptyOutline(): ConfOutline {
  return { firstContent: -1, sections: [], directives: [], brokenHeaders: [] };
}

/** Adds lines [from, to) of a tree of `text` to `outline`. */
function readOutline(text: string, lines: readonly ConfLine[], from: number, to: number, outline: ConfOutline): ConfOutline {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const kind = line.kind;
    if (kind === "blank" || kind === "comment") continue;
    if (outline.firstContent < 0) outline.firstContent = i;
    if (kind === "section") outline.sections.push(i);
    else if (kind === "directive") outline.directives.push(i);
    else if (kind === "invalid" && text.charCodeAt(line.content.start) === 91 /* [ */) outline.brokenHeaders.push(i);
  }
  return outline;
}

/**
 * Gives `tree` (a re-parse of `previous` that kept its lines [0, before) and took over its tail from `from` on; see
 * `ConfTree.keptLines`) the outline of `previous` carried over, when that is known: the kept head's entries, the new
 * lines read, the tail's entries at their new indexes.
 */
export function carryOutline(previous: ConfTree, tree: ConfTree): void {
  const old = outlines.get(previous);
  const kept = tree.keptLines;
  if (!old || !kept) return;
  const oldFrom = previous.lines.length - (tree.lines.length - kept.from);
  const shift = kept.from - oldFrom;
  const outline = emptyOutline();
  for (const list of INDEX_LISTS) for (const i of old[list]) if (i < kept.before) outline[list].push(i);
  if (old.firstContent >= 0 && old.firstContent < kept.before) outline.firstContent = old.firstContent;
  readOutline(tree.text, tree.lines, kept.before, kept.from, outline);
  for (const list of INDEX_LISTS) for (const i of old[list]) if (i >= oldFrom) outline[list].push(i + shift);
  if (outline.firstContent < 0 && old.firstContent >= 0) outline.firstContent = firstContentFrom(tree.lines, kept.from);
  outlines.set(tree, outline);
}

/** The first line with content from `from` on (-1: none). */
function firstContentFrom(lines: readonly ConfLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i].kind !== "blank" && lines[i].kind !== "comment") return i;
  return -1;
}
