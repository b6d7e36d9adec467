// Shared by the peer rules: which sections are driver objects, and what a key means for the object it sits in.
import {
  DRIVER_NAMES,
  PJSIP_TO_SIP,
  SIP_TO_PJSIP,
  findOption,
  foreignOption,
  optionIn,
  optionNames,
  pjsipTypesWith,
  tableFor,
  type ForeignOption,
  type OptionDriver,
  type OptionLookup,
} from "../../knowledge/options/index";
import { objectOf, type ObjectInfo } from "../../model/objects";
import { closest } from "../../model/suggest";
import { removedOption } from "../../knowledge/options/removed";
import { WIZARD_PREFIXES, splitWizardKey } from "../../knowledge/options/wizard";
import type { ConfUnit, PlacedOption, PlacedSection } from "../../model/units";
import { sectionShares } from "../../model/section-lists";
import { positionFree } from "../../model/unit-facts";

/** Keys other areas own (codecs, registrations): the peer rules leave them alone. */
const OWNED_ELSEWHERE = new Set(["register", "allow", "disallow"]);

export interface ObjectSection {
  section: PlacedSection;
  info: ObjectInfo;
}

/** Sections of a unit that are objects of a peer driver (sip, iax, pjsip, wizard), with their kind. Shared: do not change. */
export function objectSections(unit: ConfUnit): readonly ObjectSection[] {
  return sectionShares(unit, OBJECT_SECTIONS, objectSection, "inherited");
}

const OBJECT_SECTIONS = positionFree({});

/** A section's share of `objectSections`: kept with the section while it and its templates stay the same. */
function objectSection(unit: ConfUnit, section: PlacedSection): ObjectSection | undefined {
  const info = objectOf(unit, section);
  return info && { section, info };
}

/**
 * The kind of a section whose own options are checked against the tables (not [general] & co., not dropped for a
 * bad type), else undefined.
 */
export function checkedObject(unit: ConfUnit, section: PlacedSection): ObjectInfo | undefined {
  const info = objectOf(unit, section);
  return info && !info.special && !info.badType ? info : undefined;
}

/** Each option of a checked section (see `checkedObject`) with its key, the verdict on it and the section's kind. */
export function forEachJudgedOption(unit: ConfUnit, section: PlacedSection, visit: (option: PlacedOption, key: string, verdict: KeyVerdict, info: ObjectInfo) => void): void {
  const info = checkedObject(unit, section);
  if (!info) return;
  for (const option of section.options) {
    const key = keyOf(option);
    visit(option, key, judgeKey(info, key), info);
  }
}

export function keyOf(option: PlacedOption): string {
  return option.node.key.trim();
}

/** True for keys the peer rules never judge (owned by the codec/register areas, sorcery `@` extensions, empty). */
export function isSkippedKey(driver: OptionDriver, key: string): boolean {
  const lower = key.toLowerCase();
  if (lower.length === 0) return true;
  if (OWNED_ELSEWHERE.has(lower)) return true;
  if ((driver === "pjsip" || driver === "pjsip_wizard") && lower.startsWith("@")) return true;
  if (driver === "pjsip_wizard") {
    const split = splitWizardKey(key);
    if (split && OWNED_ELSEWHERE.has(split.name.toLowerCase())) return true;
  }
  return false;
}

export type KeyVerdict =
  | { kind: "known"; lookup: OptionLookup }
  | { kind: "skip" }
  | { kind: "foreign"; foreign: ForeignOption; rename?: string; note?: string }
  | { kind: "unknown"; message: string; suggestion?: string; harmless?: boolean };

/**
 * Verdicts by driver, object and key. A verdict depends on nothing else (it reads the knowledge tables only), and
 * five peer rules ask for every option of every section, so each distinct key is judged once. Nested maps (driver,
 * then object, then key) so a lookup builds no string. Bounded: a file of random keys cannot grow it without limit.
 * Verdicts are shared: do not change them.
 */
