// peer/nat-differs: a peer whose nat= gives a different force_rport than [general]; chan_sip prints a security warning.
// Each peer's effective nat= is kept with the section (a unit's map of them is a cheap loop over its sections); each
// run compares them with their load group's [general].
import { isFalseWord } from "../../knowledge/options/index";
import { objectOf } from "../../model/objects";
import { lastEffectiveOption, lastValue, type ConfUnit, type PlacedOption, type PlacedSection } from "../../model/units";
import { positionFree, unitFact } from "../../model/unit-facts";
import { sectionShares } from "../../model/section-lists";
import type { Rule } from "../types";
import { loadGroups } from "../../model/load-groups";

/** Whether a nat= value turns force_rport on, the way chan_sip's sip_parse_nat_option reads it. */
export function forceRport(value: string): boolean {
  let on = false;
  let auto = false;
  for (const raw of value.split(",")) {
    const word = raw.toLowerCase();
    if (isFalseWord(word)) return false;
    if (word === "yes") return true;
    if (word === "force_rport" && !auto) on = true;
    else if (word === "auto_force_rport") {
      auto = true;
      on = false;
    }
  }
  return on;
}

function generalNat(sections: { unit: ConfUnit; section: PlacedSection }[]): { known: boolean; value?: string } {
  for (const { section } of sections) {
    if (section.header && section.name.toLowerCase() === "general") return { known: true, value: lastValue(section, "nat") };
  }
  return { known: false };
}

const PEER_NAT_LINES = {};
const NAT_SHARES = positionFree({});

/** The effective nat= line of each peer of a unit that has one (kept with the unit: most peers have none). */
function peerNatLines(unit: ConfUnit): Map<PlacedSection, PlacedOption> {
  return unitFact(unit, PEER_NAT_LINES, (u) => new Map(sectionShares(u, NAT_SHARES, natShare, "inherited")));
}

/** A peer with its effective nat= line, from the section and its templates (kept while they stay the same). */
function natShare(unit: ConfUnit, section: PlacedSection): [PlacedSection, PlacedOption] | undefined {
  const info = objectOf(unit, section);
  if (!info || info.special || info.badType || info.isTemplate || section.header?.isAppend) return undefined;
  const nat = lastEffectiveOption(unit, section, "nat");
  return nat && [section, nat];
}

export const natDiffers: Rule = {
  code: "peer/nat-differs",
  area: "peer",
  severity: "warning",
  summary: "A chan_sip peer whose nat= differs from [general]: chan_sip warns that this lets an attacker tell existing peer names from unknown ones.",
  // Only the sip load groups, which hold sip units only.
  workspaceReads: ["sip"],
  checkWorkspace(workspace, ctx) {
    for (const group of loadGroups(workspace)) {
      if (group.units[0].dialect !== "sip") continue;
      // Most groups have no peer with a nat= line: nothing to compare.
      const natLines = group.units.map(peerNatLines);
      if (natLines.every((lines) => lines.size === 0)) continue;
      const global = generalNat(group.sections);
      // Without the [general] Asterisk will read (carriers alone, a fragment) the comparison would be a guess:
      // VICIdial's stock sip.conf sets nat=force_rport,comedia there, unlike Asterisk's default.
      if (!global.known) continue;
      const globalOn = global.value !== undefined ? forceRport(global.value) : false;
      const globalText = global.value !== undefined ? `nat=${global.value}` : "the default nat=auto_force_rport";
      for (const { unit, section } of group.sections) {
        const nat = natLines[group.units.indexOf(unit)].get(section);
        if (!nat) continue;
        const peerOn = forceRport(nat.node.value);
        if (peerOn === globalOn) continue;
        const where = `[general] has ${globalText}`;
        ctx.report({
          uri: nat.uri,
          span: nat.node.keySpan,
          message: `nat=${nat.node.value} turns force_rport ${peerOn ? "on" : "off"} for [${section.name}] while ${where}: chan_sip warns at load that a per-peer nat lets an attacker find out which peer names exist (replies to unknown names go to a different port). Set nat once in [general] instead.`,
        });
      }
    }
  },
};
