// Shapes of the option tables: what an Asterisk peer/object option accepts, its default, and what it means for a carrier.
import type { KnowledgeEntry } from "../types";

/** The channel drivers whose objects the option tables describe. */
export type OptionDriver = "sip" | "iax" | "pjsip" | "pjsip_wizard";

export interface Deprecation {
  /** What to write instead (an option name, or `name=value`). */
  replacement?: string;
  /** Plain words: what Asterisk does with it today and why it changed. */
  note: string;
}

export interface EnumValue {
  value: string;
  summary: string;
  /** Other spellings Asterisk accepts for the same value. */
  aliases?: string[];
  deprecated?: Deprecation;
}

/** Which of Asterisk's yes/no words an enum also accepts as the whole value. */
export type BoolWords = "any" | "false";

/** How a value is written and what Asterisk accepts. */
export type ValueType =
  | { kind: "bool" }
  | { kind: "int"; min?: number; max?: number; unit?: string }
  | { kind: "decimal"; min?: number; max?: number; unit?: string }
  /**
   * One word of a fixed set; `orInt` also accepts a whole number (qualify=yes|no|ms); `bools` also accepts Asterisk's
   * yes/no words ("any") or only its no-words ("false") for the whole value.
   */
  | { kind: "enum"; values: EnumValue[]; orInt?: { min?: number; max?: number; unit?: string }; bools?: BoolWords }
  /** A comma-separated list of words of a fixed set; `trims` when Asterisk strips blanks around each word. */
  | { kind: "list-of-enum"; values: EnumValue[]; trims: boolean; bools?: BoolWords }
  | { kind: "string" }
  /** A host name or IP address without a port. */
  | { kind: "host" }
  /** `host[:port]` (or a comma list of them). */
  | { kind: "host-port" }
  | { kind: "port" }
  | { kind: "codec-list" }
  | { kind: "uri" }
  /** A ToS/DSCP value as `ast_str2tos` reads it: a number, or a DSCP name (cs0–cs7, af11–af43, ef). */
  | { kind: "tos" }
  /** `ip[/mask]` access-control entries. */
  | { kind: "acl" }
  | { kind: "secret" }
  /** A dialplan context name. */
  | { kind: "context" }
  /** `"Name" <number>`. */
  | { kind: "callerid" }
  /** Names of other sections/objects (aors=, auth=, transport=, endpoint=). */
  | { kind: "reference"; to: string };

export interface OptionInfo extends KnowledgeEntry {
  type: ValueType;
  /** The value Asterisk uses when the option is absent (as written in a config). */
  default?: string;
  deprecated?: Deprecation;
  /** Each line adds to the previous ones (allow, permit, match, contact, setvar ...), so repeating it is normal. */
  repeatable?: boolean;
  /** chan_sip / chan_iax2: also valid in `[general]`, where it sets the default for every peer. */
  alsoGeneral?: boolean;
  /** chan_iax2: read only for this side of a friend (peer = calls we place, user = calls we accept). */
  appliesTo?: "peer" | "user";
  /** Read only from a realtime database; in a conf file Asterisk ignores it. */
  realtimeOnly?: boolean;
  /** Documented in the sample config, but the Asterisk 20 driver does not read it. */
  documentedOnly?: string;
  /** What Asterisk uses instead when the value is bad (for messages). */
  fallback?: string;
}

export interface OptionTable {
  driver: OptionDriver;
  /** `peer`, `general`, a PJSIP object type (`endpoint`, `aor` ...) or `wizard`. */
  object: string;
  /** Human title for hovers: "chan_sip peer", "PJSIP endpoint". */
  title: string;
  /** One sentence: what such an object is, for section hovers. */
  summary: string;
  options: OptionInfo[];
  /** Any key is accepted (phoneprov variables). */
  open?: boolean;
  /** Keys matching this pattern are accepted besides the listed ones. */
  openPattern?: RegExp;
}

// ---- value-type helpers, so the tables stay readable ----

export const BOOL: ValueType = { kind: "bool" };
export const STRING: ValueType = { kind: "string" };
export const HOST: ValueType = { kind: "host" };
export const HOST_PORT: ValueType = { kind: "host-port" };
export const PORT: ValueType = { kind: "port" };
export const CODECS: ValueType = { kind: "codec-list" };
export const URI: ValueType = { kind: "uri" };
export const ACL: ValueType = { kind: "acl" };
export const TOS: ValueType = { kind: "tos" };
export const SECRET: ValueType = { kind: "secret" };
export const CONTEXT: ValueType = { kind: "context" };
export const CALLERID: ValueType = { kind: "callerid" };

export function int(min?: number, max?: number, unit?: string): ValueType {
  return { kind: "int", min, max, unit };
}

export function decimal(min?: number, max?: number, unit?: string): ValueType {
  return { kind: "decimal", min, max, unit };
}

export function ref(to: string): ValueType {
  return { kind: "reference", to };
}

/** Reference options whose value is a comma-separated list of ids (res_pjsip splits these); the others hold one. */
export const LIST_REFERENCE_KEYS: ReadonlySet<string> = new Set(["aors", "auth", "outbound_auth"]);

export type ValueSpec = [string, string] | [string, string, Partial<EnumValue>];

function toValues(values: ValueSpec[]): EnumValue[] {
  return values.map(([value, summary, extra]) => ({ value, summary, ...extra }));
}

export function oneOf(values: ValueSpec[], extra: { orInt?: { min?: number; max?: number; unit?: string }; bools?: BoolWords } = {}): ValueType {
  return { kind: "enum", values: toValues(values), ...extra };
}

export function listOf(values: ValueSpec[], trims: boolean, bools?: BoolWords): ValueType {
  return { kind: "list-of-enum", values: toValues(values), trims, bools };
}

/** Words Asterisk's `ast_true` accepts. */
export const TRUE_WORDS = ["yes", "true", "y", "t", "1", "on"];
/** Words Asterisk's `ast_false` accepts. */
export const FALSE_WORDS = ["no", "false", "n", "f", "0", "off"];

/** Asterisk's `ast_true` (a missing value is not true). */
export function isTrueWord(value: string | undefined): boolean {
  return value !== undefined && TRUE_WORDS.includes(value.trim().toLowerCase());
}

export function isFalseWord(value: string): boolean {
  return FALSE_WORDS.includes(value.trim().toLowerCase());
}

export function isBoolWord(value: string): boolean {
  return isTrueWord(value) || isFalseWord(value);
}

/** A compact option constructor: name, type, summary, then optional fields. */
export function opt(name: string, type: ValueType, summary: string, extra: Partial<OptionInfo> = {}): OptionInfo {
  return { name, type, summary, ...extra };
}
