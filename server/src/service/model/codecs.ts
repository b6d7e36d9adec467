// Codec lists as Asterisk evaluates them (main/format_cap.c `ast_format_cap_update_by_allow_disallow`): the
// `allow=`/`disallow=` lines of a section (model/codec-lines.ts), inherited lines first, applied in file order to
// the list the section starts from (the channel default or [general]); which sections are peers, templates or
// [general]; the results cached per unit. Pure functions of units.
import { ALL_CODEC_NAMES, CHAN_SIP_DEFAULT_CODECS, hasAudio, isAudioCodec, isCodecName } from "../knowledge/codecs";
import { keptCopy } from "../util/lists";
import { baseName, type Dialect } from "./file-kind";
import { effectiveOptions, effectiveValue, generatedIncludeOf, isVicidialUnit, type ConfUnit, type PlacedOption, type PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import { positionFree, sectionFact, unitFact } from "./unit-facts";
import { checkFraming, codecLines, codecVerb, dialectHasCodecs, isAllItem, itemAllows, type CodecItem, type CodecLine } from "./codec-lines";

/** Where a section's codec list starts from before its own lines apply. */
export interface CodecStart {
  codecs: string[];
  /** False when the starting list is a channel default we do not model (iax, generic files). */
  known: boolean;
  /** Plain words for hovers: "chan_sip's default list", "the [general] list". */
  origin: string;
}

export type CodecStepKind = "add" | "remove" | "add-all" | "remove-all" | "skip-unknown" | "skip-framing";

export interface CodecStep {
  line: CodecLine;
  /** Undefined for the reset a parenthesized list does first. */
  item?: CodecItem;
  kind: CodecStepKind;
  /** Lower-case format name for add/remove. */
  codec?: string;
}

export interface CodecEvaluation {
  start: CodecStart;
  lines: CodecLine[];
  steps: CodecStep[];
  /** The final list in Asterisk's order. When `known` is false: the formats certainly on it. */
  codecs: string[];
  /** True when the final list is fully determined (known start, or a `disallow=all` wiped the unknown part). */
  known: boolean;
  /** With an unknown start: formats explicitly removed from that default. */
  removedFromDefault: string[];
}

/** Applies codec lines in order to a starting list. */
export function evaluateCodecLines(lines: readonly CodecLine[], start: CodecStart): CodecEvaluation {
  let codecs = [...start.codecs];
  let known = start.known;
  let removedFromDefault: string[] = [];
  const steps: CodecStep[] = [];
  const addAll = () => {
    for (const name of ALL_CODEC_NAMES) if (!codecs.includes(name)) codecs.push(name);
    known = true;
    removedFromDefault = [];
  };
  const removeAll = () => {
    codecs = [];
    known = true;
    removedFromDefault = [];
  };
  for (const line of lines) {
    if (line.parenthesized) {
      if (line.verb === "allow") removeAll();
      else addAll();
      steps.push({ line, kind: line.verb === "allow" ? "remove-all" : "add-all" });
    }
    for (const item of line.items) {
      const allowing = itemAllows(line, item);
      if (item.framing !== undefined && !checkFraming(item.framing).ok) {
        steps.push({ line, item, kind: "skip-framing" });
        continue;
      }
      if (isAllItem(item)) {
        if (allowing) addAll();
        else removeAll();
        steps.push({ line, item, kind: allowing ? "add-all" : "remove-all" });
        continue;
      }
      if (!isCodecName(item.name)) {
        steps.push({ line, item, kind: "skip-unknown" });
        continue;
      }
      const codec = item.name.toLowerCase();
      if (allowing) {
        if (!codecs.includes(codec)) codecs.push(codec);
        if (removedFromDefault.length > 0) removedFromDefault = removedFromDefault.filter((c) => c !== codec);
      } else {
        codecs = codecs.filter((c) => c !== codec);
        if (!known && !removedFromDefault.includes(codec)) removedFromDefault.push(codec);
      }
      steps.push({ line, item, kind: allowing ? "add" : "remove", codec });
    }
  }
  // The lines are shared with the caller's list (a section fact; neither is ever changed): no copy per evaluation. The
  // lists grown here are kept (a section fact per section) with no room to spare.
  return { start, lines: lines as CodecLine[], steps: keptCopy(steps), codecs: keptCopy(codecs), known, removedFromDefault };
}

// Kinds of per-section facts (model/unit-facts.ts): a unit is rebuilt whenever one of its documents changes.
const SECTION_LINES = positionFree({});
const SECTION_ROLES = positionFree({});
const EVALUATIONS_FROM_DEFAULT = positionFree({});
const EVALUATIONS_FROM_PEER_START = positionFree({});

/** The codec lines of a section with its inherited lines (cached per unit). */
export function sectionCodecLines(unit: ConfUnit, section: PlacedSection): CodecLine[] {
  return sectionFact(unit, SECTION_LINES, section, findSectionCodecLines, "inherited");
}

function findSectionCodecLines(unit: ConfUnit, section: PlacedSection): CodecLine[] {
  return codecLines(effectiveOptions(unit, section), unit.dialect);
}


export type CodecRole = "general" | "peer" | "template";

const PJSIP_OBJECT_TYPES = new Set(["aor", "auth", "identify", "registration", "transport", "global", "system", "domain_alias", "contact", "acl", "phoneprov", "outbound-publish", "inbound-publish", "resource_list"]);

/**
 * What a section is for codec purposes: `general` (the channel-wide list), a `peer` (sip/iax peer, pjsip endpoint,
 * wizard), a `template` (`(!)`), or undefined when it has no codec list of its own (`(+)` additions, pjsip aor ...).
 */
export function codecRole(unit: ConfUnit, section: PlacedSection): CodecRole | undefined {
  return sectionFact(unit, SECTION_ROLES, section, computeRole, "inherited");
}

function computeRole(unit: ConfUnit, section: PlacedSection): CodecRole | undefined {
  if (section.header?.isAppend) return undefined;
  const dialect = unit.dialect;
  if (!dialectHasCodecs(dialect)) return undefined;
  const name = section.name.toLowerCase();
  const template = section.header?.isTemplate === true;
  if ((dialect === "sip" || dialect === "iax") && name === "general" && !template) return "general";
  if (dialect === "sip" && name === "authentication") return undefined;
  if (dialect === "sip" || dialect === "iax") return template ? "template" : "peer";
  const type = effectiveValue(unit, section, "type")?.trim().toLowerCase();
  const hasCodecLines = () => sectionCodecLines(unit, section).length > 0;
  if (dialect === "pjsip" || dialect === "pjsip_wizard") {
    const wanted = dialect === "pjsip" ? "endpoint" : "wizard";
    if (type === wanted) return template ? "template" : "peer";
    if (type === undefined && template && hasCodecLines()) return "template";
    return undefined;
  }
  if (type !== undefined && PJSIP_OBJECT_TYPES.has(type)) return undefined;
  if (!hasCodecLines()) return undefined;
  return template ? "template" : "peer";
}

/** True when two placed sections are one Asterisk category (a section and its `(+)` additions). */
export function sameCategory(a: PlacedSection | undefined, b: PlacedSection | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  return a.name === b.name && (a.header?.isAppend === true || b.header?.isAppend === true);
}

/** The section (not a `(+)` addition) an option's category belongs to. */
export function categoryOf(unit: ConfUnit, section: PlacedSection): PlacedSection {
  if (!section.header?.isAppend) return section;
  let main: PlacedSection | undefined;
  for (const candidate of unit.sections) {
    if (candidate === section) break;
    if (candidate.name === section.name && !candidate.header?.isAppend) main = candidate;
  }
  return main ?? section;
}

function channelDefault(dialect: Dialect): CodecStart {
  if (dialect === "sip") return { codecs: [...CHAN_SIP_DEFAULT_CODECS], known: true, origin: "chan_sip's default list" };
  if (dialect === "pjsip" || dialect === "pjsip_wizard") return { codecs: [], known: true, origin: "an empty list (PJSIP endpoints have no default codecs)" };
  if (dialect === "iax") return { codecs: [], known: false, origin: "chan_iax2's default list" };
  return { codecs: [], known: false, origin: "the channel driver's default list" };
}

/** The first `[general]` of a sip/iax unit (chan_sip and chan_iax2 only read the first one). */
export function generalSection(unit: ConfUnit): PlacedSection | undefined {
  if (unit.dialect !== "sip" && unit.dialect !== "iax") return undefined;
  return unitFact(unit, GENERAL_SECTION, (u) => u.sections.find((s) => codecRole(u, s) === "general"));
}

/** Looked up once per unit: every peer's codec start depends on it. */
const GENERAL_SECTION = {};

/** The evaluation of the unit's `[general]` codec lines, starting from the channel default. */
export function evaluateGeneral(unit: ConfUnit): CodecEvaluation | undefined {
  const general = generalSection(unit);
  if (!general) return undefined;
  return evaluateSection(unit, general, GENERAL_START);
}

/**
 * The main sip.conf/iax.conf unit whose `[general]` holds VICIdial's generated `sip-vicidial.conf` (carrier units are
 * built apart from it, but Asterisk reads them inside it).
 */
export function hostUnitOf(workspace: Workspace | readonly ConfUnit[], unit: ConfUnit): ConfUnit | undefined {
  if (!isVicidialUnit(unit) || (unit.dialect !== "sip" && unit.dialect !== "iax")) return undefined;
  const units = Array.isArray(workspace) ? (workspace as readonly ConfUnit[]) : (workspace as Workspace).units();
  return units.find((u) => u !== unit && u.dialect === unit.dialect && u.isMainFile && generatedIncludeOf(u) !== undefined);
}

/**
 * What a peer of this unit starts from: the `[general]` list for sip/iax (the host's for VICIdial units). Without a
 * host whose [general] has codec lines, this is the unit's own start, the same object each time (see `evaluateSection`).
 */
export function peerStart(unit: ConfUnit, workspace?: Workspace | readonly ConfUnit[]): CodecStart {
  const host = workspace ? hostUnitOf(workspace, unit) : undefined;
  const general = host ? evaluateGeneral(host) : undefined;
  if (host && general && general.lines.length > 0) {
    return { codecs: general.codecs, known: general.known, origin: `the [general] of ${baseName(host.root)} list` };
  }
  return unitFact(unit, UNIT_PEER_START, ownPeerStart);
}

const UNIT_PEER_START = {};

/** The start of a peer read with its own unit only: the unit's [general] list, or the channel default. */
function ownPeerStart(unit: ConfUnit): CodecStart {
  const general = unit.dialect === "sip" || unit.dialect === "iax" ? evaluateGeneral(unit) : undefined;
  if (general && general.lines.length > 0) return { codecs: general.codecs, known: general.known, origin: "the [general] list" };
  return channelDefault(unit.dialect);
}

/**
 * Evaluates a section: its effective lines (inherited first) from the right starting list. Evaluations from the
 * channel default and from the unit's own peer start are kept per unit; from any other start (a host's [general])
 * the section is evaluated anew.
 */
export function evaluateSection(unit: ConfUnit, section: PlacedSection, start?: CodecStart): CodecEvaluation {
  const main = categoryOf(unit, section);
  const fromDefault = start === GENERAL_START || (start === undefined && codecRole(unit, main) === "general");
  if (fromDefault) return sectionFact(unit, EVALUATIONS_FROM_DEFAULT, main, evaluateFromDefault, "inherited");
  if (start === undefined || start === peerStart(unit)) return sectionFact(unit, EVALUATIONS_FROM_PEER_START, main, evaluateFromPeerStart, "general");
  return evaluateCodecLines(sectionCodecLines(unit, main), start);
}

function evaluateFromDefault(unit: ConfUnit, section: PlacedSection): CodecEvaluation {
  return evaluateCodecLines(sectionCodecLines(unit, section), channelDefault(unit.dialect));
}

function evaluateFromPeerStart(unit: ConfUnit, section: PlacedSection): CodecEvaluation {
  return evaluateCodecLines(sectionCodecLines(unit, section), peerStart(unit));
}

/** Marker start: evaluate from the channel default (used for `[general]` itself). */
const GENERAL_START: CodecStart = { codecs: [], known: false, origin: "" };

/** Audio formats of a list. */
export function audioOf(codecs: readonly string[]): string[] {
  return codecs.filter(isAudioCodec);
}

/** Lines of an evaluation that belong to the section's own category (not inherited from templates). */
export function ownLines(unit: ConfUnit, section: PlacedSection, evaluation: CodecEvaluation): CodecLine[] {
  const main = categoryOf(unit, section);
  return evaluation.lines.filter((l) => sameCategory(l.option.section, main));
}

/** `ulaw, alaw` or a short summary for long lists. */
export function describeCodecs(codecs: readonly string[], max = 6): string {
  if (codecs.length === 0) return "nothing";
  if (codecs.length <= max) return codecs.join(", ");
  return `${codecs.slice(0, max).join(", ")} and ${codecs.length - max} more`;
}

/** Plain words for an evaluation's final list, for hovers. */
export function describeEvaluation(evaluation: CodecEvaluation): string {
  if (evaluation.known) {
    if (evaluation.codecs.length === 0) return "no codec at all";
    return `${describeCodecs(evaluation.codecs, 12)}${evaluation.codecs.length > 1 ? " (in this order)" : ""}`;
  }
  const parts = [evaluation.start.origin];
  if (evaluation.codecs.length > 0) parts.push(`plus ${describeCodecs(evaluation.codecs)}`);
  if (evaluation.removedFromDefault.length > 0) parts.push(`without ${describeCodecs(evaluation.removedFromDefault)}`);
  return parts.join(", ");
}

/**
 * True when `option` with its key renamed to `key` would leave a peer (or [general]) that reads the line with a
 * `disallow=all` and no audio codec after it: a misspelt `disallow=all` that only looks harmless because Asterisk
 * ignores it. Rename fixes check this before they are offered.
 */
export function renameWipesAudio(unit: ConfUnit, option: PlacedOption, key: string): boolean {
  if (!codecVerb(unit.dialect, key)) return false;
  const renamed: PlacedOption = { ...option, node: { ...option.node, key } };
  for (const section of unit.sections) {
    if (section.header?.isAppend || section.header?.isTemplate) continue;
    // A section with no codec role yet may get one from the renamed line (a generic file's section, a pjsip one).
    const role = codecRole(unit, section) ?? "peer";
    if (role === "template") continue;
    const options = effectiveOptions(unit, section);
    if (!options.includes(option)) continue;
    const start = role === "general" ? channelDefault(unit.dialect) : peerStart(unit);
    const evaluation = evaluateCodecLines(codecLines(options.map((o) => (o === option ? renamed : o)), unit.dialect), start);
    if (evaluation.steps.some((s) => s.kind === "remove-all") && !hasAudio(evaluation.codecs)) return true;
  }
  return false;
}
