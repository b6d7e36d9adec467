// register/pjsip-registration-string: a Registration String on a PJSIP / PJSIP_WIZ carrier (VICIdial never writes
// it), and `register` lines in pjsip.conf-like files (chan_pjsip has no such option).
import type { Rule } from "../types";
import { isTrueWord } from "../../knowledge/options/types";
import type { CarrierRecord, Workspace } from "../../model/workspace";
import { isRegisterKey } from "../../model/register-options";

export const pjsipRegistrationString: Rule = {
  code: "register/pjsip-registration-string",
  area: "register",
  severity: "error",
  summary: "A PJSIP or PJSIP_WIZ carrier has a Registration String, which VICIdial ignores (or a pjsip file has a `register` line); PJSIP registers through a `type=registration` object.",
  // Carrier and template records only (the generated units it reads are rebuilt from them).
  workspaceReads: ["records"],
  checkWorkspace(workspace, ctx) {
    for (const carrier of workspace.carriers()) {
      const protocol = carrier.protocol.toUpperCase();
      if (protocol !== "PJSIP" && protocol !== "PJSIP_WIZ") continue;
      const field = carrier.field("registration_string");
      if (!field || field.value.trim().length === 0) continue;
      const registers = carrierRegisters(workspace, carrier, protocol === "PJSIP_WIZ");
      const how =
        protocol === "PJSIP_WIZ"
          ? "set sends_registrations=yes with outbound_auth/username and outbound_auth/password in the wizard entry"
          : "add a type=registration object (and a type=auth object for its outbound_auth) to the account entry";
      ctx.report({
        uri: carrier.uri,
        span: field.valueSpan,
        severity: registers ? "information" : "error",
        tags: registers ? ["unnecessary"] : undefined,
        message: registers
          ? `VICIdial never writes the Registration String of a ${protocol} carrier; the account entry already registers, so this field does nothing and can be cleared.`
          : `VICIdial never writes the Registration String of a ${protocol} carrier, so this login is ignored and the carrier does not register. To register, ${how}.`,
        data: { valueSpan: field.valueSpan, redundant: registers },
      });
    }
  },
  checkUnit(unit, ctx) {
    if (unit.dialect !== "pjsip" && unit.dialect !== "pjsip_wizard") return;
    for (const section of unit.sections) {
      for (const option of section.options) {
        if (!isRegisterKey(option.node.key)) continue;
        ctx.report({
          uri: option.uri,
          span: option.node.keySpan,
          message: `PJSIP has no 'register' lines: res_pjsip does not know the option (in pjsip.conf the object [${section.name}] then fails to load) and nothing registers. Use a type=registration object with server_uri, client_uri and outbound_auth.`,
        });
      }
    }
  },
  fix(finding) {
    const span = finding.data?.valueSpan as { start: number; end: number } | undefined;
    if (!span || finding.data?.redundant !== true) return [];
    return [{ title: "Clear the unused Registration String", edits: [{ uri: finding.uri, span, newText: "" }] }];
  },
};

/** Whether the carrier's account entry (or its template) already registers by PJSIP means. */
function carrierRegisters(workspace: Workspace, carrier: CarrierRecord, wizard: boolean): boolean {
  const trees = [carrier.doc.fieldTrees.get("account_entry")];
  if (carrier.templateId) trees.push(workspace.templates().get(carrier.templateId)?.doc.fieldTrees.get("template_contents"));
  for (const tree of trees) {
    for (const line of tree?.lines ?? []) {
      if (line.kind !== "option") continue;
      const key = line.key.toLowerCase();
      if (!wizard && key === "type" && line.value.trim().toLowerCase() === "registration") return true;
      if (wizard && key === "sends_registrations" && isTrueWord(line.value)) return true;
    }
  }
  return false;
}
