// The workspace-wide dialplan index: ties the units of one server together (extensions.conf + VICIdial's generated
// extensions-vicidial.conf), merges same-named contexts and globals across them, and lists the peers of the conf
// units (sip, iax, pjsip), built once per change of the documents (each unit's peers once per unit).
import { addTo } from "../util/multimap";
import type { ConfUnit, PlacedSection } from "./units";
import { effectiveValue, missingIncludeCount } from "./units";
import type { Workspace } from "./workspace";
import { dialplanOf, isExtensionsUnit } from "./dialplan-build";
import { positionFree, unitFact } from "./unit-facts";
import { keptAcrossBuilds } from "./kept-joins";
import { globalsStamp } from "./globals-stamp";
import { sectionShare, sectionShares } from "./section-lists";
import type { Dialplan, DialplanContext, GlobalDefinition, PeerDefinition, PeerTechnology } from "./dialplan-types";

/** The technology of the peers a unit defines (sip, iax, pjsip and wizard units), else undefined. */
export function technologyOf(unit: ConfUnit): PeerTechnology | undefined {
  return unit.dialect === "sip" ? "SIP" : unit.dialect === "iax" ? "IAX2" : unit.dialect === "pjsip" || unit.dialect === "pjsip_wizard" ? "PJSIP" : undefined;
}

const PEERS = {};
const PEER_SHARES = positionFree({});

/** The peers, endpoints and wizards a sip, iax or pjsip unit defines, in file order (a unit fact). */
export function unitPeers(unit: ConfUnit): readonly PeerDefinition[] {
  return unitFact(unit, PEERS, () => {
    if (!technologyOf(unit)) return [];
    return sectionShares(unit, PEER_SHARES, peerOfSection, "inherited").map((peer): PeerDefinition => ({ tech: peer.tech, name: peer.name, uri: peer.uri, span: peer.span, section: peer.section, unit }));
  });
}

const PEER_NAME_SHARES = positionFree({});

/**
 * The names of the peers a unit defines, in file order: a section share each, so the list keeps its identity across
 * rebuilds while the names are the same (an edit inside a peer keeps it; see `keptList`).
 */
export function unitPeerNameList(unit: ConfUnit): readonly string[] {
  if (!technologyOf(unit)) return [];
  return sectionShares(unit, PEER_NAME_SHARES, (u, section) => sectionPeer(u, section)?.name, "inherited");
}

/** The peer a section defines, without its unit (a section fact, see `sectionFact`). */
export function sectionPeer(unit: ConfUnit, section: PlacedSection): Omit<PeerDefinition, "unit"> | undefined {
  return sectionShare(unit, PEER_SHARES, section, peerOfSection, "inherited");
}

/** The peer a section defines, if it is one (a section fact: the unit is added when the unit's list is made). */
function peerOfSection(unit: ConfUnit, section: PlacedSection): Omit<PeerDefinition, "unit"> | undefined {
  const tech = technologyOf(unit);
  if (!tech || section.header?.isTemplate) return undefined;
  const lower = section.name.toLowerCase();
  if (lower === "general" || lower === "authentication" || section.name.length === 0) return undefined;
  if (tech === "PJSIP") {
    const type = effectiveValue(unit, section, "type")?.toLowerCase();
    if (type !== "endpoint" && type !== "wizard") return undefined;
  }
  const span = section.header?.nameSpan ?? section.options[0]?.node.keySpan;
  return span ? { tech, name: section.name, uri: section.uri, span, section } : undefined;
}

