// The entry points of the security audit: the ways a call gets into the dialplan without a password (chan_sip
// guests, chan_sip peers that need no secret, IAX2 users without a secret, PJSIP anonymous endpoints and identify
// sections that match every address), and the context each call runs in.
import { objectOf } from "./objects";
import { isFalseWord } from "../knowledge/options/types";
import type { Reach } from "./reachability";
import { effectiveOptions, effectiveValue, lastEffectiveOption, type ConfUnit, type PlacedOption, type PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import type { Span } from "../text/span";
import { hostOf } from "./register-peers";
import { driverConfigs, generalSections } from "./register-options";
import { shownName } from "./security-carriers";
import { skippedInput } from "./skipped-input";

export type EntryKind = "sip-guest" | "pjsip-anonymous" | "iax-user" | "sip-secretless";

/** A way into the dialplan that needs no credentials. */
export interface EntryPoint {
  kind: EntryKind;
  /** Who gets in, for messages: "chan_sip guests", "IAX2 user [guest]" ... */
  label: string;
  /** Section the entry is defined by (the [general] for guests). */
  section?: PlacedSection;
  unit: ConfUnit;
  /** Where findings about it are shown. */
  uri: string;
  span: Span;
  /** The contexts its calls may run in (IAX2 users: every context= line). */
  contexts: string[];
  /** Where the context comes from, for messages ("[general] context=", "the default 'default'" ...). */
  contextOrigin: string;
  /** The option naming the context, when there is one. */
  contextOption?: PlacedOption;
  /** chan_sip `password=` lines on a secretless peer (ignored by chan_sip). */
  ignoredPassword?: PlacedOption;
  reaches: Reach[];
}

/** Something the workspace does not show, so the audit cannot tell. */
export interface AuditUnknown {
  message: string;
  uri?: string;
  span?: Span;
}

/** The context a peer's calls run in: its own (or inherited) context=, else the driver's [general] one, else `default`. */
export function contextOf(workspace: Workspace, unit: ConfUnit, section: PlacedSection, tech: string): { context: string; option?: PlacedOption; origin: string } {
  const key = effectiveValue(unit, section, "type")?.trim().toLowerCase() === "wizard" ? "endpoint/context" : "context";
  const own = lastEffectiveOption(unit, section, key);
  if (own && own.node.value.trim().length > 0) return { context: own.node.value.trim(), option: own, origin: `${key}=` };
  if (tech === "SIP" || tech === "IAX2") {
    const general = generalContext(workspace, unit);
    if (general) return { context: general.value, option: general.option, origin: "[general] context=" };
  }
  return { context: "default", origin: "no context=, so 'default'" };
}

function generalContext(workspace: Workspace, unit: ConfUnit): { value: string; option?: PlacedOption } | undefined {
  for (const config of driverConfigs(workspace)) {
    if (!config.units.includes(unit)) continue;
    const main = config.main ?? unit;
    const option = generalOption(main, "context");
    return option && option.node.value.trim().length > 0 ? { value: option.node.value.trim(), option } : undefined;
  }
  return undefined;
}

/** The last `key=` of a unit's effective [general]. */
export function generalOption(unit: ConfUnit, key: string): PlacedOption | undefined {
  let found: PlacedOption | undefined;
  for (const section of generalSections(unit)) {
    for (const option of effectiveOptions(unit, section)) if (option.node.key.trim().toLowerCase() === key) found = option;
  }
  return found;
}

function hasValue(unit: ConfUnit, section: PlacedSection, keys: string[]): boolean {
  return keys.some((k) => (effectiveValue(unit, section, k) ?? "").trim().length > 0);
}

/** A `deny=` of every address with a `permit=` after it: only some addresses may use the account. */
function addressRestricted(unit: ConfUnit, section: PlacedSection): boolean {
  const options = effectiveOptions(unit, section);
  const denyAll = options.some((o) => o.node.key.trim().toLowerCase() === "deny" && /^0\.0\.0\.0\/(0|0\.0\.0\.0)$/.test(o.node.value.trim()));
  const permit = options.some((o) => o.node.key.trim().toLowerCase() === "permit" && o.node.value.trim().length > 0);
  const acl = options.some((o) => o.node.key.trim().toLowerCase() === "acl" && o.node.value.trim().length > 0);
  return (denyAll && permit) || acl;
}

export function findEntries(workspace: Workspace, unknowns: AuditUnknown[]): EntryPoint[] {
  const entries: EntryPoint[] = [];
  let sipUnits = 0;
  let sipMain = 0;
  for (const config of driverConfigs(workspace)) {
    if (config.grammar !== "sip" || config.units.every((u) => u.dialect !== "sip")) continue;
    sipUnits++;
    const main = config.main;
    if (!main || main.dialect !== "sip") continue;
    sipMain++;
    if (skippedInput(workspace).oversize.has(main.root)) {
      unknowns.push({ message: "sip.conf is over the size limit and was not read: whether chan_sip takes guest calls is unknown." });
      continue;
    }
    const guest = sipGuest(workspace, main);
    if (guest) entries.push(guest);
  }
  if (sipUnits > 0 && sipMain === 0) {
    unknowns.push({ message: "No sip.conf in the workspace: whether chan_sip takes guest calls (allowguest, default yes) and in which context is unknown." });
  }
  for (const unit of workspace.units()) {
    for (const section of unit.sections) {
      if (!section.header || section.header.isTemplate || section.header.isAppend) continue;
      const info = objectOf(unit, section);
      if (!info || info.special || info.badType) continue;
      if (info.driver === "sip") {
        const entry = sipSecretless(workspace, unit, section);
        if (entry) entries.push(entry);
      } else if (info.driver === "iax") {
        const entry = iaxUser(workspace, unit, section);
        if (entry) entries.push(entry);
      } else if (info.driver === "pjsip" || info.driver === "pjsip_wizard") {
        const entry = pjsipAnonymous(workspace, unit, section, info.object);
        if (entry) entries.push(entry);
      }
    }
  }
  return entries;
}

function sipGuest(workspace: Workspace, main: ConfUnit): EntryPoint | undefined {
  const allow = generalOption(main, "allowguest");
  if (allow && isFalseWord(allow.node.value)) return undefined;
  const general = [...generalSections(main)][0];
  const context = generalOption(main, "context");
  const anchor = context ?? allow;
  const span = anchor ? anchor.node.line : general?.header?.nameSpan;
  const uri = anchor?.uri ?? general?.uri ?? main.root;
  const value = context?.node.value.trim();
  void workspace;
  return {
    kind: "sip-guest",
    label: "chan_sip guests (callers with no account at all)",
    section: general,
    unit: main,
    uri,
    span: span ?? { start: 0, end: 0 },
    contexts: [value && value.length > 0 ? value : "default"],
    contextOrigin: value ? "[general] context=" : "no context= in [general], so 'default'",
    contextOption: context,
    reaches: [],
  };
}

function sipSecretless(workspace: Workspace, unit: ConfUnit, section: PlacedSection): EntryPoint | undefined {
  const type = effectiveValue(unit, section, "type")?.trim().toLowerCase();
  const host = hostOf(unit, section);
  const dynamic = host === "dynamic";
  if (type === "user") {
    // A type=user is matched by name; without a secret anyone giving that name gets in.
  } else if (type === "peer" || type === "friend") {
    if (!dynamic) return undefined;
  } else return undefined;
  if (hasValue(unit, section, ["secret", "md5secret"])) return undefined;
  if (addressRestricted(unit, section)) return undefined;
  const found = contextOf(workspace, unit, section, "SIP");
  const password = lastEffectiveOption(unit, section, "password");
  const ignored = password && password.node.value.trim().length > 0 ? "; chan_sip ignores its password=" : "";
  return {
    kind: "sip-secretless",
    label: `chan_sip ${type === "user" ? "user" : "peer"} [${shownName(section.name)}] (${type === "user" ? "" : "host=dynamic, "}no secret${ignored})`,
    section,
    unit,
    uri: section.uri,
    span: section.header!.nameSpan,
    contexts: [found.context],
    contextOrigin: found.origin,
    contextOption: found.option,
    ignoredPassword: password && password.node.value.trim().length > 0 ? password : undefined,
    reaches: [],
  };
}

function iaxUser(workspace: Workspace, unit: ConfUnit, section: PlacedSection): EntryPoint | undefined {
  const type = effectiveValue(unit, section, "type")?.trim().toLowerCase();
  if (type !== "user" && type !== "friend") return undefined;
  if (hasValue(unit, section, ["secret", "dbsecret", "inkeys"])) return undefined;
  if (addressRestricted(unit, section)) return undefined;
  const lines = effectiveOptions(unit, section).filter((o) => o.node.key.trim().toLowerCase() === "context" && o.node.value.trim().length > 0);
  let contexts = [...new Set(lines.map((o) => o.node.value.trim()))];
  let origin = lines.length > 1 ? "its context= lines" : "context=";
  let option = lines[0];
  if (contexts.length === 0) {
    const found = contextOf(workspace, unit, section, "IAX2");
    contexts = [found.context];
    origin = found.origin;
    option = found.option!;
  }
  return {
    kind: "iax-user",
    label: `IAX2 ${type} [${shownName(section.name)}] (no secret: any IAX2 call without a user name is matched to it)`,
    section,
    unit,
    uri: section.uri,
    span: section.header!.nameSpan,
    contexts,
    contextOrigin: origin,
    contextOption: option,
    reaches: [],
  };
}

/** `match=` items that cover every address. */
function matchesAnyAddress(value: string): boolean {
  return value.split(",").some((item) => {
    const t = item.trim();
    return /^0\.0\.0\.0\/(0|0\.0\.0\.0)$/.test(t) || t === "::/0" || t === "[::]/0";
  });
}

function pjsipAnonymous(workspace: Workspace, unit: ConfUnit, section: PlacedSection, object: string | undefined): EntryPoint | undefined {
  void workspace;
  if (object === "endpoint" || object === "wizard") {
    if (section.name.toLowerCase() !== "anonymous") return undefined;
    const key = object === "wizard" ? "endpoint/context" : "context";
    const option = lastEffectiveOption(unit, section, key);
    const value = option?.node.value.trim();
    return {
      kind: "pjsip-anonymous",
      label: `PJSIP ${object} [anonymous] (takes every call no other endpoint claims)`,
      section,
      unit,
      uri: section.uri,
      span: section.header!.nameSpan,
      contexts: [value || "default"],
      contextOrigin: value ? `${key}=` : "no context=, so 'default'",
      contextOption: value ? option : undefined,
      reaches: [],
    };
  }
  if (object !== "identify") return undefined;
  const matches = effectiveOptions(unit, section).filter((o) => o.node.key.trim().toLowerCase() === "match" && matchesAnyAddress(o.node.value));
  if (matches.length === 0) return undefined;
  const endpointName = effectiveValue(unit, section, "endpoint")?.trim();
  if (!endpointName) return undefined;
  const endpoint = unit.sections.find((s) => s.name === endpointName && objectOf(unit, s)?.object === "endpoint");
  if (!endpoint) return undefined;
  const option = lastEffectiveOption(unit, endpoint, "context");
  const value = option?.node.value.trim();
  return {
    kind: "pjsip-anonymous",
    label: `PJSIP endpoint [${shownName(endpointName)}] (identify [${shownName(section.name)}] matches every address)`,
    section,
    unit,
    uri: matches[0].uri,
    span: matches[0].node.line,
    contexts: [value || "default"],
    contextOrigin: value ? "context=" : "no context=, so 'default'",
    contextOption: value ? option : undefined,
    reaches: [],
  };
}
