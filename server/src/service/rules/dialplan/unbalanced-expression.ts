// dialplan/unbalanced-expression: `${` without `}` or `$[` without `]` in application arguments.
import type { Span } from "../../text/span";
import type { Rule } from "../types";
import { textOf, unitDialplan } from "./common";

/** Openers `${` / `$[` whose closer never comes, as spans of the opener. */
export function unclosedExpressions(text: string, range: Span): { span: Span; kind: "${" | "$[" }[] {
  const result: { span: Span; kind: "${" | "$[" }[] = [];
  for (let i = range.start; i < range.end - 1; i++) {
    if (text[i] !== "$" || (text[i + 1] !== "{" && text[i + 1] !== "[")) continue;
    const open = text[i + 1];
    const close = open === "{" ? "}" : "]";
    let depth = 0;
    let j = i + 1;
    for (; j < range.end; j++) {
      if (text[j] === open) depth++;
      else if (text[j] === close && --depth === 0) break;
    }
    if (j >= range.end) result.push({ span: { start: i, end: i + 2 }, kind: open === "{" ? "${" : "$[" });
  }
  return result;
}

export const unbalancedExpression: Rule = {
  code: "dialplan/unbalanced-expression",
  area: "dialplan",
  severity: "error",
  summary: "A `${` or `$[` in the arguments is never closed: at run time Asterisk reports an error and the value comes out empty.",
  checkUnit(unit, ctx) {
    const dialplan = unitDialplan(unit, ctx);
    if (!dialplan) return;
    for (const step of dialplan.steps) {
      const range = step.line.argumentsSpan;
      const text = textOf(ctx.workspace, step.uri);
      if (!range || text === undefined) continue;
      for (const problem of unclosedExpressions(text, range)) {
        const closer = problem.kind === "${" ? "}" : "]";
        const what = problem.kind === "${" ? "variable" : "expression";
        ctx.report({
          uri: step.uri,
          span: problem.span,
          message: `This '${problem.kind}' ${what} is never closed with '${closer}': at run time Asterisk logs "Error in extension logic" and substitutes an empty value. Add the '${closer}'.`,
        });
      }
    }
  },
};
