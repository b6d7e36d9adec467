// dialplan/duplicate-label: the same label twice in one extension.
import type { Rule } from "../types";
import { LineQuotes } from "../line-quotes";
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
        // The name off the parsed line as it is (`lineKey`): a step's `label` has its line follow its node, which only
        // the few reported need (an extension of a large FreePBX context has labels on most of its lines).
        const name = step.lineKey.priority?.label?.text;
        if (!name) continue;
        const first = ext.labels.get(name);
        if (!first || first === step) continue;
        const label = step.label!;
        const quotes = new LineQuotes();
        ctx.report({
          uri: step.uri,
          span: label.span,
          message: `Label '${label.text}' is already used at priority ${first.priority} (${whereIs(quotes, first, step.uri)}): Asterisk warns, and every jump to '${label.text}' lands there, never here. Rename one of them.`,
          related: [{ uri: first.uri, span: first.label!.span, message: "first use of the label" }],
          quotes: quotes.quotes,
        });
      }
    }
  },
};
