// Which dialplan contexts a call can reach from the context it enters: `include =>`, and jumps whose target context
// is written out (Goto, GotoIf, Gosub, GosubIf, Macro, MacroIf, Dial(Local/ext@context)); and which Dial lines it can
// run on the way, with their destinations resolved through globals. Pure: the contexts, globals and the test for
// "this destination is a carrier" come in through a ContextSource. Iterative, so cycles and long chains are safe.
import type { DialplanExtension, DialplanIndex, DialplanStep, Dialplan } from "./dialplan";
import { isRuntimeContext } from "./dialplan";
import { jumpTargets, substitute } from "./dialplan-values";
import { maskChannelSecrets, parseChannel } from "./channel-strings";
import { matchesExtension } from "./extension-pattern";
import type { ContextSource, DialSite, DialDestination, EdgeKind, Reach, ReachEdge } from "./reach-types";
import { PlacedMemo } from "../util/placed-memo";
import { answersAlike, mergeReads, newReads, readingSource, type KeptReach, type SourceReads } from "./source-reads";

export type { CarrierRef, ContextSource, DialDestination, DialSite, EdgeKind, Reach, ReachEdge } from "./reach-types";
export type { KeptReach, SourceReads } from "./source-reads";

/** Enough for any real dialplan; a guard against pathological input. */
const MAX_NODES = 5000;

interface Node {
  context: string;
  /** A literal extension the call is limited to ("" = any extension of the context). */
  filter: string;
}

const keyOf = (node: Node) => node.context + "\u0000" + node.filter;
const isDynamicText = (text: string) => text.includes("${") || text.includes("$[");

/** Walks the dialplan from `start` (breadth first, each context and extension filter once). */
export function reachFrom(source: ContextSource, start: string): Reach {
  return walk(source, start);
}

/**
 * The walk of `reachFrom`. Dial sites are shared by the walks on `siteSource` (the audit's source, which `source` may
 * wrap); each one the walk uses is passed to `usedSite`.
 */
function walk(source: ContextSource, start: string, usedSite?: (site: DialSite) => void, siteSource: ContextSource = source): Reach {
  const reach: Reach = { start, contexts: [], parent: new Map(), missing: [], unknown: [], dynamicJumps: [], dials: [], truncated: false };
  const seenNodes = new Set<string>();
  const seenContexts = new Set<string>();
  const seenDials = new Set<DialplanStep>();
  const queue: Node[] = [{ context: start, filter: "" }];
  seenNodes.add(keyOf(queue[0]));
  const push = (node: Node, edge: ReachEdge | undefined) => {
    const key = keyOf(node);
    if (seenNodes.has(key)) return;
    if (seenNodes.size >= MAX_NODES) {
      reach.truncated = true;
      return;
    }
    seenNodes.add(key);
    if (edge && !seenContexts.has(node.context) && !reach.parent.has(node.context)) reach.parent.set(node.context, edge);
    queue.push(node);
  };
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    const contexts = source.contexts(node.context);
    if (!seenContexts.has(node.context)) {
      seenContexts.add(node.context);
      if (contexts.length > 0) reach.contexts.push(node.context);
      else if (node.context === "vicidial-auto") {
        // VICIdial writes [vicidial-auto] itself: it includes -internal, -phones and -external (the carriers' lines).
        reach.contexts.push(node.context);
        const via = reach.parent.get(node.context) ?? { uri: "", span: { start: 0, end: 0 } };
        push({ context: "vicidial-auto-external", filter: node.filter }, { uri: via.uri, span: via.span, kind: "generated", from: node.context, to: "vicidial-auto-external" });
        continue;
      } else if (isRuntimeContext(node.context)) continue;
      else if (source.closed) reach.missing.push(node.context);
      else reach.unknown.push(node.context);
    }
    for (const context of contexts) {
      for (const include of context.includes) {
        push({ context: include.name, filter: node.filter }, { kind: "include", from: context.name, to: include.name, uri: include.uri, span: include.option.node.line });
      }
      for (const extension of context.extensions) {
        if (extension.steps.length === 0) continue;
        if (node.filter !== "" && !matchesExtension(extension.name, node.filter)) continue;
        for (const step of extension.steps) {
          const text = source.textOf(step.uri);
          if (text === undefined) continue;
          const app = step.application.trim().toLowerCase();
          if (app === "dial") {
            if (extension.name.toLowerCase() !== "h" && !seenDials.has(step)) {
              seenDials.add(step);
              const literalRoute = node.filter !== "" || !extension.name.startsWith("_");
              const site = sharedDialSite(siteSource, step, extension, literalRoute);
              usedSite?.(site);
              reach.dials.push(site);
              for (const local of localTargets(site)) {
                push(local, { kind: "local", from: context.name, to: local.context, uri: step.uri, span: step.option.node.line, extension: local.filter || undefined });
              }
            }
            continue;
          }
          for (const jump of stepJumps(step, text, app)) {
            const target = jump.context?.text ?? context.name;
            if (isDynamicText(target)) {
              if (!reach.dynamicJumps.includes(step)) reach.dynamicJumps.push(step);
              continue;
            }
            const ext = jump.extension?.text;
            const filter = ext === undefined ? node.filter : isDynamicText(ext) ? "" : ext;
            if (target === context.name && filter === node.filter) continue;
            const kind: EdgeKind = app.startsWith("gosub") ? "gosub" : app.startsWith("macro") ? "macro" : "goto";
            push({ context: target, filter }, { kind, from: context.name, to: target, uri: step.uri, span: step.option.node.line, extension: filter || undefined });
          }
        }
      }
    }
  }
  return reach;
}

