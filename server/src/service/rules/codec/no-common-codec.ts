// codec/no-common-codec: a peer or carrier whose final codec list shares no audio codec with what it is meant to
// talk to: the template it replaced, the [general] list, or the phones of the workspace. What a unit's own
// configuration says ([general], templates) is kept with the unit (model/unit-facts.ts); each run only compares the
// carriers with the phones of the whole workspace.
import { audioOf, describeCodecs, evaluateGeneral, evaluateSection, hostUnitOf, ownLines, peerStart, type CodecEvaluation, type CodecStart } from "../../model/codecs";
import { hasAudio } from "../../knowledge/codecs";
import { keptCopy } from "../../util/lists";
import { dialectHasCodecs } from "../../model/codec-lines";
import { effectiveValue, findBase, sectionAnchor, type ConfUnit, type PlacedSection } from "../../model/units";
import type { RelatedLocation, Rule } from "../types";
import { codecSubject, isVicidialTemplateSection, subjectLabel } from "./shared";
import { positionFree, sectionFact, unitFact } from "../../model/unit-facts";
import { sectionShares } from "../../model/section-lists";

/** A peer section with a codec list of its own, and what the rule reads of it that depends on its unit alone. */
interface PeerSection {
  section: PlacedSection;
  label: string;
  isCarrier: boolean;
  isPhone: boolean;
}

/** A peer with a known final codec list that has audio in it (the only ones the rule looks at). */
interface Peer extends PeerSection {
  audio: string[];
  /** Reasons found within the peer's configuration ([general], its templates), in the order they are reported. */
  reasons: Reason[];
}

interface Reason {
  message: string;
  related: RelatedLocation[];
}

/** What the rule finds in one unit before the phones of the whole workspace are known. */
interface UnitCheck {
  /** Phones and peers with reasons of their own, in order: all there is to look at while the workspace has no phone. */
  notable: readonly Peer[];
  /** Every peer with a known list that has audio, in order (compared with the phones when the workspace has some). */
  peers: () => readonly Peer[];
}

const MAX_RELATED = 3;

export const noCommonCodec: Rule = {
  code: "codec/no-common-codec",
  area: "codec",
  severity: "warning",
  summary:
    "A peer or carrier whose final codec list shares no audio codec with its template, with [general], or (for carriers) with the phones: calls connect but carry no audio unless Asterisk transcodes.",
  // Every unit with codec lines (all but extensions).
  workspaceReads: ["sip", "iax", "pjsip", "pjsip_wizard", "generic"],
  checkWorkspace(workspace, ctx) {
    const units = workspace.units();
    const checks = units.filter((unit) => dialectHasCodecs(unit.dialect)).map((unit) => unitCheck(unit, units));
    const phones = checks.flatMap((check) => check.notable.filter((peer) => peer.isPhone));
    const phoneAudio = [...new Set(phones.flatMap((p) => p.audio))];
    for (const check of checks) {
      // With phones every peer is looked at: one that is no carrier and has no reason of its own has nothing to report.
      for (const peer of phones.length > 0 ? check.peers() : check.notable) {
        const reasons = peer.isCarrier && disjoint(peer.audio, phoneAudio) ? [phoneReason(peer, phones, phoneAudio), ...peer.reasons] : peer.reasons;
        if (reasons.length === 0) continue;
        const anchor = sectionAnchor(peer.section);
        if (!anchor) continue;
        ctx.report({
          uri: peer.section.uri,
          span: anchor,
          message: `${reasons[0].message}: calls connect but must be transcoded, and without a translator for these codecs they have no audio. Allow at least one shared codec (ulaw is the usual choice).`,
          related: reasons.flatMap((r) => r.related),
        });
      }
    }
  },
};

function phoneReason(peer: Peer, phones: readonly Peer[], phoneAudio: readonly string[]): Reason {
  return {
    message: `${capitalised(peer.label)} offers only ${describeCodecs(peer.audio)}, and no phone in the workspace allows any of these (phones allow ${describeCodecs(phoneAudio)})`,
    related: phones.slice(0, MAX_RELATED).map((p) => located(p.section, `Phone '${p.section.name}' allows ${describeCodecs(p.audio)}`)),
  };
}

