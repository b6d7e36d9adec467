// security/alwaysauthreject-off: chan_sip's `alwaysauthreject=no` answers an unknown user at once (404/403) and a
// known one with a challenge (401), so a scanner can list the account names before guessing passwords.
import { isFalseWord } from "../../knowledge/options/types";
import type { Rule, RuleContext } from "../types";
import { generalSections } from "../../model/register-options";
import type { PlacedSection } from "../../model/units";
import { reportKept } from "../kept-reports";

export const alwaysauthrejectOff: Rule = {
  code: "security/alwaysauthreject-off",
  area: "security",
  severity: "warning",
  summary: "chan_sip's alwaysauthreject=no tells unknown user names (rejected at once) from real ones (challenged): scanners can list your accounts and then guess their passwords.",
  checkUnit(unit, ctx) {
    if (unit.dialect !== "sip") return;
    const generals = generalSections(unit);
    // Kept while the [general] sections, and where they are, stay the same (a unit of thousands of peers is rebuilt
    // on every edit of one of its files).
    const inputs: unknown[] = [];
    for (const general of generals) inputs.push(general, general.placed);
    reportKept(ctx, `security/alwaysauthreject-off\u0000${unit.id}`, inputs, (kept) => reportOff(generals, kept));
  },
  fix(finding) {
    const span = finding.data?.value as { start: number; end: number } | undefined;
    return span ? [{ title: "Set alwaysauthreject=yes", isPreferred: true, edits: [{ uri: finding.uri, span, newText: "yes" }] }] : [];
  },
};

/** Reports each `alwaysauthreject` of the [general] sections that turns it off. */
function reportOff(generals: Set<PlacedSection>, ctx: RuleContext): void {
  for (const section of generals) {
    for (const option of section.options) {
      if (option.node.key.trim().toLowerCase() !== "alwaysauthreject" || !isFalseWord(option.node.value)) continue;
      ctx.report({
        uri: option.uri,
        span: option.node.line,
        message:
          "alwaysauthreject=no lets a scanner enumerate your SIP accounts: an unknown name gets 404/403 straight away, a real one gets a 401 challenge. " +
          "With the names known, passwords are guessed one account at a time, and every guessed account can call out on your carrier. " +
          "Fix: set alwaysauthreject=yes (the default), so every failure looks the same.",
        data: { value: option.node.valueSpan },
      });
    }
  }
}
