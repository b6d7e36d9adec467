// dialplan/next-on-first: `n` (or `s`) on the first line of a context, where there is nothing to count from.
import type { Rule } from "../types";
import { droppedSteps, fixesFromData, withFixes } from "./common";

export const nextOnFirst: Rule = {
  code: "dialplan/next-on-first",
  area: "dialplan",
  severity: "warning",
  summary: "`n` or `s` as the priority of a context's first line: there is no previous line to count from, so Asterisk drops the line.",
  checkContext(context, ctx) {
    for (const step of droppedSteps(context)) {
      if (step.dropped !== "next-on-first" && step.dropped !== "same-on-first") continue;
      const p = step.line.priority!;
      const word = step.dropped === "next-on-first" ? "next" : "same";
      const first = step.context.steps.find((s) => s.option.section === step.option.section) === step;
      const where = first ? `on the first line of [${step.context.name}]` : `here: no line before it in [${step.context.name}] got a priority (they were dropped), so it`;
      ctx.report({
        uri: step.uri,
        span: p.span,
        message: `'${p.text}' (${word} priority) ${where} has no previous line to count from: Asterisk warns and drops this line. Use 1.`,
        data: withFixes(undefined, [{ title: "Use priority 1", edits: [{ uri: step.uri, span: p.span, newText: "1" }], isPreferred: true }]),
      });
    }
  },
  fix: fixesFromData,
};
