// pattern/reversed-range: `[9-2]` — a range written high to low.
import { patternProblemRule } from "./problem-rule";

export const reversedRange = patternProblemRule({
  code: "pattern/reversed-range",
  kind: "reversed-range",
  severity: "warning",
  summary: "A range such as `[9-2]` runs backwards and matches no digit; a set holding only that never matches anything.",
  message: (problem) => `Range '${problem.text}' runs backwards: Asterisk only matches a digit between the first and the last, so it matches none. Write it low to high ('${problem.text[2]}-${problem.text[0]}').`,
  fixes: (problem, step, span) => [
    { title: `Write the range as '${problem.text[2]}-${problem.text[0]}'`, edits: [{ uri: step.uri, span, newText: `${problem.text[2]}-${problem.text[0]}` }], isPreferred: true },
  ],
});
