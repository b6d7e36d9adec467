// peer/wrong-driver-option: a key that belongs to another channel driver (dtmf_mode in sip.conf, dtmfmode in pjsip.conf).
import { DRIVER_NAMES, PJSIP_TO_SIP, SIP_TO_PJSIP } from "../../knowledge/options/index";
import type { Rule } from "../types";
import { describeEquivalent, forEachJudgedOption } from "./common";
import { replace } from "../line-edits";
import { checkedReplacement, renameData } from "./rename";

export const wrongDriverOption: Rule = {
  code: "peer/wrong-driver-option",
  area: "peer",
  severity: "warning",
  summary: "An option of another channel driver (a PJSIP key in a chan_sip peer, chan_sip's dtmfmode in PJSIP ...): it does nothing here, or makes PJSIP refuse the object.",
  sectionReads: "general",
  checkSection(unit, section, ctx) {
    forEachJudgedOption(unit, section, (option, key, verdict, info) => {
      if (verdict.kind !== "foreign") return;
      const { foreign } = verdict;
      const owner = foreign.driver === "pjsip" ? `a PJSIP ${foreign.table.object} option` : `a ${DRIVER_NAMES[foreign.driver]} option`;
      const here = DRIVER_NAMES[info.driver];
      const prefixed = info.driver === "pjsip_wizard" && key.includes("/");
      const rejects = info.driver === "pjsip" || prefixed;
      const consequence = rejects
        ? info.driver === "pjsip"
          ? `PJSIP refuses to create this ${info.object ?? "object"}`
          : "PJSIP refuses the object and the wizard fails for this section"
        : `${here} ignores it`;
      let advice = "";
      if (verdict.rename) advice = ` ${info.driver === "pjsip_wizard" ? "Write" : here + " calls it"} '${verdict.rename}'.`;
      else if (verdict.note) advice = ` ${verdict.note}.`;
      else if ((info.driver === "sip" || info.driver === "iax") && foreign.driver === "pjsip") {
        const sipName = PJSIP_TO_SIP[foreign.option.name];
        if (sipName) advice = ` chan_sip calls it '${sipName}'.`;
      } else if ((info.driver === "pjsip" || info.driver === "pjsip_wizard") && foreign.driver === "sip" && SIP_TO_PJSIP[foreign.option.name]) {
        advice = ` ${describeEquivalent(SIP_TO_PJSIP[foreign.option.name])}.`;
      }
      ctx.report({
        uri: option.uri,
        span: option.node.keySpan,
        message: `'${key}' is ${owner}, ${info.driver === "pjsip_wizard" ? "not a wizard key" : `not a ${here} one`}: ${consequence}.${advice}`,
        severity: rejects ? "error" : "warning",
        data: renameData(unit, option, verdict.rename, info.driver, info.object),
      });
    });
  },
  fix(finding, ctx) {
    const replacement = checkedReplacement(finding, ctx.workspace);
    if (replacement === undefined) return [];
    return [{ title: `Rename to '${replacement}'`, isPreferred: true, edits: [replace(finding.uri, finding.span, replacement)] }];
  },
};
