// syntax/missing-equals: a line that is neither a header, a directive nor `key = value`.
import { parseProblemRule } from "./parse-problem-rule";
import { registerTrees, REGISTER_WORD } from "../register/no-arrow";

export const missingEquals = parseProblemRule({
  code: "syntax/missing-equals",
  kind: "no-equals",
  severity: "warning",
  summary: "A line has no `=`; Asterisk warns and skips it.",
  message: () => "This line has no '=': Asterisk skips it. Expected 'key = value'.",
  // `register user@host` without `=>` gets register/no-arrow's more precise message instead.
  skip: (problem, tree, doc) => REGISTER_WORD.test(problem.text.trimStart()) && registerTrees(doc).includes(tree),
});
