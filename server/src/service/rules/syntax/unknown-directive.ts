// syntax/unknown-directive: a `#` line that is not #include, #tryinclude or #exec.
import { parseProblemRule } from "./parse-problem-rule";

export const unknownDirective = parseProblemRule({
  code: "syntax/unknown-directive",
  kind: "directive-unknown",
  severity: "warning",
  summary: "A `#` line is not `#include`, `#tryinclude` or `#exec`; Asterisk ignores it with a warning.",
  message: (text) => `Unknown directive '${text}': Asterisk ignores it. Expected #include, #tryinclude or #exec.`,
});
