// Shared by the `security` rules: how a path through the dialplan is told (in a message and as related locations),
// which lines hold the logins this server accepts (worked out once per unit), and the fix edits. The audit itself is
// model/security-audit.ts.
import { objectOf } from "../../model/objects";
import { pathTo, type DialSite, type Reach, type ReachEdge } from "../../model/reachability";
import { effectiveOptions, effectiveValue, type ConfUnit, type PlacedOption, type PlacedSection } from "../../model/units";
import type { Workspace } from "../../model/workspace";
import type { RelatedLocation } from "../types";
import type { LineQuotes } from "../line-quotes";
import type { Span } from "../../text/span";
import { hostOf } from "../../model/register-peers";
import { carriersOf, dialText, shownName } from "../../model/security-carriers";
import { positionFree, unitFact } from "../../model/unit-facts";
import { sectionShares } from "../../model/section-lists";

/** "line 12" or "extensions.conf line 12" (or "carrier X line 3") seen from `fromUri`, the number a mark of `quotes`. */
export function where(quotes: LineQuotes, uri: string, line: Span, fromUri: string, carrierId?: string): string {
  const ref = quotes.reference(uri, line, fromUri);
  return carrierId !== undefined && uri !== fromUri ? `carrier ${carrierId} (${ref})` : ref;
}

/** `[a] -> [b] -> [c]`: the contexts from the start to the Dial's context. */
export function contextChain(reach: Reach, site: DialSite): string {
  const edges = pathTo(reach, site.context);
  return [reach.start, ...edges.map((e) => e.to)].map((c) => `[${c}]`).join(" -> ");
}

function edgeMessage(edge: ReachEdge): string {
  const ext = edge.extension ? ` (extension ${edge.extension})` : "";
  switch (edge.kind) {
    case "include":
      return `[${edge.from}] includes [${edge.to}]`;
    case "generated":
      return `[${edge.from}], written by VICIdial, includes [${edge.to}] (the carriers' dialplan entries)`;
    case "local":
      return `[${edge.from}] dials a Local channel into [${edge.to}]${ext}`;
    case "gosub":
      return `[${edge.from}] calls a subroutine in [${edge.to}]${ext}`;
    case "macro":
      return `[${edge.from}] runs the macro [${edge.to}]`;
    default:
      return `[${edge.from}] jumps to [${edge.to}]${ext}`;
  }
}

/** Related locations for a path: where the call enters, each hop, the Dial line, the carrier it sends calls to. */
export function pathRelated(reach: Reach, site: DialSite, start?: RelatedLocation): RelatedLocation[] {
  const related: RelatedLocation[] = [];
  if (start) related.push(start);
  for (const edge of pathTo(reach, site.context)) {
    if (edge.uri.length === 0) continue;
    related.push({ uri: edge.uri, span: edge.span, message: edgeMessage(edge) });
  }
  const step = site.step;
  related.push({ uri: step.uri, span: step.option.node.line, message: `[${site.context}] extension ${site.extension} dials ${dialText(site)}` });
  for (const carrier of carriersOf(site)) related.push({ uri: carrier.uri, span: carrier.span, message: `[${carrier.name}] is a carrier: it ${carrier.why.replace(/^VICIdial/, "is VICIdial")}` });
  return related;
}

/** The first include on the path to a Dial site, if the path has one in a conf document (its removal is the fix). */
export function firstInclude(reach: Reach, site: DialSite): ReachEdge | undefined {
  return pathTo(reach, site.context).find((e) => e.kind === "include" && e.uri.length > 0);
}

// ---- Logins this server accepts -----------------------------------------------------------------------------------

/** A login: kept with its section (see `sectionFact`), so it holds no unit. */
export interface Login {
  /** The section the account is (an auth object, a peer). */
  section: PlacedSection;
  /** What the account is called in messages: "peer [alice]", "PJSIP auth [alice-auth]". */
  label: string;
  /** The user name the caller gives, when it differs from the section name. */
  userName?: string;
  option: PlacedOption;
}

const PASSWORD_KEYS = ["secret"];

