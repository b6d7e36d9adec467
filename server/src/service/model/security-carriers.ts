// The carriers of the security audit: the peers, endpoints and wizards that send calls out to a provider (VICIdial
// carriers, peers that register out or have a fixed host, PJSIP endpoints with outbound_auth or a fixed contact), and
// how a section name and a Dial's carrier destinations are shown in messages. What a chan_sip / IAX2 section says of
// its peer is kept with the section (a PJSIP unit's, once per unit), carrier objects included, so the join after an
// edit is a loop that makes no object per carrier; it only asks the workspace's register lines about chan_sip / IAX2 peers.
import { isTrueWord } from "../knowledge/options/types";
import type { PeerDefinition } from "./dialplan";
import { sectionPeer, unitPeers } from "./dialplan-index";
import type { CarrierRef, DialSite } from "./reachability";
import { positionFree, unitFact } from "./unit-facts";
import { sectionShares } from "./section-lists";
import { effectiveValue, isVicidialUnit, type ConfUnit, type PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import { hostOf, isLiteralHost, registerPeerPairs } from "./register-peers";
import { addTo } from "../util/multimap";
import { ownContextOf, type FoundContext } from "./security-contexts";

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

/**
 * A carrier: what it is, its section, and the section's own (or inherited) context= (`ownContextOf`). Kept with the
 * section (see `sectionFact`), so it holds no unit: `carrierSections` lists it under its unit.
 */
export interface CarrierSection {
  ref: CarrierRef;
  section: PlacedSection;
  ownContext?: FoundContext;
}

/** The carriers of one unit, in file order. */
export interface UnitCarriers {
  unit: ConfUnit;
  carriers: CarrierSection[];
}

const CARRIERS = {};

/** The carriers of the workspace, unit by unit, in the order the dialplan index lists its peers. */
export function carrierSections(workspace: Workspace): UnitCarriers[] {
  return workspace.memo(CARRIERS, () => classifyCarriers(workspace));
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host.startsWith("127.") || host === "::1";
}

/**
 * A peer that may be a carrier: `own` is what its unit alone makes of it; a chan_sip / IAX2 peer named by a register
 * line (possibly in another unit) is `ifRegistered` instead, whatever its unit says. It holds no unit, so a chan_sip /
 * IAX2 section keeps it as a section fact (see `sectionFact`).
 */
interface CarrierCandidate {
  /** `carrierKey` of the peer. */
  key: string;
  own?: CarrierSection;
  ifRegistered?: CarrierSection;
}

const CARRIER_CANDIDATES = {};
const CANDIDATE_SHARES = positionFree({});

/**
 * A unit's carrier candidates, in file order (worked out once per unit). chan_sip and IAX2 peers are candidates on
 * their own lines and templates alone, so each section's candidate is a section fact; a PJSIP endpoint also reads the
 * unit's registrations and aors, so PJSIP units are done as a whole.
 */
function unitCarrierCandidates(unit: ConfUnit): readonly CarrierCandidate[] {
  if (unit.dialect === "sip" || unit.dialect === "iax") return sectionShares(unit, CANDIDATE_SHARES, sectionCandidate, "inherited");
  return unitFact(unit, CARRIER_CANDIDATES, findUnitCandidates);
}

function sectionCandidate(unit: ConfUnit, section: PlacedSection): CarrierCandidate | undefined {
  const peer = sectionPeer(unit, section);
  if (!peer || !section.header || section.header.isAppend) return undefined;
  const candidate = carrierCandidate(unit, peer, undefined);
  return candidate.own || candidate.ifRegistered ? candidate : undefined;
}

function findUnitCandidates(unit: ConfUnit): CarrierCandidate[] {
  const result: CarrierCandidate[] = [];
  let facts: PjsipFacts | undefined;
  for (const peer of unitPeers(unit)) {
    const { section } = peer;
    if (!section.header || section.header.isAppend) continue;
    if (peer.tech === "PJSIP" && !facts) facts = pjsipFactsOf(unit);
    const candidate = carrierCandidate(unit, peer, facts);
    if (candidate.own || candidate.ifRegistered) result.push(candidate);
  }
  return result;
}

const CANDIDATES_BY_KEY = {};

/** A unit's carrier candidates by `carrierKey`, each list in file order (once per unit). */
function unitCandidatesByKey(unit: ConfUnit): Map<string, CarrierCandidate[]> {
  return unitFact(unit, CANDIDATES_BY_KEY, () => {
    const byKey = new Map<string, CarrierCandidate[]>();
    for (const candidate of unitCarrierCandidates(unit)) addTo(byKey, candidate.key, candidate);
    return byKey;
  });
}

const REGISTERED = {};

/** The peer sections a register line of the workspace belongs to. */
function registeredPeers(workspace: Workspace): Set<PlacedSection> {
  return workspace.memo(REGISTERED, () => {
    const peers = new Set<PlacedSection>();
    for (const pair of registerPeerPairs(workspace)) peers.add(pair.peer);
    return peers;
  });
}

/** Turns candidates into carriers; the register lines are looked at only when a chan_sip / IAX2 candidate comes up. */
function candidateResolver(workspace: Workspace): (candidate: CarrierCandidate) => CarrierSection | undefined {
  let registered: Set<PlacedSection> | undefined;
  return ({ own, ifRegistered }) => (ifRegistered && (registered ??= registeredPeers(workspace)).has(ifRegistered.section) ? ifRegistered : own);
}

/** Peers, endpoints and wizards that send calls out to a provider: each unit's cached candidates, resolved. */
function classifyCarriers(workspace: Workspace): UnitCarriers[] {
  const resolve = candidateResolver(workspace);
  const result: UnitCarriers[] = [];
  for (const unit of workspace.units()) {
    const candidates = unitCarrierCandidates(unit);
    if (candidates.length === 0) continue;
    const carriers: CarrierSection[] = [];
    for (const candidate of candidates) {
      const carrier = resolve(candidate);
      if (carrier) carriers.push(carrier);
    }
    if (carriers.length > 0) result.push({ unit, carriers });
  }
  return result;
}

/**
 * Finds the carrier a Dial destination names, by technology and peer name: the first of `carrierSections` with that
 * key, looked up in the units' cached candidates rather than by indexing every carrier of the workspace.
 */
export function carrierFinder(workspace: Workspace, units: ConfUnit[]): (tech: string, name: string) => CarrierRef | undefined {
  const resolve = candidateResolver(workspace);
  // The audit asks for the same few peers along every walk: each key is looked up once per finder.
  const known = new Map<string, CarrierRef | undefined>();
  const find = (key: string) => {
    for (const unit of units) {
      for (const candidate of unitCandidatesByKey(unit).get(key) ?? []) {
        const carrier = resolve(candidate);
        if (carrier) return carrier.ref;
      }
    }
    return undefined;
  };
  return (tech, name) => {
    const key = carrierKey(tech, name);
    if (!known.has(key)) known.set(key, find(key));
    return known.get(key);
  };
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

/** What a peer is as a carrier candidate. */
function carrierCandidate(unit: ConfUnit, peer: Omit<PeerDefinition, "unit">, facts: PjsipFacts | undefined): CarrierCandidate {
  const { section } = peer;
  const key = carrierKey(peer.tech, peer.name);
  const ownContext = ownContextOf(unit, section);
  const carrier = (why: string): CarrierSection => ({ ref: { name: shownName(peer.name), tech: peer.tech, why, uri: peer.uri, span: peer.span }, section, ownContext });
  const asCarrier = (why: string | undefined) => (why === undefined ? undefined : carrier(why));
  if (section.carrierId !== undefined && isVicidialUnit(unit)) return { key, own: carrier(`VICIdial carrier ${section.carrierId}`) };
  const type = effectiveValue(unit, section, "type")?.trim().toLowerCase();
  if (peer.tech === "SIP" || peer.tech === "IAX2") {
    if (type === "user") return { key };
    const host = hostOf(unit, section);
    return { key, own: asCarrier(isLiteralHost(host) && !isLoopback(host) ? `sends calls to the fixed host ${host}` : undefined), ifRegistered: carrier("registers to its provider") };
  }
  return { key, own: asCarrier(endpointReason(unit, section, type, facts)) };
}

const PEER_KEYS = {};

/** The `carrierKey`s of every peer, endpoint and wizard a unit defines (once per unit). */
export function unitPeerKeys(unit: ConfUnit): Set<string> {
  return unitFact(unit, PEER_KEYS, () => new Set(unitPeers(unit).map((p) => carrierKey(p.tech, p.name))));
}

/** Why a PJSIP endpoint or wizard sends calls out to a provider, if it does. */
function endpointReason(unit: ConfUnit, section: PlacedSection, type: string | undefined, facts: PjsipFacts | undefined): string | undefined {
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
