// syntax/unused-suppression: a `vicidial-lint-disable` comment that silences nothing. The findings come from the
// suppression pass (service/suppression.ts), which runs after every rule; this entry gives the code its place in the
// rule table (docs, severity settings, SARIF) and its fix.
import type { Span } from "../../text/span";
import type { Rule } from "../types";
import { UNUSED_SUPPRESSION } from "../../suppression";

export const unusedSuppression: Rule = {
  code: UNUSED_SUPPRESSION,
  area: "syntax",
  severity: "warning",
  summary:
    "A `vicidial-lint-disable` or `vicidial-lint-disable-next-line` comment names a code that reports nothing there, or no rule at all; it would hide a later real problem.",
  fix(finding) {
    const remove = finding.data?.remove as Span | undefined;
    if (!remove) return [];
    return [{ title: "Remove the unused directive", edits: [{ uri: finding.uri, span: remove, newText: "" }], isPreferred: true }];
  },
};
