// Per-unit lists of section facts: one section fact for every section of a unit, in order, and the unit-wide lists
// made of each section's share. A rebuilt unit starts from its previous build's lists: a section that is the same
// object, at the same place counted from either end, whose inputs' stamps did not change, keeps its value with no
// lookup at all; so an edit in a unit of thousands of sections costs a pass over a plain array per list, and a
// lookup (see `sectionFact`) only for the sections between the first and the last one that changed. When the unit
// has as many sections as before, a list costs only the sections that changed, and is the previous list object when
// none of their values did.
import { forgetLastUnit, isPositionFree, peekUnitFact, positionFree, sectionFact, sectionStamps, unitFact, type SectionReads } from "./unit-facts";
import { forgetAskedUnits } from "./section-stamps";
import type { ConfUnit, PlacedSection } from "./unit-types";
import { commonEnds, sameItems } from "../util/lists";

/** A unit and the build it replaced: how many sections they share at the start and at the end. */
interface Rebuild {
  previous: ConfUnit;
  head: number;
  tail: number;
  /** By `reads`: 1 where the previous build's value still holds (worked out once per kind, when first asked). */
  carried: Partial<Record<SectionReads, Uint8Array>>;
  /** The same for values that hold offsets (see `positionFree`): none where the section's lines moved. */
  carriedPlaced: Partial<Record<SectionReads, Uint8Array>>;
  /** The sections put back with lines moved in place (see UnitBuilder). */
  moved: ReadonlySet<PlacedSection> | undefined;
  /** By `reads` (and "+" for values that hold offsets): the indexes of the sections whose value does not hold. */
  changed: Map<string, readonly number[]>;
}

const rebuilds = new WeakMap<ConfUnit, Rebuild>();

/** Records that `unit` replaces `previous` (UnitBuilder.finish). Only one build back is kept: no chain of old units. */
export function noteRebuild(unit: ConfUnit, previous: ConfUnit, moved?: readonly PlacedSection[]): void {
  rebuilds.delete(previous);
  const { head, tail } = commonEnds(previous.sections, unit.sections);
  rebuilds.set(unit, { previous, head, tail, carried: {}, carriedPlaced: {}, moved: moved && new Set(moved), changed: new Map() });
}

/**
 * Lets go of the builds these units replaced: once an analysis of them is complete, what their rebuilds could carry
 * over has been carried. Drops what `noteRebuild` recorded for them, and the units the fact layers' fast paths hold
 * (one of which is often a replaced build). A replaced build kept alive keeps all that was worked out of it: after
 * an edit in the bench's 12k-step dialplan context, ~35 MB per build. A fact first asked later is worked out afresh.
 */
export function releaseReplacedBuilds(units: readonly ConfUnit[]): void {
  for (const unit of units) rebuilds.delete(unit);
  forgetLastUnit();
  forgetAskedUnits();
}

/** The build `unit` replaced (see `noteRebuild`), while it is the last one. */
export function previousBuild(unit: ConfUnit): ConfUnit | undefined {
  return rebuilds.get(unit)?.previous;
}

/**
 * `list` (a unit fact under `key` being worked out for `unit`), or the previous build's list under `key` when that holds
 * the very same items: a list that did not change keeps its identity across rebuilds (see `sectionShares`).
 */
export function keptList<T>(unit: ConfUnit, key: object, list: readonly T[]): readonly T[] {
  const previous = previousBuild(unit);
  const before = previous && peekUnitFact<readonly T[]>(previous, key);
  return before && sameItems(before, list) ? before : list;
}

/** The indexes of the sections that do not keep the previous build's value (the unit has as many sections). */
function changedIndexes(unit: ConfUnit, rebuild: Rebuild, reads: SectionReads, free: boolean): readonly number[] {
  const kind = free ? reads : reads + "+";
  let changed = rebuild.changed.get(kind);
  if (!changed) {
    const carried = (free ? carriedSections : carriedPlacedSections)(unit, rebuild, reads);
    const found: number[] = [];
    for (let i = 0; i < carried.length; i++) if (!carried[i]) found.push(i);
    rebuild.changed.set(kind, (changed = found));
  }
  return changed;
}

/** Which sections keep the previous build's value of a fact that reads `reads` and holds offsets. */
function carriedPlacedSections(unit: ConfUnit, rebuild: Rebuild, reads: SectionReads): Uint8Array {
  const known = rebuild.carriedPlaced[reads];
  if (known) return known;
  const carried = carriedSections(unit, rebuild, reads);
  const moved = rebuild.moved;
  let placed = carried;
  if (reads !== "own" && unit.placedBases !== rebuild.previous.placedBases) placed = new Uint8Array(carried.length);
  else if (moved) {
    placed = carried.slice();
    const sections = unit.sections;
    for (let i = 0; i < sections.length; i++) if (placed[i] && moved.has(sections[i])) placed[i] = 0;
  }
  rebuild.carriedPlaced[reads] = placed;
  return placed;
}

/** Which sections keep the previous build's value of a fact that reads `reads` (see SectionReads). */
function carriedSections(unit: ConfUnit, rebuild: Rebuild, reads: SectionReads): Uint8Array {
  const known = rebuild.carried[reads];
  if (known) return known;
  const sections = unit.sections;
  const carried = new Uint8Array(sections.length);
  const stamps = sectionStamps();
  const generalBefore = reads === "general" ? stamps.knownGeneralStampsOf(rebuild.previous) : undefined;
  const generalSame = reads !== "general" || (generalBefore !== undefined && sameItems(stamps.generalStampsOf(unit), generalBefore));
  if (generalSame) {
    const { previous, head, tail } = rebuild;
    if (reads !== "own") stamps.markSameStamps(unit, previous, head, sections.length - tail, carried);
    else for (let i = 0; i < sections.length; i++) if (i < head || i >= sections.length - tail) carried[i] = 1;
  }
  rebuild.carried[reads] = carried;
  return carried;
}

