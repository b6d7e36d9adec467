// syntax/empty-section-name: `[]` opens a section with no name.
import { parseProblemRule } from "./parse-problem-rule";

export const emptySectionName = parseProblemRule({
  code: "syntax/empty-section-name",
  kind: "header-empty-name",
  severity: "error",
  summary: "A section header `[]` has no name; Asterisk cannot create a peer or context from it.",
  message: () => "Section header '[]' has no name: the lines below it belong to nothing usable. Expected '[name]'.",
});
