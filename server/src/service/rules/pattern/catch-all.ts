// pattern/catch-all: `_.`, `_!` (Asterisk warns about both) and other all-wildcard patterns such as `_.!`.
import { patternProblemRule } from "./problem-rule";

/** pbx_config warns about exactly these two spellings at load (P6: `_.!` loads silently). */
function asteriskWarns(text: string): boolean {
  return text === "_." || text === "_!";
}

export const catchAll = patternProblemRule({
  code: "pattern/catch-all",
  kind: "catch-all",
  severity: "warning",
  summary: "`_.`, `_!` and other patterns made only of wildcards (`_.!`) match everything, including Asterisk's own `h`, `i` and `t` extensions; Asterisk warns about `_.` and `_!` and recommends `_X.`.",
  message: (problem) => {
    const load = asteriskWarns(problem.text)
      ? "Asterisk warns about it at load"
      : "Asterisk loads it without a warning, but it catches them just like '_.'";
    return `'${problem.text}' matches every extension, including the special h (hang-up), i (invalid) and t (timeout) ones, so hang-up handling can end up here. ${load}; use '_X${problem.text[1]}' to match digits only.`;
  },
  fixes: (problem, step, span) => [{ title: `Use '_X${problem.text[1]}'`, edits: [{ uri: step.uri, span, newText: `_X${problem.text[1]}` }], isPreferred: true }],
});
