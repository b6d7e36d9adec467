// What a walk through the dialplan asked its ContextSource, with the answers (see keptReachFrom in
// model/reachability.ts): a walk whose every answer is the same from a newer source is the same walk.
import type { DialplanContext } from "./dialplan";
import type { CarrierRef, ContextSource, Reach } from "./reach-types";

/**
 * What a walk asked its source, with the answers: the walk gives the same reach from any source that answers the
 * same (the contexts it got are the same objects, the globals, carriers and peers the same values).
 */
export interface SourceReads {
  closed: boolean;
  contexts: Map<string, readonly DialplanContext[]>;
  globals: Map<string, string | undefined>;
  carriers: Map<string, CarrierRef | undefined>;
  peers: Map<string, boolean>;
}

/** A walk kept with what it read (see `keptReachFrom`). */
export interface KeptReach {
  reach: Reach;
  reads: SourceReads;
}

export function newReads(closed: boolean): SourceReads {
  return { closed, contexts: new Map(), globals: new Map(), carriers: new Map(), peers: new Map() };
}

/** `source` answering as before, each answer noted in `reads` (the answers of the Dial sites too). */
export function readingSource(source: ContextSource, reads: SourceReads): ContextSource {
  return {
    closed: source.closed,
    textOf: source.textOf,
    contexts: (name) => {
      const found = source.contexts(name);
      reads.contexts.set(name, found);
      return found;
    },
    globalValue: (name) => {
      const value = source.globalValue(name);
      reads.globals.set(name, value);
      return value;
    },
    carrierOf: source.carrierOf
      ? (tech, peer) => {
          const carrier = source.carrierOf!(tech, peer);
          reads.carriers.set(tech + "\u0000" + peer, carrier);
          return carrier;
        }
      : undefined,
    peerDefined: source.peerDefined
      ? (tech, peer) => {
          const defined = source.peerDefined!(tech, peer);
          reads.peers.set(tech + "\u0000" + peer, defined);
          return defined;
        }
      : undefined,
  };
}

function sameCarrier(a: CarrierRef | undefined, b: CarrierRef | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.name === b.name && a.tech === b.tech && a.why === b.why && a.uri === b.uri && a.span.start === b.span.start && a.span.end === b.span.end;
}

function sameContexts(a: readonly DialplanContext[], b: readonly DialplanContext[]): boolean {
  return a.length === b.length && a.every((context, i) => context === b[i]);
}

/** Whether `source` answers every read as it was answered. */
export function answersAlike(source: ContextSource, reads: SourceReads): boolean {
  if (source.closed !== reads.closed) return false;
  for (const [name, found] of reads.contexts) if (!sameContexts(source.contexts(name), found)) return false;
  for (const [name, value] of reads.globals) if (source.globalValue(name) !== value) return false;
  for (const [key, carrier] of reads.carriers) {
    const at = key.indexOf("\u0000");
    if (!source.carrierOf || !sameCarrier(source.carrierOf(key.slice(0, at), key.slice(at + 1)), carrier)) return false;
  }
  for (const [key, defined] of reads.peers) {
    const at = key.indexOf("\u0000");
    if (!source.peerDefined || source.peerDefined(key.slice(0, at), key.slice(at + 1)) !== defined) return false;
  }
  return true;
}

/** Adds the answers of `from` (a Dial site's) to `into` (a walk's). */
export function mergeReads(into: SourceReads, from: SourceReads | undefined): void {
  if (!from) return;
  for (const [name, value] of from.globals) into.globals.set(name, value);
  for (const [key, carrier] of from.carriers) into.carriers.set(key, carrier);
  for (const [key, defined] of from.peers) into.peers.set(key, defined);
}
