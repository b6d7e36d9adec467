// For the section-header hover: where a peer / PJSIP object is used by name — Dial lines and globals of the dialplan,
// chan_sip register lines (by `peer?` or as the host, which chan_sip looks up as a peer first), and the PJSIP objects
// whose aors= / auth= / outbound_auth= / transport= / endpoint= name it. Only places and names, never values.
import { findOption } from "../../knowledge/options/index";
import { addTo } from "../../util/multimap";
import { objectOf } from "../../model/objects";
import { dialplanIndex, type DialplanIndex, type PeerTechnology } from "../../model/dialplan";
import { baseName } from "../../model/file-kind";
import { part } from "../../model/register-line";
import { effectiveOptions, type ConfUnit, type PlacedSection } from "../../model/units";
import type { Workspace } from "../../model/workspace";
import { loadGroups } from "../../model/load-groups";
import { registerOptions } from "../../model/register-options";
import { peerMentions } from "../dialplan-locate";

const MAX_USES = 12;

function techOf(unit: ConfUnit, section: PlacedSection): PeerTechnology | undefined {
  const info = objectOf(unit, section);
  if (!info || info.special || info.isTemplate) return undefined;
  if (info.driver === "sip") return "SIP";
  if (info.driver === "iax") return "IAX2";
  return info.object === "endpoint" || info.object === "wizard" ? "PJSIP" : undefined;
}

/** A global or Dial line that names a peer, found once per dialplan index. */
interface Mention {
  label: string;
  uri: string;
  offset: number;
}

const mentionCache = new WeakMap<DialplanIndex, Map<string, Mention[]>>();

function mentionKey(tech: PeerTechnology, name: string): string {
  return tech + "\u0000" + (tech === "SIP" ? name.toLowerCase() : name);
}

/** Every peer named by a global or a Dial line of the workspace, by technology and name (chan_sip ignores case). */
function mentionsByPeer(workspace: Workspace, index: DialplanIndex): Map<string, Mention[]> {
  const cached = mentionCache.get(index);
  if (cached) return cached;
  const result = new Map<string, Mention[]>();
  const add = (keys: Set<string>, mention: Mention) => {
    for (const key of keys) addTo(result, key, mention);
  };
  for (const dialplan of index.dialplans) {
    for (const g of dialplan.globals) {
      const text = workspace.document(g.uri)?.text;
      if (text === undefined) continue;
      const keys = new Set(peerMentions(text, g.valueSpan).map((m) => mentionKey(m.tech, m.name)));
      keys.add(mentionKey("PJSIP", g.value.trim()));
      add(keys, { label: `global \`${g.name}\``, uri: g.uri, offset: g.nameSpan.start });
    }
    for (const step of dialplan.steps) {
      if (step.application.trim().toLowerCase() !== "dial" || step.args.length === 0) continue;
      const text = workspace.document(step.uri)?.text;
      if (text === undefined) continue;
      const keys = new Set(peerMentions(text, step.args[0].span).map((m) => mentionKey(m.tech, m.name)));
      add(keys, { label: `\`Dial\` in \`${step.extensionText}\` of \`[${step.context.name}]\``, uri: step.uri, offset: step.option.node.line.start });
    }
  }
  mentionCache.set(index, result);
  return result;
}

function dialplanUses(workspace: Workspace, tech: PeerTechnology, name: string, from: string): string[] {
  const mentions = mentionsByPeer(workspace, dialplanIndex(workspace)).get(mentionKey(tech, name)) ?? [];
  return mentions.map((m) => `${m.label} (${workspace.lineReference(m.uri, m.offset, from)})`);
}

function registerUses(workspace: Workspace, unit: ConfUnit, name: string, from: string): string[] {
  const group = loadGroups(workspace).find((g) => g.units.includes(unit));
  const uses: string[] = [];
  for (const member of group?.units ?? [unit]) {
    for (const { option, grammar, line } of registerOptions(member, workspace)) {
      if (grammar !== "sip") continue;
      const peer = part(line, "peer");
      const host = part(line, "host");
      const how = peer && !peer.sensitive && peer.value.toLowerCase() === name.toLowerCase() ? "its `peer?` prefix" : host && !host.sensitive && host.value.toLowerCase() === name.toLowerCase() ? "its host" : undefined;
      if (how) uses.push(`register line (${workspace.lineReference(option.uri, option.node.line.start, from)}), by ${how}`);
    }
  }
  return uses;
}

function objectUses(workspace: Workspace, unit: ConfUnit, section: PlacedSection, from: string): string[] {
  const type = objectOf(unit, section)?.object;
  if (!type || section.header?.isTemplate) return [];
  const group = loadGroups(workspace).find((g) => g.units.includes(unit));
  const uses: string[] = [];
  for (const { unit: owner, section: other } of group?.sections ?? []) {
    if (other === section || other.header?.isTemplate || other.header?.isAppend) continue;
    const info = objectOf(owner, other);
    if (!info?.object) continue;
    const keys = new Set<string>();
    for (const option of effectiveOptions(owner, other)) {
      const found = findOption("pjsip", info.object, option.node.key).option;
      if (found?.type.kind !== "reference" || found.type.to !== type) continue;
      if (option.node.value.split(",").some((v) => v.trim() === section.name)) keys.add(option.node.key.trim());
    }
    if (keys.size === 0) continue;
    const at = other.header ? workspace.lineReference(other.uri, other.header.nameSpan.start, from) : baseName(other.uri);
    uses.push(`\`[${other.name}]\` ${info.object}, ${[...keys].map((k) => `\`${k}=\``).join(" ")} (${at})`);
  }
  return uses;
}

/** A Markdown paragraph listing what names this section, or undefined when nothing does (or it is not nameable). */
export function sectionUsage(workspace: Workspace, unit: ConfUnit, section: PlacedSection, from: string): string | undefined {
  const info = objectOf(unit, section);
  if (!info || info.special || info.isTemplate) return undefined;
  const uses: string[] = [];
  const tech = techOf(unit, section);
  if (tech) uses.push(...dialplanUses(workspace, tech, section.name, from));
  if (info.driver === "sip") uses.push(...registerUses(workspace, unit, section.name, from));
  if (info.driver === "pjsip") uses.push(...objectUses(workspace, unit, section, from));
  // Saying "nothing dials it" only means something when the workspace has a dialplan to look in.
  const hasDialplan = dialplanIndex(workspace).dialplans.length > 0;
  if (uses.length === 0) return tech && hasDialplan ? "No Dial line or global of the workspace names it." : undefined;
  const lines = uses.slice(0, MAX_USES).map((u) => `- ${u}`);
  if (uses.length > MAX_USES) lines.push(`- … ${uses.length - MAX_USES} more`);
  return ["Named by:", ...lines].join("\n");
}
