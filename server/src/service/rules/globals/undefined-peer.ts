// globals/undefined-peer: a global or Dial destination naming a peer/endpoint that no conf or carrier defines.
import { lookupTable } from "../../util/lookup-table";
import { keptCopy } from "../../util/lists";
import { closestName } from "../../model/suggest";
import type { Dialplan, DialplanIndex, DialplanStep, GlobalDefinition, PeerTechnology } from "../../model/dialplan";
import { substitute } from "../../model/dialplan-values";
import { maskChannelSecrets, parseChannel } from "../../model/channel-strings";
import type { Span } from "../../text/span";
import { describeMissingIncludes } from "../../model/units";
import { unitPeerNameList } from "../../model/dialplan-index";
import { keptAcrossBuilds } from "../../model/kept-joins";
import type { Rule, RuleContext } from "../types";
import { reportKept } from "../kept-reports";
import { dialSteps, globalLookup, indexOf } from "../dialplan/common";
import { keptPerDialplan, keptPerLine, keptPerStep, worthKeeping } from "../dialplan/kept-per-line";

const TECH: Record<string, PeerTechnology> = lookupTable({ SIP: "SIP", IAX2: "IAX2", PJSIP: "PJSIP" });
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
  checkWorkspace(_workspace, ctx) {
    const index = indexOf(ctx);
    // Kept while the mentions and every unit's list of peer names are the same objects (see rules/kept-reports.ts).
    const mentions = index.dialplans.map((dialplan) => resolvedMentions(index, dialplan));
    const peers = TECHS.flatMap((tech) => [tech, index.peerMissingIncludes(tech), index.hasMainPeerFile(tech), ...index.peerUnitsOf(tech).map(unitPeerNameList)]);
    reportKept(ctx, this.code, [...mentions, ...peers], (kept) => checkMentions(index, mentions, kept));
  },
};

/** Reports each peer a mention names that no unit defines (see the rule). */
function checkMentions(index: DialplanIndex, mentions: readonly (readonly ResolvedMention[])[], ctx: RuleContext): void {
  const known = knownPeerNames(index);
  const noted = new Set<string>();
  const check = (entry: ResolvedMention, { part, tech, peer }: NamedPeer) => {
    if (!known.defines(tech) || known.has(tech, peer)) return;
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
  for (const list of mentions) for (const entry of list) for (const named of entry.named) check(entry, named);
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

/** A channel that names a SIP/IAX2 peer or PJSIP endpoint, with the text it was read from (trimmed). */
interface NamedPeer {
  part: string;
  tech: PeerTechnology;
  peer: string;
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

/** A place in a dialplan that may name a peer: a global's value, or one destination of a Dial. */
interface PeerMention {
  uri: string;
  span: Span;
  /** A global's whole value, or one Dial destination (trimmed). */
  text: string;
  /** Set for a global's value: the global's name (no definition object: a mention is kept with its line). */
  global?: string;
  /** For text without variables: the peers it names, worked out once. */
  plain?: NamedPeer[];
}

/**
 * A global's value as a place that may name a peer, from its line alone, resolved into `into`. Text with `${...}` is
 * resolved with the globals of the dialplan's group; text without variables that names no peer is left out.
 */
function globalMentions(def: GlobalDefinition, lookup: (name: string) => string | undefined, into: ResolvedMention[]): ResolvedMention[] {
  addMention({ uri: def.uri, span: def.valueSpan, text: def.value, global: def.name }, def.value.split("&"), lookup, into);
  return into;
}

/** The destinations of a Dial step that may name a peer (the same rules as `globalMentions`), from its line alone. */
function stepMentions(step: DialplanStep, lookup: (name: string) => string | undefined, into: ResolvedMention[]): ResolvedMention[] {
  for (const destination of step.args[0].text.trim().split("&")) {
    const text = destination.trim();
    addMention({ uri: step.uri, span: step.args[0].span, text }, [text], lookup, into);
  }
  return into;
}

/** Adds a mention, resolved (see `resolveMention`), unless it has no variable and names no peer. */
function addMention(mention: PeerMention, parts: string[], lookup: (name: string) => string | undefined, into: ResolvedMention[]): void {
  if (mention.text.includes("${")) resolveMention(mention, lookup, into);
  else {
    const plain = peersNamedBy(parts);
    if (plain.length > 0) resolveMention({ ...mention, plain }, lookup, into);
  }
}

/** A mention with the peers it names once its variables are replaced (`resolved`: the text they were read from). */
interface ResolvedMention {
  mention: PeerMention;
  named: readonly NamedPeer[];
  resolved: string;
}

/**
 * The peer mentions of a dialplan with the peers each names, its `${...}` resolved with the globals as the dialplan
 * sees them. Kept with the dialplan while every global it read holds (see `keptPerDialplan`), so an edit elsewhere
 * resolves nothing again: the same list object, which `reportKept` then passes over.
 */
function resolvedMentions(index: DialplanIndex, dialplan: Dialplan): readonly ResolvedMention[] {
  return keptPerDialplan(dialplan, "undefined-peer mentions", index.globalsStamp, globalLookup(index, dialplan), (lookup) => findMentions(dialplan, lookup, index.globalsStamp));
}

function findMentions(dialplan: Dialplan, lookup: (name: string) => string | undefined, stamp: object): ResolvedMention[] {
  const list: ResolvedMention[] = [];
  const keep = worthKeeping(dialplan);
  // Each global's and each Dial's mentions, resolved, are kept with its line while the globals they read keep their values.
  for (const def of dialplan.globals) {
    if (!keep) globalMentions(def, lookup, list);
    else for (const entry of keptPerLine(def.option.node, "undefined-peer global", lookup, (read) => globalMentions(def, read, []), stamp)) list.push(entry);
  }
  for (const step of dialSteps(dialplan)) {
    if (step.dropped) continue;
    if (!keep) stepMentions(step, lookup, list);
    else for (const entry of keptPerStep(step, "undefined-peer", lookup, (read) => stepMentions(step, read, []), stamp)) list.push(entry);
  }
  return list;
}

/** One mention resolved into `into` (see `resolvedMentions`); none when its text starts with a variable holding a whole channel. */
function resolveMention(mention: PeerMention, lookup: (name: string) => string | undefined, into: ResolvedMention[]): void {
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

/** The peers the workspace defines, per technology, asked per name (chan_sip compares peer names without case). */
interface KnownPeers {
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
 * every peer every Dial and global names (thousands per edit of a large dialplan): plain loops, no closure per question.
 */
function knownPeerNames(index: DialplanIndex): KnownPeers {
  const byTech = new Map<PeerTechnology, Set<string>[]>();
  const sets = (tech: PeerTechnology) => {
    let found = byTech.get(tech);
    if (!found) byTech.set(tech, (found = index.peerUnitsOf(tech).map((unit) => nameSet(unitPeerNameList(unit), tech))));
    return found;
  };
  return {
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
