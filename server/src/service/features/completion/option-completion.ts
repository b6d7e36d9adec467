// Completion of option keys (per object type: a chan_sip peer, the PJSIP section's type=, a wizard) and of enum values
// after `key=` in sip/iax/pjsip/wizard sections.
import {
  IAX_TYPE_VALUES,
  PJSIP_TYPES,
  SIP_TYPE_VALUES,
  WIZARD_PREFIXES,
  findOption,
  optionNames,
  splitWizardKey,
  tableFor,
  type OptionDriver,
  type OptionInfo,
  type OptionLookup,
} from "../../knowledge/options/index";
import { objectOf, type ObjectInfo } from "../../model/objects";
import { describeValueType, renderOption } from "../../knowledge/render";
import type { ConfUnit, PlacedSection } from "../../model/units";
import type { ConfLine, ConfTree } from "../../parse/conf-syntax";
import type { Span } from "../../text/span";
import type { Location } from "../locate";
import type { CompletionEntry } from "./types";

const KEY_CHAR = /[A-Za-z0-9_\-./@]/;
const VALUE_CHAR = /[A-Za-z0-9_\-.:]/;

function treeOf(location: Location): ConfTree | undefined {
  if (location.doc.conf) return location.doc.conf;
  return location.field ? location.doc.fieldTrees.get(location.field.name) : undefined;
}

function placedFor(location: Location, line: ConfLine): { unit: ConfUnit; section: PlacedSection } | undefined {
  for (const unit of location.workspace.unitsContaining(location.doc.uri)) {
    for (const section of unit.sections) {
      if (line.kind === "section" && section.header === line) return { unit, section };
      if (line.kind === "option" && section.options.some((o) => o.node === line)) return { unit, section };
    }
  }
  return undefined;
}

/** The unit and section the cursor's line belongs to, even on a blank or half-typed line. */
export function sectionAtCursor(location: Location): { unit: ConfUnit; section: PlacedSection } | undefined {
  if (location.unit && location.section) return { unit: location.unit, section: location.section };
  const tree = treeOf(location);
  if (!tree) return undefined;
  const lines = tree.lines;
  let index = lines.findIndex((l) => location.offset >= l.line.start && location.offset <= l.line.end);
  if (index < 0) index = lines.findIndex((l) => l.line.start > location.offset) - 1;
  if (index < 0) index = lines.length - 1;
  for (let i = index; i >= 0; i--) {
    const line = lines[i];
    if (line.kind === "section" || line.kind === "option") return placedFor(location, line);
  }
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === "section") return undefined;
    if (line.kind === "option") return placedFor(location, line);
  }
  return undefined;
}

function spanOfWord(text: string, offset: number, from: number, to: number, pattern: RegExp): Span {
  let start = offset;
  let end = offset;
  while (start > from && pattern.test(text[start - 1])) start--;
  while (end < to && pattern.test(text[end])) end++;
  return { start, end };
}

function keyItem(option: OptionInfo, info: ObjectInfo, lookup: OptionLookup | undefined, label: string, replace: Span, withEquals: boolean): CompletionEntry {
  const title = lookup?.table?.title ?? "";
  const detail = `${option.deprecated ? "(deprecated) " : ""}${describeValueType(option.type)}${option.default ? ` · default ${option.default}` : ""}`;
  return {
    label,
    kind: "key",
    detail,
    documentation: renderOption(option, { title: title || info.driver, prefix: lookup?.prefix }),
    insertText: withEquals ? `${label}=` : label,
    replace,
  };
}

function keyItems(info: ObjectInfo, typed: string, replace: Span, withEquals: boolean): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  if (info.driver === "pjsip_wizard") {
    const split = splitWizardKey(typed);
    if (split) {
      const table = tableFor("pjsip", split.object);
      for (const option of table?.options ?? []) {
        if (option.name === "type") continue;
        const label = split.prefix + option.name;
        items.push(keyItem(option, info, findOption("pjsip_wizard", "wizard", label), label, replace, withEquals));
      }
      return items;
    }
    for (const [prefix, , summary] of WIZARD_PREFIXES) items.push({ label: prefix, kind: "key", detail: summary, insertText: prefix, replace });
  }
  const object = info.driver === "sip" || info.driver === "iax" ? info.object ?? "peer" : info.object;
  for (const name of optionNames(info.driver, object)) {
    const lookup = findOption(info.driver, object, name);
    if (!lookup.option || lookup.option.realtimeOnly) continue;
    items.push(keyItem(lookup.option, info, lookup, name, replace, withEquals));
  }
  return items;
}

function typeValues(driver: OptionDriver): [string, string][] {
  switch (driver) {
    case "sip":
      return SIP_TYPE_VALUES;
    case "iax":
      return IAX_TYPE_VALUES;
    case "pjsip":
      return PJSIP_TYPES;
    default:
      return [["wizard", "A wizard section that builds the PJSIP objects of one party."]];
  }
}

function valueItems(info: ObjectInfo, key: string, replace: Span): CompletionEntry[] {
  if (key.toLowerCase() === "type") return typeValues(info.driver).map(([value, summary]) => ({ label: value, kind: "value", detail: summary, replace }));
  const option = findOption(info.driver, info.object, key).option;
  if (!option) return [];
  const type = option.type;
  if (type.kind === "bool") return ["yes", "no"].map((value) => ({ label: value, kind: "value", detail: `${option.name}: yes/no`, replace }));
  if (type.kind !== "enum" && type.kind !== "list-of-enum") return [];
  const values = [...type.values.filter((v) => !v.deprecated), ...type.values.filter((v) => v.deprecated)];
  return values.map((v) => ({ label: v.value, kind: "value", detail: `${v.deprecated ? "(deprecated) " : ""}${v.summary}`, replace }));
}

export function optionCompletion(location: Location): CompletionEntry[] {
  const line = location.line;
  if (line && line.kind !== "option" && line.kind !== "invalid" && line.kind !== "blank") return [];
  if (line?.comment && location.offset > line.comment.start) return [];
  const placed = sectionAtCursor(location);
  if (!placed) return [];
  const info = objectOf(placed.unit, placed.section);
  if (!info || info.special === "authentication" || info.special === "callnumberlimits") return [];
  const text = location.doc.text;
  const offset = location.offset;
  if (line?.kind === "option") {
    if (offset <= line.keySpan.end && offset < line.operatorSpan.start + 1) {
      const replace = line.keySpan.start <= offset ? line.keySpan : spanOfWord(text, offset, line.line.start, line.line.end, KEY_CHAR);
      return keyItems(info, text.slice(replace.start, offset), replace, false);
    }
    if (offset < line.operatorSpan.end) return [];
    const lower = line.key.trim().toLowerCase();
    if (lower === "allow" || lower === "disallow" || lower === "register") return [];
    const end = line.comment ? Math.min(line.line.end, line.comment.start) : line.line.end;
    const replace = spanOfWord(text, offset, line.operatorSpan.end, end, VALUE_CHAR);
    return valueItems(info, line.key.trim(), replace);
  }
  const lineSpan = line?.line ?? { start: offset, end: offset };
  const replace = spanOfWord(text, offset, lineSpan.start, lineSpan.end, KEY_CHAR);
  if (text.slice(lineSpan.start, replace.start).trim().length > 0) return [];
  return keyItems(info, text.slice(replace.start, offset), replace, true);
}
