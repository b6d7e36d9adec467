// The carriers of the security audit: the peers, endpoints and wizards that send calls out to a provider (VICIdial
// carriers, peers that register out or have a fixed host, PJSIP endpoints with outbound_auth or a fixed contact), and
// how a section name and a Dial's carrier destinations are shown in messages.
import { isTrueWord } from "../knowledge/options/types";
import type { DialplanIndex } from "./dialplan";
import type { CarrierRef, DialSite } from "./reachability";
import { effectiveValue, isVicidialUnit, type ConfUnit, type PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import { hostOf, isLiteralHost, registerPeerPairs } from "./register-peers";

/**
 * A section or peer name as messages show it: a broken header can hold a whole line of options (`[type=friend
 * secret=...]`), so any `key=value` inside is cut off rather than risk printing a password.
 */
export function shownName(name: string): string {
  const eq = name.indexOf("=");
  if (eq < 0) return name.length > 60 ? name.slice(0, 57) + "..." : name;
  const head = name.slice(0, eq).trim().split(/\s+/).slice(0, -1).join(" ");
  return (head.length > 0 ? head + " " : "") + "...";
}

export const carrierKey = (tech: string, name: string) => `${tech.toUpperCase()}:${tech.toUpperCase() === "SIP" ? name.toLowerCase() : name}`;

export interface CarrierSection {
  ref: CarrierRef;
  unit: ConfUnit;
  section: PlacedSection;
}

const CARRIERS = {};

export function carrierSections(workspace: Workspace, index: DialplanIndex): CarrierSection[] {
  return workspace.memo(CARRIERS, () => classifyCarriers(workspace, index));
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host.startsWith("127.") || host === "::1";
}

/** Peers, endpoints and wizards that send calls out to a provider. */
function classifyCarriers(workspace: Workspace, index: DialplanIndex): CarrierSection[] {
  const registered = new Set<PlacedSection>(registerPeerPairs(workspace).map((p) => p.peer));
  const pjsipFacts = new Map<ConfUnit, PjsipFacts>();
  const result: CarrierSection[] = [];
  for (const peer of index.peers) {
    const { unit, section } = peer;
    if (!section.header || section.header.isAppend) continue;
    let facts = pjsipFacts.get(unit);
    if (peer.tech === "PJSIP" && !facts) pjsipFacts.set(unit, (facts = pjsipFactsOf(unit)));
    const why = carrierReason(unit, section, peer.tech, registered, facts);
    if (!why) continue;
    result.push({ ref: { name: shownName(peer.name), tech: peer.tech, why, uri: peer.uri, span: peer.span }, unit, section });
  }
  return result;
}

/** What a PJSIP unit says about its endpoints, gathered in one pass: who registers out, and each aor's contact. */
interface PjsipFacts {
  registering: Set<string>;
  contactOfAor: Map<string, string>;
}

function pjsipFactsOf(unit: ConfUnit): PjsipFacts {
  const facts: PjsipFacts = { registering: new Set(), contactOfAor: new Map() };
  for (const section of unit.sections) {
    const type = effectiveValue(unit, section, "type")?.trim().toLowerCase();
    if (type === "registration") {
      const endpoint = effectiveValue(unit, section, "endpoint")?.trim();
      if (endpoint) facts.registering.add(endpoint);
    } else if (type === "aor") {
      const contact = effectiveValue(unit, section, "contact")?.trim();
      if (contact && !facts.contactOfAor.has(section.name)) facts.contactOfAor.set(section.name, contact);
    }
  }
  return facts;
}

function carrierReason(unit: ConfUnit, section: PlacedSection, tech: string, registered: Set<PlacedSection>, facts: PjsipFacts | undefined): string | undefined {
  if (section.carrierId !== undefined && isVicidialUnit(unit)) return `VICIdial carrier ${section.carrierId}`;
  const type = effectiveValue(unit, section, "type")?.trim().toLowerCase();
  if (tech === "SIP" || tech === "IAX2") {
    if (type === "user") return undefined;
    if (registered.has(section)) return "registers to its provider";
    const host = hostOf(unit, section);
    if (isLiteralHost(host) && !isLoopback(host)) return `sends calls to the fixed host ${host}`;
    return undefined;
  }
  if (type === "wizard") {
    if (isTrueWord(effectiveValue(unit, section, "sends_registrations"))) return "registers to its provider";
    const remote = effectiveValue(unit, section, "remote_hosts")?.trim();
    return remote ? `sends calls to ${remote.split(",")[0].trim()}` : undefined;
  }
  if (effectiveValue(unit, section, "outbound_auth")?.trim()) return "logs in to its provider (outbound_auth)";
  if (facts?.registering.has(section.name)) return "registers to its provider";
  const aors = (effectiveValue(unit, section, "aors") ?? "").split(",").map((a) => a.trim()).filter((a) => a.length > 0);
  for (const aor of aors) {
    const contact = facts?.contactOfAor.get(aor);
    if (contact && !/@?(127\.|localhost)/i.test(contact)) return `sends calls to the fixed contact ${contact.split(",")[0].trim()}`;
  }
  return undefined;
}

/** The carrier destinations of a Dial site, for messages. */
export function carriersOf(site: DialSite): CarrierRef[] {
  const result: CarrierRef[] = [];
  for (const d of site.destinations) if (d.carrier && !result.includes(d.carrier)) result.push(d.carrier);
  return result;
}

export function dialText(site: DialSite): string {
  return site.destinations.map((d) => d.channel).join("&");
}
