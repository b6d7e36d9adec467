// template/has-header: a VICIdial conf template whose contents open their own [section].
import type { Rule } from "../types";

export const hasHeader: Rule = {
  code: "template/has-header",
  area: "template",
  severity: "warning",
  summary: "A VICIdial conf template opens its own `[section]`, so the lines after it no longer join the carrier's section.",
  checkDocument(doc, ctx) {
    if (doc.record?.kind !== "template") return;
    const tree = doc.fieldTrees.get("template_contents");
    if (!tree) return;
    for (const line of tree.lines) {
      if (line.kind !== "section") continue;
      ctx.report({
        uri: doc.uri,
        span: line.nameSpan.end > line.nameSpan.start ? line.nameSpan : line.line,
        message:
          `Template opens its own section '[${line.name}]': the lines after it go there instead of into the carrier's ` +
          `section, and '[${line.name}]' is written again for each carrier using the template. Leave headers to the account entry.`,
      });
    }
  },
};