const UNIT_CHECK = {};
const PEER = positionFree({});
const PEERS = positionFree({});
const NOTABLE = positionFree({});

/**
 * The unit's share of the check. When its peers start from the unit's own list (no host file whose [general] has
 * codec lines) each peer depends on its section, its templates and the unit's [general] alone, so it is a section
 * fact (an edit re-does only the peers it touched) and the unit's lists are section shares: the short list of
 * notable peers on every run, the list of every peer only when the workspace has phones (the usual carrier, neither
 * phone nor reason, is not even looked at).
 */
function unitCheck(unit: ConfUnit, units: readonly ConfUnit[]): UnitCheck {
  const start = peerStart(unit, units);
  if (start === peerStart(unit)) return unitFact(unit, UNIT_CHECK, ownStartCheck);
  const general = generalOf(units, unit);
  const peers: Peer[] = [];
  for (const section of unit.sections) {
    const peerSection = peerSectionOf(unit, section);
    const peer = peerSection && checkPeer(unit, peerSection, start, general);
    if (peer) peers.push(peer);
  }
  return { notable: peers.filter(isNotable), peers: () => peers };
}

function ownStartCheck(unit: ConfUnit): UnitCheck {
  return { notable: sectionShares(unit, NOTABLE, notablePeer, "general"), peers: () => sectionShares(unit, PEERS, ownStartPeer, "general") };
}

/** A peer as it reads its own unit's [general] (see `unitCheck`). */
function ownStartPeer(unit: ConfUnit, section: PlacedSection): Peer | undefined {
  return sectionFact(unit, PEER, section, findOwnStartPeer, "general");
}

function findOwnStartPeer(unit: ConfUnit, section: PlacedSection): Peer | undefined {
  const peerSection = peerSectionOf(unit, section);
  return peerSection && checkPeer(unit, peerSection, peerStart(unit), ownGeneral(unit));
}

function notablePeer(unit: ConfUnit, section: PlacedSection): Peer | undefined {
  const peer = ownStartPeer(unit, section);
  return peer && isNotable(peer) ? peer : undefined;
}

/** A phone, or a peer with a reason of its own. */
function isNotable(peer: Peer): boolean {
  return peer.isPhone || peer.reasons.length > 0;
}

/** The peer with its final list and its own reasons; undefined when the list is unknown or has no audio. */
function checkPeer(unit: ConfUnit, peerSection: PeerSection, start: CodecStart, general: General | undefined): Peer | undefined {
  const evaluation = evaluateSection(unit, peerSection.section, start);
  // Kept with the peer (a section share): a list of the exact size.
  const audio = keptCopy(audioOf(evaluation.codecs));
  if (!evaluation.known || audio.length === 0) return undefined;
  const peer: Peer = { ...peerSection, audio, reasons: [] };
  const generalReason = general && replacesList(evaluation) ? replacedGeneral(peer, general) : undefined;
  if (generalReason) peer.reasons.push(generalReason);
  if (ownLinesReset(unit, peer.section, evaluation)) peer.reasons.push(...replacedTemplates(unit, peer, start));
  return peer;
}

/** A `disallow=all` (or the like) empties the list the peer starts from. */
function replacesList(evaluation: CodecEvaluation): boolean {
  return evaluation.steps.some((s) => s.kind === "remove-all");
}

/** Whether the peer's own lines (not its templates') empty the list before allowing their own codecs. */
function ownLinesReset(unit: ConfUnit, section: PlacedSection, evaluation: CodecEvaluation): boolean {
  // Only a peer with templates can replace their codecs.
  if (!section.header?.bases.length) return false;
  const own = ownLines(unit, section, evaluation);
  return own.length > 0 && evaluation.steps.some((s) => s.kind === "remove-all" && own.includes(s.line));
}

