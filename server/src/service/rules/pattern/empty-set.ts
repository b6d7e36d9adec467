// pattern/empty-set: `[]` inside a pattern.
import { patternProblemRule } from "./problem-rule";

export const emptySet = patternProblemRule({
  code: "pattern/empty-set",
  kind: "empty-set",
  severity: "warning",
  summary: "`[]` in a pattern stands for no position at all: Asterisk silently skips it, so the pattern is one digit shorter than it looks.",
  message: () => "'[]' is an empty character set: Asterisk skips it silently, so the pattern matches one character fewer than written. Put the allowed digits inside, or remove it.",
  fixes: (_problem, step, span) => [{ title: "Remove '[]'", edits: [{ uri: step.uri, span, newText: "" }] }],
});
