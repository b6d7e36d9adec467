// dialplan/no-call-log: a carrier pattern that does not start with VICIdial's call_log AGI.
import type { Rule } from "../types";
import { stepAtPriority } from "../../model/dialplan";
import { hasCarrierLine, isCarrierStep } from "./common";

export const noCallLog: Rule = {
  code: "dialplan/no-call-log",
  area: "dialplan",
  severity: "information",
  summary: "A carrier pattern does not run `AGI(agi://127.0.0.1:4577/call_log)` at priority 1: VICIdial does not log the call, and `${CAMPDTO}` stays empty.",
  checkContext(context, ctx) {
    // Most contexts hold no carrier line: their extensions are not looked at.
    if (!hasCarrierLine(context)) return;
    for (const ext of context.extensions) {
      const first = stepAtPriority(ext, 1);
      if (!first || !isCarrierStep(first) || !ext.parsed.isPattern) continue;
      const isCallLog = /^agi$/i.test(first.application.trim()) && first.args.some((a) => /call_log/i.test(a.text));
      if (isCallLog) continue;
      ctx.report({
        uri: first.uri,
        span: first.line.application?.span ?? first.option.node.valueSpan,
        message: `'${ext.name}' does not start with VICIdial's call_log AGI: the call is not written to VICIdial's call log, and \${CAMPDTO} (the campaign dial timeout) is not set. VICIdial's carriers start with 'exten => ${ext.name},1,AGI(agi://127.0.0.1:4577/call_log)'.`,
      });
    }
  },
};
