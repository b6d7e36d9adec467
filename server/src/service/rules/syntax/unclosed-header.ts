// syntax/unclosed-header: `[name` without `]`; Asterisk rejects the whole file.
import { parseProblemRule } from "./parse-problem-rule";

export const unclosedHeader = parseProblemRule({
  code: "syntax/unclosed-header",
  kind: "header-unclosed-bracket",
  severity: "error",
  summary: "A section header has no closing `]`; Asterisk refuses to load the whole file.",
  message: (text) => `Section header '${text}' has no closing ']': Asterisk rejects the whole file. Expected '[name]'.`,
  fix(finding, ctx) {
    // `[` alone: closing it would only make an empty section name (syntax/empty-section-name).
    const written = ctx.textOf(finding.uri)?.slice(finding.span.start, finding.span.end) ?? "";
    if (written.replace(/^\[/, "").trim().length === 0) return [];
    return [{ title: "Add the closing ']'", isPreferred: true, edits: [{ uri: finding.uri, span: { start: finding.span.end, end: finding.span.end }, newText: "]" }] }];
  },
});
