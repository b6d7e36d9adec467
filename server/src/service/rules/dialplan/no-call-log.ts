// dialplan/no-call-log: a carrier pattern that does not start with VICIdial's call_log AGI.
import type { Rule } from "../types";
import { stepAtPriority, type DialplanStep } from "../../model/dialplan";
import { LineWork } from "../../model/line-work";
import { hasCarrierLine, isCarrierStep, lineVerdict } from "./common";

/** Whether a step's line runs call_log (see `runsCallLog`), kept on the parsed line. */
const CALL_LOG = new LineWork<boolean>();

/** Whether a step runs VICIdial's call_log AGI, by its line alone. */
function runsCallLog(step: DialplanStep): boolean {
  return /^agi$/i.test(step.application.trim()) && step.args.some((a) => /call_log/i.test(a.text));
}

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
      if (lineVerdict(CALL_LOG, first, runsCallLog)) continue;
      ctx.report({
        uri: first.uri,
        span: first.line.application?.span ?? first.option.node.valueSpan,
        message: `'${ext.name}' does not start with VICIdial's call_log AGI: the call is not written to VICIdial's call log, and \${CAMPDTO} (the campaign dial timeout) is not set. VICIdial's carriers start with 'exten => ${ext.name},1,AGI(agi://127.0.0.1:4577/call_log)'.`,
      });
    }
  },
};
