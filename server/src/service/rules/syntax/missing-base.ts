// syntax/missing-base: `[name](tmpl)` naming a template that does not exist before it.
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
