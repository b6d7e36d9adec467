// syntax/unclosed-options: `[name](tmpl` without `)`; Asterisk rejects the whole file.
import { parseProblemRule } from "./parse-problem-rule";

export const unclosedOptions = parseProblemRule({
  code: "syntax/unclosed-options",
  kind: "header-unclosed-paren",
  severity: "error",
  summary: "The `( ... )` options of a section header are not closed; Asterisk refuses to load the whole file.",
  message: (text) => `Header options '${text}' have no closing ')': Asterisk rejects the whole file. Expected '[name](template)'.`,
  fix(finding) {
    return [{ title: "Add the closing ')'", isPreferred: true, edits: [{ uri: finding.uri, span: { start: finding.span.end, end: finding.span.end }, newText: ")" }] }];
  },
});
