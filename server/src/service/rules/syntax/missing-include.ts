// syntax/missing-include: `#include` of a file that does not exist (Asterisk rejects the including file).
import type { Rule } from "../types";
import { isGlobPattern } from "../../util/glob";

export const missingInclude: Rule = {
  code: "syntax/missing-include",
  area: "syntax",
  severity: "error",
  summary: "`#include` names a file that cannot be found; Asterisk refuses to load the including file (`#tryinclude` is fine). A pattern (`dir/*.conf`) that matches none of the files checked is a warning: on the server it fails the same way only if it matches nothing there.",
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
      if (isGlobPattern(node.argument)) {
        // config.c expands the pattern with glob(3); a pattern that matches nothing loads no file, which fails the
        // `#include` exactly like a missing file. The folder is often just not part of what was checked.
        ctx.report({
          uri: directive.uri,
          span: node.argumentSpan,
          severity: "warning",
          message: `No file checked matches '${node.argument}': Asterisk loads every file the pattern matches on the server, and rejects the whole file if it matches none there ("listed as a #include but it does not exist"). Use #tryinclude if the folder may be empty.`,
          data: { directiveSpan: node.nameSpan },
        });
        continue;
      }
      ctx.report({
        uri: directive.uri,
        span: node.argumentSpan,
        message: `Included file '${node.argument}' is not among the files checked: if it is missing on the server too, Asterisk rejects the whole file ("listed as a #include but it does not exist"). Use #tryinclude if it is optional.`,
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
