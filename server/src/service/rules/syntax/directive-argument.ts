// syntax/directive-argument: `#include`, `#tryinclude` or `#exec` without a file name.
import { parseProblemRule } from "./parse-problem-rule";

export const directiveArgument = parseProblemRule({
  code: "syntax/directive-argument",
  kind: "directive-no-argument",
  severity: "warning",
  summary: "`#include`, `#tryinclude` or `#exec` has no file name.",
  message: (text) => `'${text}' needs a file name: Asterisk ignores it.`,
});
