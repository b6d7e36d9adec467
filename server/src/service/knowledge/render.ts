// The one renderer: Markdown for hovers and completion documentation. Its blocks (bold titles, inline code, code
// blocks, bullets, paragraphs) serve every hover; knowledge entries, options and codecs are rendered here in full.
import type { CodecInfo, KnowledgeEntry } from "./types";
import { misspellingsOf } from "./codecs";
import type { EnumValue, OptionInfo, ValueType } from "./options/types";

// ---- blocks: the pieces every hover is built from ----

/** Bold text: a hover's title, or a warning that must stand out. */
export function bold(text: string): string {
  return `**${text}**`;
}

/** Inline code; a backtick inside becomes a quote so that the span stays closed. */
export function inlineCode(text: string): string {
  return "`" + text.replace(/`/g, "'") + "`";
}

/** A fenced code block (a signature, an example). */
export function codeBlock(text: string): string {
  return "```\n" + text + "\n```";
}

/** One bullet line. */
export function bullet(text: string): string {
  return `- ${text}`;
}

/** A tight bullet list: one line per item, no blank lines between them. */
export function bulletList(items: readonly string[]): string {
  return items.map(bullet).join("\n");
}

/** Paragraphs (titles, sentences, lists, code blocks) separated by blank lines; undefined ones are left out. */
export function renderBlocks(blocks: readonly (string | undefined)[]): string {
  return blocks.filter((b): b is string => b !== undefined).join("\n\n");
}

// ---- knowledge entries ----

export function renderEntry(entry: KnowledgeEntry, heading?: string): string {
  const parts = [bold(heading ?? entry.name), entry.summary];
  if (entry.detail) parts.push(entry.detail);
  if (entry.example) parts.push(codeBlock(entry.example));
  if (entry.aliases && entry.aliases.length > 0) parts.push(`Also written: ${entry.aliases.map((a) => "`" + a + "`").join(", ")}`);
  return parts.join("\n\n");
}

/** A bullet list of `name — summary` lines. */
export function renderList(title: string, rows: [string, string][]): string {
  return [bold(title), ...rows.map(([name, text]) => bullet(`\`${name}\`: ${text}`))].join("\n");
}

// ---- options (sip/iax/pjsip/wizard) ----

const code = (text: string) => "`" + text + "`";

/** Plain words for what an option's value looks like. */
export function describeValueType(type: ValueType): string {
  switch (type.kind) {
    case "bool":
      return "yes/no";
    case "int":
    case "decimal": {
      const unit = type.unit ? ` (${type.unit})` : "";
      const range = type.min !== undefined && type.max !== undefined ? ` ${type.min}–${type.max}` : type.min !== undefined ? ` ≥ ${type.min}` : "";
      return (type.kind === "int" ? "whole number" : "number") + range + unit;
    }
    case "enum": {
      const words = type.values.filter((v) => !v.deprecated).map((v) => code(v.value)).join(" · ");
      const extra = type.orInt ? ` or a number${type.orInt.unit ? " of " + type.orInt.unit : ""}` : "";
      return `one of ${words}${extra}`;
    }
    case "list-of-enum":
      return `comma-separated list of ${type.values.filter((v) => !v.deprecated).map((v) => code(v.value)).join(" · ")}${type.trims ? "" : " (no spaces)"}`;
    case "host":
      return "host name or IP address (no port)";
    case "host-port":
      return "host[:port]";
    case "port":
      return "port number 1–65535";
    case "codec-list":
      return "codec names";
    case "uri":
      return "SIP URI";
    case "acl":
      return "ip[/mask]";
    case "tos":
      return "DSCP name (cs0–cs7, af11–af43, ef) or a number";
    case "secret":
      return "secret (never shown)";
    case "context":
      return "dialplan context";
    case "callerid":
      return '"Name" <number>';
    case "reference":
      return `name(s) of ${type.to} object(s)`;
    default:
      return "text";
  }
}

function enumValues(type: ValueType): EnumValue[] {
  return type.kind === "enum" || type.kind === "list-of-enum" ? type.values : [];
}

export interface OptionRenderContext {
  /** "chan_sip peer", "PJSIP endpoint" ... */
  title: string;
  /** Wizard prefix the key was written with (`endpoint/`). */
  prefix?: string;
  /** Extra lines (equivalents in another driver, where it applies). */
  notes?: string[];
}

/** Markdown for an option: what it is, its type, default, values and deprecation. */
export function renderOption(option: OptionInfo, context: OptionRenderContext): string {
  const parts = [`**${(context.prefix ?? "") + option.name}** — ${context.title} option`, option.summary];
  if (option.deprecated) {
    const instead = option.deprecated.replacement ? ` Use ${code(option.deprecated.replacement)} instead.` : "";
    parts.push(`**Deprecated.** ${option.deprecated.note}${instead}`);
  }
  const facts = [`Value: ${describeValueType(option.type)}`];
  if (option.default !== undefined && option.default !== "") facts.push(`Default: ${code(option.default)}`);
  if (option.repeatable) facts.push("May be repeated; each line adds to the previous ones");
  if (option.appliesTo) facts.push(`Read for the ${option.appliesTo} side only`);
  if (option.alsoGeneral) facts.push("Also valid in [general], as the default for every peer");
  if (option.realtimeOnly) facts.push("Only read from realtime; Asterisk ignores it in a conf file");
  if (option.documentedOnly) facts.push(option.documentedOnly);
  parts.push(facts.join("  \n"));
  const values = enumValues(option.type);
  if (values.length > 0) parts.push(values.map((v) => `- ${code(v.value)}: ${v.summary}${v.deprecated ? ` *(deprecated${v.deprecated.replacement ? `: use ${code(v.deprecated.replacement)}` : ""})*` : ""}`).join("\n"));
  if (option.detail) parts.push(option.detail);
  if (option.example) parts.push(codeBlock(option.example));
  if (option.aliases && option.aliases.length > 0) parts.push(`Also written: ${option.aliases.map(code).join(", ")}`);
  for (const note of context.notes ?? []) parts.push(note);
  return parts.join("\n\n");
}

/** Markdown for the value of an option that has no per-value entry: what this value means, then the option. */
export function renderPlainValue(option: OptionInfo, shownValue: string, meaning: string | undefined, context: OptionRenderContext): string {
  const parts = [`**${(context.prefix ?? "") + option.name}=${shownValue}** — ${context.title} option value`];
  if (meaning) parts.push(meaning);
  parts.push(`${code(option.name)}: ${option.summary}`, `Value: ${describeValueType(option.type)}`);
  return parts.join("\n\n");
}

/** Markdown for one value of an enum option. */
export function renderOptionValue(option: OptionInfo, value: EnumValue, context: OptionRenderContext): string {
  const parts = [`**${(context.prefix ?? "") + option.name}=${value.value}** — ${context.title} option value`, value.summary];
  if (value.deprecated) {
    const instead = value.deprecated.replacement ? ` Use ${code(value.deprecated.replacement)} instead.` : "";
    parts.push(`**Deprecated.** ${value.deprecated.note}${instead}`);
  }
  parts.push(`${code(option.name)}: ${option.summary}`);
  return parts.join("\n\n");
}

/** The knowledge entry shown for a codec: kind, rate and carrier notes folded into `detail`. */
export function codecEntry(codec: CodecInfo): KnowledgeEntry {
  const kind = codec.kind === "other" ? "special" : codec.kind;
  const facts = codec.rate ? `${kind}, sampled at ${formatRate(codec.rate)}` : kind;
  const parts = [`*${facts}*`];
  if (codec.notes) parts.push(codec.notes);
  const wrong = misspellingsOf(codec.name);
  if (wrong.length > 0) parts.push(`Sometimes written ${wrong.map((w) => "`" + w + "`").join(", ")}; Asterisk rejects those spellings.`);
  if (codec.detail) parts.push(codec.detail);
  return { name: codec.name, summary: codec.summary, detail: parts.join("\n\n"), example: codec.example, seeAlso: codec.seeAlso };
}

function formatRate(rate: number): string {
  return rate % 1000 === 0 ? `${rate / 1000} kHz` : `${(rate / 1000).toFixed(1)} kHz`;
}
