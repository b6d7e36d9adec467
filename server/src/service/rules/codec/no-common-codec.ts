// codec/no-common-codec: a peer or carrier whose final codec list shares no audio codec with what it is meant to
// talk to: the template it replaced, the [general] list, or the phones of the workspace.
import { audioOf, describeCodecs, evaluateGeneral, evaluateSection, hostUnitOf, ownLines, peerStart, type CodecEvaluation, type CodecStart } from "../../model/codecs";
import { dialectHasCodecs } from "../../model/codec-lines";
import { effectiveValue, findBase, sectionAnchor, type ConfUnit, type PlacedSection } from "../../model/units";
import type { RelatedLocation, Rule } from "../types";
import { codecSubjects, isVicidialTemplateSection, subjectLabel } from "./shared";

interface Peer {
  unit: ConfUnit;
  section: PlacedSection;
  label: string;
  evaluation: CodecEvaluation;
  audio: string[];
  isCarrier: boolean;
  isPhone: boolean;
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
    const peers: Peer[] = [];
    const units = workspace.units();
    const starts = new Map<ConfUnit, CodecStart>();
    const generals = new Map<ConfUnit, General | undefined>();
    for (const unit of units) {
      if (!dialectHasCodecs(unit.dialect)) continue;
      const start = peerStart(unit, units);
      starts.set(unit, start);
      for (const subject of codecSubjects(unit)) {
        if (subject.role !== "peer" || isVicidialTemplateSection(subject.section)) continue;
        const evaluation = evaluateSection(unit, subject.section, start);
        peers.push({ unit, section: subject.section, label: subjectLabel(unit, subject), evaluation, audio: audioOf(evaluation.codecs), ...classify(unit, subject.section) });
      }
    }
    const phones = peers.filter((p) => p.isPhone && p.evaluation.known && p.audio.length > 0);
    const phoneAudio = [...new Set(phones.flatMap((p) => p.audio))];
    for (const peer of peers) {
      if (!peer.evaluation.known || peer.audio.length === 0) continue;
      const reasons: { message: string; related: RelatedLocation[] }[] = [];
      const offers = describeCodecs(peer.audio);
      const capital = peer.label.charAt(0).toUpperCase() + peer.label.slice(1);
      if (peer.isCarrier && phones.length > 0 && disjoint(peer.audio, phoneAudio)) {
        reasons.push({
          message: `${capital} offers only ${offers}, and no phone in the workspace allows any of these (phones allow ${describeCodecs(phoneAudio)})`,
          related: phones.slice(0, MAX_RELATED).map((p) => located(p.section, `Phone '${p.section.name}' allows ${describeCodecs(p.audio)}`)),
        });
      }
      const replacedList = peer.evaluation.steps.some((s) => s.kind === "remove-all");
      if (!generals.has(peer.unit)) generals.set(peer.unit, generalOf(units, peer.unit));
      const general = generals.get(peer.unit);
      if (general && replacedList) {
        const generalAudio = audioOf(general.evaluation.codecs);
        if (disjoint(peer.audio, generalAudio)) {
          reasons.push({
            message: `${capital} replaces the [general] codec list (${describeCodecs(generalAudio)}) with ${offers}, with nothing in common`,
            related: [located(general.section, `[general] allows ${describeCodecs(generalAudio)}`)],
          });
        }
      }
      const ownReset = ownLines(peer.unit, peer.section, peer.evaluation).length > 0 && ownReplaces(peer);
      for (const base of peer.section.header?.bases ?? []) {
        const template = findBase(peer.unit, peer.section, base.text);
        if (!template || !ownReset) continue;
        const templateEvaluation = evaluateSection(peer.unit, template, starts.get(peer.unit));
        const templateAudio = audioOf(templateEvaluation.codecs);
        if (ownLines(peer.unit, template, templateEvaluation).length === 0 || !templateEvaluation.known || templateEvaluation.lines.length === 0) continue;
        if (templateAudio.length === 0 || !disjoint(peer.audio, templateAudio)) continue;
        reasons.push({
          message: `${capital} replaces the codecs of its template '${template.name}' (${describeCodecs(templateAudio)}) with ${offers}, with nothing in common`,
          related: [located(template, `Template '${template.name}' allows ${describeCodecs(templateAudio)}`)],
        });
      }
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
  },
};

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

/** Whether the peer's own lines (not its templates') empty the list before allowing their own codecs. */
function ownReplaces(peer: Peer): boolean {
  const own = ownLines(peer.unit, peer.section, peer.evaluation);
  return peer.evaluation.steps.some((s) => s.kind === "remove-all" && own.includes(s.line));
}

interface General {
  section: PlacedSection;
  evaluation: CodecEvaluation;
}

function generalOf(units: readonly ConfUnit[], unit: ConfUnit): General | undefined {
  const host = hostUnitOf(units, unit);
  for (const candidate of host ? [host, unit] : [unit]) {
    const evaluation = evaluateGeneral(candidate);
    const section = candidate.sections.find((s) => s.name.toLowerCase() === "general" && !s.header?.isAppend && !s.header?.isTemplate);
    if (evaluation && section && evaluation.lines.length > 0 && evaluation.known && audioOf(evaluation.codecs).length > 0) return { section, evaluation };
  }
  return undefined;
}

function disjoint(a: readonly string[], b: readonly string[]): boolean {
  return b.length > 0 && !a.some((codec) => b.includes(codec));
}

function located(section: PlacedSection, message: string): RelatedLocation {
  return { uri: section.uri, span: sectionAnchor(section) ?? { start: 0, end: 0 }, message };
}
