// globals/undefined-peer: a global or Dial destination naming a peer/endpoint that no conf or carrier defines.
import { closestName } from "../../model/suggest";
import type { DialplanIndex, PeerTechnology } from "../../model/dialplan";
import { maskChannelSecrets } from "../../model/channel-strings";
import { followLine } from "../../parse/dialplan-syntax";
import type { Span } from "../../text/span";
import { describeMissingIncludes } from "../../model/units";
import { unitPeerNameList } from "../../model/dialplan-index";
import { keptAcrossBuilds } from "../../model/kept-joins";
import type { Workspace } from "../../model/workspace";
import type { Rule, RuleContext } from "../types";
import { indexOf } from "../dialplan/common";
import { mentionPieces, type NamedPeer, type ResolvedMention } from "./peer-mentions";

const FILES: Record<PeerTechnology, string> = { SIP: "sip.conf or a SIP carrier", IAX2: "iax.conf or an IAX2 carrier", PJSIP: "pjsip.conf/pjsip_wizard.conf (type=endpoint or wizard) or a PJSIP carrier" };

const MAIN_FILE: Record<PeerTechnology, string> = { SIP: "sip.conf", IAX2: "iax.conf", PJSIP: "pjsip.conf" };
const TECHS: readonly PeerTechnology[] = ["SIP", "IAX2", "PJSIP"];

export const undefinedPeer: Rule = {
  code: "globals/undefined-peer",
  area: "globals",
  severity: "warning",
  summary: "A global or Dial destination names a SIP/IAX2 peer or PJSIP endpoint that no conf file or carrier account entry defines (checked when the workspace defines at least one of that technology; information when an `#include` of that technology's configuration is missing, or only fragments of it are checked).",
  // The dialplan index: dialplans and globals (extensions) and the peers of sip, iax, pjsip and wizard units.
  workspaceReads: ["extensions", "sip", "iax", "pjsip", "pjsip_wizard"],
  checkWorkspace(workspace, ctx) {
    const index = indexOf(ctx);
    const known = knownPeerNames(index, workspace);
    // Each piece of mentions is kept across edits (see peer-mentions.ts), and so is what in it names a missing peer:
    // an edit looks again at the pieces it made anew, and reports what the pieces hold (most hold nothing).
    const problems = index.dialplans.flatMap((dialplan) => mentionPieces(index, dialplan).map((piece) => missingIn(piece, known)));
    checkMentions(index, problems, ctx);
  },
};

/** A mention of a peer that the workspace does not define (for a technology it defines peers of). */
interface Problem {
  entry: ResolvedMention;
  named: NamedPeer;
}

const NO_PROBLEMS: readonly Problem[] = [];

const problemsByPiece = new WeakMap<readonly ResolvedMention[], { known: object; problems: readonly Problem[] }>();

/** What in a piece of mentions names a missing peer, in order: kept with the piece while the known peers are the same. */
function missingIn(piece: readonly ResolvedMention[], known: KnownPeers): readonly Problem[] {
  const kept = problemsByPiece.get(piece);
  if (kept && kept.known === known.stamp) return kept.problems;
  let problems: Problem[] | undefined;
  for (const entry of piece) {
    for (const named of entry.named) if (known.defines(named.tech) && !known.has(named.tech, named.peer)) (problems ??= []).push({ entry, named });
  }
  problemsByPiece.set(piece, { known: known.stamp, problems: problems ?? NO_PROBLEMS });
  return problems ?? NO_PROBLEMS;
}

