// The per-unit layer of derived facts: a value worked out from one load unit alone (its peers, its codec lines, its
// register lines ...), computed once per unit object. Units are rebuilt, never mutated once finished, and a unit whose
// files did not change is the same object after an edit elsewhere; so a workspace-wide value built by joining the
// facts of every unit re-does only the changed unit's share, and the join itself stays a cheap loop over cached lists.
import { sameItems } from "../util/lists";
import type { ConfUnit, PlacedSection } from "./unit-types";

interface UnitFacts {
  /** The unit's size when the facts were worked out: a unit still being built outgrows them (see `sameShape`). */
  sections: number;
  orphans: number;
  lastSectionOptions: number;
  byKey: Map<object, unknown>;
  /** Stands for this unit object in section memos (see `SectionMemo.checkedIn`), which must not keep the unit alive. */
  token: object;
  /** The stamps of the unit's [general] sections, asked once per unit (see `locate`). */
  generalStamps?: readonly object[];
}

const factsByUnit = new WeakMap<ConfUnit, UnitFacts>();

function lastSectionOptions(unit: ConfUnit): number {
  return unit.sections[unit.sections.length - 1]?.options.length ?? 0;
}

/** Sections, orphans and options of the last section are what grows while a unit is still being built. */
function sameShape(facts: UnitFacts, unit: ConfUnit): boolean {
  return facts.sections === unit.sections.length && facts.orphans === unit.orphans.length && facts.lastSectionOptions === lastSectionOptions(unit);
}

/**
 * The fact `key` names for this unit: `compute(unit)` the first time, the same value afterwards. `compute` must read
 * nothing but the unit and the text of the unit's own documents (a unit is rebuilt whenever one of them changes):
 * no settings, no other unit, no workspace-wide value, or the fact goes stale. Use one constant object per kind of
 * fact as `key`. The value is shared: do not change it (a fact may be a cache its owner fills, such as a map by key).
 */
export function unitFact<T>(unit: ConfUnit, key: object, compute: (unit: ConfUnit) => T): T {
  const byKey = factsOf(unit).byKey;
  const known = byKey.get(key);
  if (known !== undefined) return (known === UNDEFINED ? undefined : known) as T;
  const value = compute(unit);
  byKey.set(key, value === undefined ? UNDEFINED : value);
  return value;
}

/** The fact `key` of this unit if it is already worked out (see `unitFact`), without working it out. */
export function peekUnitFact<T>(unit: ConfUnit, key: object): T | undefined {
  const known = factsOf(unit).byKey.get(key);
  return (known === UNDEFINED ? undefined : known) as T | undefined;
}

/** Stands for a fact whose value is undefined, so one map read tells a missing fact from an undefined one. */
const UNDEFINED = {};

/** The unit asked about last and its facts: rules ask about one unit many times in a row. */
let lastFactsUnit: ConfUnit | undefined;
let lastFacts: UnitFacts | undefined;

/** Lets go of the unit asked about last (see `releaseReplacedBuilds`): a unit held here keeps all its facts alive. */
export function forgetLastUnit(): void {
  lastFactsUnit = undefined;
  lastFacts = undefined;
}

/** The facts of a unit object. */
function factsOf(unit: ConfUnit): UnitFacts {
  let facts = unit === lastFactsUnit ? lastFacts : factsByUnit.get(unit);
  if (!facts || !sameShape(facts, unit)) {
    facts = { sections: unit.sections.length, orphans: unit.orphans.length, lastSectionOptions: lastSectionOptions(unit), byKey: new Map(), token: {} };
    factsByUnit.set(unit, facts);
  }
  lastFactsUnit = unit;
  lastFacts = facts;
  return facts;
}

/**
 * What a section fact (or a rule's findings on one section) reads besides the section's own lines and the unit's
 * dialect: `own`, nothing more; `inherited`, the sections it inherits from, recursively; `general`, those and the
 * unit's `[general]` sections. A fact declared this way survives a rebuild of the unit as long as the section and
 * what it reads are the same objects (see UnitBuilder), so an edit re-does only the sections it touched.
 */
export type SectionReads = "own" | "inherited" | "general";

