// Which register line belongs to which chan_sip / chan_iax2 peer (by carrier record, `peer?` prefix, host name or
// host address), and how hosts compare. Shared by the auth rules, the security audit and dial-without-o.
// Each peer's share (the section with its host) is a section fact, kept while the section and its templates stay the
// same; a unit's peers are the list of those shares, and the pairs of a configuration of one unit are a per-unit fact.
// Other configurations join the cached peers of their units, so after an edit only the edited unit's lines are paired
// again, and only the peers of its edited sections are looked at anew.
import { objectOf } from "./objects";
import { isIpv4 } from "../text/ip-address";
import { addTo } from "../util/multimap";
import { effectiveValue, isVicidialUnit, type ConfUnit, type PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import { part } from "./register-line";
import { driverConfigs, generalSections, isEffective, registerOptions, type RegisterOption } from "./register-options";
import { keptAcrossBuilds } from "./kept-joins";
import { positionFree, sectionFact, unitFact } from "./unit-facts";
import { sectionShare, sectionShares } from "./section-lists";

/** How a register line was tied to a peer. */
export type PairKind =
  /** Registration string and account entry of the same VICIdial carrier record. */
  | "carrier"
  /** chan_sip `register => peer?...`: the named peer. */
  | "peer-prefix"
  /** The register host is the peer's name (chan_sip then uses that peer's address). */
  | "host-is-name"
  /** The register host equals the peer's `host=` (and no other peer's). */
  | "host-match";

export interface RegisterPeerPair {
  register: RegisterOption;
  /** Unit holding the register line. */
  registerUnit: ConfUnit;
  peer: PlacedSection;
  /** Unit holding the peer section. */
  peerUnit: ConfUnit;
  kind: PairKind;
}

/** Pairs that clearly belong together: by carrier record or by name, not merely by a shared host. */
export function isClearPair(pair: RegisterPeerPair): boolean {
  return pair.kind !== "host-match";
}

interface PeerEntry {
  unit: ConfUnit;
  section: PlacedSection;
  /** The peer's `hostOf`, looked up once. */
  host: string | undefined;
}

const PEER_ENTRIES = {};
const PEER_SHARES = positionFree({});

/** Peer sections (not templates, not [general] & co.) of a chan_sip / chan_iax2 unit that can be dialled or matched. */
function peerEntries(unit: ConfUnit): readonly PeerEntry[] {
  return unitFact(unit, PEER_ENTRIES, (u) => sectionShares(u, PEER_SHARES, findPeerShare, "inherited").map((share) => ({ unit: u, section: share.section, host: share.host })));
}

/** A peer entry without its unit: what a section fact may hold (see `sectionFact`). */
export type PeerShare = Omit<PeerEntry, "unit">;

/**
 * A section's share of its unit's peer entries, undefined when it is no peer a register line can concern. It reads
 * the section and its templates only, so it is kept while they stay the same (an edit elsewhere in the unit).
 */
export function peerShare(unit: ConfUnit, section: PlacedSection): PeerShare | undefined {
  return sectionShare(unit, PEER_SHARES, section, findPeerShare, "inherited");
}

function findPeerShare(unit: ConfUnit, section: PlacedSection): PeerShare | undefined {
  if (!section.header || section.header.isTemplate || section.header.isAppend) return undefined;
  const info = objectOf(unit, section);
  if (!info || info.special || info.badType || info.object !== "peer") return undefined;
  // A type=user section is only matched for inbound calls: a registration does not concern it.
  if (info.typeValue?.toLowerCase() === "user") return undefined;
  return { section, host: hostOf(unit, section) };
}

/** The peers of one configuration, indexed by carrier, by lower-case name (the last wins) and by host. */
interface PeerLookup {
  byCarrier: Map<string, PeerEntry[]>;
  byName: Map<string, PeerEntry>;
  byHost: Map<string, PeerEntry[]>;
}

/** The peer lookup of a configuration, from the cached entries of its units in order (a later peer of a name wins). */
function configPeerLookup(units: readonly ConfUnit[]): PeerLookup {
  return peerLookup(units.length === 1 ? peerEntries(units[0]) : units.flatMap((unit) => peerEntries(unit)));
}

function peerLookup(peers: readonly PeerEntry[]): PeerLookup {
  const lookup: PeerLookup = { byCarrier: new Map(), byName: new Map(), byHost: new Map() };
  for (const p of peers) {
    if (p.section.carrierId !== undefined) addTo(lookup.byCarrier, p.section.carrierId, p);
    lookup.byName.set(p.section.name.toLowerCase(), p);
    if (p.host !== undefined) addTo(lookup.byHost, p.host, p);
  }
  return lookup;
}

const REGISTER_PEER_PAIRS = {};

/** Every accepted, effective register line of sip/iax configurations tied to the peer it belongs to. */
export function registerPeerPairs(workspace: Workspace): RegisterPeerPair[] {
  return workspace.memo(REGISTER_PEER_PAIRS, () => findRegisterPeerPairs(workspace));
}

const LONE_UNIT_PAIRS = {};

function findRegisterPeerPairs(workspace: Workspace): RegisterPeerPair[] {
  const pairs: RegisterPeerPair[] = [];
  for (const config of driverConfigs(workspace)) {
    // A configuration of one unit pairs within that unit alone: its pairs are kept with the unit. The register lines
    // are parsed from the text of the unit's own documents, which cannot change while the unit object lives.
    const found = config.units.length === 1 ? unitFact(config.units[0], LONE_UNIT_PAIRS, (unit) => keptPairs([unit], workspace)) : keptPairs(config.units, workspace);
    for (const pair of found) pairs.push(pair);
  }
  return pairs;
}

/** A pair with its peer given by its place among its unit's peer shares (see `pairingInputs`): no unit, no section. */
interface UnboundPair {
  register: RegisterOption;
  registerUnit: number;
  peerUnit: number;
  peer: number;
  kind: PairKind;
}

const PAIRS_OF = "register-peer-pairs\u0000";
/** Separates the kinds of inputs in `pairingInputs`. */
const MARK = {};
const PAIRING_KEYS = positionFree({});

/**
 * The pairs of one configuration, worked out again only when what pairing reads changed: each unit's register lines
 * and [general] sections, and its peers' names, hosts and carriers. An edit that leaves those as they were (most
 * edits, also one that moves the peers below it to new section objects) pairs nothing again.
 */
function keptPairs(units: readonly ConfUnit[], workspace: Workspace): RegisterPeerPair[] {
  const key = PAIRS_OF + units.map((unit) => unit.id).join("\u0000");
  const unbound = keptAcrossBuilds(workspace, key, pairingInputs(units, workspace), () => {
    const place = new Map<PlacedSection, [number, number]>();
    units.forEach((unit, u) => sectionShares(unit, PEER_SHARES, findPeerShare, "inherited").forEach((share, i) => place.set(share.section, [u, i])));
    return pairsWithin(units, workspace).map((pair): UnboundPair => {
      const [peerUnit, peer] = place.get(pair.peer)!;
      return { register: pair.register, registerUnit: units.indexOf(pair.registerUnit), peerUnit, peer, kind: pair.kind };
    });
  });
  const shares = units.map((unit) => sectionShares(unit, PEER_SHARES, findPeerShare, "inherited"));
  return bindPairs(unbound, units, shares);
}

/** The pairs of each list of unbound pairs, bound to the build that last asked (see `bindPairs`). */
const boundPairs = new WeakMap<readonly UnboundPair[], RegisterPeerPair[]>();

/**
 * The unbound pairs given their units and peer sections in this build. A list kept across builds (an edit that
 * changed nothing pairing reads) gets its pairs of the previous build back, bound again in place: a rebuilt unit is a
 * new object, and a sip.conf of thousands of register lines would make thousands of pairs again on every keystroke.
 * The previous build's pairs are then this build's (nothing holds them from one analysis to the next).
 */
function bindPairs(unbound: readonly UnboundPair[], units: readonly ConfUnit[], shares: readonly (readonly PeerShare[])[]): RegisterPeerPair[] {
  const bound = boundPairs.get(unbound);
  if (!bound) {
    const made = unbound.map((pair) => ({ register: pair.register, registerUnit: units[pair.registerUnit], peer: shares[pair.peerUnit][pair.peer].section, peerUnit: units[pair.peerUnit], kind: pair.kind }));
    boundPairs.set(unbound, made);
    return made;
  }
  for (let i = 0; i < unbound.length; i++) {
    const pair = unbound[i];
    const to = bound[i];
    to.registerUnit = units[pair.registerUnit];
    to.peerUnit = units[pair.peerUnit];
    to.peer = shares[pair.peerUnit][pair.peer].section;
  }
  return bound;
}

/**
 * What pairing reads of a configuration's units, as objects that keep their identity while unchanged: each unit's
 * register lines and [general] sections, and the list of what pairing reads of its peers (name, host, carrier, field),
 * one text per peer in a list kept by value (see `keptList`), so an edit inside a peer that changes none of those
 * leaves the list, and the pairs, as they were.
 */
function pairingInputs(units: readonly ConfUnit[], workspace: Workspace): unknown[] {
  const inputs: unknown[] = [];
  for (const unit of units) {
    inputs.push(MARK, registerOptions(unit, workspace));
    for (const section of generalSections(unit)) inputs.push(section);
    inputs.push(MARK, sectionShares(unit, PAIRING_KEYS, pairingKey, "inherited"));
  }
  return inputs;
}

/** What pairing reads of one peer section, as one text (undefined: not a peer). */
function pairingKey(unit: ConfUnit, section: PlacedSection): string | undefined {
  const share = peerShare(unit, section);
  return share && [section.name, share.host ?? "\u0001", section.carrierId ?? "\u0001", section.field ?? "\u0001"].join("\u0000");
}

/** The pairs of the register lines of one configuration's units with the peers of those units. */
function pairsWithin(units: readonly ConfUnit[], workspace: Workspace): RegisterPeerPair[] {
  const pairs: RegisterPeerPair[] = [];
  // Built on the first register line: a file of peers alone has none.
  let lookup: PeerLookup | undefined;
  for (const unit of units) {
    for (const register of registerOptions(unit, workspace)) {
      if (!register.line.accepted || !isEffective(register.option, unit)) continue;
      const found = peerFor(register, unit, (lookup ??= configPeerLookup(units)));
      if (found) pairs.push({ register, registerUnit: unit, peer: found.entry.section, peerUnit: found.entry.unit, kind: found.kind });
    }
  }
  return pairs;
}

/** The last peer of a (short) list with this lower-case name. */
function named(list: PeerEntry[], name: string): PeerEntry | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (list[i].section.name.toLowerCase() === name) return list[i];
  return undefined;
}

