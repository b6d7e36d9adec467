// The places of a dialplan that may name a SIP/IAX2 peer or PJSIP endpoint (a global's value, each destination of a
// Dial), resolved with the globals as the dialplan sees them, for globals/undefined-peer. Worked out in pieces kept
// across edits while the globals answer as they did (DialplanIndex.globalsStamp): the globals' piece by the
// dialplan's globals list (model/dialplan-globals.ts), and the Dial lines' by chunk of steps (model/origin-chunks.ts).
// After an edit of one line of a context of thousands of Dial lines, one chunk is resolved again.
import { followLine, type DialplanLine } from "../../parse/dialplan-syntax";
import { lookupTable } from "../../util/lookup-table";
import { keptCopy } from "../../util/lists";
import { keepsLineWork } from "../../model/built-contexts";
import { StepJoin } from "../../model/dialplan-joins";
import { LineWork } from "../../model/line-work";
import type { Dialplan, DialplanIndex, GlobalDefinition, PeerTechnology } from "../../model/dialplan";
import { substitute } from "../../model/dialplan-values";
import { parseChannel } from "../../model/channel-strings";
import type { Span } from "../../text/span";
import { globalLookup, isDialStep } from "../dialplan/common";
import { keptPerLine, keptPerParsedLine, worthKeeping } from "../dialplan/kept-per-line";

const TECH: Record<string, PeerTechnology> = lookupTable({ SIP: "SIP", IAX2: "IAX2", PJSIP: "PJSIP" });

type Lookup = (name: string) => string | undefined;

/** A channel that names a SIP/IAX2 peer or PJSIP endpoint, with the text it was read from (trimmed). */
export interface NamedPeer {
  part: string;
  tech: PeerTechnology;
  peer: string;
}

/** A place in a dialplan that may name a peer: a global's value, or one destination of a Dial. */
export interface PeerMention {
  uri: string;
  /** The node's value span (a global), or the Dial line's first argument's (see `line`). */
  span: Span;
  /** A global's whole value, or one Dial destination (trimmed). */
  text: string;
  /** Set for a global's value: the global's name (no definition object: a mention is kept with its line). */
  global?: string;
  /** For text without variables: the peers it names, worked out once. */
  plain?: NamedPeer[];
  /** A Dial's parsed line: `span` is its token's, where the line is once followed (see `followLine`). */
  line?: DialplanLine;
}

/** A mention with the peers it names once its variables are replaced (`resolved`: the text they were read from). */
export interface ResolvedMention {
  mention: PeerMention;
  named: readonly NamedPeer[];
  resolved: string;
}

/** The peers some channel texts name (texts that name none are left out). */
function peersNamedBy(texts: readonly string[]): NamedPeer[] {
  const named: NamedPeer[] = [];
  for (const text of texts) {
    const part = text.trim();
    const channel = parseChannel(part);
    const tech = TECH[channel.tech.toUpperCase()];
    if (tech && channel.peer) named.push({ part, tech, peer: channel.peer });
  }
  return keptCopy(named);
}

/**
 * A global's value as a place that may name a peer, from its line alone, resolved into `into`. Text with `${...}` is
 * resolved with the globals of the dialplan's group; text without variables that names no peer is left out.
 */
function globalMentions(def: GlobalDefinition, lookup: Lookup, into: ResolvedMention[]): ResolvedMention[] {
  addMention({ uri: def.uri, span: def.valueSpan, text: def.value, global: def.name }, def.value.split("&"), lookup, into);
  return into;
}

/** A Dial line that names destinations, with its document: one object per parsed line in a rebuilt context. */
interface DialRef {
  line: DialplanLine;
  uri: string;
}

const REFS = new LineWork<DialRef>();
const NO_REFS: readonly DialRef[] = [];

/**
 * The Dial lines Asterisk keeps that name a destination, joined over a dialplan. The items are the same objects for
 * the same lines in a rebuilt context (kept on the line), so a chunk of them is the replaced context's array while
 * its lines are (see `StepJoin.chunkedShares`).
 */
