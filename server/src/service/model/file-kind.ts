// Recognises what a document is from its name: an Asterisk conf of some dialect, a VICIdial carrier or template.

import type { Dialect, FileAssociations } from "../kinds";
export type { Dialect, FileAssociations } from "../kinds";

export type FileKind =
  | { kind: "conf"; dialect: Dialect }
  | { kind: "carrier" }
  | { kind: "template" }
  | { kind: "unknown" };


const CONF_PREFIXES: [string, Dialect][] = [
  ["pjsip_wizard", "pjsip_wizard"],
  ["pjsip", "pjsip"],
  ["sip", "sip"],
  ["iax", "iax"],
  ["extensions", "extensions"],
];

/** Files whose names start like a driver's conf but hold no peers: SIP NOTIFY bodies, IAX provisioning. */
const NOT_PEER_FILES = /^(sip_notify|pjsip_notify|iaxprov|iax_provisioning)\b/i;

/** FreePBX/IssabelPBX fragments that their sip.conf / iax.conf #include inside [general]. */
const GENERAL_FRAGMENT = /^(?:sip|iax)_(?:general_[a-z_]*|nat|registrations[a-z_]*)\.conf$/i;

/** True for a fragment whose lines before any section are [general] lines (sip_general_custom.conf, sip_nat.conf ...). */
export function isGeneralFragment(pathOrUri: string): boolean {
  return GENERAL_FRAGMENT.test(baseName(pathOrUri));
}

export function baseName(pathOrUri: string): string {
  const clean = pathOrUri.split(/[?#]/)[0];
  const slash = Math.max(clean.lastIndexOf("/"), clean.lastIndexOf("\\"));
  return decodeURIComponentSafe(clean.slice(slash + 1));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Longer globs are not file patterns anyone means (and V8 may refuse them when matching). */
const MAX_GLOB_LENGTH = 1000;

/** A settings glob as a RegExp; runs of `*` count as one (no runaway backtracking), an unusable glob matches nothing. */
export function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/\*+/g, "*").replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  if (escaped.length > MAX_GLOB_LENGTH) return /(?!)/;
  try {
    return new RegExp("^" + escaped + "$", "i");
  } catch {
    return /(?!)/;
  }
}

function fromAssociation(value: Dialect | "carrier" | "template"): FileKind {
  if (value === "carrier" || value === "template") return { kind: value };
  return { kind: "conf", dialect: value };
}

/** The kind of a document by its name; `languageId` breaks ties for files the editor already classified. */
export function fileKindOf(pathOrUri: string, associations: FileAssociations = {}, languageId?: string): FileKind {
  const name = baseName(pathOrUri);
  const path = pathOrUri.replace(/\\/g, "/");
  for (const [glob, value] of Object.entries(associations)) {
    const pattern = globToRegExp(glob);
    if (pattern.test(name) || pattern.test(path)) return fromAssociation(value);
  }
  const lower = name.toLowerCase();
  if (lower.endsWith(".carrier")) return { kind: "carrier" };
  if (lower.endsWith(".conftemplate")) return { kind: "template" };
  const isConf = lower.endsWith(".conf") || lower.endsWith(".conf.sample");
  if (isConf) {
    if (NOT_PEER_FILES.test(lower)) return { kind: "conf", dialect: "generic" };
    for (const [prefix, dialect] of CONF_PREFIXES) {
      if (lower.startsWith(prefix)) return { kind: "conf", dialect };
    }
    if (/(^|\/)asterisk\//i.test(path)) return { kind: "conf", dialect: "generic" };
  }
  if (languageId === "vicidial-carrier") return { kind: "carrier" };
  if (languageId === "vicidial-template") return { kind: "template" };
  if (languageId === "asterisk") return { kind: "conf", dialect: "generic" };
  return { kind: "unknown" };
}

/** The dialect VICIdial's `protocol` field implies, or undefined for protocols VICIdial never writes. */
/** VICIdial's protocol value for each dialect it writes carriers in. */
export const PROTOCOL_BY_DIALECT: Partial<Record<Dialect, string>> = { sip: "SIP", iax: "IAX2", pjsip: "PJSIP", pjsip_wizard: "PJSIP_WIZ" };

export function dialectOfProtocol(protocol: string): Dialect | undefined {
  const wanted = protocol.trim().toUpperCase();
  const found = Object.entries(PROTOCOL_BY_DIALECT).find(([, value]) => value === wanted);
  return found ? (found[0] as Dialect) : undefined;
}
