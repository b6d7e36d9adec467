// dialplan/no-call-log: a carrier pattern that does not start with VICIdial's call_log AGI.
import type { Rule } from "../types";
import { stepAtPriority, type DialplanStep } from "../../model/dialplan";
import { keepsLineWork } from "../../model/dialplan-build";
import { LineWork } from "../../model/line-work";
import { hasCarrierLine, isCarrierStep } from "./common";

/** `runsCallLog` per parsed line: told by the line's text alone, kept on it in a rebuilt context (see `keepsLineWork`). */
const CALL_LOG = new LineWork<boolean>();

/** Whether a step runs VICIdial's call_log AGI (read back without a closure per line: a context of thousands of carriers). */
function runsCallLog(step: DialplanStep): boolean {
  const line = step.line;
  const kept = CALL_LOG.get(line);
  if (kept !== undefined) return kept;
  const found = /^agi$/i.test(step.application.trim()) && step.args.some((a) => /call_log/i.test(a.text));
  if (keepsLineWork(step.context)) CALL_LOG.set(line, found);
  return found;
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
      if (runsCallLog(first)) continue;
      ctx.report({
        uri: first.uri,
        span: first.line.application?.span ?? first.option.node.valueSpan,
        message: `'${ext.name}' does not start with VICIdial's call_log AGI: the call is not written to VICIdial's call log, and \${CAMPDTO} (the campaign dial timeout) is not set. VICIdial's carriers start with 'exten => ${ext.name},1,AGI(agi://127.0.0.1:4577/call_log)'.`,
      });
    }
  },
};
