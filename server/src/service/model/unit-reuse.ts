// What a rebuild of a unit takes over from its previous build beyond single sections: the sections of a re-parsed
// file whose lines the re-parse kept (put back whole, without walking their lines), the entries of a section whose
// lines differ for the lines it still holds, and whether a section that moved in place is one others inherit from
// (then what holds offsets of inherited lines is out of date).
import type { Assignment, ConfLine, ConfTree } from "../parse/conf-syntax";
import type { ConfUnit, PlacedOption, PlacedSection, SourceField } from "./unit-types";
import { sectionShares } from "./section-lists";
import { positionFree } from "./unit-facts";
import { outlineOf } from "../parse/conf-outline";

/** A section of the previous build put back whole (see `UnitBuilder.keptSections`). */
export interface KeptSection {
  section: PlacedSection;
  /** The index of its header line in the new tree. */
  first: number;
  /** The index of its last line in the new tree. */
  last: number;
  /** Its index in the previous build. */
  index: number;
  moved: boolean;
}

/** The index of `node` among the tree's lines from `from` on (lines are in offset order), or -1 when it is none of them. */
function lineIndexFrom(tree: ConfTree, node: ConfLine, from: number): number {
  const lines = tree.lines;
  const start = node.line.start;
  // The first line from `from` on that starts at or after the node's start: found by steps that double from `from`,
  // then halving, so a search costs the log of how far on the line is (near for the many small sections of a file of
  // peers, far for the few large contexts of a dialplan: once per section on every keystroke).
  let low = from;
  let step = 1;
  while (low + step < lines.length && lines[low + step].line.start < start) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, lines.length);
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines[mid].line.start < start) low = mid + 1;
    else high = mid;
  }
  return low < lines.length && lines[low] === node ? low : -1;
}

/**
 * The previous build's sections opened by document `uri` (but its last) whose every line, up to the next header of
 * the document, is a line the re-parse that made `tree` kept (see `ConfTree.keptLines`), in the order of their lines,
 * with the indexes in `tree` of their header and last lines and whether they moved. A section with a directive among those
 * lines is not one of them: what an `#include` there loads may add lines to it. Only for a document re-parsed from the
 * tree the previous build read; undefined otherwise.
 */
export function keptSectionsOf(previous: ConfUnit | undefined, uri: string, tree: ConfTree): KeptSection[] | undefined {
  const read = previous?.documentTrees?.get(uri);
  const kept = tree.keptLines;
  if (!previous || !read || !kept || tree.reusedFrom !== read.serial) return undefined;
  const found: KeptSection[] = [];
  const directives = outlineOf(tree).directives;
  const opened = sectionsOpenedBy(previous, uri);
  // The sections come in the order of their lines: each is looked for from where the last one ended.
  let at = 0;
  for (let k = 0; k + 1 < opened.length; k++) {
    const i = opened[k];
    const section = previous.sections[i];
    const header = section.header!;
    const next = previous.sections[opened[k + 1]].header!;
    const last = section.options[section.options.length - 1]?.node ?? header;
    const first = lineIndexFrom(tree, header, at);
    if (first < 0) continue;
    const end = lineIndexFrom(tree, last, first);
    if (end < 0) continue;
    at = end;
    const nextFirst = lineIndexFrom(tree, next, end);
    if (nextFirst < 0 || directiveWithin(directives, first, nextFirst)) continue;
    // Every line up to the next header is one the re-parse kept (a line after its last option that became an
    // option in the edit would belong to it).
    const before = nextFirst > end && nextFirst <= kept.before;
    const inTail = first >= kept.from;
    if (before || inTail) found.push({ section, first, last: end, index: i, moved: inTail && tree.movedFrom !== undefined });
  }
  return found;
}

/**
 * The indexes in the unit of the sections whose header is a line of document `uri`, in order: the run the document
 * opened when it includes nothing (see `UnitBuilder.noteDocument`), else found among all sections.
 */
function sectionsOpenedBy(unit: ConfUnit, uri: string): number[] {
  const run = unit.documentRuns?.get(uri);
  const opened: number[] = [];
  const from = run ? run.from : 0;
  const to = run ? run.to : unit.sections.length;
  for (let i = from; i < to; i++) {
    const section = unit.sections[i];
    if (section.header && section.uri === uri) opened.push(i);
  }
  return opened;
}

/** Whether a directive line lies between lines `first` and `next` (`directives`: line indexes in order). */
function directiveWithin(directives: readonly number[], first: number, next: number): boolean {
  let low = 0;
  let high = directives.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (directives[mid] <= first) low = mid + 1;
    else high = mid;
  }
  return low < directives.length && directives[low] < next;
}

/** True when one of `moved` is a [general] section or a section some section of the unit names as a base. */
export function basesAmong(unit: ConfUnit, moved: readonly PlacedSection[]): boolean {
  const bases = baseNamesOf(unit);
  return moved.some((section) => {
    const name = section.name.toLowerCase();
    return name === "general" || bases.has(name);
  });
}

const BASE_NAMES = positionFree({});
const baseNameSets = new WeakMap<readonly string[], Set<string>>();

/**
 * The names (lower case) the unit's sections inherit from: made from a list of each section's base names, which
 * keeps its identity across rebuilds while they are the same (see `sectionShares`), so a set is made once per list.
 */
function baseNamesOf(unit: ConfUnit): Set<string> {
  const list = sectionShares(unit, BASE_NAMES, (_u, section) => (section.header?.bases.length ? section.header.bases.map((b) => b.text.toLowerCase()).join("\u0000") : undefined), "own");
  let set = baseNameSets.get(list);
  if (!set) baseNameSets.set(list, (set = new Set(list.flatMap((names) => names.split("\u0000")))));
  return set;
}

/**
 * The open section and the previous build's section it repeats so far (its first `matched` lines); once a line
 * differs, the old section's entries the fresh one takes over from there (see `takeOver`).
 */
export interface Repeat {
  fresh: PlacedSection;
  old: PlacedSection;
  matched: number;
  /** Some matched line was moved in place by the re-parse (see ConfTree.movedFrom). */
  moved: boolean;
  /** Past the first line that differs: the index of the old section's next entry to look for (-1 before). */
  next: number;
}

/**
 * How many of the old section's entries a line past the first difference is looked for among: lines added cost a
 * failed look each, lines removed at once are skipped when fewer than this.
 */
const LOOKAHEAD = 16;

export function samePlacing(old: PlacedOption, node: Assignment, uri: string, field: SourceField | undefined, carrierId: string | undefined): boolean {
  return old.node === node && old.uri === uri && old.field === field && old.carrierId === carrierId;
}

/**
 * A line past the first one that differs in a section that repeated a previous one: the old section's entry for it,
 * among the next few of its entries (lines replaced, added or removed shift the rest by a few), taken over by
 * the fresh section. An entry holds no offset, so one that placed the same line (the same node, document, carrier
 * and field) places it in the fresh section as well; the old section is spent, replaced by the fresh one. False
 * when there is none: the line gets an entry of its own.
 */
export function takeOver(repeat: Repeat, node: Assignment, uri: string, field: SourceField | undefined, carrierId: string | undefined): boolean {
  const options = repeat.old.options;
  const end = Math.min(options.length, repeat.next + LOOKAHEAD);
  for (let k = repeat.next; k < end; k++) {
    const old = options[k];
    if (!samePlacing(old, node, uri, field, carrierId)) continue;
    old.section = repeat.fresh;
    repeat.fresh.options.push(old);
    repeat.next = k + 1;
    return true;
  }
  return false;
}
