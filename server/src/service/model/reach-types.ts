// The shapes of a walk through the dialplan (model/reachability.ts): what it reads from the server's dialplan (a
// ContextSource) and what it finds (a Reach: contexts reached, the edges that reached them, the Dial lines on the way).
import type { DialplanContext, DialplanStep } from "./dialplan";
import type { Span } from "../text/span";

/** What the walk needs to know about the server's dialplan. */
export interface ContextSource {
  /** Every same-named context of the server's dialplan, merged in load order (empty when there is none). */
  contexts(name: string): readonly DialplanContext[];
  /** A global's value as the server sees it. */
  globalValue(name: string): string | undefined;
  /** True when the server's whole dialplan is in sight, so a context not found does not exist. */
  closed: boolean;
  textOf(uri: string): string | undefined;
  /** The carrier a channel's technology and peer name send calls to, if it is one. */
  carrierOf?(tech: string, peer: string): CarrierRef | undefined;
  /** True when the workspace defines this SIP/IAX2 peer or PJSIP endpoint (undefined: no such test). */
  peerDefined?(tech: string, peer: string): boolean;
  /**
   * What `carrierOf` and `peerDefined` answer from (the units that define peers and register lines), when the
   * source knows it: a newer source with the very same objects answers them alike, so they need not be asked again.
   */
  peerBasis?: readonly object[];
}

export interface CarrierRef {
  /** Peer, endpoint or wizard name. */
  name: string;
  tech: string;
  /** Why it counts as an outbound trunk ("registers to the provider", "VICIdial carrier X" ...). */
  why: string;
  uri: string;
  span: Span;
}

export type EdgeKind = "include" | "goto" | "gosub" | "macro" | "local" | "generated";

/** How a context was first reached. */
export interface ReachEdge {
  kind: EdgeKind;
  from: string;
  to: string;
  uri: string;
  span: Span;
  /** The extension the jump is limited to, when it names one literally. */
  extension?: string;
}

export interface DialDestination {
  /** The destination with globals substituted and any password masked. */
  channel: string;
  tech: string;
  peer?: string;
  carrier?: CarrierRef;
  /** The destination names a SIP/IAX2/PJSIP peer the workspace does not define: it may be a carrier or not. */
  undefinedPeer?: boolean;
}

export interface DialSite {
  step: DialplanStep;
  context: string;
  extension: string;
  destinations: DialDestination[];
  /** The destination text still holds a variable known only at run time. */
  unresolved: boolean;
  /** The extension is a literal name (or the call was sent to it by a jump naming it): only that number gets here. */
  literalRoute: boolean;
}

export interface Reach {
  start: string;
  /** Contexts reached, in the order they were found (the start first, when it exists). */
  contexts: string[];
  /** The first edge that reached each context (none for the start). */
  parent: Map<string, ReachEdge>;
  /** Context names reached that the server's dialplan does not define. */
  missing: string[];
  /** Context names reached that are not in the workspace, which does not hold the whole dialplan. */
  unknown: string[];
  /** Jumps whose target context is known only at run time. */
  dynamicJumps: DialplanStep[];
  dials: DialSite[];
  /** True when the walk stopped at its size limit. */
  truncated: boolean;
}
