// register/unknown-peer: `peer?` names a peer the configuration does not define; chan_sip then uses the name as
// the From domain.
import type { Rule, RuleContext } from "../types";
import { reportKept } from "../kept-reports";
import { quotePart, reportSafe } from "./common";
import { driverConfigs, isEffective, registerInputs, registerOptions, type DriverConfig } from "../../model/register-options";
import { part } from "../../model/register-line";
import { describeMissingIncludes, missingIncludeCount, type ConfUnit, type PlacedSection } from "../../model/units";
import { positionFree, unitFact } from "../../model/unit-facts";
import { sectionShares } from "../../model/section-lists";

const PEER_NAMES = {};
const PEER_NAME_SHARES = positionFree({});

/**
 * The lower-case names of a unit's sections that may be peers (not [general], not templates), in order: a section
 * share each, so the list keeps its identity across rebuilds while the names are the same (see `reportKept`).
 */
function peerNameList(unit: ConfUnit): readonly string[] {
  return sectionShares(unit, PEER_NAME_SHARES, peerName, "own");
}

function peerName(_unit: ConfUnit, section: PlacedSection): string | undefined {
  const name = section.name.toLowerCase();
  return name !== "general" && !section.header?.isTemplate ? name : undefined;
}

/** The same names as a set, once per unit (asked only for register lines with a `peer?` prefix). */
function peerNames(unit: ConfUnit): Set<string> {
  return unitFact(unit, PEER_NAMES, () => new Set(peerNameList(unit)));
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
      const inputs = [missingIncludeCount(config.units), ...registerInputs(config, workspace), ...config.units.map(peerNameList)];
      reportKept(ctx, `${this.code}\u0000${config.main.id}`, inputs, (kept) => checkConfig(config, kept));
    }
  },
};

/** Reports the `peer?` prefixes that name no peer of the configuration. */
function checkConfig(config: DriverConfig, ctx: RuleContext): void {
  const defined = (name: string) => config.units.some((unit) => peerNames(unit).has(name));
  for (const unit of config.units) {
    for (const { option, line } of registerOptions(unit, ctx.workspace)) {
      if (!isEffective(option, unit)) continue;
      const peer = part(line, "peer");
      if (!peer || peer.value.length === 0 || defined(peer.value.toLowerCase())) continue;
      const missing = missingIncludeCount(config.units);
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
