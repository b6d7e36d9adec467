// Go to definition and find references across files (rename: rename.ts): globals (and variables set with
// Set()), contexts (headers, includes, Goto targets, peers' context=), labels (and the Gotos that jump to them) and
// peers/endpoints (sections, and the channel strings in globals and Dials), PJSIP objects (pjsip-navigation.ts).
// Plain {uri, span} data out.
import { dialplanIndex, findMatch, type DialplanExtension, type DialplanIndex, type PeerTechnology } from "../model/dialplan";
import { gotoTargets, isDynamic } from "../model/dialplan-values";
import { variablesSetBy, variableUses } from "../model/dialplan-variables";
import type { Workspace } from "../model/workspace";
import type { Span } from "../text/span";
import { dialplanTargetAt, peerMentions } from "./dialplan-locate";
import { pjsipDefinitions, pjsipObjectAt, pjsipReferences, type PjsipObjectRef } from "./pjsip-navigation";

export interface SymbolLocation {
  uri: string;
  span: Span;
}

export type NavSymbol =
  | { kind: "variable"; name: string }
  | { kind: "context"; name: string }
  | { kind: "label"; label: string; extension: DialplanExtension }
  | { kind: "peer"; tech: PeerTechnology; name: string }
  /** A PJSIP object of pjsip.conf (an aor, auth, transport ...), seen from `uri` (its load group). */
  | { kind: "pjsip-object"; ref: PjsipObjectRef; uri: string };

export interface SymbolAt {
  symbol: NavSymbol;
  span: Span;
}

const PEER_DIALECTS: Record<string, PeerTechnology> = { sip: "SIP", iax: "IAX2", pjsip: "PJSIP", pjsip_wizard: "PJSIP" };

/** The symbol under the cursor, and the span of its name there. */
export function symbolAt(workspace: Workspace, uri: string, offset: number): SymbolAt | undefined {
  const target = dialplanTargetAt(workspace, uri, offset);
  const index = dialplanIndex(workspace);
  if (target) {
    switch (target.kind) {
      case "global-def":
        return { symbol: { kind: "variable", name: target.def.name }, span: target.span };
      case "variable":
        if (target.use.name === "EXTEN") return undefined;
        return { symbol: { kind: "variable", name: target.use.name }, span: target.use.span };
      case "context-def":
      case "include":
        return { symbol: { kind: "context", name: target.name }, span: target.span };
      case "goto-context":
        return isDynamic(target.token.text) ? undefined : { symbol: { kind: "context", name: target.token.text }, span: target.token.span };
      case "label-def":
        return target.step.extension ? { symbol: { kind: "label", label: target.label.text, extension: target.step.extension }, span: target.label.span } : undefined;
      case "goto-label": {
        const dialplan = index.dialplans.find((d) => d.steps.includes(target.step));
        if (!dialplan || isDynamic(target.token.text)) return undefined;
        const contextName = target.context ?? target.step.context.name;
        const ext = target.extension ? findMatch(index, dialplan, contextName, target.extension)?.extension : target.step.extension;
        return ext ? { symbol: { kind: "label", label: target.token.text.trim(), extension: ext }, span: target.token.span } : undefined;
      }
      case "peer-ref":
        return { symbol: { kind: "peer", tech: target.tech, name: target.name }, span: target.span };
      case "peer-def":
        return { symbol: { kind: "peer", tech: target.peer.tech, name: target.peer.name }, span: target.span };
      case "argument": {
        // Set(NAME=...) / Read(NAME,...): the variable being set.
        const text = workspace.document(uri)?.text ?? "";
        const set = variablesSetBy(target.step, text).find((s) => offset >= s.span.start && offset <= s.span.end);
        if (set) return { symbol: { kind: "variable", name: set.name }, span: set.span };
        return undefined;
      }
      default:
        return undefined;
    }
  }
  const object = pjsipObjectAt(workspace, uri, offset);
  if (object) return { symbol: { kind: "pjsip-object", ref: object.ref, uri }, span: object.span };
  // `context=` of a peer points at a dialplan context.
  for (const unit of workspace.unitsContaining(uri)) {
    if (!PEER_DIALECTS[unit.dialect]) continue;
    for (const section of unit.sections) {
      for (const option of section.options) {
        if (option.uri !== uri || option.node.key.trim().toLowerCase() !== "context") continue;
        const v = option.node.valueSpan;
        if (offset >= v.start && offset <= v.end && option.node.value.length > 0) return { symbol: { kind: "context", name: option.node.value.trim() }, span: v };
      }
    }
  }
  return undefined;
}

