// Shared by the `auth` rules: what a peer's effective options say about how it authenticates, and how a
// register/peer pair is named in messages. The pairing itself and the host comparisons are model/register-peers.ts.
import type { RelatedLocation } from "../types";
import { effectiveOptions, effectiveValue, type ConfUnit, type PlacedSection } from "../../model/units";
import type { Workspace } from "../../model/workspace";
import { part } from "../../model/register-line";
import { secretsOf } from "../../secrets";
import { quotePart } from "../register/common";
import { driverConfigs, generalValue } from "../../model/register-options";
import { normaliseHost, type RegisterPeerPair } from "../../model/register-peers";
import { positionFree, sectionFact, unitFact } from "../../model/unit-facts";
import { sectionShares } from "../../model/section-lists";
import { weakMemo } from "../../util/weak-memo";

// --- What a peer's effective options say ---------------------------------------------------------------------------

/** Keys that give a chan_sip / chan_iax2 peer a credential of its own. */
const CREDENTIAL_KEYS = new Set(["secret", "md5secret", "remotesecret", "dbsecret", "outkey", "auth"]);

// Each answer below depends on the peer's unit alone, so it is kept with the unit (model/unit-facts.ts).
const CREDENTIALS = positionFree({});
const INSECURE_MODES = positionFree({});
const FROM_DOMAINS = positionFree({});

/**
 * True when the peer has some credential: a secret of any kind, a realm credential, an RSA key. Asked of every peer
 * a register line pairs with (thousands per edit of a large sip.conf), and most peers have one: a look-up in the
 * unit's set of sections without any, rather than a section fact per peer.
 */
export function hasCredentials(unit: ConfUnit, section: PlacedSection): boolean {
  return !credentialFreeSections(unit).has(section);
}

/** The sections of a unit with no credential, own or inherited: a set per list of section shares (see below). */
function credentialFreeSections(unit: ConfUnit): ReadonlySet<PlacedSection> {
  return unitFact(unit, CREDENTIAL_FREE, findCredentialFree);
}

/** Passed to `unitFact` as it is (a closure made per look-up would be one allocation per register/peer pair). */
function findCredentialFree(unit: ConfUnit): ReadonlySet<PlacedSection> {
  return setOf(sectionShares(unit, CREDENTIAL_FREE_SHARES, credentialFreeShare, "inherited"));
}

/** A section's share of that set: the section itself when it has no credential (kept while it and its templates are). */
function credentialFreeShare(unit: ConfUnit, section: PlacedSection): PlacedSection | undefined {
  return sectionFact(unit, CREDENTIALS, section, findCredentials, "inherited") ? undefined : section;
}

const CREDENTIAL_FREE = {};
const CREDENTIAL_FREE_SHARES = positionFree({});

/** The set of a shares list, made once per list object: a rebuilt unit whose shares did not change keeps its list. */
const setOf = weakMemo((sections: readonly PlacedSection[]): ReadonlySet<PlacedSection> => new Set(sections));

function findCredentials(unit: ConfUnit, section: PlacedSection): boolean {
  return effectiveOptions(unit, section).some((o) => {
    const key = o.node.key.trim().toLowerCase();
    if (!CREDENTIAL_KEYS.has(key) || o.node.value.trim().length === 0) return false;
    // chan_iax2 `auth=md5,rsa` lists methods; only chan_sip's `auth=user:secret@realm` is a credential.
    if (key === "auth") return secretsOf(key, o.node.value).length > 0;
    if (key === "outkey") return unit.dialect === "iax";
    return true;
  });
}

/** The words of the effective `insecure=` (lower case), e.g. `["port", "invite"]`. Shared: do not change the list. */
export function insecureModes(unit: ConfUnit, section: PlacedSection): readonly string[] {
  return sectionFact(unit, INSECURE_MODES, section, findInsecureModes, "inherited");
}

function findInsecureModes(unit: ConfUnit, section: PlacedSection): string[] {
  const value = effectiveValue(unit, section, "insecure");
  if (!value) return [];
  return value
    .toLowerCase()
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/** True when `insecure=` lists `invite` (calls are taken without a challenge). */
export function insecureInvite(unit: ConfUnit, section: PlacedSection): boolean {
  return insecureModes(unit, section).includes("invite");
}

/** `fromdomain` without its `:port`. */
export function fromDomainOf(unit: ConfUnit, section: PlacedSection): string | undefined {
  return sectionFact(unit, FROM_DOMAINS, section, findFromDomain, "inherited");
}

function findFromDomain(unit: ConfUnit, section: PlacedSection): string | undefined {
  const value = effectiveValue(unit, section, "fromdomain");
  if (!value) return undefined;
  return normaliseHost(value.replace(/:\d*$/, ""));
}

/** How the peer of a pair is named in a message after the register line's carrier was named. */
export function peerLabel(pair: RegisterPeerPair): string {
  const section = pair.peer;
  if (section.carrierId !== undefined && section.carrierId === pair.register.option.carrierId) return `its peer [${section.name}]`;
  return section.carrierId !== undefined ? `carrier ${section.carrierId}'s peer [${section.name}]` : `peer [${section.name}]`;
}

/** The start of a message: who registers where. */
export function whoRegisters(pair: RegisterPeerPair): string {
  const host = quotePart(part(pair.register.line, "host"), "the provider");
  const carrierId = pair.register.option.carrierId;
  return carrierId !== undefined ? `Carrier ${carrierId} registers to ${host}` : `This line registers to ${host}`;
}

/** The related location both register/peer rules point at: the peer's header. */
export function peerRelated(pair: RegisterPeerPair): RelatedLocation[] | undefined {
  const peer = pair.peer;
  return peer.header ? [{ uri: peer.uri, span: peer.header.nameSpan, message: `[${peer.name}], the peer this registration belongs to` }] : undefined;
}

/** The `context=` a chan_sip / chan_iax2 peer falls back to: the [general] one of the configuration it is loaded in. */
export function generalContextFor(workspace: Workspace, unit: ConfUnit): string | undefined {
  for (const config of driverConfigs(workspace)) {
    if (!config.units.includes(unit)) continue;
    const from = config.main ?? unit;
    return generalValue(from, "context")?.trim();
  }
  return undefined;
}
