// pattern/unterminated-set: `[` with no `]` in a pattern.
import { parseExtension } from "../../model/extension-pattern";
import { patternProblemRule } from "./problem-rule";

export const unterminatedSet = patternProblemRule({
  code: "pattern/unterminated-set",
  kind: "unterminated-set",
  severity: "warning",
  summary: "A `[` character set in a pattern is never closed; Asterisk reads the rest of the line as the extension name and registers nothing.",
  message: () =>
    "This character set has no closing ']': Asterisk keeps reading the rest of the line as the extension name, so the line gets no priority and is never registered. Close the set, e.g. [2-9].",
  fixes(problem, step, span, text) {
    // Close the set after its digits and ranges (`[2-9XXX` -> `[2-9]XXX`).
    let i = span.start + 1;
    const end = step.extensionSpan!.end;
    while (i < end) {
      if (/[0-9*#+]/.test(text[i]) && text[i + 1] === "-" && /[0-9]/.test(text[i + 2] ?? "")) i += 3;
      else if (/[0-9*#+]/.test(text[i])) i++;
      else break;
    }
    if (i === span.start + 1) return [];
    // Not when another '[' after it stays open: the line would still be read to its end.
    const closed = (text.slice(step.extensionSpan!.start, i) + "]" + text.slice(i, end)).replace(/\s/g, "");
    if (parseExtension(closed).problems.some((p) => p.kind === "unterminated-set")) return [];
    return [{ title: "Close the character set with ']'", edits: [{ uri: step.uri, span: { start: i, end: i }, newText: "]" }], isPreferred: true }];
  },
});
