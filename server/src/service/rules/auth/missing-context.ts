// auth/missing-context: a carrier's peer, PJSIP endpoint or wizard without context= (own, inherited or from its conf
// template): inbound calls from the carrier land in Asterisk's `default` context instead of VICIdial's [trunkinbound]
// DID handling. Hand-written sip/iax/pjsip files are only checked for sections that clearly are trunks. What a section
// and its templates say is kept with the section, so an edit re-does only the sections it touched; the unit's list
// (endpoints matched against its identify objects) is a cheap loop over those, and [general] contexts and register
// pairs are joined in per run.
import { objectOf, unitDriver } from "../../model/objects";
import { isTrueWord } from "../../knowledge/options/types";
import { effectiveValue, lastEffectiveOption, type ConfUnit, type PlacedOption, type PlacedSection } from "../../model/units";
import type { Workspace } from "../../model/workspace";
import type { QuickFix, Rule } from "../types";
import { isVicidialUnit } from "../../model/units";
import { indentAt, insertLineAfter } from "../line-edits";
import { generalContextFor, insecureModes } from "./common";
import { hostOf, isLiteralHost, registerPeerPairs } from "../../model/register-peers";
import { generalSections } from "../../model/register-options";
import { isVicidialSystem } from "../../model/vicidial-system";
import { positionFree, unitFact } from "../../model/unit-facts";
import { sectionShare, sectionShares } from "../../model/section-lists";
import { baseName } from "../../model/file-kind";

const INBOUND = "trunkinbound";

interface Data extends Record<string, unknown> {
  /** Offset on the header line; the new line goes right after it. */
  header: number;
  /** The line to insert. */
  insert: string;
  /** The section's own empty `context=` line, whose value is set instead (a line added above it would be overridden). */
  empty?: { uri: string; span: { start: number; end: number } };
}

type Kind = "peer" | "endpoint" | "wizard";

/** A section of a unit that would be a candidate by what its unit alone says, and has no context of its own. */
export interface UnitCandidate {
  section: PlacedSection;
  kind: Kind;
  driver: string;
  /** The key that would give the context: `context`, or `endpoint/context` for a wizard. */
  key: string;
  /** The section's effective line for that key, when it has one (with an empty value). */
  last?: PlacedOption;
  /** A hand-written chan_sip / chan_iax2 peer with a fixed host that is only a trunk when a register line pairs with it. */
  trunkIfPaired: boolean;
}

interface Candidate extends UnitCandidate {
  unit: ConfUnit;
  /** The [general] context the peer falls back to (chan_sip / chan_iax2 only). */
  general?: string;
  /** The system is a VICIdial server: the advice is VICIdial's [trunkinbound]. */
  vicidial: boolean;
}

/** The sections a rule run reports: the per-unit candidates that their configuration's [general] and pairs leave. */
function candidates(workspace: Workspace): Candidate[] {
  const result: Candidate[] = [];
  let paired: Set<PlacedSection> | undefined;
  const isPaired = (section: PlacedSection) => (paired ??= new Set(registerPeerPairs(workspace).map((p) => p.peer))).has(section);
  let onVicidial: boolean | undefined;
  for (const unit of workspace.units()) {
    const found = unitFact(unit, UNIT_CANDIDATES, findUnitCandidates);
    if (found.length === 0) continue;
    const vicidial = isVicidialUnit(unit);
    onVicidial ??= isVicidialSystem(workspace);
    let general: { value: string | undefined } | undefined;
    const generalOf = () => (general ??= { value: generalContextFor(workspace, unit) ?? generalFragmentContext(workspace, unit) }).value;
    for (const candidate of found) {
      if (candidate.kind !== "peer") {
        result.push({ ...candidate, unit, vicidial: onVicidial });
        continue;
      }
      if (candidate.trunkIfPaired && !isPaired(candidate.section)) continue;
      const general = generalOf();
      if (general && general.toLowerCase() !== "default") continue;
      // A hand-written trunk whose [general] is in none of the files given may well get a context from it.
      if (!vicidial && general === undefined && !generalVisible(workspace, unit)) continue;
      result.push({ ...candidate, unit, general, vicidial: onVicidial });
    }
  }
  return result;
}

const UNIT_CANDIDATES = {};
const SECTION_CANDIDATES = positionFree({});
const ENDPOINT_REFERENCES = positionFree({});

