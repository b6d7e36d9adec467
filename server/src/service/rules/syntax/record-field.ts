// syntax/record-field: lines of a .carrier or .conftemplate file that are not a known field.
import type { Rule } from "../types";

export const recordField: Rule = {
  code: "syntax/record-field",
  area: "syntax",
  severity: "error",
  summary: "A line of a carrier or template file is not `field: value` or `[[field]]`, names an unknown field, or repeats a field.",
  checkDocument(doc, ctx) {
    if (!doc.record) return;
    const expected = doc.record.kind === "carrier" ? "a carrier field" : "a template field";
    for (const problem of doc.record.problems) {
      const text = problem.text.slice(0, 60);
      const message =
        problem.kind === "unknown-field"
          ? `'${text}' is not ${expected}; VICIdial has no such field.`
          : problem.kind === "duplicate-field"
            ? `Field '${text}' is given twice; only the first one is used.`
            : `'${text}' is not a field line. Expected 'field_name: value' or a '[[field_name]]' block.`;
      ctx.report({ uri: doc.uri, span: problem.span, message });
    }
  },
};
