// Hover for option keys and values in sip/iax/pjsip/wizard sections: the knowledge entry of the option (type, default,
// allowed values, deprecation), and for a value what it means (enum entry, on/off, the object a reference names).
// allow/disallow/register are left to their own providers.
import { DRIVER_NAMES, PJSIP_TO_SIP, SIP_TO_PJSIP, findOption, type EnumValue, type OptionLookup } from "../../knowledge/options/index";
import { objectOf, type ObjectInfo } from "../../model/objects";
import { removedOption } from "../../knowledge/options/removed";
import { isTrueWord, type OptionInfo } from "../../knowledge/options/types";
import { renderOption, renderOptionValue, renderPlainValue, type OptionRenderContext } from "../../knowledge/render";
import { findGlossaryTerm } from "../../knowledge/glossary";
import { displayValue } from "../../secrets";
import { objectsOfType } from "../pjsip-objects";
import type { Span } from "../../text/span";
import type { Location } from "../locate";
import type { HoverResult } from "./types";

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
  const under = wordAt(location.doc.text, node.valueSpan, offset);
  if (!under) return undefined;
  if (type.kind === "enum" || type.kind === "list-of-enum") {
    const word = under.word.toLowerCase();
    const value: EnumValue | undefined = type.values.find((v) => v.value.toLowerCase() === word || (v.aliases ?? []).some((a) => a.toLowerCase() === word));
    if (value) return { markdown: renderOptionValue(lookup.option, value, contextOf(info, lookup)), span: under.span };
  }
  return plainValueHover(location, lookup.option, under, contextOf(info, lookup));
}

/** Any other value: what it means where that can be said (on/off, the object a reference names), then the option. */
function plainValueHover(location: Location, option: OptionInfo, under: { word: string; span: Span }, context: OptionRenderContext): HoverResult | undefined {
  const node = location.option!.node;
  const type = option.type;
  // Values of list options are explained item by item; any other value as a whole (it may contain commas).
  const whole = type.kind !== "reference" && type.kind !== "list-of-enum";
  const span = whole ? node.valueSpan : under.span;
  const text = whole ? node.value.trim() : under.word;
  if (text.length === 0) return undefined;
  const shown = displayValue(node.key.trim(), text);
  let meaning: string | undefined;
  if (type.kind === "bool") meaning = isTrueWord(text) ? "Turns it on." : "Turns it off (anything but yes, true, y, t, 1 or on counts as off).";
  else if (type.kind === "reference" && location.unit) meaning = referenceMeaning(location, type.to, text);
  else if (shown !== text) meaning = "A secret: shown masked.";
  // A value that is also a glossary word (`context=trunkinbound`) is better explained by the glossary entry.
  if (!meaning && findGlossaryTerm(text)) return undefined;
  return { markdown: renderPlainValue(option, shown, meaning, context), span };
}

function referenceMeaning(location: Location, objectType: string, name: string): string {
  const found = objectsOfType(location.workspace, location.unit!, objectType).find((c) => c.name === name);
  return found
    ? `Names the ${objectType} object \`${name}\` (${found.where}).`
    : `No ${objectType} object named \`${name}\` is loaded together with this section.`;
}
