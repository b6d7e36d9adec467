// peer/duplicate-section: the same peer twice in a sip/iax file (the later one overrides), or the same PJSIP object id
// with the same type twice (Asterisk rejects pjsip.conf for that type). Two carriers only meet when VICIdial can write
// both onto one server (both active, same server_ip or 0.0.0.0). What the rule compares of a section (driver, type)
// is kept with the section; each run compares the sections of every load group whose names repeat.
import { objectOf } from "../../model/objects";
import { carrierOfLine, carrierPairSentence, carriersById, linesMeet } from "../../model/carrier-placement";
import type { CarrierRecord } from "../../model/workspace";
import type { ConfUnit, PlacedSection } from "../../model/units";
import type { Rule, RuleContext } from "../types";
import { loadGroups } from "../../model/load-groups";
import { positionFree, unitFact } from "../../model/unit-facts";
import { sectionShare, sectionShares } from "../../model/section-lists";
import { keptAcrossBuilds } from "../../model/kept-joins";
import type { Workspace } from "../../model/workspace";
import { LineQuotes } from "../line-quotes";

const PEER_SIDE: ReadonlySet<string> = new Set(["peer"]);
const USER_SIDE: ReadonlySet<string> = new Set(["user"]);
const BOTH_SIDES: ReadonlySet<string> = new Set(["peer", "user"]);
const NO_SIDE: ReadonlySet<string> = new Set();

/** The sides of a chan_sip/chan_iax2 object its type makes (a friend is both a peer and a user). */
function sideOf(type: string | undefined): ReadonlySet<string> {
  switch (type) {
    case "peer":
      return PEER_SIDE;
    case "user":
      return USER_SIDE;
    case "friend":
      return BOTH_SIDES;
    default:
      return NO_SIDE;
  }
}

interface Seen {
  unit: ConfUnit;
  section: PlacedSection;
  type?: string;
  /** The carrier that wrote the section (undefined: a conf file's own section). */
  carrier?: CarrierRecord;
}

/** Both sections can be loaded by one Asterisk (see `linesMeet`). */
function meet(a: Seen, b: Seen): boolean {
  return linesMeet(a.carrier, b.carrier);
}

function report(ctx: RuleContext, later: Seen, first: Seen, message: string, severity: "error" | "warning"): void {
  const header = later.section.header;
  const firstHeader = first.section.header;
  if (!header || !firstHeader) return;
  const quotes = new LineQuotes();
  const at = quotes.reference(first.section.uri, firstHeader.line, later.section.uri);
  ctx.report({
    uri: later.section.uri,
    span: header.nameSpan,
    severity,
    message: message.replace("{first}", at) + carrierPairSentence(later.carrier, first.carrier),
    related: [{ uri: first.section.uri, span: firstHeader.nameSpan, message: `First [${first.section.name}]` }],
    quotes: quotes.quotes,
  });
}

/** A section the rule compares: a chan_sip/chan_iax2 [general], or a peer or PJSIP object of a known type. */
export interface CheckedSection {
  section: PlacedSection;
  driver: string;
  isGeneral: boolean;
  /** The effective type, lower case. */
  type?: string;
}

const CHECKED_SECTIONS = {};
const CHECKED_SHARES = positionFree({});

/** The sections of a unit the rule compares, with their driver and type (a unit fact: the same map until it changes). */
function checkedSections(unit: ConfUnit): Map<PlacedSection, CheckedSection> {
  return unitFact(unit, CHECKED_SECTIONS, () => {
    const bySection = new Map<PlacedSection, CheckedSection>();
    for (const checked of sectionShares(unit, CHECKED_SHARES, findCheckedSection, "inherited")) bySection.set(checked.section, checked);
    return bySection;
  });
}

/** What the rule compares of one section (undefined: nothing), from the section and its templates, kept while they stay the same. */
export function checkedSection(unit: ConfUnit, section: PlacedSection): CheckedSection | undefined {
  return sectionShare(unit, CHECKED_SHARES, section, findCheckedSection, "inherited");
}

function findCheckedSection(unit: ConfUnit, section: PlacedSection): CheckedSection | undefined {
  const info = objectOf(unit, section);
  if (!info || !section.header || info.isTemplate || section.header.isAppend) return undefined;
  const isGeneral = info.special === "general";
  if ((info.special && !isGeneral) || (!isGeneral && info.badType)) return undefined;
  return { section, driver: info.driver, isGeneral, type: info.typeValue?.toLowerCase() };
}

