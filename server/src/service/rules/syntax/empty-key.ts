// syntax/empty-key: `= value` with nothing before the `=`.
import { parseProblemRule } from "./parse-problem-rule";

export const emptyKey = parseProblemRule({
  code: "syntax/empty-key",
  kind: "empty-key",
  severity: "warning",
  summary: "A `= value` line has no option name; Asterisk skips it.",
  message: () => "This line has no option name before '=': Asterisk skips it. Expected 'key = value'.",
});