/**
 * Passwords other people log in with: chan_sip users and dynamic peers, IAX2 users and friends, PJSIP auth objects an
 * endpoint names in `auth=` (inbound), and wizard `inbound_auth/password`. Credentials this server sends to a provider
 * (register lines, outbound_auth, a trunk's secret toward a fixed host) are the provider's, and left out.
 */
export function loginsOf(workspace: Workspace): Login[] {
  return workspace.memo(LOGINS, () => findLogins(workspace));
}

const LOGINS = {};

/** Every unit's logins, in unit order: a cheap join of what each unit works out once. */
function findLogins(workspace: Workspace): Login[] {
  return workspace.units().flatMap(unitLogins);
}

const UNIT_LOGINS = {};

/** The logins of one unit (an option inherited by several accounts counts once, for the first). */
function unitLogins(unit: ConfUnit): Login[] {
  return unitFact(unit, UNIT_LOGINS, findUnitLogins);
}

const LOGIN_SHARES = positionFree({});
const NO_AUTHS = new Set<string>();

/**
 * chan_sip and IAX2 accounts log in with their own lines and templates alone, so each section's logins are a section
 * fact; a PJSIP auth counts only when some endpoint of the unit names it, so PJSIP units are done as a whole.
 */
function findUnitLogins(unit: ConfUnit): Login[] {
  const result: Login[] = [];
  const seen = new Set<PlacedOption>();
  const add = (login: Login) => {
    if (seen.has(login.option) || login.option.node.value.trim().length === 0) return;
    seen.add(login.option);
    result.push(login);
  };
  if (unit.dialect === "sip" || unit.dialect === "iax") {
    for (const share of sectionShares(unit, LOGIN_SHARES, (u, s) => accountLogins(u, s, NO_AUTHS), "inherited")) share.forEach(add);
    return result;
  }
  const inboundAuths = new Set<string>();
  for (const section of unit.sections) {
    if (objectOf(unit, section)?.object !== "endpoint") continue;
    for (const name of (effectiveValue(unit, section, "auth") ?? "").split(",")) if (name.trim()) inboundAuths.add(name.trim());
  }
  for (const section of unit.sections) accountLogins(unit, section, inboundAuths)?.forEach(add);
  return result;
}

/** The logins one section's account accepts (undefined for none); `inboundAuths`: PJSIP auths endpoints name. */
function accountLogins(unit: ConfUnit, section: PlacedSection, inboundAuths: Set<string>): Login[] | undefined {
  if (!section.header || section.header.isTemplate) return undefined;
  const info = objectOf(unit, section);
  if (!info || info.special || info.badType) return undefined;
  const options = effectiveOptions(unit, section);
  const last = (key: string) => {
    let found: PlacedOption | undefined;
    for (const o of options) if (o.node.key.trim().toLowerCase() === key) found = o;
    return found;
  };
  const userOf = (...keys: string[]) => keys.map((k) => last(k)?.node.value.trim()).find((v) => v !== undefined && v.length > 0);
  const found: Login[] = [];
  if (info.driver === "sip" || info.driver === "iax") {
    const type = info.typeValue?.toLowerCase();
    const accepts = info.driver === "iax" ? type === "user" || type === "friend" : type === "user" || ((type === "peer" || type === "friend") && hostOf(unit, section) === "dynamic");
    if (!accepts) return undefined;
    for (const key of PASSWORD_KEYS) {
      const option = last(key);
      if (option) found.push({ section, label: `${info.driver === "sip" ? "chan_sip" : "IAX2"} ${type} [${shownName(section.name)}]`, userName: userOf("defaultuser", "username"), option });
    }
  } else if (info.object === "auth" && inboundAuths.has(section.name)) {
    const option = last("password");
    if (option) found.push({ section, label: `PJSIP auth [${shownName(section.name)}]`, userName: userOf("username"), option });
  } else if (info.object === "wizard") {
    const option = last("inbound_auth/password");
    if (option) found.push({ section, label: `wizard [${shownName(section.name)}] inbound_auth`, userName: userOf("inbound_auth/username"), option });
  }
  return found.length > 0 ? found : undefined;
}
