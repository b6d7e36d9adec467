// peer/missing-type: a peer/object section without `type=` (own or inherited): Asterisk drops or ignores it.
import { lookupTable } from "../../util/lookup-table";
import { PJSIP_TYPES, optionIn, tableFor, type OptionDriver } from "../../knowledge/options/index";
import { inheritors, objectOf } from "../../model/objects";
import type { ConfUnit, PlacedSection } from "../../model/units";
import { positionFree, unitFact } from "../../model/unit-facts";
import { sectionShares } from "../../model/section-lists";
import type { QuickFix, Rule } from "../types";
import { isSkippedKey, keyOf, objectSections, type ObjectSection } from "./common";
import { insertLineAfter, replace } from "../line-edits";

interface Data extends Record<string, unknown> {
  /** Types offered as `type=` lines to insert after the header. */
  types: string[];
  /** Offset of the header line, where the type line goes after. */
  header: number;
  /** Offset right after `]` (or after `(`) where `(!)` / `!,` marks the section as a template. */
  templateMark?: { offset: number; text: string };
}

/** PJSIP types whose tables know every key of the section (when exactly one fits, it is a safe suggestion). */
function fittingPjsipTypes(section: PlacedSection): string[] {
  const keys = section.options.map(keyOf).filter((k) => !isSkippedKey("pjsip", k) && k.toLowerCase() !== "type");
  if (keys.length === 0) return [];
  return PJSIP_TYPES.map(([type]) => type).filter((type) => {
    const table = tableFor("pjsip", type);
    return table && !table.open && keys.every((k) => optionIn(table, k));
  });
}

/** Keys without which PJSIP refuses an object of the type: a fix adds (or renames to) the type only when they are there. */
const REQUIRED: Record<string, string[]> = lookupTable({ registration: ["server_uri", "client_uri"] });

export function hasRequired(section: PlacedSection, type: string): boolean {
  return (REQUIRED[type] ?? []).every((key) => section.options.some((o) => keyOf(o).toLowerCase() === key && o.node.value.trim().length > 0));
}

