// syntax/unclosed-options: `[name](tmpl` without `)`; Asterisk rejects the whole file.
import type { AnalyzedDocument } from "../../model/workspace";
import { confTrees, parseProblemRule } from "./parse-problem-rule";

/** True when a well-formed `[name]` section header of the same document comes before `offset`. */
function definedAbove(doc: AnalyzedDocument | undefined, offset: number, name: string): boolean {
  if (!doc) return false;
  for (const tree of confTrees(doc)) {
    for (const line of tree.lines) {
      if (line.line.start >= offset) break;
      if (line.kind === "section" && line.name === name && !line.isAppend) return true;
    }
  }
  return false;
}

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
    // Closing the options must not name a template that is not defined above (syntax/missing-base).
    const bases = options.slice(1).replace(/[\])]$/, "").split(",").map((b) => b.trim()).filter((b) => b.length > 0 && b !== "!" && b !== "+");
    const doc = ctx.workspace.document(finding.uri);
    const lineStart = text.lastIndexOf("\n", finding.span.start - 1) + 1;
    if (bases.some((base) => !definedAbove(doc, lineStart, base))) return [];
    // `(+)` adds to a section of the same name defined above; without one it is an error of its own.
    if (/[(,]\s*\+\s*(?:[,)\]]|$)/.test(options)) {
      const name = /^\s*\[([^\]]*)\]/.exec(text.slice(lineStart, finding.span.start))?.[1];
      if (!name || !definedAbove(doc, lineStart, name)) return [];
    }
    if (options.length > 1 && options.endsWith("]") && !options.slice(1, -1).includes("[")) {
      return [{ title: "Close the options with ')' instead of ']'", isPreferred: true, edits: [{ uri: finding.uri, span: { start: last - 1, end: last }, newText: ")" }] }];
    }
    return [{ title: "Add the closing ')'", isPreferred: true, edits: [{ uri: finding.uri, span: { start: last, end: last }, newText: ")" }] }];
  },
});