const verdicts = new Map<string, Map<string, Map<string, KeyVerdict>>>();
let verdictCount = 0;
const MAX_VERDICTS = 10_000;

/** What a key in a checked section means: known, foreign (another driver's), unknown (with advice), or not judged. */
export function judgeKey(info: ObjectInfo, key: string): KeyVerdict {
  let byObject = verdicts.get(info.driver);
  if (!byObject) verdicts.set(info.driver, (byObject = new Map()));
  const object = info.object ?? "";
  let byKey = byObject.get(object);
  if (!byKey) byObject.set(object, (byKey = new Map()));
  let verdict = byKey.get(key);
  if (verdict) return verdict;
  if (verdictCount >= MAX_VERDICTS) {
    verdicts.clear();
    verdictCount = 0;
    return judgeKey(info, key);
  }
  verdict = computeVerdict(info, key);
  byKey.set(key, verdict);
  verdictCount++;
  return verdict;
}

function computeVerdict(info: ObjectInfo, key: string): KeyVerdict {
  const driver = info.driver;
  if (isSkippedKey(driver, key) || removedOption(driver, key)) return { kind: "skip" };
  const lookup = findOption(driver, info.object, key);
  if (lookup.open) return { kind: "skip" };
  if (lookup.option) {
    if (!lookup.option.realtimeOnly) return { kind: "known", lookup };
    return { kind: "unknown", message: `'${key}' is only read from a realtime database: in a conf file ${DRIVER_NAMES[driver]} ignores it.` };
  }
  if (driver === "pjsip") return judgePjsip(info, key);
  if (driver === "pjsip_wizard") return judgeWizard(key);
  return judgeChannel(driver, key);
}

function withSuggestion(message: string, suggestion: string | undefined, display = suggestion): { kind: "unknown"; message: string; suggestion?: string } {
  return { kind: "unknown", message: suggestion ? `${message} Did you mean '${display}'?` : message, suggestion };
}

/** Option names worth suggesting for a typo: not the realtime-only ones, which a conf file cannot use either. */
function suggestableNames(driver: OptionDriver, object: string): string[] {
  const key = `${driver}/${object}`;
  let names = suggestableCache.get(key);
  if (!names) suggestableCache.set(key, (names = optionNames(driver, object).filter((name) => !findOption(driver, object, name).option?.realtimeOnly)));
  return names;
}

const suggestableCache = new Map<string, string[]>();

/** chan_dahdi (analog/PRI) options that VICIdial's seeded SIP examples still carry; harmless but meaningless. */
export const DAHDI_OPTIONS = new Set(["usecallerid", "hidecallerid", "callwaiting", "threewaycalling", "cancallforward", "callreturn"]);

function judgeChannel(driver: "sip" | "iax", key: string): KeyVerdict {
  const name = DRIVER_NAMES[driver];
  if (DAHDI_OPTIONS.has(key.toLowerCase())) {
    return { kind: "unknown", harmless: true, message: `'${key}' is a chan_dahdi (analog/PRI line) option: ${name} ignores it. It can be removed.` };
  }
  const general = tableFor(driver, "general");
  if (general && optionIn(general, key)) {
    return { kind: "unknown", message: `'${key}' only works in [general]: in a peer section ${name} ignores it.` };
  }
  const foreign = foreignOption(driver, key);
  if (foreign) {
    const rename = driver === "sip" && foreign.driver === "pjsip" ? PJSIP_TO_SIP[foreign.option.name] : undefined;
    return { kind: "foreign", foreign, rename };
  }
  const suggestion = closest(key, suggestableNames(driver, "peer"));
  return withSuggestion(`Unknown option '${key}': ${name} ignores it without a word.`, suggestion);
}

