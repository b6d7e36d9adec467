// syntax/unknown-directive and syntax/directive-argument: `#` lines Asterisk does not understand.
import { parseProblemRule } from "./parse-problem-rule";

export const unknownDirective = parseProblemRule({
  code: "syntax/unknown-directive",
  kind: "directive-unknown",
  severity: "warning",
  summary: "A `#` line is not `#include`, `#tryinclude` or `#exec`; Asterisk ignores it with a warning.",
  message: (text) => `Unknown directive '${text}': Asterisk ignores it. Expected #include, #tryinclude or #exec.`,
});

export const directiveArgument = parseProblemRule({
  code: "syntax/directive-argument",
  kind: "directive-no-argument",
  severity: "warning",
  summary: "`#include`, `#tryinclude` or `#exec` has no file name.",
  message: (text) => `'${text}' needs a file name: Asterisk ignores it.`,
});
