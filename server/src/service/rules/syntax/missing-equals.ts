// syntax/missing-equals: a line that is neither a header, a directive nor `key = value`.
import { parseProblemRule } from "./parse-problem-rule";

export const missingEquals = parseProblemRule({
  code: "syntax/missing-equals",
  kind: "no-equals",
  severity: "warning",
  summary: "A line has no `=`; Asterisk warns and skips it.",
  message: () => "This line has no '=': Asterisk skips it. Expected 'key = value'.",
});