interface SectionMemo {
  /**
   * What the section read when its values were worked out: its inheritance stamp, the stamps of the unit's [general]
   * sections (`general` only), and its size then (a unit being built grows).
   */
  stamp: object;
  general: readonly object[];
  options: number;
  /** By position-free fact (see `factId`). */
  values: unknown[];
  /**
   * By fact, the values of facts not declared `positionFree`, with what they held to: the section's `placed` token
   * and, unless `own`, the unit's `placedBases`. Dropped when the section's lines or those it inherits moved.
   */
  placedValues: unknown[] | undefined;
  placed: object | undefined;
  placedBases: object | undefined;
  /**
   * The token of the last unit the memo was found good for (see `factsOf`): asked again from that unit, no input
   * needs comparing. The memo holds the token, not the unit or its facts, so it keeps no old unit alive.
   */
  checkedIn: object;
}

/** Where each kind of `reads` keeps its memo in a section's `memos` (see unit-types.ts). */
const MEMO_SLOT: Record<SectionReads, number> = { own: 0, inherited: 1, general: 2 };

const NOTHING: readonly object[] = [];
/** The stamp of every section under `own`: it reads nothing that could change without the section changing. */
const OWN_STAMP = {};

/**
 * What a section reads, as stamps (section-stamps.ts provides them: this module sits below it). A section's
 * inheritance stamp is the same object while the section and everything it inherits are; undefined when the answer
 * depends on the order of the unit's sections (`(+)` additions): the fact is then kept for this unit only.
 */
export interface SectionStamps {
  stampOf(unit: ConfUnit, section: PlacedSection): object | undefined;
  /** The stamps of the unit's [general] sections, the same list object for a unit. */
  generalStampsOf(unit: ConfUnit): readonly object[];
  /**
   * Marks 1 in `into` for each section of `unit` outside its indexes [from, to) whose stamp is the one it had in
   * `previous` (the build `unit` replaced, which has the same section objects before `from` and after `to`, counted
   * from its end); nothing when the previous build's stamps were never worked out.
   */
  markSameStamps(unit: ConfUnit, previous: ConfUnit, from: number, to: number, into: Uint8Array): void;
  /** `generalStampsOf` if already worked out for the unit. */
  knownGeneralStampsOf(unit: ConfUnit): readonly object[] | undefined;
}

let stamps: SectionStamps | undefined;

export function setSectionStamps(provider: SectionStamps): void {
  stamps = provider;
}

/** The stamps provider (section-stamps.ts registers it on load). */
export function sectionStamps(): SectionStamps {
  return stamps!;
}

/**
 * A fact about one section of the unit, worked out the first time a section is asked about (most rules ask about a
 * few sections of a big unit, so working out every section up front would waste time). `key` names the kind of fact.
 * Without `reads`, `compute` may read anything of the unit (as for `unitFact`) and the answer is kept for this unit
 * object only. With `reads`, `compute` must read nothing but the section, the unit's dialect and what `reads` names
 * (the text of those sections' documents included), and the answer is kept for as long as all of them stay the same.
 */
export function sectionFact<T>(unit: ConfUnit, key: object, section: PlacedSection, compute: (unit: ConfUnit, section: PlacedSection) => T, reads?: SectionReads): T {
  const values = locate(unit, section, reads, key);
  if (values) {
    const id = factId(key, reads!);
    const known = values[id];
    if (known !== undefined) return (known === UNDEFINED ? undefined : known) as T;
    const value = compute(unit, section);
    values[id] = value === undefined ? UNDEFINED : value;
    return value;
  }
  const bySection = unitOnly(unit, key);
  const known = bySection.get(section);
  if (known !== undefined) return (known === UNDEFINED ? undefined : known) as T;
  const value = compute(unit, section);
  bySection.set(section, value === undefined ? UNDEFINED : value);
  return value;
}

/** The section fact `key` if it is already worked out (see `sectionFact`), for code that fills facts in its own order. */
export function peekSectionFact<T>(unit: ConfUnit, key: object, section: PlacedSection, reads?: SectionReads): T | undefined {
  const values = locate(unit, section, reads, key);
  const known = values ? values[factId(key, reads!)] : unitOnly(unit, key).get(section);
  return (known === UNDEFINED ? undefined : known) as T | undefined;
}

/** Records the section fact `key` (see `sectionFact`; same rules for what the value may read). */
export function putSectionFact<T>(unit: ConfUnit, key: object, section: PlacedSection, value: T, reads?: SectionReads): void {
  const values = locate(unit, section, reads, key);
  if (values) values[factId(key, reads!)] = value === undefined ? UNDEFINED : value;
  else unitOnly(unit, key).set(section, value === undefined ? UNDEFINED : value);
}