function samePeer(tech: PeerTechnology, a: string, b: string): boolean {
  return tech === "SIP" ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function definitionsOf(workspace: Workspace, index: DialplanIndex, symbol: NavSymbol): SymbolLocation[] {
  switch (symbol.kind) {
    case "variable": {
      const result: SymbolLocation[] = index.globalsNamed(symbol.name).map((g) => ({ uri: g.uri, span: g.nameSpan }));
      for (const dialplan of index.dialplans) {
        for (const step of dialplan.steps) {
          const text = workspace.document(step.uri)?.text;
          if (text === undefined) continue;
          for (const set of variablesSetBy(step, text)) if (set.name === symbol.name) result.push({ uri: step.uri, span: set.span });
        }
      }
      return result;
    }
    case "context":
      return index.dialplans.flatMap((d) => d.contexts.get(symbol.name)?.sections ?? []).flatMap((s) => (s.header ? [{ uri: s.uri, span: s.header.nameSpan }] : []));
    case "label":
      return symbol.extension.steps.filter((s) => s.label?.text === symbol.label).map((s) => ({ uri: s.uri, span: s.label!.span }));
    case "peer":
      return index.peers.filter((p) => p.tech === symbol.tech && samePeer(symbol.tech, p.name, symbol.name)).map((p) => ({ uri: p.uri, span: p.span }));
    case "pjsip-object":
      return pjsipDefinitions(workspace, symbol.uri, symbol.ref);
  }
}

export function referencesOf(workspace: Workspace, index: DialplanIndex, symbol: NavSymbol): SymbolLocation[] {
  const textOf = (uri: string) => workspace.document(uri)?.text;
  switch (symbol.kind) {
    case "variable":
      return variableReferences(index, symbol.name, textOf);
    case "context":
      return contextReferences(workspace, index, symbol.name, textOf);
    case "label":
      return labelReferences(index, symbol.extension, symbol.label, textOf);
    case "peer":
      return peerReferences(workspace, index, symbol.tech, symbol.name, textOf);
    case "pjsip-object":
      return pjsipReferences(workspace, symbol.uri, symbol.ref);
  }
}

type TextOf = (uri: string) => string | undefined;

/** `${NAME}` uses in steps and in the values of globals. */
function variableReferences(index: DialplanIndex, name: string, textOf: TextOf): SymbolLocation[] {
  const result: SymbolLocation[] = [];
  for (const dialplan of index.dialplans) {
    for (const step of dialplan.steps) {
      const text = textOf(step.uri);
      if (text === undefined) continue;
      for (const use of variableUses(text, step.option.node.valueSpan)) if (use.name === name) result.push({ uri: step.uri, span: use.span });
    }
    for (const g of dialplan.globals) {
      const text = textOf(g.uri);
      if (text === undefined) continue;
      for (const use of variableUses(text, g.valueSpan)) if (use.name === name) result.push({ uri: g.uri, span: use.span });
    }
  }
  return result;
}

/** `include =>` lines, Goto targets naming the context, and the `context=` of peers. */
function contextReferences(workspace: Workspace, index: DialplanIndex, name: string, textOf: TextOf): SymbolLocation[] {
  const result: SymbolLocation[] = [];
  for (const dialplan of index.dialplans) {
    for (const context of dialplan.contexts.values()) for (const include of context.includes) if (include.name === name) result.push({ uri: include.uri, span: include.span });
    for (const step of dialplan.steps) {
      if (!/^goto(if)?$/i.test(step.application.trim())) continue;
      const text = textOf(step.uri);
      if (text === undefined) continue;
      for (const target of gotoTargets(step, text)) if (target.context?.text === name) result.push({ uri: step.uri, span: target.context.span });
    }
  }
  for (const unit of workspace.units()) {
    if (!PEER_DIALECTS[unit.dialect]) continue;
    for (const section of unit.sections) {
      for (const option of section.options) {
        if (option.node.key.trim().toLowerCase() === "context" && option.node.value.trim() === name) result.push({ uri: option.uri, span: option.node.valueSpan });
      }
    }
  }
  return result;
}

/** Priorities written as the label (`n(label)` lines excluded) and Gotos that reach it on this extension. */
function labelReferences(index: DialplanIndex, ext: DialplanExtension, label: string, textOf: TextOf): SymbolLocation[] {
  const result: SymbolLocation[] = [];
  for (const step of ext.lines) {
    const p = step.line.priority;
    if (p?.kind === "label" && p.text === label) result.push({ uri: step.uri, span: p.span });
  }
  for (const dialplan of index.dialplans) {
    for (const step of dialplan.steps) {
      if (!/^goto(if)?$/i.test(step.application.trim())) continue;
      const text = textOf(step.uri);
      if (text === undefined) continue;
      for (const target of gotoTargets(step, text)) {
        if (target.priority.text.trim() !== label) continue;
        const contextName = target.context?.text ?? step.context.name;
        const found = target.extension ? findMatch(index, dialplan, contextName, target.extension.text)?.extension : step.extension;
        if (found === ext) result.push({ uri: step.uri, span: target.priority.span });
      }
    }
  }
  return result;
}

/** Channel strings naming the peer in globals and in Dial's first argument. */
function peerReferences(workspace: Workspace, index: DialplanIndex, tech: PeerTechnology, name: string, textOf: TextOf): SymbolLocation[] {
  // An endpoint is also named by the identify and registration sections of pjsip.conf (endpoint=).
  const result: SymbolLocation[] = tech === "PJSIP" ? endpointMentions(workspace, index, name) : [];
  for (const dialplan of index.dialplans) {
    for (const g of dialplan.globals) {
      const text = textOf(g.uri);
      if (text === undefined) continue;
      for (const m of peerMentions(text, g.valueSpan)) if (m.tech === tech && samePeer(tech, m.name, name)) result.push({ uri: g.uri, span: m.span });
      // A global holding just an endpoint name (PJTRUNK=ExamplePJSIP), used after '@'.
      if (tech === "PJSIP" && g.value.trim() === name) {
        const start = text.indexOf(name, g.valueSpan.start);
        if (start >= 0) result.push({ uri: g.uri, span: { start, end: start + name.length } });
      }
    }
    for (const step of dialplan.steps) {
      if (step.application.trim().toLowerCase() !== "dial" || step.args.length === 0) continue;
      const text = textOf(step.uri);
      if (text === undefined) continue;
      for (const m of peerMentions(text, step.args[0].span)) if (m.tech === tech && samePeer(tech, m.name, name)) result.push({ uri: step.uri, span: m.span });
    }
  }
  return result;
}

/** The `endpoint=` options naming a PJSIP endpoint, in the pjsip.conf of each of its definitions. */
function endpointMentions(workspace: Workspace, index: DialplanIndex, name: string): SymbolLocation[] {
  const homes = new Set(index.peers.filter((p) => p.tech === "PJSIP" && p.name === name).map((p) => p.uri));
  return [...homes].flatMap((uri) => pjsipReferences(workspace, uri, { name, type: "endpoint" }));
}

export function dedupe(list: SymbolLocation[]): SymbolLocation[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const key = `${l.uri}|${l.span.start}|${l.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function definitions(workspace: Workspace, uri: string, offset: number): SymbolLocation[] {
  const at = symbolAt(workspace, uri, offset);
  if (!at) return [];
  return dedupe(definitionsOf(workspace, dialplanIndex(workspace), at.symbol));
}

export function references(workspace: Workspace, uri: string, offset: number, includeDeclaration = true): SymbolLocation[] {
  const at = symbolAt(workspace, uri, offset);
  if (!at) return [];
  const index = dialplanIndex(workspace);
  const refs = referencesOf(workspace, index, at.symbol);
  return dedupe(includeDeclaration ? [...definitionsOf(workspace, index, at.symbol), ...refs] : refs);
}
