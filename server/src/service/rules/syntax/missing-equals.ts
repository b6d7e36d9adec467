// syntax/missing-equals: a line that is neither a header, a directive nor `key = value`.
import { parseProblemRule } from "./parse-problem-rule";
import { registerTrees, REGISTER_WORD } from "../register/no-arrow";

export const missingEquals = parseProblemRule({
  code: "syntax/missing-equals",
  kind: "no-equals",
  severity: "warning",
  summary: "A line has no `=`; Asterisk warns and skips it.",
  message: () => "This line has no '=': Asterisk skips it. Expected 'key = value'.",
  // Register lines get a more precise message: `register user@host` without `=>` from register/no-arrow, a carrier's
  // Registration String without `register =>` from register/missing-prefix.
  skip: (problem, tree, doc) =>
    registerTrees(doc).includes(tree) && (REGISTER_WORD.test(problem.text.trimStart()) || doc.fieldTrees.get("registration_string") === tree),
});
