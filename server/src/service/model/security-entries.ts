// The entry points of the security audit: the ways a call gets into the dialplan without a password (chan_sip
// guests, chan_sip peers that need no secret, IAX2 users without a secret, PJSIP anonymous endpoints and identify
// sections that match every address), and the contexts their calls run in. Each unit's entries are worked out once
// per unit (model/unit-facts.ts); joining them finds the [general] context= a peer without its own falls back to.
import { objectOf, unitDriver, type ObjectInfo } from "./objects";
import { isFalseWord } from "../knowledge/options/types";
import type { Reach } from "./reachability";
import { effectiveOptions, effectiveValue, lastEffectiveOption, type ConfUnit, type PlacedOption, type PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import type { Span } from "../text/span";
import { hostOf } from "./register-peers";
import { driverConfigs, generalOption, generalSections } from "./register-options";
import { ownContextOf, type ContextFinder, type FoundContext } from "./security-contexts";
import { shownName } from "./security-carriers";
import { skippedInput } from "./skipped-input";
import { positionFree, unitFact } from "./unit-facts";
import { sectionShares } from "./section-lists";

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

export function findEntries(workspace: Workspace, unknowns: AuditUnknown[], contextOf: ContextFinder): EntryPoint[] {
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
  for (const unit of workspace.units()) for (const found of unitEntries(unit)) entries.push(placeEntry(found, contextOf));
  return entries;
}

/** Where an entry's calls run, as EntryPoint holds it. */
type EntryContext = Pick<EntryPoint, "contexts" | "contextOrigin" | "contextOption">;

/** What an entry point is, without its context and reaches. */
type EntryBody = Omit<EntryPoint, keyof EntryContext | "reaches">;

/**
 * An account that takes calls without a password, as its unit alone describes it. `context` is missing when the
 * account has no context= of its own: chan_sip and IAX2 then use their configuration's [general] one (another unit's,
 * for VICIdial's generated file), found when the units are joined.
 */
interface UnitEntry {
  body: EntryBody & { section: PlacedSection };
  tech: "SIP" | "IAX2" | "PJSIP";
  context?: EntryContext;
}

const UNIT_ENTRIES = {};

/** The secretless accounts of one unit, in file order (worked out once per unit). */
function unitEntries(unit: ConfUnit): UnitEntry[] {
  return unitFact(unit, UNIT_ENTRIES, findUnitEntries);
}

/** A unit entry without its unit: what a section fact may hold (see `sectionFact`). */
type EntryShare = Omit<UnitEntry, "body"> & { body: Omit<UnitEntry["body"], "unit"> };

const ENTRY_SHARES = positionFree({});

/**
 * chan_sip and IAX2 accounts are entries on their own lines and templates alone, so each section's entry is a
 * section fact; a PJSIP identify also reads the endpoint it names, so PJSIP units are done as a whole.
 */
function findUnitEntries(unit: ConfUnit): UnitEntry[] {
  if (unit.dialect === "sip" || unit.dialect === "iax") {
    return sectionShares(unit, ENTRY_SHARES, sectionEntry, "inherited").map((share) => ({ ...share, body: { ...share.body, unit } }));
  }
  // A dialplan or a generic file holds no accounts: no section of it is an object (see `objectOf`).
  if (!unitDriver(unit)) return [];
  const result: UnitEntry[] = [];
  for (const section of unit.sections) {
    const info = accountObject(unit, section);
    const entry = info && (info.driver === "pjsip" || info.driver === "pjsip_wizard") ? pjsipAnonymous(unit, section, info.object) : undefined;
    if (entry) result.push(entry);
  }
  return result;
}

/** The object kind of a section that may be an account: a named, non-template object of a known kind. */
function accountObject(unit: ConfUnit, section: PlacedSection): ObjectInfo | undefined {
  if (!section.header || section.header.isTemplate || section.header.isAppend) return undefined;
  const info = objectOf(unit, section);
  return info && !info.special && !info.badType ? info : undefined;
}

function sectionEntry(unit: ConfUnit, section: PlacedSection): EntryShare | undefined {
  const info = accountObject(unit, section);
  return info?.driver === "sip" ? sipSecretless(unit, section) : info?.driver === "iax" ? iaxUser(unit, section) : undefined;
}

/** A fresh entry point (the audit fills in its reaches) from a unit's cached one, its context found if need be. */
function placeEntry(found: UnitEntry, contextOf: ContextFinder): EntryPoint {
  return { ...found.body, ...(found.context ?? entryContext(contextOf(found.body.unit, found.body.section, found.tech))), reaches: [] };
}

function entryContext(found: FoundContext): EntryContext {
  return { contexts: [found.context], contextOrigin: found.origin, contextOption: found.option };
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

function sipSecretless(unit: ConfUnit, section: PlacedSection): EntryShare | undefined {
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
  const own = ownContextOf(unit, section);
  const password = lastEffectiveOption(unit, section, "password");
  const ignored = password && password.node.value.trim().length > 0 ? "; chan_sip ignores its password=" : "";
  const body = {
    kind: "sip-secretless" as const,
    label: `chan_sip ${type === "user" ? "user" : "peer"} [${shownName(section.name)}] (${type === "user" ? "" : "host=dynamic, "}no secret${ignored})`,
    section,
    uri: section.uri,
    span: section.header!.nameSpan,
    ignoredPassword: password && password.node.value.trim().length > 0 ? password : undefined,
  };
  return { body, tech: "SIP", context: own && entryContext(own) };
}

function iaxUser(unit: ConfUnit, section: PlacedSection): EntryShare | undefined {
  const type = effectiveValue(unit, section, "type")?.trim().toLowerCase();
  if (type !== "user" && type !== "friend") return undefined;
  if (hasValue(unit, section, ["secret", "dbsecret", "inkeys"])) return undefined;
  if (addressRestricted(unit, section)) return undefined;
  const body = {
    kind: "iax-user" as const,
    label: `IAX2 ${type} [${shownName(section.name)}] (no secret: any IAX2 call without a user name is matched to it)`,
    section,
    uri: section.uri,
    span: section.header!.nameSpan,
  };
  const lines = effectiveOptions(unit, section).filter((o) => o.node.key.trim().toLowerCase() === "context" && o.node.value.trim().length > 0);
  if (lines.length === 0) {
    const own = ownContextOf(unit, section);
    return { body, tech: "IAX2", context: own && entryContext(own) };
  }
  const contexts = [...new Set(lines.map((o) => o.node.value.trim()))];
  return { body, tech: "IAX2", context: { contexts, contextOrigin: lines.length > 1 ? "its context= lines" : "context=", contextOption: lines[0] } };
}

/** `match=` items that cover every address. */
function matchesAnyAddress(value: string): boolean {
  return value.split(",").some((item) => {
    const t = item.trim();
    return /^0\.0\.0\.0\/(0|0\.0\.0\.0)$/.test(t) || t === "::/0" || t === "[::]/0";
  });
}

function pjsipAnonymous(unit: ConfUnit, section: PlacedSection, object: string | undefined): UnitEntry | undefined {
  if (object === "endpoint" || object === "wizard") {
    if (section.name.toLowerCase() !== "anonymous") return undefined;
    const key = object === "wizard" ? "endpoint/context" : "context";
    const body = {
      kind: "pjsip-anonymous" as const,
      label: `PJSIP ${object} [anonymous] (takes every call no other endpoint claims)`,
      section,
      unit,
      uri: section.uri,
      span: section.header!.nameSpan,
    };
    return { body, tech: "PJSIP", context: pjsipContext(lastEffectiveOption(unit, section, key), `${key}=`) };
  }
  if (object !== "identify") return undefined;
  const matches = effectiveOptions(unit, section).filter((o) => o.node.key.trim().toLowerCase() === "match" && matchesAnyAddress(o.node.value));
  if (matches.length === 0) return undefined;
  const endpointName = effectiveValue(unit, section, "endpoint")?.trim();
  if (!endpointName) return undefined;
  const endpoint = unit.sections.find((s) => s.name === endpointName && objectOf(unit, s)?.object === "endpoint");
  if (!endpoint) return undefined;
  const body = {
    kind: "pjsip-anonymous" as const,
    label: `PJSIP endpoint [${shownName(endpointName)}] (identify [${shownName(section.name)}] matches every address)`,
    section,
    unit,
    uri: matches[0].uri,
    span: matches[0].node.line,
  };
  return { body, tech: "PJSIP", context: pjsipContext(lastEffectiveOption(unit, endpoint, "context"), "context=") };
}

/** A PJSIP endpoint's context: its context= line (`origin` names it), else `default`. */
function pjsipContext(option: PlacedOption | undefined, origin: string): EntryContext {
  const value = option?.node.value.trim();
  return { contexts: [value || "default"], contextOrigin: value ? origin : "no context=, so 'default'", contextOption: value ? option : undefined };
}
