// dialplan/duplicate-priority: the same priority twice in one extension; Asterisk drops the second line.
import type { Rule } from "../types";
import { LineQuotes } from "../line-quotes";
import { droppedSteps, fixesFromData, prioritySpan, renumberFixes, whereIs, withFixes } from "./common";

export const duplicatePriority: Rule = {
  code: "dialplan/duplicate-priority",
  area: "dialplan",
  severity: "warning",
  summary: "Two lines give an extension the same priority: Asterisk refuses the second one ('already in use'), so it never runs.",
  checkContext(context, ctx) {
    for (const step of droppedSteps(context)) {
      if (step.dropped !== "duplicate-priority" || !step.conflictsWith) continue;
      const holder = step.conflictsWith;
      const owner = holder.carrierId && holder.carrierId !== step.carrierId && holder.uri === step.uri ? ` (carrier ${holder.carrierId})` : "";
      const ext = holder.extension;
      const quotes = new LineQuotes();
      ctx.report({
        uri: step.uri,
        span: prioritySpan(step),
        message: `Priority ${step.priority} of '${step.extensionText}' is already used at ${whereIs(quotes, holder, step.uri)}${owner}: Asterisk refuses this line ("already in use") and it never runs. Give it the next free priority or 'n'.`,
        related: [{ uri: holder.uri, span: prioritySpan(holder), message: `priority ${holder.priority} is defined here first` }],
        data: withFixes(undefined, ext ? renumberFixes(ext) : []),
        quotes: quotes.quotes,
      });
    }
  },
  fix: fixesFromData,
};
