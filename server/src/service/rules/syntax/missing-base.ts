// syntax/missing-base and syntax/append-missing: header options naming sections that do not exist before them.
import { findBase } from "../../model/units";
import type { Rule } from "../types";

export const missingBase: Rule = {
  code: "syntax/missing-base",
  area: "syntax",
  severity: "error",
  summary: "`[name](tmpl)` inherits from a section that is not defined earlier; Asterisk rejects the whole file.",
  checkUnit(unit, ctx) {
    for (const section of unit.sections) {
      for (const base of section.header?.bases ?? []) {
        if (findBase(unit, section, base.text)) continue;
        const later = unit.sections.some((s) => s.name === base.text);
        const where = later ? "is only defined later (templates must come first)" : "does not exist";
        ctx.report({ uri: section.uri, span: base.span, message: `Template '${base.text}' ${where}: Asterisk rejects the whole file.` });
      }
    }
  },
};

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
