// register/unknown-peer: `peer?` names a peer the configuration does not define; chan_sip then uses the name as
// the From domain.
import type { Rule } from "../types";
import { driverConfigs, generalSections, isEffective, quotePart, registerOptions, reportSafe } from "./common";
import { part } from "../../model/register-line";

export const unknownPeer: Rule = {
  code: "register/unknown-peer",
  area: "register",
  severity: "warning",
  summary: "The `peer?` prefix of a SIP register line names a peer that is not defined; chan_sip silently puts that name in the From header as the domain.",
  workspaceReads: ["sip", "iax", "generic"],
  checkWorkspace(workspace, ctx) {
    for (const config of driverConfigs(workspace)) {
      if (config.grammar !== "sip" || !config.main) continue;
      // Peers may live in files we cannot see: a missing include, or VICIdial's generated file with no carriers here.
      if (config.units.some((u) => u.directives.some((d) => d.target === undefined && d.node.name !== "exec"))) continue;
      if (config.units.length === 1 && config.main.directives.some((d) => d.target === "generated")) continue;
      const peers = new Set<string>();
      for (const unit of config.units) {
        const generals = generalSections(unit);
        for (const section of unit.sections) {
          if (!generals.has(section) && section.name.toLowerCase() !== "general" && !section.header?.isTemplate) peers.add(section.name.toLowerCase());
        }
      }
      for (const unit of config.units) {
        for (const { option, line } of registerOptions(unit, workspace)) {
          if (!isEffective(option, unit)) continue;
          const peer = part(line, "peer");
          if (!peer || peer.value.length === 0 || peers.has(peer.value.toLowerCase())) continue;
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
