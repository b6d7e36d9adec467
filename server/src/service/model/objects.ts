// What kind of object a section of a unit is (a chan_sip peer, a PJSIP aor, a wizard ...), from the unit's dialect
// and the section's effective `type=`; shared by the peer rules, option hover and option completion.
import { findBase, lastEffectiveOption, type ConfUnit, type PlacedOption, type PlacedSection } from "./units";
import { driverOfDialect, tableFor } from "../knowledge/options/index";
import type { OptionDriver } from "../knowledge/options/types";
import { positionFree, sectionFact, unitFact } from "./unit-facts";

export interface ObjectInfo {
  driver: OptionDriver;
  /** Table key: `peer` or `general` (sip, iax), the PJSIP type, `wizard`; undefined when the type is missing or unknown. */
  object?: string;
  /** Reserved sections that are not peers: `general`, `authentication` (sip), `callnumberlimits` (iax). */
  special?: "general" | "authentication" | "callnumberlimits";
  /** The `type=` line that decides the kind (the last one, own or inherited). */
  typeOption?: PlacedOption;
  typeValue?: string;
  /** The type was given but the driver does not know it. */
  badType: boolean;
  isTemplate: boolean;
}

/** Conf files whose names start like a channel driver's but hold something else. */

/** The driver whose options a unit's sections use, or undefined (extensions, generic files such as sip_notify.conf). */
export function unitDriver(unit: ConfUnit): OptionDriver | undefined {
  const driver = driverOfDialect(unit.dialect);
  if (!driver) return undefined;
  return driver;
}

const SIP_TYPES = new Set(["peer", "user", "friend"]);

/** A unit fact: the object kind of each section asked about so far. */
const OBJECTS = positionFree({});

/** The last `type` line among a section's effective options. */
export function typeOptionOf(unit: ConfUnit, section: PlacedSection): PlacedOption | undefined {
  return lastEffectiveOption(unit, section, "type");
}

export function objectOf(unit: ConfUnit, section: PlacedSection): ObjectInfo | undefined {
  return sectionFact(unit, OBJECTS, section, computeObject, "inherited");
}

function computeObject(unit: ConfUnit, section: PlacedSection): ObjectInfo | undefined {
  const driver = unitDriver(unit);
  if (!driver) return undefined;
  const isTemplate = section.header?.isTemplate === true;
  const name = section.name.toLowerCase();
  const typeOption = typeOptionOf(unit, section);
  const typeValue = typeOption?.node.value.trim();
  const lowerType = typeValue?.toLowerCase();
  // One object per section, its kind set on it (these objects are kept for every section of a unit).
  const info: ObjectInfo = { driver, typeOption, typeValue, badType: false, isTemplate };
  if (driver === "sip" || driver === "iax") {
    if (name === "general") return withKind(info, "general", "general");
    if (driver === "sip" && name === "authentication") return withKind(info, "authentication");
    if (driver === "iax" && name === "callnumberlimits") return withKind(info, "callnumberlimits");
    if (lowerType !== undefined && !SIP_TYPES.has(lowerType)) return badType(info);
    return withKind(info, undefined, "peer");
  }
  if (driver === "pjsip_wizard") {
    if (lowerType === undefined) return info;
    return lowerType === "wizard" ? withKind(info, undefined, "wizard") : badType(info);
  }
  if (lowerType === undefined) return info;
  return tableFor("pjsip", lowerType) ? withKind(info, undefined, lowerType) : badType(info);
}

/** Sets what a special section is and which table its options are read against (in that order, when given). */
function withKind(info: ObjectInfo, special: ObjectInfo["special"], object?: string): ObjectInfo {
  if (special) info.special = special;
  if (object) info.object = object;
  return info;
}

function badType(info: ObjectInfo): ObjectInfo {
  info.badType = true;
  return info;
}

const INHERITORS = {};

/** The sections inheriting from each section of a unit, in file order, found once per unit. */
function inheritorsByBase(unit: ConfUnit): Map<PlacedSection, PlacedSection[]> {
  return unitFact(unit, INHERITORS, (u) => {
    const byBase = new Map<PlacedSection, PlacedSection[]>();
    for (const section of u.sections) {
      for (const base of section.header?.bases ?? []) {
        const target = findBase(u, section, base.text);
        if (!target || target === section) continue;
        const users = byBase.get(target);
        if (!users) byBase.set(target, [section]);
        // Two bases naming the same section count once.
        else if (users[users.length - 1] !== section) users.push(section);
      }
    }
    return byBase;
  });
}

/** Sections that inherit from `section` (it acts as a template even without `(!)`). */
export function inheritors(unit: ConfUnit, section: PlacedSection): PlacedSection[] {
  return (inheritorsByBase(unit).get(section) ?? []).slice();
}