const DIAL_REFS = new StepJoin<DialRef, undefined>(
  (step) => (isDialStep(step) && step.args.length > 0 && !step.dropped ? [REFS.of(step.line, keepsLineWork(step.context), () => ({ line: step.line, uri: step.uri }))] : NO_REFS),
  // A ref is its line and document, given for a Dial line Asterisk keeps: the same for a step at a rebuilt context's ends.
  { sameAtKeptEnds: true },
);

/** The destinations of a Dial line that may name a peer (the same rules as `globalMentions`), from its line alone. */
function dialMentions(ref: DialRef, lookup: Lookup, into: ResolvedMention[]): ResolvedMention[] {
  const line = followLine(ref.line);
  const destinations = line.arguments[0];
  for (const destination of destinations.text.trim().split("&")) {
    const text = destination.trim();
    addMention({ uri: ref.uri, span: destinations.span, text, line }, [text], lookup, into);
  }
  return into;
}

/** Adds a mention, resolved (see `resolveMention`), unless it has no variable and names no peer. */
function addMention(mention: PeerMention, parts: string[], lookup: Lookup, into: ResolvedMention[]): void {
  if (mention.text.includes("${")) resolveMention(mention, lookup, into);
  else {
    const plain = peersNamedBy(parts);
    if (plain.length > 0) resolveMention({ ...mention, plain }, lookup, into);
  }
}

/** One mention resolved into `into`; none when its text starts with a variable holding a whole channel. */
function resolveMention(mention: PeerMention, lookup: Lookup, into: ResolvedMention[]): void {
  const { global, text, plain } = mention;
  if (plain) into.push({ mention, named: plain, resolved: text });
  else if (global !== undefined) into.push({ mention, named: peersNamedBy(substitute(text, { lookup }).value.split("&")), resolved: text });
  else {
    const leading = /^\$\{([A-Za-z_]\w*)\}/.exec(text);
    if (leading && (lookup(leading[1]) ?? "").includes("/")) return;
    const resolved = substitute(text, { lookup }).value;
    into.push({ mention, named: peersNamedBy([resolved]), resolved });
  }
}

/** A piece's mentions, and the globals stamp they were resolved under. */
interface Piece {
  stamp: object;
  mentions: readonly ResolvedMention[];
}

const piecesByList = new WeakMap<readonly unknown[], Piece>();

/** The mentions of one list (globals, or a chunk of Dial lines), kept with the list while the stamp is the same. */
function pieceOf<T>(list: readonly T[], stamp: object, resolve: (list: readonly T[]) => ResolvedMention[]): readonly ResolvedMention[] {
  const known = piecesByList.get(list);
  if (known && known.stamp === stamp) return known.mentions;
  const mentions = resolve(list);
  piecesByList.set(list, { stamp, mentions });
  return mentions;
}

/**
 * The peer mentions of a dialplan, resolved, in pieces in order (its globals, then its Dial lines in the order of
 * `dialplan.steps`): each piece the same list while what it was made of and the globals' answers are. Where a rebuilt
 * piece is worked out again, each line's mentions are kept with it while the globals it read hold
 * (rules/dialplan/kept-per-line.ts), unless nothing is worth keeping (see `worthKeeping`).
 */
export function mentionPieces(index: DialplanIndex, dialplan: Dialplan): (readonly ResolvedMention[])[] {
  const stamp = index.globalsStamp;
  const lookup = globalLookup(index, dialplan);
  const keep = worthKeeping(dialplan);
  const pieces = [
    pieceOf(dialplan.globals, stamp, (globals) => {
      const list: ResolvedMention[] = [];
      for (const def of globals) {
        if (!keep) globalMentions(def, lookup, list);
        else for (const entry of keptPerLine(def.option.node, "undefined-peer global", lookup, (read) => globalMentions(def, read, []), stamp)) list.push(entry);
      }
      return list;
    }),
  ];
  for (const chunk of DIAL_REFS.chunkedShares(dialplan, undefined)) {
    pieces.push(
      pieceOf(chunk, stamp, (refs) => {
        const list: ResolvedMention[] = [];
        for (const ref of refs) {
          if (!keep) dialMentions(ref, lookup, list);
          else for (const entry of keptPerParsedLine(followLine(ref.line), "undefined-peer", lookup, (read) => dialMentions(ref, read, []), stamp)) list.push(entry);
        }
        return list;
      }),
    );
  }
  return pieces;
}
