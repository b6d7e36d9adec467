// syntax/append-missing: `[name](+)` adding to a section that does not exist before it.
import type { Rule } from "../types";

export const appendMissing: Rule = {
  code: "syntax/append-missing",
  area: "syntax",
  severity: "error",
  summary: "`[name](+)` adds to a section that does not exist before it; Asterisk rejects the whole file.",
  checkUnit(unit, ctx) {
    for (const [i, section] of unit.sections.entries()) {
      if (!section.header?.isAppend) continue;
      if (unit.sections.slice(0, i).some((s) => s.name === section.name)) continue;
      ctx.report({
        uri: section.uri,
        span: section.header.optionsSpan ?? section.header.nameSpan,
        message: `'[${section.name}](+)' adds to a section that is not defined before it: Asterisk rejects the whole file.`,
      });
    }
  },
};