/** The key of the per-unit list of a section fact. */
const listKeys = new WeakMap<object, object>();
const listKey = (key: object) => keyFor(listKeys, key);

/** The key `keys` holds for `key`, made the first time: one constant object per kind of derived fact. */
function keyFor(keys: WeakMap<object, object>, key: object): object {
  let found = keys.get(key);
  if (!found) keys.set(key, (found = isPositionFree(key) ? positionFree({}) : {}));
  return found;
}

/**
 * The section fact `key` (see `sectionFact`, same rules for `compute` and `reads`) of every section of the unit, in
 * the unit's order: once per unit object, and from the previous build's list where a section's value still holds.
 */
export function sectionFactList<T>(unit: ConfUnit, key: object, compute: (unit: ConfUnit, section: PlacedSection) => T, reads: SectionReads): readonly T[] {
  return unitFact(unit, listKey(key), () => {
    const sections = unit.sections;
    const rebuild = rebuilds.get(unit);
    const before = rebuild ? peekUnitFact<readonly T[]>(rebuild.previous, listKey(key)) : undefined;
    if (before && before.length === sections.length) {
      // As many sections as before: only those whose value may not hold are looked at, and the previous list is
      // the list when none of them has a new value (so lists made from it stay as they were too).
      let values: T[] | undefined;
      for (const i of changedIndexes(unit, rebuild!, reads, isPositionFree(key))) {
        const value = sectionFact(unit, key, sections[i], compute, reads);
        if (value !== before[i]) (values ??= before.slice())[i] = value;
      }
      return values ?? before;
    }
    const values = new Array<T>(sections.length);
    const carried = before ? (isPositionFree(key) ? carriedSections : carriedPlacedSections)(unit, rebuild!, reads) : undefined;
    const shift = before ? before.length - sections.length : 0;
    for (let i = 0; i < sections.length; i++) {
      values[i] = carried?.[i] ? before![i < rebuild!.head ? i : i + shift] : sectionFact(unit, key, sections[i], compute, reads);
    }
    return values;
  });
}

/**
 * A unit-wide list made of each section's share (undefined: no share), in file order, once per unit object. Each
 * share is a section fact declared with `reads` (same rules as `sectionFact`: it must not hold the unit object), so a
 * rebuilt unit re-does only the shares of its new or changed sections and the list is a cheap loop. When a rebuilt
 * unit's shares are the very same as its previous build's, the list is the previous build's list object: what is
 * kept by the list's identity (`keptAcrossBuilds`) stays.
 */
export function sectionShares<S>(unit: ConfUnit, key: object, share: (unit: ConfUnit, section: PlacedSection) => S | undefined, reads: SectionReads): readonly S[] {
  return unitFact(unit, key, () => {
    const list = sectionFactList(unit, shareKey(key), share, reads);
    const previous = previousBuild(unit);
    const beforeList = previous && peekUnitFact<readonly (S | undefined)[]>(previous, listKey(shareKey(key)));
    const before = beforeList && peekUnitFact<readonly S[]>(previous!, key);
    if (before && beforeList === list) return before;
    const patched = before && patchedShares(unit, beforeList!, before, list, reads, isPositionFree(key));
    if (patched) return patched;
    const shares: S[] = [];
    // An indexed loop: this runs over every section of a unit on every edit.
    for (let i = 0; i < list.length; i++) if (list[i] !== undefined) shares.push(list[i] as S);
    return keptList(unit, key, shares);
  });
}

/** Past this many changed sections, a shares list is made anew rather than patched (each patch counts its place). */
const MAX_PATCHED = 8;

/**
 * The previous build's shares list with the shares of the sections that changed put in their places, when the unit
 * has as many sections, few of them changed and none gained or lost its share: an edit of one section in a unit of
 * thousands makes one copy of the list, not a walk over every section that grows a new one.
 */
function patchedShares<S>(unit: ConfUnit, beforeList: readonly (S | undefined)[], before: readonly S[], list: readonly (S | undefined)[], reads: SectionReads, free: boolean): readonly S[] | undefined {
  const rebuild = rebuilds.get(unit);
  if (!rebuild || beforeList.length !== list.length) return undefined;
  const changed = changedIndexes(unit, rebuild, reads, free);
  if (changed.length > MAX_PATCHED) return undefined;
  let shares: S[] | undefined;
  for (const i of changed) {
    const was = beforeList[i];
    const now = list[i];
    if (was === now) continue;
    if (was === undefined || now === undefined) return undefined;
    (shares ??= before.slice())[sharesBefore(beforeList, i)] = now;
  }
  return shares ?? before;
}

/** How many sections before index `i` have a share in `list`: the place of section i's share in the shares list. */
function sharesBefore<S>(list: readonly (S | undefined)[], i: number): number {
  let count = 0;
  for (let k = 0; k < i; k++) if (list[k] !== undefined) count++;
  return count;
}

/** One section's share of a `sectionShares` list (the same cached value the list is made of). */
export function sectionShare<S>(unit: ConfUnit, key: object, section: PlacedSection, share: (unit: ConfUnit, section: PlacedSection) => S | undefined, reads: SectionReads): S | undefined {
  return sectionFact(unit, shareKey(key), section, share, reads);
}

/** The key of the per-section shares of a `sectionShares` list (its own key names the list, kept per unit). */
const shareKeys = new WeakMap<object, object>();
const shareKey = (key: object) => keyFor(shareKeys, key);