/** The edges from the start to a reached context (empty for the start itself). */
export function pathTo(reach: Reach, context: string): ReachEdge[] {
  const path: ReachEdge[] = [];
  const seen = new Set<string>();
  let current = context;
  while (current !== reach.start && !seen.has(current)) {
    seen.add(current);
    const edge = reach.parent.get(current);
    if (!edge) break;
    path.unshift(edge);
    current = edge.from;
  }
  return path;
}

/** The Dial sites of a reach whose destinations include a carrier. */
export function carrierDials(reach: Reach): DialSite[] {
  return reach.dials.filter((d) => d.destinations.some((x) => x.carrier));
}

/**
 * The reach from `start`: `kept`'s when `source` answers everything that walk read as it was answered then (an edit
 * of a file the walk never looked into keeps it), else a new walk, returned with what it read.
 */
export function keptReachFrom(source: ContextSource, start: string, kept: KeptReach | undefined): KeptReach {
  if (kept && kept.reach.start === start && answersAlike(source, kept.reads)) return kept;
  const reads = newReads(source);
  const reach = walk(readingSource(source, reads), start, (site) => mergeReads(reads, siteReads.get(site)), source);
  return { reach, reads };
}

/**
 * Walks from different contexts of one audit cross the same Dial steps: each step's site is worked out once per
 * source (its globals and carriers), for either kind of route, and kept with the reads its destinations made.
 */
const dialSites = new WeakMap<ContextSource, Map<DialplanStep, [DialSite?, DialSite?]>>();

/** The reads a Dial site's destinations made (kept with the site, which walks of one audit share). */
const siteReads = new WeakMap<DialSite, SourceReads>();

function sharedDialSite(source: ContextSource, step: DialplanStep, extension: DialplanExtension, literalRoute: boolean): DialSite {
  let bySteps = dialSites.get(source);
  if (!bySteps) dialSites.set(source, (bySteps = new Map()));
  let sites = bySteps.get(step);
  if (!sites) bySteps.set(step, (sites = [undefined, undefined]));
  const at = literalRoute ? 1 : 0;
  let site = sites[at];
  if (!site) {
    const reads = newReads(source);
    site = sites[at] = dialSite(readingSource(source, reads), step, extension, literalRoute);
    siteReads.set(site, reads);
  }
  return site;
}

