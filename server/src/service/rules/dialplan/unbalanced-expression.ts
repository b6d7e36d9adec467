// dialplan/unbalanced-expression: `${` without `}` or `$[` without `]` in application arguments.
import type { Span } from "../../text/span";
import type { Rule } from "../types";
import { textOf } from "./common";

/** Openers `${` / `$[` whose closer never comes, as spans of the opener. */
export function unclosedExpressions(text: string, range: Span): { span: Span; kind: "${" | "$[" }[] {
  const result: { span: Span; kind: "${" | "$[" }[] = [];
  const first = firstOpener(text, range);
  // Most arguments open no expression: no bracket tables for those.
  if (first < 0) return result;
  const braces = unpairedOpeners(text, range, 123 /* { */, 125 /* } */);
  const brackets = unpairedOpeners(text, range, 91 /* [ */, 93 /* ] */);
  if (braces.length === 0 && brackets.length === 0) return result;
  for (let i = first; i < range.end - 1; i++) {
    if (text[i] !== "$" || (text[i + 1] !== "{" && text[i + 1] !== "[")) continue;
    const unpaired = text[i + 1] === "{" ? braces : brackets;
    if (unpaired.includes(i + 1)) result.push({ span: { start: i, end: i + 2 }, kind: text[i + 1] === "{" ? "${" : "$[" });
  }
  return result;
}

/**
 * Offsets of the `open` characters of a range that no `close` pairs with (nesting honoured, as `closingPartners`
 * pairs them): usually none, so no table of partners is built.
 */
function unpairedOpeners(text: string, range: Span, open: number, close: number): number[] {
  const stack: number[] = [];
  for (let i = range.start; i < range.end; i++) {
    const c = text.charCodeAt(i);
    if (c === open) stack.push(i);
    else if (c === close && stack.length > 0) stack.pop();
  }
  return stack;
}

/** Offset of the first `${` or `$[` in a range, or -1. */
function firstOpener(text: string, range: Span): number {
  for (let i = range.start; i < range.end - 1; i++) {
    if (text.charCodeAt(i) !== 36 /* $ */) continue;
    const next = text.charCodeAt(i + 1);
    if (next === 123 /* { */ || next === 91 /* [ */) return i;
  }
  return -1;
}

export const unbalancedExpression: Rule = {
  code: "dialplan/unbalanced-expression",
  area: "dialplan",
  severity: "warning",
  summary: "A `${` or `$[` in the arguments is never closed: at run time Asterisk reports an error and the value comes out empty.",
  checkStep(step, ctx) {
    const range = step.line.argumentsSpan;
    const text = textOf(ctx.workspace, step.uri);
    if (!range || text === undefined) return;
    for (const problem of unclosedExpressions(text, range)) {
      const closer = problem.kind === "${" ? "}" : "]";
      const what = problem.kind === "${" ? "variable" : "expression";
      ctx.report({
        uri: step.uri,
        span: problem.span,
        message: `This '${problem.kind}' ${what} is never closed with '${closer}': at run time Asterisk logs "Error in extension logic" and substitutes an empty value. Add the '${closer}'.`,
      });
    }
  },
};