function peerFor(register: RegisterOption, unit: ConfUnit, lookup: PeerLookup): { entry: PeerEntry; kind: PairKind } | undefined {
  const { line, option } = register;
  const prefix = part(line, "peer")?.value.toLowerCase();
  const host = normaliseHost(part(line, "host")?.value ?? "");
  const carrierId = option.carrierId;
  const fromCarrier = carrierId !== undefined && isVicidialUnit(unit);
  // Candidates: the carrier's own peers for a registration string, every peer of the configuration otherwise.
  const own = fromCarrier ? (lookup.byCarrier.get(carrierId) ?? []).filter((p) => p.unit === unit) : [];
  if (line.grammar === "sip" && prefix) {
    const entry = (fromCarrier ? named(own, prefix) : undefined) ?? lookup.byName.get(prefix);
    return entry ? { entry, kind: "peer-prefix" } : undefined;
  }
  if (fromCarrier) {
    const entries = own.filter((p) => p.section.field === "account_entry");
    if (entries.length === 1) return { entry: entries[0], kind: "carrier" };
    if (entries.length === 0) return undefined;
    const byName = named(entries, host);
    if (byName) return { entry: byName, kind: "carrier" };
    const byHost = entries.filter((p) => p.host === host);
    return byHost.length === 1 ? { entry: byHost[0], kind: "carrier" } : undefined;
  }
  if (host.length === 0) return undefined;
  const byName = lookup.byName.get(host);
  if (byName) return { entry: byName, kind: "host-is-name" };
  const byHost = lookup.byHost.get(host) ?? [];
  return byHost.length === 1 ? { entry: byHost[0], kind: "host-match" } : undefined;
}