function judgePjsip(info: ObjectInfo, key: string): KeyVerdict {
  const object = info.object;
  const what = object ? `${object} option` : "PJSIP option";
  const consequence = object ? `PJSIP refuses to create this ${object}` : "PJSIP refuses to create the object";
  if (object) {
    const others = pjsipTypesWith(key, object);
    if (others.length > 0) {
      return { kind: "unknown", message: `'${key}' is not an ${what}; it belongs to type=${others.join("/")} objects: ${consequence}. Move it to the matching section.` };
    }
  }
  const foreign = foreignOption("pjsip", key);
  if (foreign) {
    const equivalent = foreign.driver === "sip" ? SIP_TO_PJSIP[foreign.option.name] : undefined;
    const rename = equivalent?.name && (!object || equivalent.object === object) ? equivalent.name : undefined;
    return { kind: "foreign", foreign, rename, note: equivalent ? describeEquivalent(equivalent) : undefined };
  }
  const suggestion = closest(key, optionNames("pjsip", object));
  return withSuggestion(`Unknown ${what} '${key}': ${consequence} ("Could not find option suitable for category").`, suggestion);
}

function judgeWizard(key: string): KeyVerdict {
  const split = splitWizardKey(key);
  if (!split) {
    for (const [prefix, object] of WIZARD_PREFIXES) {
      const table = tableFor("pjsip", object);
      if (object !== "phoneprov" && table && optionIn(table, key) && key.toLowerCase() !== "type") {
        return withSuggestion(`'${key}' is not a wizard key: the wizard ignores it. Object options need a prefix such as '${prefix}'.`, prefix + key);
      }
    }
    const foreign = foreignOption("pjsip_wizard", key);
    if (foreign) {
      const equivalent = foreign.driver === "sip" ? SIP_TO_PJSIP[foreign.option.name] : undefined;
      const prefix = equivalent ? WIZARD_PREFIXES.find(([, object]) => object === equivalent.object)?.[0] : undefined;
      const rename = equivalent?.name && prefix ? prefix + equivalent.name : undefined;
      return { kind: "foreign", foreign, rename, note: equivalent ? describeEquivalent(equivalent) : undefined };
    }
    const suggestion = closest(key, [...optionNames("pjsip_wizard", "wizard"), ...WIZARD_PREFIXES.map(([p]) => p)]);
    return withSuggestion(`Unknown wizard key '${key}': the wizard ignores it.`, suggestion);
  }
  const consequence = `PJSIP refuses the ${split.object} and the wizard fails for this section`;
  const others = pjsipTypesWith(split.name, split.object);
  const otherPrefix = others.map((o) => WIZARD_PREFIXES.find(([, object]) => object === o)?.[0]).find((p) => p);
  if (otherPrefix) {
    return withSuggestion(`'${split.name}' is not an ${split.object} option: ${consequence}. It belongs to the '${otherPrefix}' keys.`, otherPrefix + split.name);
  }
  const foreign = foreignOption("pjsip", split.name);
  if (foreign) {
    const equivalent = foreign.driver === "sip" ? SIP_TO_PJSIP[foreign.option.name] : undefined;
    const rename = equivalent?.name && equivalent.object === split.object ? split.prefix + equivalent.name : undefined;
    return { kind: "foreign", foreign, rename, note: equivalent ? describeEquivalent(equivalent) : undefined };
  }
  const suggestion = closest(split.name, optionNames("pjsip", split.object));
  return withSuggestion(`Unknown ${split.object} option '${split.name}': ${consequence}.`, suggestion ? split.prefix + suggestion : undefined);
}

export function describeEquivalent(eq: { object: string; name?: string; note?: string }): string {
  if (eq.name) return `PJSIP calls it '${eq.name}' (${eq.object})${eq.note ? `; ${eq.note}` : ""}`;
  return `In PJSIP: ${eq.note ?? `see the ${eq.object} object`}`;
}

/** The section's dialect consequences, for messages. */
export function ignoresOrRejects(driver: OptionDriver): string {
  return driver === "pjsip" ? "PJSIP refuses to create the object" : `${DRIVER_NAMES[driver]} ignores it`;
}