/** Peers, endpoints and wizards of a unit without a context that would be candidates by their unit alone, in order. */
function findUnitCandidates(unit: ConfUnit): readonly UnitCandidate[] {
  // A dialplan or a generic file has no peers nor endpoints (see `objectOf`).
  if (!unitDriver(unit)) return [];
  const shares = sectionShares(unit, SECTION_CANDIDATES, findSectionCandidate, "inherited");
  if (isVicidialUnit(unit) || !shares.some((c) => c.kind === "endpoint")) return shares;
  // A hand-written endpoint is a trunk when an identify object or a line registration of the unit names it.
  const referenced = new Set(sectionShares(unit, ENDPOINT_REFERENCES, findEndpointReference, "inherited"));
  return shares.filter((c) => c.kind !== "endpoint" || referenced.has(c.section.name.toLowerCase()));
}

/**
 * A section's share of its unit's candidates: what the section and its templates say (the unit only by its id, which
 * a kept section never changes), so it is kept while they stay the same. Endpoints are not yet matched against the
 * identify objects and registrations of the unit (see `findUnitCandidates`).
 */
export function sectionCandidate(unit: ConfUnit, section: PlacedSection): UnitCandidate | undefined {
  return sectionShare(unit, SECTION_CANDIDATES, section, findSectionCandidate, "inherited");
}

function findSectionCandidate(unit: ConfUnit, section: PlacedSection): UnitCandidate | undefined {
  if (!section.header || section.header.isTemplate || section.header.isAppend) return undefined;
  const vicidial = isVicidialUnit(unit);
  if (vicidial && section.carrierId === undefined) return undefined;
  const info = objectOf(unit, section);
  if (!info || info.special || info.badType) return undefined;
  const type = info.typeValue?.toLowerCase();
  if (info.driver === "sip" || info.driver === "iax") {
    // type=user sections only take calls in by name: not a trunk's peer. No type: peer/missing-type's.
    if (type !== "peer" && type !== "friend") return undefined;
    // A hand-written peer is a trunk with a fixed host and insecure=port/invite, or a registration of its own.
    if (!vicidial && !isLiteralHost(hostOf(unit, section))) return undefined;
    const found = withoutContext(unit, section, "peer", info.driver === "sip" ? "chan_sip" : "chan_iax2");
    if (found) found.trunkIfPaired = !vicidial && !insecureTrunk(unit, section);
    return found;
  }
  if (info.driver === "pjsip") return type === "endpoint" ? withoutContext(unit, section, "endpoint", "PJSIP") : undefined;
  if (info.driver === "pjsip_wizard" && type === "wizard" && (vicidial || wizardTrunk(unit, section))) return withoutContext(unit, section, "wizard", "The PJSIP wizard");
  return undefined;
}

/** The section as a candidate of this kind when it has no context (or an empty one), own or inherited. */
function withoutContext(unit: ConfUnit, section: PlacedSection, kind: Kind, driver: string): UnitCandidate | undefined {
  const key = kind === "wizard" ? "endpoint/context" : "context";
  const last = lastEffectiveOption(unit, section, key);
  return last === undefined || last.node.value.length === 0 ? { section, kind, driver, key, last, trunkIfPaired: false } : undefined;
}

/** True when the unit's driver config has a [general] among the files given (its own, or its main file's). */
function generalVisible(workspace: Workspace, unit: ConfUnit): boolean {
  if (generalSections(unit).size > 0) return true;
  return workspace.units().some((u) => u.isMainFile && u.dialect === unit.dialect && generalSections(u).size > 0);
}

/**
 * With no main file for the driver, FreePBX-style `sip_general_*.conf` / `iax_general_*.conf` fragments (options
 * with no section, included inside [general]) say what [general] holds: their last `context=`.
 */
function generalFragmentContext(workspace: Workspace, unit: ConfUnit): string | undefined {
  let found: string | undefined;
  for (const other of workspace.units()) {
    if (other.dialect !== unit.dialect || other.isMainFile || !/general/i.test(baseName(other.root))) continue;
    for (const option of other.orphans) {
      if (option.node.key.toLowerCase() === "context") found = option.node.value.trim();
    }
  }
  return found;
}

