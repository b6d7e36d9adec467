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
    // In a carrier's dialplan, globals or registration field a section header is an error of its own.
    const record = ctx.workspace.document(finding.uri)?.record;
    if (record) {
      for (const field of record.fields.values()) {
        const inside = field.valueSpan.start <= finding.span.start && finding.span.start <= field.valueSpan.end;
        if (inside && field.name !== "account_entry" && field.name !== "template_contents") return [];
      }
    }
    return [{ title: "Add the closing ']'", isPreferred: true, edits: [{ uri: finding.uri, span: { start: finding.span.end, end: finding.span.end }, newText: "]" }] }];
  },
});