export interface DialplanIndex {
  dialplans: Dialplan[];
  /** Dialplans loaded together with `dialplan` (itself first). */
  groupOf(dialplan: Dialplan): readonly Dialplan[];
  /** True when the group holds a main extensions.conf, so every context the server has is in sight. */
  isClosed(dialplan: Dialplan): boolean;
  /** Same-named contexts of the group, merged in load order. */
  contexts(from: Dialplan, name: string): readonly DialplanContext[];
  /** Every global of the workspace, in order. */
  globals: GlobalDefinition[];
  globalsNamed(name: string): GlobalDefinition[];
  /** A global's value as the server of `from` sees it: the last definition in its group, else the last anywhere. */
  globalValue(from: Dialplan | undefined, name: string): string | undefined;
  /**
   * The same object from one index to the next while `globalValue` gives every answer it gave: the dialplans are
   * grouped alike and define the same globals with the same values (model/globals-stamp.ts).
   */
  globalsStamp: object;
  /** Every peer of the workspace's units (worked out when first asked). */
  readonly peers: PeerDefinition[];
  /** The units that define peers of a technology, in order (see `unitPeerNameList` for their names). */
  peerUnitsOf(tech: PeerTechnology): readonly ConfUnit[];
  peersOf(tech: PeerTechnology): readonly PeerDefinition[];
  dialplanOfUnit(unit: ConfUnit): Dialplan | undefined;
  /** Includes of the group's units that found no file (see `ConfUnit.missingIncludes`): what they hold is unknown. */
  missingIncludes(dialplan: Dialplan): number;
  /** The same for the conf units that define peers of a technology (sip.conf and friends, iax.conf, pjsip.conf). */
  peerMissingIncludes(tech: PeerTechnology): number;
  /** Whether the main file of a technology (sip.conf, iax.conf, pjsip.conf) is in the workspace, not only fragments. */
  hasMainPeerFile(tech: PeerTechnology): boolean;
}

const DIALPLAN_INDEX = {};

/**
 * A value worked out from one dialplan and the dialplans loaded with it (`groupOf`) alone: kept with the dialplan's
 * unit and reused while its group holds the same units, so an edit to the files of another group leaves it be.
 * `compute` must read nothing but the group (its units, their documents' text, the index's answers about this
 * dialplan's group): no workspace-wide list such as `globals`, `globalValue` or `peers`, no setting.
 */
export function groupFact<T>(index: DialplanIndex, dialplan: Dialplan, key: object, compute: (group: readonly Dialplan[]) => T): T {
  const group = index.groupOf(dialplan);
  const held = unitFact(dialplan.unit, key, (): { units?: ConfUnit[]; value?: T } => ({}));
  if (held.units && held.units.length === group.length && held.units.every((unit, i) => unit === group[i].unit)) return held.value as T;
  const value = compute(group);
  held.units = group.map((d) => d.unit);
  held.value = value;
  return value;
}

/** The workspace's dialplan index, built once per change of the documents. */
export function dialplanIndex(workspace: Workspace): DialplanIndex {
  return workspace.memo(DIALPLAN_INDEX, () => {
    const units = workspace.units();
    const dialplans = units.filter(isExtensionsUnit).map((u) => dialplanOf(u, (uri) => workspace.document(uri)?.text));
    // The globals by name and their stamp are kept while each dialplan's globals list (see model/dialplan-globals.ts)
    // and what decides its group are the same: an edit outside [globals] keeps them without comparing every global's
    // name and value.
    const inputs = dialplans.flatMap((d) => [d.unit.id, d.unit.isMainFile, includesGenerated(d.unit), d.globals]);
    const kept = keptAcrossBuilds(workspace, "dialplan-index globals", inputs, () => ({
      ...globalsOf(dialplans),
      stamp: globalsStamp(workspace, dialplans, (d) => includesGenerated(d.unit)),
    }));
    return buildIndex(units, dialplans, kept);
  });
}

/** Every global of the dialplans in order, and by name. */
function globalsOf(dialplans: readonly Dialplan[]): { globals: GlobalDefinition[]; byName: Map<string, GlobalDefinition[]> } {
  const globals = dialplans.flatMap((d) => d.globals);
  const byName = new Map<string, GlobalDefinition[]>();
  for (const g of globals) addTo(byName, g.name, g);
  return { globals, byName };
}

function includesGenerated(unit: ConfUnit): boolean {
  return unit.directives.some((d) => d.target === "generated" && /extensions-vicidial\.conf/i.test(d.node.argument));
}

