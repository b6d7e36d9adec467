// dialplan/argument-count: Dial, AGI, Goto, GotoIf, ExecIf, Set and Hangup given arguments they cannot use.
import { topLevelIndex } from "../../model/dialplan-values";
import type { DialplanStep } from "../../model/dialplan";
import type { Severity, Rule } from "../types";
import { textOf } from "./common";

export interface Problem {
  message: string;
  severity?: Severity;
}

/** What is wrong with the step's arguments for `application` (by default its own; another to judge a renamed one). */
export function argumentProblem(step: DialplanStep, text: string, application = step.application): Problem | undefined {
  const app = application.trim().toLowerCase();
  const args = step.args;
  const first = args[0]?.text.trim() ?? "";
  const range = step.line.argumentsSpan;
  switch (app) {
    case "dial":
      if (first.length === 0) return { severity: "error", message: "Dial has no destination (expected Dial(Tech/resource[,timeout[,options]])): Asterisk refuses it and hangs up the call." };
      if (args.length > 4)
        return { message: `Dial reads four arguments (destinations, timeout, options, URL); the extra ${args.length - 4} end up in the URL and are ignored. Check for a stray comma.` };
      return undefined;
    case "agi":
    case "eagi":
      return first.length === 0 ? { severity: "error", message: `${application} has no script or FastAGI URL: Asterisk refuses it and hangs up the call.` } : undefined;
    case "goto":
      if (first.length === 0 && args.length <= 1) return { severity: "error", message: "Goto has no target (expected Goto([[context,]extension,]priority)): Asterisk hangs up the call." };
      if (args.length > 3) return { severity: "error", message: `Goto takes at most context, extension and priority; ${args.length} parts cannot be a target and the call hangs up.` };
      return undefined;
    case "gotoif":
    case "execif":
    case "gosubif":
      if (!range || topLevelIndex(text, range, "?") < 0)
        return { message: `${application} needs 'condition?...': without the '?' Asterisk ignores the line and goes on to the next priority.` };
      return undefined;
    case "set": {
      if (args.length === 0 || !first.includes("=")) return { message: "Set needs 'name=value': Asterisk warns and ignores this line." };
      const extra = args.slice(1).find((a) => /^\s*_{0,2}[A-Za-z]\w*\s*=/.test(a.text));
      if (extra)
        return {
          severity: "information",
          message: `Set takes one 'name=value': '${extra.text.trim()}' becomes part of the value of '${first.split("=")[0]}', not a second variable. Use MSet() or a second Set().`,
        };
      return undefined;
    }
    case "hangup":
      return args.length > 1 ? { message: "Hangup takes one optional cause code; the rest is ignored." } : undefined;
    default:
      return undefined;
  }
}

export const argumentCount: Rule = {
  code: "dialplan/argument-count",
  area: "dialplan",
  severity: "warning",
  summary: "Dial, AGI, Goto, GotoIf, ExecIf, Set or Hangup has arguments it cannot use (missing destination, too many parts, no '?', no '=').",
  checkStep(step, ctx) {
    const line = step.line;
    if (step.isHint || !line.application) return;
    const text = textOf(ctx.workspace, step.uri);
    if (text === undefined) return;
    const problem = argumentProblem(step, text);
    if (!problem) return;
    ctx.report({
      uri: step.uri,
      span: { start: line.application.span.start, end: step.option.node.valueSpan.end },
      message: problem.message,
      severity: problem.severity,
    });
  },
};