/**
 * Where a step jumps: a function of the step and its document's text, so worked out once per step object while its
 * line has not moved (a kept context's steps follow their lines; the targets hold offsets).
 */
const jumpsByStep = new PlacedMemo<DialplanStep, ReturnType<typeof jumpTargets>>((step) => step.option.node.line.start);

function stepJumps(step: DialplanStep, text: string, app: string): ReturnType<typeof jumpTargets> {
  let jumps = jumpsByStep.get(step);
  if (!jumps) jumpsByStep.set(step, (jumps = jumpTargets(step, text, app)));
  return jumps;
}

function dialSite(source: ContextSource, step: DialplanStep, extension: DialplanExtension, literalRoute: boolean): DialSite {
  const raw = step.args[0]?.text.trim() ?? "";
  const resolved = substitute(raw, { lookup: (name) => source.globalValue(name) });
  const destinations: DialDestination[] = [];
  for (const part of resolved.value.split("&")) {
    const text = part.trim();
    if (text.length === 0) continue;
    const channel = parseChannel(text);
    const destination: DialDestination = { channel: maskChannelSecrets(text), tech: channel.tech };
    if (channel.peer !== undefined) {
      destination.peer = channel.peer;
      const tech = channel.tech.toUpperCase();
      destination.carrier = source.carrierOf?.(tech, channel.peer);
      if (!destination.carrier && source.peerDefined && (tech === "SIP" || tech === "IAX2" || tech === "PJSIP") && !source.peerDefined(tech, channel.peer)) destination.undefinedPeer = true;
    }
    destinations.push(destination);
  }
  const unresolved = resolved.unresolved.some((name) => name !== "EXTEN" && !name.startsWith("EXTEN:"));
  return { step, context: step.context.name, extension: extension.name, destinations, unresolved, literalRoute };
}

/** `Local/exten@context` destinations of a Dial: the call continues in that context. */
function localTargets(site: DialSite): Node[] {
  const result: Node[] = [];
  for (const d of site.destinations) {
    if (d.tech.toLowerCase() !== "local") continue;
    const resource = d.channel.slice(d.channel.indexOf("/") + 1).split("/")[0];
    const at = resource.lastIndexOf("@");
    if (at < 0) continue;
    const context = resource.slice(at + 1);
    const exten = resource.slice(0, at);
    if (context.length === 0 || isDynamicText(context)) continue;
    result.push({ context, filter: exten.length === 0 || isDynamicText(exten) ? "" : exten });
  }
  return result;
}

/**
 * The dialplan a server runs, for the walk: the group of the main extensions.conf when the workspace has one (then
 * the whole dialplan is in sight), otherwise every dialplan of the workspace merged (and a missing context is unknown).
 */
export function serverContextSource(
  index: DialplanIndex,
  textOf: (uri: string) => string | undefined,
  carrierOf?: ContextSource["carrierOf"],
  peerDefined?: ContextSource["peerDefined"],
  peerBasis?: ContextSource["peerBasis"],
): ContextSource {
  const home: Dialplan | undefined = index.dialplans.find((d) => d.unit.isMainFile);
  if (home) {
    return {
      contexts: (name) => index.contexts(home, name),
      globalValue: (name) => index.globalValue(home, name),
      closed: true,
      textOf,
      carrierOf,
      peerDefined,
      peerBasis,
    };
  }
  return {
    contexts: (name) => index.dialplans.flatMap((d) => (d.contexts.has(name) ? [d.contexts.get(name)!] : [])),
    globalValue: (name) => index.globalValue(undefined, name),
    closed: false,
    textOf,
    carrierOf,
    peerDefined,
    peerBasis,
  };
}
