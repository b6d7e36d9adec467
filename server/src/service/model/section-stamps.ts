// Inheritance stamps: one object per section that stands for the section and everything it inherits, so a section
// fact (unit-facts.ts) tells with one comparison whether what it read is unchanged; and whether a unit has `(+)`
// additions, which make what a section inherits depend on where they sit. Registered with unit-facts.ts on load
// (section-inheritance.ts imports this module, so every user of section facts has it).
import type { ConfUnit, PlacedSection } from "./unit-types";
import { peekUnitFact, setSectionStamps, unitFact } from "./unit-facts";
import { sectionsNamedGeneral } from "./general-sections";

/**
 * A section's inheritance stamp stands for the section and everything it inherits: the same object from one build
 * of a unit to the next while the section and the stamps of its bases are the same objects, a new one otherwise. So
 * comparing one stamp tells whether a whole chain of templates is unchanged (no list of the chain, however long).
 * A section without bases reads nothing else: it is its own stamp (no entry, no pass over the unit for it).
 */
interface Stamp {
  bases: readonly object[];
  stamp: object;
}

const lastStamps = new WeakMap<PlacedSection, Stamp>();
const NO_STAMPS: readonly object[] = [];
const BASED_STAMPS = {};

/** A section's inheritance stamp; undefined with `(+)` additions (what it inherits then depends on where they sit). */
function stampOf(unit: ConfUnit, section: PlacedSection): object | undefined {
  if (hasAppends(unit)) return undefined;
  const bases = section.header?.bases;
  if (!bases || bases.length === 0) return section;
  return unitFact(unit, BASED_STAMPS, basedStamps).get(section);
}

/**
 * The stamps of the unit's sections that have bases, worked out in file order (bases come earlier), once per unit
 * and only when one of them is asked about. Called only without `(+)` additions.
 */
function basedStamps(unit: ConfUnit): Map<PlacedSection, object> {
  const stamps = new Map<PlacedSection, object>();
  // The latest section of each name so far: without (+) additions, what `findBase` finds for a later section.
  const latest = new Map<string, PlacedSection>();
  for (const section of unit.sections) {
    const names = section.header?.bases;
    if (names && names.length > 0) stamps.set(section, stampOver(section, basesStamps(names, latest, stamps)));
    latest.set(section.name, section);
  }
  return stamps;
}

/** The stamps of the bases a section names, as found among the sections before it (missing ones left out). */
function basesStamps(names: readonly { text: string }[], latest: Map<string, PlacedSection>, stamps: Map<PlacedSection, object>): readonly object[] {
  const found: object[] = [];
  for (const name of names) {
    const base = latest.get(name.text);
    if (base) found.push(base.header?.bases.length ? stamps.get(base)! : base);
  }
  return found;
}

/** The section's stamp of the last build when its bases' stamps are the same, a new one otherwise. */
function stampOver(section: PlacedSection, bases: readonly object[]): object {
  const last = lastStamps.get(section);
  if (last && sameStamps(last.bases, bases)) return last.stamp;
  const stamp = {};
  lastStamps.set(section, { bases: bases.length > 0 ? bases : NO_STAMPS, stamp });
  return stamp;
}

const HAS_APPENDS = {};

/** True when some section of the unit is a `(+)` addition (what a section inherits then depends on where they sit). */
export function hasAppends(unit: ConfUnit): boolean {
  // Asked for every section a section fact looks at: the last unit's answer is at hand while it has as many sections
  // (a unit being built only gains sections, and a placed section's header does not change). Two answers are at
  // hand, for code that asks about two units in turn (a rebuilt unit and the build it replaced, two units of a system).
  if (unit === appends[0].unit && unit.sections.length === appends[0].sections) return appends[0].answer;
  if (unit !== appends[1].unit || unit.sections.length !== appends[1].sections) {
    appends[1] = { unit, sections: unit.sections.length, answer: unitFact(unit, HAS_APPENDS, unitHasAppends) };
  }
  const asked = appends[1];
  appends[1] = appends[0];
  appends[0] = asked;
  return asked.answer;
}

/** The last two units asked about (most recent first) and their answers. */
const appends: { unit: ConfUnit | undefined; sections: number; answer: boolean }[] = [
  { unit: undefined, sections: 0, answer: false },
  { unit: undefined, sections: 0, answer: false },
];

/** Lets go of the units asked about last (see `releaseReplacedBuilds`): one may be a build an edit replaced. */
export function forgetAskedUnits(): void {
  appends[0] = { unit: undefined, sections: 0, answer: false };
  appends[1] = { unit: undefined, sections: 0, answer: false };
}

function unitHasAppends(unit: ConfUnit): boolean {
  return unit.sections.some((section) => section.header?.isAppend === true);
}

function sameStamps(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && a.every((stamp, i) => stamp === b[i]);
}

/** The stamps of the unit's [general] sections (a section with `(+)` additions around stands for itself). */
function generalStamps(unit: ConfUnit): readonly object[] {
  return sectionsNamedGeneral(unit).map((general) => stampOf(unit, general) ?? general);
}

/**
 * See `SectionStamps.markSameStamps`. A section without bases is its own stamp, the same outside [from, to): only the
 * sections with bases are looked up, in both builds' stamps (the previous one's as it worked them out, if it did).
 */
function markSameStamps(unit: ConfUnit, previous: ConfUnit, from: number, to: number, into: Uint8Array): void {
  if (hasAppends(unit) || hasAppends(previous)) return;
  let now: Map<PlacedSection, object> | undefined;
  let before: Map<PlacedSection, object> | undefined;
  const sections = unit.sections;
  for (let i = 0; i < sections.length; i++) {
    if (i >= from && i < to) continue;
    const section = sections[i];
    if (!section.header?.bases.length) {
      into[i] = 1;
      continue;
    }
    before ??= peekUnitFact<Map<PlacedSection, object>>(previous, BASED_STAMPS);
    if (!before) continue;
    now ??= unitFact(unit, BASED_STAMPS, basedStamps);
    const stamp = now.get(section);
    if (stamp !== undefined && stamp === before.get(section)) into[i] = 1;
  }
}

/** What section facts compare to know whether what a section reads changed (see `SectionReads` in unit-facts.ts). */
setSectionStamps({
  stampOf,
  generalStampsOf: (unit) => unitFact(unit, GENERAL_STAMPS, generalStamps),
  markSameStamps,
  knownGeneralStampsOf: (unit) => peekUnitFact<readonly object[]>(unit, GENERAL_STAMPS),
});

const GENERAL_STAMPS = {};
