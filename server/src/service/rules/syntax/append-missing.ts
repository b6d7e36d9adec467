// syntax/append-missing: `[name](+)` adding to a section that does not exist before it.
import type { Rule } from "../types";

export const appendMissing: Rule = {
  code: "syntax/append-missing",
  area: "syntax",
  severity: "error",
  summary: "`[name](+)` adds to a section that does not exist before it; Asterisk rejects the whole file.",
  checkUnit(unit, ctx) {
    // An indexed loop: `entries()` makes a pair per section, and this runs over every section of a unit on each edit.
    const sections = unit.sections;
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
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
