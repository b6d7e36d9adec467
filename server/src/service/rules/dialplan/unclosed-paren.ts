// dialplan/unclosed-paren: `App(args` with no `)`.
import type { Rule } from "../types";
import { fixesFromData, linesWhere, withFixes } from "./common";

/** The lines of a context whose application's `(` is not closed. */
const UNCLOSED_LINES = linesWhere((step) => step.line.unclosedParen === true);

export const unclosedParen: Rule = {
  code: "dialplan/unclosed-paren",
  area: "dialplan",
  severity: "warning",
  summary: "An application's `(` is never closed: Asterisk warns and closes it at the end of the line, which hides mistakes such as a missing argument.",
  checkContext(context, ctx) {
    // Most contexts have no such line: a rebuilt one of thousands of steps is not walked for it.
    if (!UNCLOSED_LINES.someIn(context, undefined)) return;
    for (const step of context.steps) {
      if (!step.line.unclosedParen || !step.line.application || step.isHint) continue;
      const end = step.option.node.valueSpan.end;
      ctx.report({
        uri: step.uri,
        span: { start: step.line.application.span.start, end },
        message: `'${step.application}(' has no closing ')': Asterisk warns ("No closing parenthesis found?") and takes everything to the end of the line as the arguments. Add the ')'.`,
        data: withFixes(undefined, [{ title: "Add the closing ')'", edits: [{ uri: step.uri, span: { start: end, end }, newText: ")" }], isPreferred: true }]),
      });
    }
  },
  fix: fixesFromData,
};
