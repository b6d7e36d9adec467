// What dialplan element sits under an offset: an extension pattern, a label, an application, one of its arguments,
// a Dial option letter, a `${...}` reference, a Goto target part, an include, a global definition, a context
// header or a peer named in a channel string. Shared by hover, navigation, completion and signature help.
import { dialplanIndex, type DialplanStep, type GlobalDefinition, type PeerDefinition, type PeerTechnology } from "../model/dialplan";
import { gotoTargets } from "../model/dialplan-values";
import { variableUses, type VariableUse } from "../model/dialplan-variables";
import { parseChannel } from "../model/channel-strings";
import { parseDialOptions, type ParsedOptionLetter } from "../model/dial-options";
import type { Token } from "../parse/dialplan-syntax";
import type { Workspace } from "../model/workspace";
import type { Span } from "../text/span";

export type DialplanTarget =
  | { kind: "pattern"; step: DialplanStep; span: Span }
  | { kind: "label-def"; step: DialplanStep; label: Token }
  | { kind: "application"; step: DialplanStep; span: Span }
  | { kind: "argument"; step: DialplanStep; index: number; span: Span }
  | { kind: "dial-option"; step: DialplanStep; letter: ParsedOptionLetter }
  | { kind: "variable"; step?: DialplanStep; global?: GlobalDefinition; use: VariableUse }
  | { kind: "goto-context"; step: DialplanStep; token: Token }
  | { kind: "goto-extension"; step: DialplanStep; token: Token; context?: string }
  | { kind: "goto-label"; step: DialplanStep; token: Token; context?: string; extension?: string }
  | { kind: "include"; name: string; span: Span; uri: string }
  | { kind: "global-def"; def: GlobalDefinition; span: Span }
  | { kind: "context-def"; name: string; span: Span; uri: string }
  | { kind: "peer-ref"; tech: PeerTechnology; name: string; span: Span; uri: string }
  | { kind: "peer-def"; peer: PeerDefinition; span: Span };

const within = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** Offsets where `name` stands in `resource` as a whole part: after the start, `@` or `/`, before the end, `/`, `:`, `@` or `,`. */
function wholeNameOffsets(resource: string, name: string): number[] {
  const offsets: number[] = [];
  if (name.length === 0) return offsets;
  for (let at = resource.indexOf(name); at >= 0; at = resource.indexOf(name, at + 1)) {
    const before = at === 0 || resource[at - 1] === "@" || resource[at - 1] === "/";
    const after = at + name.length;
    if (before && (after === resource.length || "/:@,".includes(resource[after]))) offsets.push(at);
  }
  return offsets;
}

/** Peers named literally in a channel-string text range (`SIP/peer/...`, `SIP/n@peer`, `IAX2/peer`, `PJSIP/n@endpoint`). */
export function peerMentions(text: string, range: Span): { tech: PeerTechnology; name: string; span: Span }[] {
  const result: { tech: PeerTechnology; name: string; span: Span }[] = [];
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i < range.end && text[i] !== "&") continue;
    const raw = text.slice(start, i);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    const pieceStart = start + lead;
    start = i + 1;
    const channel = parseChannel(piece);
    const tech = channel.tech.toUpperCase();
    if (!channel.peer || (tech !== "SIP" && tech !== "IAX2" && tech !== "PJSIP")) continue;
    const resourceStart = channel.tech.length + 1;
    const resource = piece.slice(resourceStart);
    const found = wholeNameOffsets(resource, channel.peer);
    if (found.length === 0) continue;
    const pick = tech !== "IAX2" && resource.includes("@") && !resource.slice(0, resource.indexOf("@")).includes("/") ? found[found.length - 1] : found[0];
    const at = pieceStart + resourceStart + pick;
    result.push({ tech: tech as PeerTechnology, name: channel.peer, span: { start: at, end: at + channel.peer.length } });
  }
  return result;
}

