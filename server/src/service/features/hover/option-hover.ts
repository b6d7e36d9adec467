// Hover for option keys and enum values in sip/iax/pjsip/wizard sections: the knowledge entry of the option
// (type, default, allowed values, deprecation). allow/disallow/register are left to their own providers.
import { DRIVER_NAMES, PJSIP_TO_SIP, SIP_TO_PJSIP, findOption, type EnumValue, type OptionLookup } from "../../knowledge/options/index";
import { objectOf, type ObjectInfo } from "../../knowledge/options/objects";
import { removedOption } from "../../knowledge/options/removed";
import { renderOption, renderOptionValue, type OptionRenderContext } from "../../knowledge/render";
import type { Span } from "../../text/span";
import type { Location } from "../locate";
import type { HoverResult } from "./index";

/** Keys other providers explain (codecs, registrations). */
const LEFT_TO_OTHERS = new Set(["allow", "disallow", "register"]);

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** The option a placed line stands for, with the section's kind; undefined outside peer drivers or for others' keys. */
export function optionAtLocation(location: Location): { info: ObjectInfo; lookup: OptionLookup } | undefined {
  const { option, unit, section } = location;
  if (!option || !unit || !section) return undefined;
  const info = objectOf(unit, section);
  if (!info || info.special === "authentication" || info.special === "callnumberlimits") return undefined;
  const key = option.node.key.trim();
  const lower = key.toLowerCase();
  const bare = lower.includes("/") ? lower.slice(lower.indexOf("/") + 1) : lower;
  if (LEFT_TO_OTHERS.has(lower) || LEFT_TO_OTHERS.has(bare)) return undefined;
  return { info, lookup: findOption(info.driver, info.object, key) };
}

function contextOf(info: ObjectInfo, lookup: OptionLookup): OptionRenderContext {
  const title = lookup.table?.title ?? DRIVER_NAMES[info.driver];
  const notes: string[] = [];
  const name = lookup.option?.name.toLowerCase() ?? "";
  if (info.driver === "sip" && SIP_TO_PJSIP[name]) {
    const eq = SIP_TO_PJSIP[name];
    notes.push(eq.name ? `In PJSIP: \`${eq.name}\` on the ${eq.object}${eq.note ? ` (${eq.note})` : ""}.` : `In PJSIP: ${eq.note}.`);
  }
  if ((info.driver === "pjsip" || info.driver === "pjsip_wizard") && PJSIP_TO_SIP[name]) notes.push(`chan_sip called it \`${PJSIP_TO_SIP[name]}\`.`);
  return { title: lookup.prefix ? `${title} (through \`${lookup.prefix}\`)` : title, prefix: lookup.prefix, notes };
}

/** The word of a comma-separated value under the cursor. */
function wordAt(text: string, valueSpan: Span, offset: number): { word: string; span: Span } | undefined {
  let start = offset;
  let end = offset;
  while (start > valueSpan.start && text[start - 1] !== ",") start--;
  while (end < valueSpan.end && text[end] !== ",") end++;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const word = raw.trim();
  if (word.length === 0) return undefined;
  return { word, span: { start: start + lead, end: start + lead + word.length } };
}

export function optionHover(location: Location): HoverResult | undefined {
  const found = optionAtLocation(location);
  if (!found) return undefined;
  const { info, lookup } = found;
  const node = location.option!.node;
  const offset = location.offset;
  if (inside(node.keySpan, offset)) {
    if (!lookup.option) {
      const removed = removedOption(info.driver, node.key);
      if (!removed) return undefined;
      return { markdown: `**${node.key.trim()}** — no longer read by ${DRIVER_NAMES[info.driver]}\n\n${removed.note}${removed.replacement ? ` Use \`${removed.replacement}\`.` : ""}`, span: node.keySpan };
    }
    return { markdown: renderOption(lookup.option, contextOf(info, lookup)), span: node.keySpan };
  }
  if (!lookup.option || !inside(node.valueSpan, offset)) return undefined;
  const type = lookup.option.type;
  if (type.kind !== "enum" && type.kind !== "list-of-enum") return undefined;
  const under = wordAt(location.doc.text, node.valueSpan, offset);
  if (!under) return undefined;
  const value: EnumValue | undefined = type.values.find((v) => v.value.toLowerCase() === under.word.toLowerCase() || (v.aliases ?? []).some((a) => a.toLowerCase() === under.word.toLowerCase()));
  if (!value) return undefined;
  return { markdown: renderOptionValue(lookup.option, value, contextOf(info, lookup)), span: under.span };
}