function buildIndex(units: readonly ConfUnit[], dialplans: Dialplan[], kept: { globals: GlobalDefinition[]; byName: Map<string, GlobalDefinition[]>; stamp: object }): DialplanIndex {
  const { globals, byName, stamp } = kept;
  const generated = dialplans.find((d) => d.unit.id === "vicidial:extensions");
  const mains = dialplans.filter((d) => d.unit.isMainFile);
  const groups = new Map<Dialplan, Dialplan[][]>();
  const addGroup = (group: Dialplan[]) => {
    for (const member of group) addTo(groups, member, group);
  };
  let generatedJoined = false;
  for (const main of mains) {
    if (generated && includesGenerated(main.unit)) {
      addGroup([main, generated]);
      generatedJoined = true;
    } else addGroup([main]);
  }
  for (const d of dialplans) {
    if (d.unit.isMainFile) continue;
    if (d === generated && generatedJoined) continue;
    addGroup([d]);
  }
  let peers: PeerDefinition[] | undefined;
  const allPeers = () => (peers ??= units.flatMap(unitPeers));
  const peerUnitsOf = memoBy((tech: PeerTechnology): readonly ConfUnit[] => units.filter((u) => technologyOf(u) === tech));
  const unitMap = new Map(dialplans.map((d) => [d.unit, d]));
  const groupUnits = new Map<Dialplan, Set<ConfUnit>>();
  const groupUnitsOf = (dialplan: Dialplan): Set<ConfUnit> => {
    let units = groupUnits.get(dialplan);
    if (!units) groupUnits.set(dialplan, (units = new Set(groupOf(dialplan).map((d) => d.unit))));
    return units;
  };
  const groupUnitIdsOf = memoBy((dialplan: Dialplan): Set<string> => new Set(groupOf(dialplan).map((d) => d.unit.id)));
  // The answers below are asked per jump, per Dial, per use: each is worked out once per index (the index is rebuilt
  // on every change) and shared, so callers must not change the lists.
  const groupOf = memoBy((dialplan: Dialplan): readonly Dialplan[] => {
    const result: Dialplan[] = [dialplan];
    for (const group of groups.get(dialplan) ?? []) for (const member of group) if (!result.includes(member)) result.push(member);
    return result;
  });
  const contextsByName = memoBy<Dialplan, Map<string, readonly DialplanContext[]>>(() => new Map());
  const valuesSeenFrom = memoBy<Dialplan, Map<string, string | undefined>>(() => new Map());
  return {
    dialplans,
    groupOf,
    isClosed: memoBy((dialplan) => groupOf(dialplan).some((d) => d.unit.isMainFile)),
    contexts: (from, name) => {
      const known = contextsByName(from);
      let found = known.get(name);
      if (!found) known.set(name, (found = groupOf(from).flatMap((d) => (d.contexts.has(name) ? [d.contexts.get(name)!] : []))));
      return found;
    },
    globals,
    globalsStamp: stamp,
    globalsNamed: (name) => byName.get(name) ?? [],
    globalValue: (from, name) => {
      if (!from) return byName.get(name)?.at(-1)?.value;
      const known = valuesSeenFrom(from);
      if (known.has(name)) return known.get(name);
      const defs = byName.get(name) ?? [];
      const group = groupUnitIdsOf(from);
      const value = (defs.filter((d) => group.has(d.unitId)).at(-1) ?? defs.at(-1))?.value;
      known.set(name, value);
      return value;
    },
    get peers() {
      return allPeers();
    },
    peersOf: memoBy((tech) => allPeers().filter((p) => p.tech === tech)),
    peerUnitsOf,
    dialplanOfUnit: (unit) => unitMap.get(unit),
    missingIncludes: memoBy((dialplan) => missingIncludeCount(groupUnitsOf(dialplan))),
    peerMissingIncludes: (tech) => missingIncludeCount(peerUnitsOf(tech)),
    hasMainPeerFile: memoBy((tech) => units.some((u) => technologyOf(u) === tech && u.isMainFile)),
  };
}

/** `compute` answered once per argument (a function of one argument whose answer does not change). */
function memoBy<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