function replacedGeneral(peer: Peer, general: General): Reason | undefined {
  const generalAudio = audioOf(general.evaluation.codecs);
  if (!disjoint(peer.audio, generalAudio)) return undefined;
  return {
    message: `${capitalised(peer.label)} replaces the [general] codec list (${describeCodecs(generalAudio)}) with ${describeCodecs(peer.audio)}, with nothing in common`,
    related: [located(general.section, `[general] allows ${describeCodecs(generalAudio)}`)],
  };
}

function replacedTemplates(unit: ConfUnit, peer: Peer, start: CodecStart): Reason[] {
  const reasons: Reason[] = [];
  for (const base of peer.section.header?.bases ?? []) {
    const template = findBase(unit, peer.section, base.text);
    if (!template) continue;
    const templateEvaluation = evaluateSection(unit, template, start);
    const templateAudio = audioOf(templateEvaluation.codecs);
    if (ownLines(unit, template, templateEvaluation).length === 0 || !templateEvaluation.known || templateEvaluation.lines.length === 0) continue;
    if (templateAudio.length === 0 || !disjoint(peer.audio, templateAudio)) continue;
    reasons.push({
      message: `${capitalised(peer.label)} replaces the codecs of its template '${template.name}' (${describeCodecs(templateAudio)}) with ${describeCodecs(peer.audio)}, with nothing in common`,
      related: [located(template, `Template '${template.name}' allows ${describeCodecs(templateAudio)}`)],
    });
  }
  return reasons;
}

function capitalised(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const PEER_SECTION = positionFree({});

/** The section as a peer with a codec list (VICIdial templates no carrier uses left out); reads its templates. */
function peerSectionOf(unit: ConfUnit, section: PlacedSection): PeerSection | undefined {
  return sectionFact(unit, PEER_SECTION, section, findPeerSection, "inherited");
}

function findPeerSection(unit: ConfUnit, section: PlacedSection): PeerSection | undefined {
  const subject = codecSubject(unit, section);
  if (subject?.role !== "peer" || isVicidialTemplateSection(section)) return undefined;
  return { section, label: subjectLabel(unit, subject), ...classify(unit, section) };
}

function classify(unit: ConfUnit, section: PlacedSection): { isCarrier: boolean; isPhone: boolean } {
  const value = (key: string) => effectiveValue(unit, section, key)?.trim().toLowerCase();
  const context = value("context") ?? value("endpoint/context");
  const host = value("host");
  const inbound = context === "trunkinbound";
  const fromCarrier = section.carrierId !== undefined;
  const remoteHost = (host !== undefined && host !== "dynamic" && host.length > 0) || (value("remote_hosts") ?? "").length > 0;
  const isCarrier = fromCarrier || inbound || remoteHost;
  const isPhone = !isCarrier && (unit.dialect === "sip" || unit.dialect === "iax") && host === "dynamic";
  return { isCarrier, isPhone };
}

interface General {
  section: PlacedSection;
  evaluation: CodecEvaluation;
}

function generalOf(units: readonly ConfUnit[], unit: ConfUnit): General | undefined {
  const host = hostUnitOf(units, unit);
  return (host ? ownGeneral(host) : undefined) ?? ownGeneral(unit);
}

const OWN_GENERAL = {};

/** The unit's [general] when it has codec lines giving a known list with audio in it. */
function ownGeneral(unit: ConfUnit): General | undefined {
  return unitFact(unit, OWN_GENERAL, (u) => {
    const evaluation = evaluateGeneral(u);
    const section = u.sections.find((s) => s.name.toLowerCase() === "general" && !s.header?.isAppend && !s.header?.isTemplate);
    if (evaluation && section && evaluation.lines.length > 0 && evaluation.known && hasAudio(evaluation.codecs)) return { section, evaluation };
    return undefined;
  });
}

function disjoint(a: readonly string[], b: readonly string[]): boolean {
  return b.length > 0 && !a.some((codec) => b.includes(codec));
}

function located(section: PlacedSection, message: string): RelatedLocation {
  return { uri: section.uri, span: sectionAnchor(section) ?? { start: 0, end: 0 }, message };
}
