// pattern/wildcard-not-last: characters after `.` or `!`, which Asterisk never looks at.
import { patternProblemRule } from "./problem-rule";

export const wildcardNotLast = patternProblemRule({
  code: "pattern/wildcard-not-last",
  kind: "wildcard-not-last",
  severity: "warning",
  summary: "`.` and `!` end a pattern: whatever is written after them is ignored when matching.",
  message: (problem) =>
    `'${problem.text[0]}' matches the rest of the number, so '${problem.text.slice(1)}' after it is never checked: the pattern accepts more than it seems to. Move the wildcard to the end or drop what follows it.`,
  fixes: (problem, step, span) => [
    { title: `Remove '${problem.text.slice(1)}' (never checked)`, edits: [{ uri: step.uri, span: { start: span.start + 1, end: span.end }, newText: "" }] },
  ],
});
