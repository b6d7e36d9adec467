// syntax/unclosed-options: `[name](tmpl` without `)`; Asterisk rejects the whole file.
import { parseProblemRule } from "./parse-problem-rule";

export const unclosedOptions = parseProblemRule({
  code: "syntax/unclosed-options",
  kind: "header-unclosed-paren",
  severity: "error",
  summary: "The `( ... )` options of a section header are not closed; Asterisk refuses to load the whole file.",
  message: (text) => `Header options '${text}' have no closing ')': Asterisk rejects the whole file. Expected '[name](template)'.`,
  fix(finding, ctx) {
    const text = ctx.textOf(finding.uri);
    if (text === undefined) return [];
    // `[name](tmpl]`: the `]` was typed for the `)`; replace it rather than leave it in the template name.
    const options = text.slice(finding.span.start, finding.span.end).trimEnd();
    const last = finding.span.start + options.length;
    if (options.length > 1 && options.endsWith("]") && !options.slice(1, -1).includes("[")) {
      return [{ title: "Close the options with ')' instead of ']'", isPreferred: true, edits: [{ uri: finding.uri, span: { start: last - 1, end: last }, newText: ")" }] }];
    }
    return [{ title: "Add the closing ')'", isPreferred: true, edits: [{ uri: finding.uri, span: { start: last, end: last }, newText: ")" }] }];
  },
});
