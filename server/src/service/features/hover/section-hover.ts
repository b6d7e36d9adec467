// Hover for section headers of sip/iax/pjsip/wizard files: what kind of object the section is, which templates it
// inherits and the keys they bring in (secrets masked), which sections inherit from it, and what names it (section-usage).
import { IAX_TYPE_VALUES, SIP_TYPE_VALUES, findOption, tableFor } from "../../knowledge/options/index";
import { inheritors, objectOf, type ObjectInfo } from "../../model/objects";
import { effectiveOptions, findBase, type ConfUnit, type PlacedSection } from "../../model/units";
import type { SectionHeader } from "../../parse/conf-syntax";
import { MASK, bareKey, displayValue } from "../../secrets";
import type { Span } from "../../text/span";
import type { Location } from "../locate";
import type { HoverResult } from "./types";
import { sectionUsage } from "./section-usage";

const MAX_KEYS = 20;

/** Keys whose values carry credentials although secrets.ts does not mask them as a whole (register lines). */
const CREDENTIAL_VALUES = new Set(["register"]);

/** A value safe to show: secrets.ts decides first, then the option tables (secret-typed options), then known extras. */
function safeValue(info: ObjectInfo | undefined, key: string, value: string): string {
  const shown = displayValue(key, value);
  if (shown !== value || value.length === 0) return shown;
  const bare = bareKey(key);
  if (CREDENTIAL_VALUES.has(bare)) return MASK;
  if (info?.driver === "sip" && bare === "auth") return MASK;
  if (info && findOption(info.driver, info.object, key).option?.type.kind === "secret") return MASK;
  return value;
}

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

function placedHeader(location: Location, header: SectionHeader): { unit: ConfUnit; section: PlacedSection } | undefined {
  for (const unit of location.workspace.unitsContaining(location.doc.uri)) {
    const section = unit.sections.find((s) => s.header === header);
    if (section) return { unit, section };
  }
  return undefined;
}

function kindOf(info: ObjectInfo): string {
  if (info.special === "general") return info.driver === "sip" ? "chan_sip global settings ([general])" : "chan_iax2 global settings ([general])";
  if (info.special === "authentication") return "chan_sip realm credentials ([authentication])";
  if (info.special === "callnumberlimits") return "chan_iax2 call-number limits per address";
  const value = info.typeValue?.toLowerCase();
  const template = info.isTemplate ? "template for " : "";
  switch (info.driver) {
    case "sip":
    case "iax": {
      const driver = info.driver === "sip" ? "chan_sip" : "chan_iax2";
      const types = info.driver === "sip" ? SIP_TYPE_VALUES : IAX_TYPE_VALUES;
      const known = types.find(([t]) => t === value);
      if (known) return `${template}${driver} ${known[0]} — ${known[1]}`;
      return info.badType ? `${driver} section with an unknown type '${info.typeValue}' (dropped)` : `${template}${driver} peer (no type= yet)`;
    }
    case "pjsip": {
      const table = info.object ? tableFor("pjsip", info.object) : undefined;
      if (table) return `${template}${table.title} — ${table.summary}`;
      return info.badType ? `PJSIP section with an unknown type '${info.typeValue}' (ignored)` : `${template}PJSIP object (no type= yet)`;
    }
    default: {
      const table = tableFor("pjsip_wizard", "wizard");
      if (info.object === "wizard" && table) return `${template}${table.title} — ${table.summary}`;
      return info.badType ? `section with type '${info.typeValue}', which the wizard ignores` : `${template}wizard section (no type=wizard yet)`;
    }
  }
}

function describe(location: Location, unit: ConfUnit, section: PlacedSection): string {
  const info = objectOf(unit, section);
  const parts = [`**[${section.name}]**${info ? ` — ${kindOf(info)}` : ""}`];
  if (section.carrierId) parts.push(`From carrier \`${section.carrierId}\` (${section.field === "template_contents" ? "conf template" : "account entry"}).`);
  const header = section.header;
  if (header?.ignoredTail && /^\s+\(/.test(location.workspace.document(section.uri)?.text.slice(header.ignoredTail.start, header.ignoredTail.end) ?? "")) {
    parts.push("⚠ The `(…)` after a blank is ignored by Asterisk: this section inherits nothing.");
  }
  for (const base of header?.bases ?? []) {
    const target = findBase(unit, section, base.text);
    if (!target) {
      parts.push(`Inherits \`${base.text}\`, which is not defined before it.`);
      continue;
    }
    const inherited = effectiveOptions(unit, target);
    const baseInfo = objectOf(unit, target) ?? info;
    const lines = inherited.slice(0, MAX_KEYS).map((o) => `- \`${o.node.key.trim()}=${safeValue(baseInfo, o.node.key, o.node.value)}\``);
    if (inherited.length > MAX_KEYS) lines.push(`- … ${inherited.length - MAX_KEYS} more`);
    const where = target.header ? location.workspace.lineReference(target.uri, target.header.nameSpan.start, location.doc.uri) : "";
    parts.push([`Inherits \`${base.text}\` (${where})${inherited.length > 0 ? ", which brings in:" : ", which is empty."}`, ...lines].join("\n"));
  }
  const users = inheritors(unit, section);
  if (users.length > 0) {
    const list = users.map((u) => `\`${u.name}\`${u.header ? ` (${location.workspace.lineReference(u.uri, u.header.nameSpan.start, location.doc.uri)})` : ""}`);
    parts.push(`Used as a template by ${list.join(", ")}.`);
  } else if (info?.isTemplate) {
    parts.push("No section inherits from this template.");
  }
  const usage = sectionUsage(location.workspace, unit, section, location.doc.uri);
  if (usage) parts.push(usage);
  if (info?.driver === "pjsip") {
    const siblings = unit.sections.filter((s) => s !== section && s.name === section.name && !s.header?.isTemplate);
    const kinds = siblings.map((s) => objectOf(unit, s)?.typeValue ?? "no type").filter((t, i, all) => all.indexOf(t) === i);
    if (kinds.length > 0) parts.push(`Other objects named \`${section.name}\`: ${kinds.join(", ")} (the same id with different types is the usual PJSIP trunk layout).`);
  }
  return parts.join("\n\n");
}

export function sectionHover(location: Location): HoverResult | undefined {
  const line = location.line;
  if (line?.kind !== "section") return undefined;
  const placed = placedHeader(location, line);
  if (!placed) return undefined;
  const { unit, section } = placed;
  if (!objectOf(unit, section)) return undefined;
  if (inside(line.nameSpan, location.offset)) return { markdown: describe(location, unit, section), span: line.nameSpan };
  for (const base of line.bases) {
    if (!inside(base.span, location.offset)) continue;
    const target = findBase(unit, section, base.text);
    if (target) return { markdown: describe(location, unit, target), span: base.span };
  }
  return undefined;
}
