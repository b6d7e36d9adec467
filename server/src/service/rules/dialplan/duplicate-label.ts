// dialplan/duplicate-label: the same label twice in one extension.
import type { Rule } from "../types";
import { whereIs } from "./common";

export const duplicateLabel: Rule = {
  code: "dialplan/duplicate-label",
  area: "dialplan",
  severity: "warning",
  summary: "Two priorities of one extension carry the same label: Asterisk warns, and jumps to the label always land on the first.",
  checkContext(context, ctx) {
    for (const ext of context.extensions) {
      // Without labels (most extensions), no line of it carries one: its lines are not read.
      if (ext.labels.size === 0) continue;
      for (const step of ext.steps) {
        const label = step.label;
        if (!label || label.text.length === 0) continue;
        const first = ext.labels.get(label.text);
        if (!first || first === step) continue;
        ctx.report({
          uri: step.uri,
          span: label.span,
          message: `Label '${label.text}' is already used at priority ${first.priority} (${whereIs(ctx.workspace, first, step.uri)}): Asterisk warns, and every jump to '${label.text}' lands there, never here. Rename one of them.`,
          related: [{ uri: first.uri, span: first.label!.span, message: "first use of the label" }],
        });
      }
    }
  },
};