function messageFor(driver: OptionDriver, section: PlacedSection, users: PlacedSection[], text: string): string {
  const tail = section.header?.ignoredTail;
  const ignored = tail && /^\s+\(/.test(text.slice(tail.start, tail.end)) ? " (the '(…)' after a blank is ignored, so nothing is inherited)" : "";
  switch (driver) {
    case "sip":
    case "iax": {
      const name = driver === "sip" ? "chan_sip" : "chan_iax2";
      const used = users.length > 0 ? ` It is used as a template by ${users.map((u) => `[${u.name}]`).join(", ")}: mark it [${section.name}](!) so Asterisk does not try to build it.` : " Add type=friend (calls both ways), type=peer or type=user.";
      return `[${section.name}] has no type=${ignored}: ${name} logs "Section '${section.name}' lacks type" and drops it.${used}`;
    }
    case "pjsip":
      return `[${section.name}] has no type=${ignored}: PJSIP creates no object from it and its options are ignored. Add type=endpoint, aor, auth, identify, registration or transport.`;
    default:
      return `[${section.name}] has no type=${ignored}: the wizard reads only type=wizard sections and ignores this one. Add type=wizard.`;
  }
}

function emptyMessage(driver: OptionDriver, section: PlacedSection): string {
  const logged = driver === "sip" || driver === "iax" ? ` (${driver === "sip" ? "chan_sip" : "chan_iax2"} logs "Section '${section.name}' lacks type")` : "";
  return `[${section.name}] is empty: with no type= and no options it creates nothing and has no effect${logged}. Remove it, or fill it in.`;
}

export const missingType: Rule = {
  code: "peer/missing-type",
  area: "peer",
  severity: "warning",
  summary: "A peer or PJSIP object section without type= (own or inherited): chan_sip/chan_iax2 drop it (\"lacks type\"), PJSIP and the wizard ignore it. An empty `[name]` with no options has no effect: information only.",
  // The sections without type= are a list of section shares (kept with each section and its templates); the types
  // each PJSIP name has and the inheritors are looked up per unit only when such a section is there.
  checkUnit(unit, ctx) {
    for (const { section, info } of typelessObjects(unit)) {
      const users = inheritors(unit, section);
      // A base without (!) in PJSIP or wizard files is never an object on its own: it only feeds its users.
      if (users.length > 0 && info.driver !== "sip" && info.driver !== "iax") continue;
      const header = section.header!;
      let types: string[];
      if (info.driver === "pjsip") {
        const taken = pjsipTypesByName(unit).get(section.name);
        const fit = fittingPjsipTypes(section);
        types = fit.length === 1 && !taken?.has(fit[0]) && hasRequired(section, fit[0]) ? fit : [];
      }
      else if (info.driver === "pjsip_wizard") types = ["wizard"];
      else types = users.length > 0 ? [] : ["friend", "peer"];
      // The fix adds type= only where a line may go (workspace.canAddLineAfter: not under an open ';--' block).
      const data: Data = { types, header: header.line.start };
      if (users.length > 0) {
        data.templateMark = header.optionsSpan
          ? { offset: header.optionsSpan.start + 1, text: "!," }
          : { offset: header.nameSpan.end + 1, text: "(!)" };
      }
      const text = ctx.workspace.document(section.uri)?.text ?? "";
      if (section.options.length === 0 && users.length === 0 && header.bases.length === 0) {
        // A bare `[name]` placeholder: nothing is lost, it simply has no effect.
        ctx.report({ uri: section.uri, span: header.nameSpan, severity: "information", tags: ["unnecessary"], message: emptyMessage(info.driver, section), data });
        continue;
      }
      ctx.report({ uri: section.uri, span: header.nameSpan, message: messageFor(info.driver, section, users, text), data });
    }
  },
  fix(finding, ctx): QuickFix[] {
    const data = finding.data as Data | undefined;
    const text = ctx.textOf(finding.uri);
    if (!data || text === undefined) return [];
    const fixes: QuickFix[] = [];
    if (data.templateMark) {
      fixes.push({ title: "Mark the section as a template (!)", isPreferred: true, edits: [replace(finding.uri, { start: data.templateMark.offset, end: data.templateMark.offset }, data.templateMark.text)] });
    }
    if (!ctx.workspace.canAddLineAfter(finding.uri, data.header)) return fixes;
    data.types.forEach((type, i) => {
      fixes.push({ title: `Add 'type=${type}'`, isPreferred: i === 0 && data.types.length === 1, edits: [insertLineAfter(finding.uri, text, data.header, `type=${type}`)] });
    });
    return fixes;
  },
};

const TYPELESS_OBJECTS = positionFree({});

/**
 * The object sections of a unit with no type= of their own or inherited (not [general] & co., not templates, not
 * `(+)` additions): a list of section shares, the same object across rebuilds while no section joins or leaves it, so
 * an edit in a unit of thousands of typed peers looks at none of them again.
 */
function typelessObjects(unit: ConfUnit): readonly ObjectSection[] {
  return sectionShares(unit, TYPELESS_OBJECTS, typelessShare, "inherited");
}

function typelessShare(unit: ConfUnit, section: PlacedSection): ObjectSection | undefined {
  const info = objectOf(unit, section);
  if (!info || info.special || info.isTemplate || info.typeOption || !section.header || section.header.isAppend) return undefined;
  return { section, info };
}

const PJSIP_TYPES_BY_NAME = {};

/** The PJSIP types each name already has: adding one of them again would make a duplicate object. */
function pjsipTypesByName(unit: ConfUnit): Map<string, Set<string>> {
  return unitFact(unit, PJSIP_TYPES_BY_NAME, findPjsipTypesByName);
}

function findPjsipTypesByName(unit: ConfUnit): Map<string, Set<string>> {
  const typesByName = new Map<string, Set<string>>();
  for (const { section, info } of objectSections(unit)) {
    if (info.driver !== "pjsip" || info.isTemplate || !info.object) continue;
    const types = typesByName.get(section.name) ?? new Set<string>();
    types.add(info.object);
    typesByName.set(section.name, types);
  }
  return typesByName;
}

/** Exposed for the section hover: the PJSIP type a section's keys point to, if only one fits. */
export function guessPjsipType(section: PlacedSection): string | undefined {
  const types = fittingPjsipTypes(section);
  return types.length === 1 ? types[0] : undefined;
}