/** A section fact kept for one unit object only, by section (see `locate`). */
function unitOnly(unit: ConfUnit, key: object): Map<PlacedSection, unknown> {
  return unitFact(unit, key, () => new Map<PlacedSection, unknown>());
}

/**
 * Declares that the values kept under `key` (a section fact's, or a `sectionFactList`'s) hold no offset into a
 * document, nor anything else that changes when a re-parse moves lines in place without changing them (see
 * `PlacedSection.placed`): they are then kept across such moves. Other facts are worked out again for a moved section.
 */
export function positionFree<K extends object>(key: K): K {
  keyOf(key).free = true;
  return key;
}

/** See `positionFree`. */
export function isPositionFree(key: object): boolean {
  return keyOf(key).free;
}

/**
 * What a key object is given (its only properties, set in this order on every key: keys of one shape keep the
 * look-up of this hot path monomorphic): whether it is `positionFree`, and its small number in each kind of memo
 * values (see `factId`), -1 until it is first kept there.
 */
interface FactKey {
  free: boolean;
  factIds: number[];
}

/**
 * The memo values a fact can be kept in: one list per `reads` for position-free facts (`values`) and one for the
 * others (`placedValues`), each numbered on its own. A number shared by all of them made every list as long as the
 * count of all kinds of facts: a section's lists held some 250 slots for about 35 facts (10 MB of holes over the
 * bench's 76k lines).
 */
const SPACES = 6;
const nextFactIds: number[] = new Array<number>(SPACES).fill(0);

function keyOf(key: object): FactKey {
  const keyed = key as Partial<FactKey>;
  if (keyed.factIds === undefined) {
    if (keyed.free === undefined) keyed.free = false;
    keyed.factIds = new Array<number>(SPACES).fill(-1);
  }
  return keyed as FactKey;
}

/** Each kind of section fact gets a small number per memo list it is kept in, its place there (no map look-up per fact). */
function factId(key: object, reads: SectionReads): number {
  const keyed = keyOf(key);
  const space = MEMO_SLOT[reads] * 2 + (keyed.free ? 1 : 0);
  let id = keyed.factIds[space];
  if (id < 0) keyed.factIds[space] = id = nextFactIds[space]++;
  return id;
}

/**
 * The values of a section's memo for what `reads` names, while it stays the same (see SectionMemo); undefined when
 * the fact is kept per unit object instead (without `reads`, or when the unit's section order matters: `(+)`).
 */
function locate(unit: ConfUnit, section: PlacedSection, reads: SectionReads | undefined, key: object): unknown[] | undefined {
  if (!reads) return undefined;
  const memo = memoFor(unit, section, reads);
  if (!memo || isPositionFree(key)) return memo?.values;
  const bases = reads === "own" ? undefined : unit.placedBases;
  if (memo.placedValues === undefined || memo.placed !== section.placed || memo.placedBases !== bases) {
    memo.placedValues = [];
    memo.placed = section.placed;
    memo.placedBases = bases;
  }
  return memo.placedValues;
}

/** The section's memo for what `reads` names, while it stays the same (a new one otherwise; see `locate`). */
function memoFor(unit: ConfUnit, section: PlacedSection, reads: SectionReads): SectionMemo | undefined {
  const memos = (section.memos ??= [undefined, undefined, undefined]) as (SectionMemo | undefined)[];
  const at = MEMO_SLOT[reads];
  const known = memos[at];
  const facts = factsOf(unit);
  const token = facts.token;
  if (known && known.checkedIn === token && known.options === section.options.length) return known;
  const stamp = reads === "own" ? OWN_STAMP : stamps?.stampOf(unit, section);
  if (!stamp) return undefined;
  const general = reads === "general" ? (facts.generalStamps ??= stamps!.generalStampsOf(unit)) : NOTHING;
  if (known && known.stamp === stamp && known.options === section.options.length && sameItems(known.general, general)) {
    known.checkedIn = token;
    return known;
  }
  const memo: SectionMemo = { stamp, general, options: section.options.length, values: [], checkedIn: NOTHING, placedValues: undefined, placed: undefined, placedBases: undefined };
  // Given twice (see text/span.ts): a rebuilt unit checks the memo in anew, the first time at the first edit.
  memo.checkedIn = token;
  memos[at] = memo;
  return memo;
}
