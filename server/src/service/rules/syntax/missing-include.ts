// syntax/missing-include: `#include` of a file that does not exist (Asterisk rejects the including file).
import type { Rule } from "../types";

export const missingInclude: Rule = {
  code: "syntax/missing-include",
  area: "syntax",
  severity: "error",
  summary: "`#include` names a file that cannot be found; Asterisk refuses to load the including file (`#tryinclude` is fine).",
  checkUnit(unit, ctx) {
    for (const directive of unit.directives) {
      const { node } = directive;
      if (node.name === "exec") {
        ctx.report({
          uri: directive.uri,
          span: node.nameSpan,
          severity: "information",
          message: "#exec runs only when asterisk.conf sets execincludes=yes; otherwise Asterisk ignores it with a warning.",
        });
        continue;
      }
      if (node.name !== "include" || node.argument.length === 0 || directive.target !== undefined) continue;
      ctx.report({
        uri: directive.uri,
        span: node.argumentSpan,
        message: `Included file '${node.argument}' was not found: Asterisk rejects the whole file. Use #tryinclude if it is optional.`,
        data: { directiveSpan: node.nameSpan },
      });
    }
  },
  fix(finding) {
    const directiveSpan = finding.data?.directiveSpan as { start: number; end: number } | undefined;
    if (!directiveSpan) return [];
    return [{ title: "Make it optional with #tryinclude", edits: [{ uri: finding.uri, span: directiveSpan, newText: "tryinclude" }] }];
  },
};
