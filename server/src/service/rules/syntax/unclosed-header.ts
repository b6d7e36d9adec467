// syntax/unclosed-header: `[name` without `]`; Asterisk rejects the whole file.
import { parseProblemRule } from "./parse-problem-rule";

export const unclosedHeader = parseProblemRule({
  code: "syntax/unclosed-header",
  kind: "header-unclosed-bracket",
  severity: "error",
  summary: "A section header has no closing `]`; Asterisk refuses to load the whole file.",
  message: (text) => `Section header '${text}' has no closing ']': Asterisk rejects the whole file. Expected '[name]'.`,
  fix(finding) {
    return [{ title: "Add the closing ']'", isPreferred: true, edits: [{ uri: finding.uri, span: { start: finding.span.end, end: finding.span.end }, newText: "]" }] }];
  },
});
