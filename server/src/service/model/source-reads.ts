// What a walk through the dialplan asked its ContextSource, with the answers (see keptReachFrom in
// model/reachability.ts): a walk whose every answer is the same from a newer source is the same walk.
import type { DialplanContext } from "./dialplan";
import type { CarrierRef, ContextSource, Reach } from "./reach-types";
import { sameItems } from "../util/lists";
import { answersAsNoted, noting } from "../util/noted-answers";

/**
 * What a walk asked its source, with the answers: the walk gives the same reach from any source that answers the
 * same (the contexts it got are the same objects, the globals, carriers and peers the same values).
 */
export interface SourceReads {
  closed: boolean;
  /** The source's `peerBasis`: while a newer source has the same, the carriers and peers below hold. */
  peerBasis: readonly object[] | undefined;
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

/** A lookup by technology and peer name (`ContextSource.carrierOf`, `peerDefined`). */
type PeerLookup<V> = (tech: string, peer: string) => V;

/** Joins technology and peer name in the keys of noted answers. */
const SEPARATOR = "\u0000";

/** Empty reads of a walk (or a Dial site) from `source`. */
export function newReads(source: ContextSource): SourceReads {
  return { closed: source.closed, peerBasis: source.peerBasis, contexts: new Map(), globals: new Map(), carriers: new Map(), peers: new Map() };
}

/** `source` answering as before, each answer noted in `reads` (the answers of the Dial sites too). */
export function readingSource(source: ContextSource, reads: SourceReads): ContextSource {
  return {
    closed: source.closed,
    peerBasis: source.peerBasis,
    textOf: source.textOf,
    contexts: noting(source.contexts, reads.contexts),
    globalValue: noting(source.globalValue, reads.globals),
    carrierOf: notingPeer(source.carrierOf, reads.carriers),
    peerDefined: notingPeer(source.peerDefined, reads.peers),
  };
}

/** A lookup by technology and peer name that notes each answer in `into` (see `sameAnswers`). */
function notingPeer<V>(lookup: PeerLookup<V> | undefined, into: Map<string, V>): PeerLookup<V> | undefined {
  if (!lookup) return undefined;
  return (tech, peer) => {
    const answer = lookup(tech, peer);
    into.set(tech + SEPARATOR + peer, answer);
    return answer;
  };
}

function sameCarrier(a: CarrierRef | undefined, b: CarrierRef | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.name === b.name && a.tech === b.tech && a.why === b.why && a.uri === b.uri && a.span.start === b.span.start && a.span.end === b.span.end;
}

/** Whether `source` answers every read as it was answered. */
export function answersAlike(source: ContextSource, reads: SourceReads): boolean {
  if (source.closed !== reads.closed) return false;
  if (!answersAsNoted(source.contexts, reads.contexts, sameItems) || !answersAsNoted(source.globalValue, reads.globals)) return false;
  if (source.peerBasis !== undefined && reads.peerBasis !== undefined && sameItems(source.peerBasis, reads.peerBasis)) return true;
  return sameAnswers(source.carrierOf, reads.carriers, sameCarrier) && sameAnswers(source.peerDefined, reads.peers, (a, b) => a === b);
}

/** Whether `lookup` gives every answer `noted` holds (keys as `notingPeer` makes them). */
function sameAnswers<V>(lookup: PeerLookup<V> | undefined, noted: Map<string, V>, same: (a: V, b: V) => boolean): boolean {
  for (const [key, answer] of noted) {
    const at = key.indexOf(SEPARATOR);
    if (!lookup || !same(lookup(key.slice(0, at), key.slice(at + 1)), answer)) return false;
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
