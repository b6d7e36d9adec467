// pattern/lone-underscore: an extension that is just `_`.
import { patternProblemRule } from "./problem-rule";

export const loneUnderscore = patternProblemRule({
  code: "pattern/lone-underscore",
  kind: "lone-underscore",
  severity: "warning",
  summary: "An extension written as `_` alone is not a pattern: it only matches the literal text `_`.",
  message: () => "'_' alone is not a pattern: Asterisk loads it silently, but it only matches a dialed '_', never a number. Add the positions to match, e.g. '_X.'.",
});