// --- Hosts ---

const HOSTS = positionFree({});

/** The peer's effective `host=`, normalised (lower case, no IPv6 brackets); undefined when unset. */
export function hostOf(unit: ConfUnit, section: PlacedSection): string | undefined {
  return sectionFact(unit, HOSTS, section, findHost, "inherited");
}

function findHost(unit: ConfUnit, section: PlacedSection): string | undefined {
  const value = effectiveValue(unit, section, "host");
  return value === undefined ? undefined : normaliseHost(value);
}

export function normaliseHost(host: string): string {
  const trimmed = host.trim().toLowerCase();
  return trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.slice(1, -1) : trimmed;
}

/** A literal IPv4 or IPv6 address (no name to resolve). */
export function isIpAddress(host: string): boolean {
  const h = normaliseHost(host);
  return isIpv4(h) || (h.includes(":") && /^[0-9a-f:.]+$/.test(h));
}

/** A host that names a fixed place: set, not `dynamic`. */
export function isLiteralHost(host: string | undefined): host is string {
  return host !== undefined && host.length > 0 && host !== "dynamic";
}

/** The parent domain of a host name (its last two labels), used to tell a provider's registrar from its proxy. */
function parentDomain(host: string): string {
  return host.split(".").slice(-2).join(".");
}

/**
 * True when two hosts clearly are different places: two different IP addresses, or two host names of different
 * domains. A name and an address cannot be compared without DNS: not clearly different.
 */
export function clearlyDifferentHosts(a: string, b: string): boolean {
  const x = normaliseHost(a);
  const y = normaliseHost(b);
  if (x === y) return false;
  const ipX = isIpAddress(x);
  const ipY = isIpAddress(y);
  if (ipX && ipY) return true;
  if (ipX || ipY) return false;
  return parentDomain(x) !== parentDomain(y);
}