/** Reports each mention of a missing peer (see the rule), in order. */
function checkMentions(index: DialplanIndex, problems: readonly (readonly Problem[])[], ctx: RuleContext): void {
  const noted = new Set<string>();
  const check = (entry: ResolvedMention, { part, tech, peer }: NamedPeer) => {
    // A Dial line's span is its token's, where the line is once followed (it may have moved since it was read).
    if (entry.mention.line) followLine(entry.mention.line);
    const { uri, span } = entry.mention;
    const prefix = whatNames(entry, part);
    const suggestion = suggestPeer(ctx, index, tech, peer);
    const kind = tech === "PJSIP" ? "endpoint" : "peer";
    const missing = index.peerMissingIncludes(tech);
    const noMain = !index.hasMainPeerFile(tech);
    if (missing > 0 || noMain) {
      // The peer may be in a file we could not read: one note per name, not one per Dial.
      if (noted.has(tech + "\u0000" + peer)) return;
      noted.add(tech + "\u0000" + peer);
      const why = missing > 0
        ? describeMissingIncludes(missing).replace("this configuration", `the ${tech} configuration`)
        : `${MAIN_FILE[tech]} itself is not among them`;
      ctx.report({ uri, span, severity: "information", message: `${prefix} ${kind} '${peer}', which none of the files checked defines; ${why} and may define it.${suggestion ? ` Did you mean '${suggestion}'?` : ""}` });
      return;
    }
    report(ctx, uri, span, `${prefix} ${kind} '${peer}', which is not defined in ${FILES[tech]}: the Dial fails with CHANUNAVAIL.${suggestion ? ` Did you mean '${suggestion}'?` : ""}`);
  };
  for (const list of problems) for (const { entry, named } of list) check(entry, named);
}

/**
 * The defined peer a missing one is probably a typo of. The answers are kept with the workspace while the lists of
 * peer names of that technology are the same objects (an edit that renames no peer keeps them), each name worked out
 * once.
 */
function suggestPeer(ctx: RuleContext, index: DialplanIndex, tech: PeerTechnology, peer: string): string | undefined {
  const names = index.peerUnitsOf(tech).map(unitPeerNameList);
  const known = keptAcrossBuilds(ctx.workspace, `undefined-peer suggestions ${tech}`, names, () => new Map<string, string | undefined>());
  if (known.has(peer)) return known.get(peer);
  const found = closestName(peer, names.flat());
  known.set(peer, found);
  return found;
}

/** How a message names the text that names a missing peer (`part`: the channel of a global's value it sits in). */
function whatNames({ mention, resolved }: ResolvedMention, part: string): string {
  const { global, text } = mention;
  if (global !== undefined) return `${global} = '${maskChannelSecrets(part)}' names`;
  if (mention.plain || resolved === text) return `'${maskChannelSecrets(text)}' names`;
  return `'${text}' resolves to '${maskChannelSecrets(resolved)}', which names`;
}

/** The peers the workspace defines, per technology, asked per name (chan_sip compares peer names without case). */
interface KnownPeers {
  /** The same object while every unit's list of peer names is (what `defines` and `has` answer from). */
  stamp: object;
  defines(tech: PeerTechnology): boolean;
  has(tech: PeerTechnology, name: string): boolean;
}

/** Each list of peer names (see `unitPeerNameList`) as a set compared the way `KnownPeers.has` compares them. */
const nameSets = new WeakMap<readonly string[], Set<string>>();

function nameSet(names: readonly string[], tech: PeerTechnology): Set<string> {
  let set = nameSets.get(names);
  if (!set) nameSets.set(names, (set = new Set(tech === "SIP" ? names.map((name) => name.toLowerCase()) : names)));
  return set;
}

/**
 * The peers of the index's units by technology: sets kept while each unit's list of peer names is the same. Asked for
 * every peer the new pieces of mentions name (thousands after a first analysis): plain loops, no closure per question.
 */
function knownPeerNames(index: DialplanIndex, workspace: Workspace): KnownPeers {
  const lists = TECHS.flatMap((tech) => [tech, ...index.peerUnitsOf(tech).map(unitPeerNameList)]);
  const stamp = keptAcrossBuilds(workspace, "undefined-peer known peers", lists, () => ({}));
  const byTech = new Map<PeerTechnology, Set<string>[]>();
  const sets = (tech: PeerTechnology) => {
    let found = byTech.get(tech);
    if (!found) byTech.set(tech, (found = index.peerUnitsOf(tech).map((unit) => nameSet(unitPeerNameList(unit), tech))));
    return found;
  };
  return {
    stamp,
    defines: (tech) => {
      const found = sets(tech);
      for (let i = 0; i < found.length; i++) if (found[i].size > 0) return true;
      return false;
    },
    has: (tech, name) => {
      const key = tech === "SIP" ? name.toLowerCase() : name;
      const found = sets(tech);
      for (let i = 0; i < found.length; i++) if (found[i].has(key)) return true;
      return false;
    },
  };
}

function report(ctx: RuleContext, uri: string, span: Span, message: string): void {
  ctx.report({ uri, span, message });
}
