// syntax/unclosed-block-comment: `;--` never closed by `--;` hides the rest of the file.
import { parseProblemRule } from "./parse-problem-rule";

export const unclosedBlockComment = parseProblemRule({
  code: "syntax/unclosed-block-comment",
  kind: "block-comment-unclosed",
  severity: "warning",
  summary: "A `;--` block comment is never closed with `--;`, so everything after it is ignored.",
  message: () => "Block comment ';--' is never closed with '--;': every line after it is ignored.",
});
