// dialplan/first-priority: an extension whose lowest priority is not 1 is never entered.
import { priorityFromOthers } from "../../model/dialplan";
import type { Rule } from "../types";
import { fixesFromData, prioritySpan, renumberFixes, withFixes } from "./common";

export const firstPriority: Rule = {
  code: "dialplan/first-priority",
  area: "dialplan",
  severity: "warning",
  summary: "An extension has no priority 1 and no other pattern of its context that matches the same numbers has one: calls always start at 1, so the extension is never entered (unless a Goto/Gosub jumps to a label in it).",
  checkContext(context, ctx) {
    for (const ext of context.extensions) {
      const first = ext.steps[0];
      if (!first || first.priority === 1 || first.label) continue;
      // Priority 1 may come from another pattern of the context that matches the same numbers (FreePBX's follow-me).
      if (priorityFromOthers(ext, 1)) continue;
      const followsGenerated = first.firstOfCarrierEntry && first.line.priority?.kind === "next";
      const message = followsGenerated
        ? `'${ext.name}' starts with 'n': VICIdial writes this entry after its own lines in [vicidial-auto-external], so it gets priority ${first.priority} and no priority 1. Calls never enter it. Number the first line 1.`
        : `'${ext.name}' starts at priority ${first.priority}: calls always start at priority 1, so this extension is never entered. Number its first line 1.`;
      ctx.report({ uri: first.uri, span: prioritySpan(first), message, data: withFixes(undefined, renumberFixes(ext)) });
    }
  },
  fix: fixesFromData,
};