/** insecure=port or invite: a hand-written peer with a fixed host set up to take a provider's calls. */
function insecureTrunk(unit: ConfUnit, section: PlacedSection): boolean {
  return insecureModes(unit, section).some((m) => m === "invite" || m === "port");
}

/** The endpoint an identify object or a line registration names (lower case): a trunk. From the section and its templates. */
function findEndpointReference(unit: ConfUnit, section: PlacedSection): string | undefined {
  const type = objectOf(unit, section)?.typeValue?.toLowerCase();
  if (type !== "identify" && type !== "registration") return undefined;
  return effectiveValue(unit, section, "endpoint")?.toLowerCase() || undefined;
}

/** A wizard that sends calls to fixed remote hosts and does not take registrations: a trunk, not a phone. */
function wizardTrunk(unit: ConfUnit, section: PlacedSection): boolean {
  const remote = effectiveValue(unit, section, "remote_hosts");
  return remote !== undefined && remote.length > 0 && !isTrueWord(effectiveValue(unit, section, "accepts_registrations"));
}

function describe(c: Candidate, key: string): string {
  const what = c.kind === "peer" ? "peer" : c.kind === "endpoint" ? "endpoint" : "wizard";
  const who = c.section.carrierId !== undefined ? `Carrier ${c.section.carrierId}'s ${what} [${c.section.name}]` : `[${c.section.name}]`;
  const fallback = c.general ? ` (the [general] context=${c.general} applies)` : "";
  if (!c.vicidial) {
    return `${who} has no ${key}=${fallback}: ${c.driver} puts inbound calls from this trunk in the 'default' context, which is seldom meant for a carrier's calls (and often reaches more than it should). Add ${key}= naming the context for its inbound calls.`;
  }
  return `${who} has no ${key}=${fallback}: ${c.driver} puts inbound calls from this carrier in the 'default' context, so they miss VICIdial's DID handling in [${INBOUND}] and are not routed to an in-group. Add ${key}=${INBOUND}.`;
}

export const missingContext: Rule = {
  code: "auth/missing-context",
  area: "auth",
  severity: "warning",
  summary: "A carrier's peer, PJSIP endpoint or wizard has no context= (or a hand-written trunk has none and [general] does not set one): inbound calls land in the 'default' context instead of VICIdial's [trunkinbound] DID handling.",
  // Peer-driver units (register pairs: sip, iax) and whether the system is a VICIdial one, for the message and fix.
  workspaceReads: ["sip", "iax", "pjsip", "pjsip_wizard", "vicidial-system"],
  checkWorkspace(workspace, ctx) {
    for (const c of candidates(workspace)) {
      const { key, last } = c;
      const header = c.section.header!;
      let data: Data | undefined;
      // Only VICIdial has a context every trunk's inbound calls should use; elsewhere the user picks one.
      if (c.vicidial && c.section.header && workspace.canAddLineAfter(c.section.uri, c.section.header.line.start)) {
        const text = workspace.document(c.section.uri)?.text ?? "";
        const first = c.section.options.find((o) => o.uri === c.section.uri);
        const indent = first ? indentAt(text, first.node.line.start) : "";
        data = { header: header.line.start, insert: `${indent}${key}=${INBOUND}` };
        if (last && isOwn(c.section, last)) data.empty = { uri: last.uri, span: last.node.valueSpan };
      }
      ctx.report({ uri: c.section.uri, span: header.nameSpan, message: describe(c, key), data });
    }
  },
  fix(finding, ctx): QuickFix[] {
    const data = finding.data as Data | undefined;
    const text = ctx.textOf(finding.uri);
    if (!data || text === undefined) return [];
    if (data.empty) {
      const value = data.insert.trim().slice(data.insert.trim().indexOf("=") + 1);
      return [{ title: `Set '${data.insert.trim()}'`, isPreferred: true, edits: [{ uri: data.empty.uri, span: data.empty.span, newText: value }] }];
    }
    return [{ title: `Add '${data.insert.trim()}'`, isPreferred: true, edits: [insertLineAfter(finding.uri, text, data.header, data.insert)] }];
  },
};

/** A line of the section itself (or of a `(+)` addition to it), not one inherited from a template. */
function isOwn(section: PlacedSection, option: PlacedOption): boolean {
  const owner = option.section;
  return owner === section || (owner !== undefined && owner.name === section.name && owner.header?.isAppend === true);
}