export function dialplanTargetAt(workspace: Workspace, uri: string, offset: number): DialplanTarget | undefined {
  const text = workspace.document(uri)?.text;
  if (text === undefined) return undefined;
  const index = dialplanIndex(workspace);
  for (const peer of index.peers) {
    if (peer.uri === uri && within(peer.span, offset) && peer.section.header) return { kind: "peer-def", peer, span: peer.span };
  }
  for (const dialplan of index.dialplans) {
    for (const def of dialplan.globals) {
      if (def.uri !== uri) continue;
      if (within(def.nameSpan, offset)) return { kind: "global-def", def, span: def.nameSpan };
      if (within(def.valueSpan, offset)) {
        const use = variableUses(text, def.valueSpan).find((u) => within(u.span, offset) || within(u.whole, offset));
        if (use) return { kind: "variable", global: def, use };
        const peer = peerMentions(text, def.valueSpan).find((p) => within(p.span, offset));
        if (peer) return { kind: "peer-ref", ...peer, uri };
        return undefined;
      }
    }
    for (const context of dialplan.contexts.values()) {
      for (const section of context.sections) {
        if (section.uri === uri && section.header && within(section.header.nameSpan, offset)) return { kind: "context-def", name: context.name, span: section.header.nameSpan, uri };
      }
      for (const include of context.includes) {
        if (include.uri === uri && within(include.span, offset)) return { kind: "include", name: include.name, span: include.span, uri };
      }
    }
    for (const step of dialplan.steps) {
      if (step.uri !== uri || !within(step.option.node.line, offset)) continue;
      return stepTarget(step, text, offset);
    }
  }
  return undefined;
}

function stepTarget(step: DialplanStep, text: string, offset: number): DialplanTarget | undefined {
  if (step.extensionSpan && within(step.extensionSpan, offset)) return { kind: "pattern", step, span: step.extensionSpan };
  const label = step.line.priority?.label;
  if (label && within(label.span, offset)) return { kind: "label-def", step, label };
  const app = step.line.application;
  if (app && within(app.span, offset) && !step.isHint) return { kind: "application", step, span: app.span };
  const range = step.line.argumentsSpan;
  if (!range || offset < range.start || offset > range.end) return undefined;
  const use = variableUses(text, range).find((u) => offset >= u.whole.start && offset < u.whole.end);
  const lower = step.application.trim().toLowerCase();
  if (use && !(lower === "goto" || lower === "gotoif")) return { kind: "variable", step, use };
  if (lower === "goto" || lower === "gotoif") {
    for (const target of gotoTargets(step, text)) {
      if (target.context && within(target.context.span, offset)) return { kind: "goto-context", step, token: target.context };
      if (target.extension && within(target.extension.span, offset)) return { kind: "goto-extension", step, token: target.extension, context: target.context?.text };
      if (within(target.priority.span, offset) && !/^\d+$/.test(target.priority.text.trim()))
        return { kind: "goto-label", step, token: target.priority, context: target.context?.text, extension: target.extension?.text };
    }
    if (use) return { kind: "variable", step, use };
  }
  if (lower === "dial" && step.args[2] && within(step.args[2].span, offset)) {
    const letters = parseDialOptions(step.args[2].text, step.args[2].span.start);
    const end = (l: ParsedOptionLetter) => (l.argumentSpan ? l.argumentSpan.end + 1 : l.at + 1);
    const letter = letters.find((l) => offset >= l.at && offset < end(l)) ?? letters.find((l) => offset === end(l));
    if (letter) return { kind: "dial-option", step, letter };
  }
  if (lower === "dial" && step.args[0] && within(step.args[0].span, offset)) {
    const peer = peerMentions(text, step.args[0].span).find((p) => within(p.span, offset));
    if (peer) return { kind: "peer-ref", ...peer, uri: step.uri };
  }
  const argIndex = step.args.findIndex((a) => within(a.span, offset));
  if (argIndex >= 0) return { kind: "argument", step, index: argIndex, span: step.args[argIndex].span };
  return undefined;
}
