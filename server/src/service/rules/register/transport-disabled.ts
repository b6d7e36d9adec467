// register/transport-disabled: `tcp://` / `tls://` registration while [general] does not enable that transport.
import type { Rule, RuleContext } from "../types";
import { reportKept } from "../kept-reports";
import { isTrueWord } from "../../knowledge/options/types";
import { driverConfigs, generalValue, isEffective, registerInputs, registerOptions, type DriverConfig } from "../../model/register-options";
import { part } from "../../model/register-line";

export const transportDisabled: Rule = {
  code: "register/transport-disabled",
  area: "register",
  severity: "warning",
  summary: "A SIP register line uses tcp:// or tls:// but sip.conf [general] does not enable that transport; chan_sip registers anyway but advertises the wrong Contact port.",
  workspaceReads: ["sip", "iax", "generic"],
  checkWorkspace(workspace, ctx) {
    for (const config of driverConfigs(workspace)) {
      if (config.grammar !== "sip" || !config.main) continue;
      const enabled = { tcp: isTrueWord(generalValue(config.main, "tcpenable")), tls: isTrueWord(generalValue(config.main, "tlsenable")) };
      const inputs = [enabled.tcp, enabled.tls, ...registerInputs(config, workspace)];
      reportKept(ctx, `${this.code}\u0000${config.main.id}`, inputs, (kept) => checkConfig(config, enabled, kept));
    }
  },
};

/** Reports the registrations over a transport that [general] does not enable. */
function checkConfig(config: DriverConfig, enabled: { tcp: boolean; tls: boolean }, ctx: RuleContext): void {
  for (const unit of config.units) {
    for (const { option, line } of registerOptions(unit, ctx.workspace)) {
      if (!isEffective(option, unit) || !line.accepted) continue;
      const transport = part(line, "transport");
      if (!transport || line.transport === "udp" || enabled[line.transport]) continue;
      const message =
        line.transport === "tcp"
          ? "This registration uses TCP but [general] does not set tcpenable=yes: chan_sip still sends REGISTER over TCP without a warning, yet its Contact carries the UDP port, so calls from the provider may not reach you. Add tcpenable=yes to [general]."
          : "This registration uses TLS but [general] does not set tlsenable=yes: chan_sip accepts the line without a warning, but has no TLS set up for it, so the registration is unlikely to work. Add tlsenable=yes (and a certificate) to [general].";
      ctx.report({ uri: option.uri, span: transport.span, message });
    }
  }
}
