// pattern/catch-all: `_.` or `_!`, which Asterisk warns about.
import { patternProblemRule } from "./problem-rule";

export const catchAll = patternProblemRule({
  code: "pattern/catch-all",
  kind: "catch-all",
  severity: "warning",
  summary: "`_.` and `_!` match everything, including Asterisk's own `h`, `i` and `t` extensions; Asterisk warns and recommends `_X.`.",
  message: (problem) =>
    `'${problem.text}' matches every extension, including the special h (hang-up), i (invalid) and t (timeout) ones, so hang-up handling can end up here. Asterisk warns about it at load; use '_X${problem.text[1]}' to match digits only.`,
  fixes: (problem, step, span) => [{ title: `Use '_X${problem.text[1]}'`, edits: [{ uri: step.uri, span, newText: `_X${problem.text[1]}` }], isPreferred: true }],
});
