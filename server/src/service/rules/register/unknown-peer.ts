// register/unknown-peer: `peer?` names a peer the configuration does not define; chan_sip then uses the name as
// the From domain.
import type { Rule } from "../types";
import { quotePart, reportSafe } from "./common";
import { driverConfigs, generalSections, isEffective, registerOptions } from "../../model/register-options";
import { part } from "../../model/register-line";
import { describeMissingIncludes, missingIncludeCount, type ConfUnit } from "../../model/units";
import { unitFact } from "../../model/unit-facts";

const PEER_NAMES = {};

/** The lower-case names of a unit's sections that may be peers (not [general], not templates), once per unit. */
function peerNames(unit: ConfUnit): Set<string> {
  return unitFact(unit, PEER_NAMES, () => {
    const generals = generalSections(unit);
    const names = new Set<string>();
    for (const section of unit.sections) {
      if (!generals.has(section) && section.name.toLowerCase() !== "general" && !section.header?.isTemplate) names.add(section.name.toLowerCase());
    }
    return names;
  });
}

export const unknownPeer: Rule = {
  code: "register/unknown-peer",
  area: "register",
  severity: "warning",
  summary: "The `peer?` prefix of a SIP register line names a peer that is not defined; chan_sip silently puts that name in the From header as the domain.",
  workspaceReads: ["sip", "iax", "generic"],
  checkWorkspace(workspace, ctx) {
    for (const config of driverConfigs(workspace)) {
      if (config.grammar !== "sip" || !config.main) continue;
      // Peers may live in files we cannot see: VICIdial's generated file with no carriers here (nothing to say), or a
      // missing include (then only a note that names what is missing).
      if (config.units.length === 1 && config.main.directives.some((d) => d.target === "generated")) continue;
      // Worked out at the first `peer?` prefix: most register lines have none.
      let missing: number | undefined;
      const defined = (name: string) => config.units.some((unit) => peerNames(unit).has(name));
      for (const unit of config.units) {
        for (const { option, line } of registerOptions(unit, workspace)) {
          if (!isEffective(option, unit)) continue;
          const peer = part(line, "peer");
          if (!peer || peer.value.length === 0 || defined(peer.value.toLowerCase())) continue;
          missing ??= missingIncludeCount(config.units);
          if (missing > 0) {
            reportSafe(ctx, line, {
              uri: option.uri,
              span: peer.span,
              severity: "information",
              message: `Peer ${quotePart(peer, "before '?'")} is not in the files checked; ${describeMissingIncludes(missing)} and may define it. If it is not defined, chan_sip uses the name as the From domain.`,
            });
            continue;
          }
          reportSafe(ctx, line, {
            uri: option.uri,
            span: peer.span,
            message: `Peer ${quotePart(peer, "before '?'")} is not defined in this configuration: chan_sip silently uses the name as the From domain, which providers usually reject. Define that peer or remove the 'peer?' prefix.`,
          });
        }
      }
    }
  },
};
