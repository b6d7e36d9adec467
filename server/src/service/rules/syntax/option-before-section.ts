// syntax/option-before-section: `key = value` before any `[section]` in a main conf file.
import type { Rule } from "../types";

export const optionBeforeSection: Rule = {
  code: "syntax/option-before-section",
  area: "syntax",
  severity: "error",
  summary: "An option appears before the first `[section]`; Asterisk rejects the whole file (in a fragment, the lines join whatever section includes it).",
  checkUnit(unit, ctx) {
    for (const option of unit.orphans) {
      if (option.field) continue;
      const message = unit.isMainFile
        ? `'${option.node.key}' comes before any [section]: Asterisk rejects the whole file ("No category context"). Put it under a section such as [general].`
        : `'${option.node.key}' comes before any [section]: it joins the section that is open where this file is #included.`;
      ctx.report({ uri: option.uri, span: option.node.keySpan, message, severity: unit.isMainFile ? "error" : "information" });
    }
  },
};