export const duplicateSection: Rule = {
  code: "peer/duplicate-section",
  area: "peer",
  severity: "warning",
  summary: "The same peer section twice in sip.conf/iax.conf (the later one overrides the earlier), or the same PJSIP object id and type twice (Asterisk rejects pjsip.conf for that type).",
  // loadGroups (peer-driver units) and the carrier records (active, server_ip).
  workspaceReads: ["sip", "iax", "pjsip", "pjsip_wizard", "records"],
  checkWorkspace(workspace, ctx) {
    const carriers = carriersById(workspace);
    const seenAs = (unit: ConfUnit, checked: CheckedSection): Seen => ({ unit, section: checked.section, type: checked.type, carrier: carrierOfLine(carriers, checked.section) });
    for (const group of loadGroups(workspace)) {
      // Only names met more than once can clash: most groups have none, and then no section is looked at.
      const repeated = repeatedNames(workspace, group.units);
      if (repeated.size === 0) continue;
      // The sections met so far by name; most names occur once, so a Seen is made only for a name met again.
      const firstByName = new Map<string, { unit: ConfUnit; checked: CheckedSection }>();
      const seen = new Map<string, Seen[]>();
      const generals: Seen[] = [];
      for (const { unit, section } of group.sections) {
        if (!repeated.has(section.name)) continue;
        const checked = checkedSections(unit).get(section);
        if (!checked) continue;
        if (checked.isGeneral) {
          checkGeneral(ctx, seenAs(unit, checked), checked, generals);
          continue;
        }
        const first = firstByName.get(section.name);
        if (!first) {
          firstByName.set(section.name, { unit, checked });
          continue;
        }
        let earlier = seen.get(section.name);
        if (!earlier) seen.set(section.name, (earlier = [seenAs(first.unit, first.checked)]));
        const current = seenAs(unit, checked);
        checkAgain(ctx, current, checked, earlier);
        earlier.push(current);
      }
    }
  },
};

const COMPARED_NAMES = positionFree({});

/**
 * The section names that more than one compared section of a group's units has, [general]s of
 * any case counted as one name: worked out again only when a unit's list of compared names changed (a list of plain
 * names keeps its identity across rebuilds while the names are the same; see `keptList`).
 */
function repeatedNames(workspace: Workspace, units: readonly ConfUnit[]): ReadonlySet<string> {
  const lists = units.map((unit) => sectionShares(unit, COMPARED_NAMES, comparedName, "inherited"));
  return keptAcrossBuilds(workspace, "duplicate-section\u0000" + units.map((unit) => unit.id).join("\u0000"), lists, () => {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    const generals: string[] = [];
    for (const list of lists) {
      for (const name of list) {
        if (name.toLowerCase() === "general") generals.push(name);
        if (seen.has(name)) repeated.add(name);
        seen.add(name);
      }
    }
    if (generals.length > 1) for (const name of generals) repeated.add(name);
    return repeated;
  });
}

/** The name of a section the rule compares (see `checkedSection`), undefined for the others. */
function comparedName(unit: ConfUnit, section: PlacedSection): string | undefined {
  return checkedSection(unit, section) ? section.name : undefined;
}

/** A [general] after another one Asterisk also loads (carriers on other servers never meet): every setting is ignored. */
function checkGeneral(ctx: RuleContext, current: Seen, checked: CheckedSection, generals: Seen[]): void {
  if (current.carrier && !current.carrier.active) return;
  const general = generals.find((g) => meet(g, current));
  if (!general) {
    generals.push(current);
    return;
  }
  const name = checked.driver === "sip" ? "chan_sip" : "chan_iax2";
  report(ctx, current, general, `A second [general] (the first is at {first}): ${name} reads only the first one, so every setting here (register lines included) is ignored. Merge it into the first [general].`, "warning");
}

/** A section whose name was met before in the group (`earlier`, in order): a clash when both can load together. */
function checkAgain(ctx: RuleContext, current: Seen, checked: CheckedSection, earlier: Seen[]): void {
  const name = current.section.name;
  if (checked.driver === "pjsip") {
    const clash = earlier.find((e) => e.type !== undefined && e.type === current.type && meet(e, current));
    if (clash && current.type) {
      report(ctx, current, clash, `Duplicate PJSIP object '${name}' of type '${current.type}' (also at {first}): Asterisk rejects the whole pjsip.conf for type '${current.type}' ("duplicate object"), so none of its ${current.type} objects load. Rename one of them.`, "error");
    }
  } else if (checked.driver === "sip" || checked.driver === "iax") {
    const mine = sideOf(current.type);
    const clash = earlier.find((e) => [...sideOf(e.type)].some((side) => mine.has(side)) && meet(e, current));
    if (clash) {
      const driver = checked.driver === "sip" ? "chan_sip" : "chan_iax2";
      report(ctx, current, clash, `[${name}] is defined again (first at {first}): ${driver} builds both in turn, so this one overrides the earlier one's settings. Keep one section per peer.`, "warning");
    }
  }
}
