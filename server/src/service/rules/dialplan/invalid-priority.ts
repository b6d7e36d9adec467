// dialplan/invalid-priority: a priority Asterisk cannot read (0, words, unknown labels, unclosed label).
import { parseExtension } from "../../model/extension-pattern";
import type { Rule } from "../types";
import { droppedSteps, fixesFromData, withFixes } from "./common";

export const invalidPriority: Rule = {
  code: "dialplan/invalid-priority",
  area: "dialplan",
  severity: "warning",
  summary: "A priority that is not a number ≥ 1, `n`, `s`, `hint` or a label defined earlier in the extension: Asterisk warns and drops the line.",
  checkContext(context, ctx) {
    for (const step of droppedSteps(context)) {
      const p = step.line.priority;
      switch (step.dropped) {
        case "label-unclosed": {
          const label = p!.label!;
          // Closing the label is a fix only when the result is a priority: a number, or n or s that follow a numbered
          // line (not a hint, whose 'n' would be 0), before a named label.
          const closable = label.text.trim().length > 0 && step.priorityIfLabelClosed !== undefined;
          const fixes = closable ? [{ title: "Close the label with ')'", edits: [{ uri: step.uri, span: { start: label.span.end, end: label.span.end }, newText: ")" }], isPreferred: true }] : [];
          ctx.report({
            uri: step.uri,
            span: { start: label.span.start - 1, end: label.span.end },
            message: `Label '(${label.text}' has no closing ')': Asterisk drops the whole line. Write '(${label.text})'.`,
            data: withFixes(undefined, fixes),
          });
          break;
        }
        case "unknown-label":
          ctx.report({
            uri: step.uri,
            span: p!.span,
            message: `Priority '${p!.text}' is neither a number nor a label defined earlier in '${step.extensionText}': Asterisk drops the line ("Invalid priority/label"). Use a number, 'n', or define the label first.`,
          });
          break;
        case "invalid-priority":
          ctx.report({
            uri: step.uri,
            span: p!.span,
            // 'n' comes to 0 only after a hint, whose priority is no number.
            message: p!.kind === "next"
              ? `'${p!.text}' follows a hint line, which has no priority number: Asterisk counts this line as priority 0 and drops it ("Invalid priority/label"). Give the first step priority 1.`
              : `Priority '${p!.text}' is not valid (priorities are whole numbers from 1, or n, s, hint or a label): Asterisk drops the line.`,
          });
          break;
        case "missing-priority":
          if (parseExtension(step.extensionText).problems.some((x) => x.kind === "unterminated-set")) break;
          ctx.report({
            uri: step.uri,
            span: step.option.node.valueSpan,
            message: "This line has no priority (expected 'exten => extension,priority,Application(...)'): Asterisk drops it.",
          });
          break;
        default:
          break;
      }
    }
  },
  fix: fixesFromData,
};
