// peer/unknown-type: a `type=` value the driver does not know, so the section never becomes a peer or object.
import { IAX_TYPE_VALUES, PJSIP_TYPES, SIP_TYPE_VALUES, type OptionDriver } from "../../knowledge/options/index";
import { closest } from "../../model/suggest";
import type { Rule } from "../types";
import { objectOf, type ObjectInfo } from "../../model/objects";
import { sectionShares } from "../../model/section-lists";
import { positionFree } from "../../model/unit-facts";
import type { ConfUnit, PlacedSection } from "../../model/units";
import { replace } from "../line-edits";

/** The type= values a driver knows. */
export function validTypes(driver: OptionDriver): string[] {
  switch (driver) {
    case "sip":
      return SIP_TYPE_VALUES.map(([v]) => v);
    case "iax":
      return IAX_TYPE_VALUES.map(([v]) => v);
    case "pjsip":
      return PJSIP_TYPES.map(([v]) => v);
    default:
      return ["wizard"];
  }
}

const BADLY_TYPED = positionFree({});

/**
 * What the object sections of a unit with a type= the driver does not know (their own or a template's) are: a list of
 * section shares, the same object across rebuilds while no section joins or leaves it, so an edit in a unit of
 * thousands of well-typed peers looks at none of them again.
 */
function badlyTyped(unit: ConfUnit): readonly ObjectInfo[] {
  return sectionShares(unit, BADLY_TYPED, badTypeShare, "inherited");
}

function badTypeShare(unit: ConfUnit, section: PlacedSection): ObjectInfo | undefined {
  const info = objectOf(unit, section);
  return info && info.badType && info.typeOption && !info.special ? info : undefined;
}

const PJSIP_TYPE_SET = new Set(PJSIP_TYPES.map(([v]) => v));
const CHANNEL_TYPES = new Set(["peer", "user", "friend"]);

function explain(driver: OptionDriver, value: string): string {
  const lower = value.toLowerCase();
  const shown = value.length > 0 ? `type=${value}` : "An empty type=";
  switch (driver) {
    case "sip":
    case "iax": {
      const name = driver === "sip" ? "chan_sip" : "chan_iax2";
      const why = PJSIP_TYPE_SET.has(lower) || lower === "wizard" ? ` ('${value}' is a PJSIP object type: such sections belong in pjsip.conf or pjsip_wizard.conf)` : "";
      return `${shown} is not a ${name} type${why}: ${name} logs "Unknown type" and drops this section. Expected peer, user or friend.`;
    }
    case "pjsip": {
      let why = "";
      if (lower === "wizard") why = " (type=wizard sections belong in pjsip_wizard.conf)";
      else if (CHANNEL_TYPES.has(lower)) why = ` ('${value}' is a chan_sip/chan_iax2 type; a PJSIP trunk is made of endpoint, aor, identify and auth sections)`;
      else if (lower === "contact") why = " (contacts cannot be configured here; use contact= in a type=aor section)";
      return `${shown} is not a PJSIP object type${why}: PJSIP creates nothing from this section. Expected endpoint, aor, auth, identify, registration, transport ...`;
    }
    default: {
      const why = PJSIP_TYPE_SET.has(lower) ? ` (type=${lower} objects belong in pjsip.conf)` : "";
      return `${shown}: the wizard reads only type=wizard sections and ignores this one${why}.`;
    }
  }
}

export const unknownType: Rule = {
  code: "peer/unknown-type",
  area: "peer",
  severity: "error",
  summary: "A type= value the driver does not know (type=frend, a PJSIP type in sip.conf ...): the section is dropped or ignored.",
  checkUnit(unit, ctx) {
    for (const info of badlyTyped(unit)) {
      const node = info.typeOption!.node;
      const value = node.value.trim();
      const suggestion = closest(value, validTypes(info.driver));
      ctx.report({
        uri: info.typeOption!.uri,
        span: value.length > 0 ? node.valueSpan : node.keySpan,
        message: explain(info.driver, value) + (suggestion ? ` Did you mean '${suggestion}'?` : ""),
        data: suggestion && value.length > 0 ? { replacement: suggestion } : undefined,
      });
    }
  },
  fix(finding) {
    const replacement = finding.data?.replacement;
    if (typeof replacement !== "string") return [];
    return [{ title: `Change to 'type=${replacement}'`, isPreferred: true, edits: [replace(finding.uri, finding.span, replacement)] }];
  },
};
