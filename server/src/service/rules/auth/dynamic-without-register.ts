// auth/dynamic-without-register: `host=dynamic` on a VICIdial carrier's peer (own or from its conf template) while the
// carrier has no registration string. A provider never registers to the dialer, so Asterisk never learns where to send
// calls. Plain sip.conf/iax.conf sections are left alone: phones use host=dynamic legitimately.
import { objectOf } from "../../model/objects";
import { lastEffectiveOption } from "../../model/units";
import type { CarrierRecord } from "../../model/workspace";
import type { Rule } from "../types";
import { isRegisterKey } from "../../model/register-options";
import { isVicidialUnit } from "../../model/units";


export const dynamicWithoutRegister: Rule = {
  code: "auth/dynamic-without-register",
  area: "auth",
  severity: "warning",
  summary: "A VICIdial carrier's peer has host=dynamic but the carrier has no registration string: a provider never registers to the dialer, so Asterisk has no address to send calls to.",
  checkUnit(unit, ctx) {
    if (!isVicidialUnit(unit) || (unit.dialect !== "sip" && unit.dialect !== "iax")) return;
    const registering = new Set<string>();
    for (const option of [...unit.orphans, ...unit.sections.flatMap((s) => s.options)]) {
      if (option.carrierId !== undefined && isRegisterKey(option.node.key)) registering.add(option.carrierId);
    }
    const carriers = new Map<string, CarrierRecord>();
    for (const c of ctx.workspace.carriers()) if (!carriers.has(`${c.id}\n${c.uri}`)) carriers.set(`${c.id}\n${c.uri}`, c);
    for (const section of unit.sections) {
      const carrierId = section.carrierId;
      if (carrierId === undefined || !section.header || section.header.isTemplate || section.header.isAppend) continue;
      if (registering.has(carrierId)) continue;
      const info = objectOf(unit, section);
      if (!info || info.special || info.badType || info.object !== "peer") continue;
      const type = info.typeValue?.toLowerCase();
      if (type !== "peer" && type !== "friend") continue;
      const host = lastEffectiveOption(unit, section, "host");
      if (!host || host.node.value.trim().toLowerCase() !== "dynamic") continue;
      // A registration string that is not a usable register line is the register rules' business.
      // The record whose account entry opened the section (a template header: the carrier that pulled it in).
      const record = carriers.get(`${carrierId}\n${section.uri}`) ?? carriers.get(`${carrierId}\n${host.uri}`) ?? [...carriers.values()].find((c) => c.id === carrierId);
      if ((record?.field("registration_string")?.value.trim() ?? "").length > 0) continue;
      const driver = unit.dialect === "iax" ? "chan_iax2" : "chan_sip";
      const fromTemplate = host.field === "template_contents" && host.uri !== section.uri;
      const where = fromTemplate ? ` (from conf template ${record?.templateId ?? "of the carrier"})` : "";
      const onHost = host.uri === section.uri;
      ctx.report({
        uri: onHost ? host.uri : section.uri,
        span: onHost ? host.node.valueSpan : section.header.nameSpan,
        message: `Carrier ${carrierId}'s peer [${section.name}] has host=dynamic${where} but the carrier has no registration string: dynamic means the other side registers to this server, which a provider never does, so ${driver} has no address for the peer and every call out through it fails. Set host= to the provider's address or host name.`,
        related: onHost ? undefined : [{ uri: host.uri, span: host.node.valueSpan, message: "host=dynamic comes from here" }],
      });
    }
  },
};
