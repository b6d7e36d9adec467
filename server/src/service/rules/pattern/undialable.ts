// pattern/undialable: characters in a carrier pattern that no dialed number contains.
import { isDialable, parseExtension } from "../../model/extension-pattern";
import type { Rule } from "../types";
import { extensionOffset, firstNamingSteps, isCarrierStep, textOf } from "../dialplan/common";

export const undialable: Rule = {
  code: "pattern/undialable",
  area: "pattern",
  severity: "warning",
  summary: "A carrier pattern contains a character no dialed number has (letters, spaces, punctuation), so it never matches a call VICIdial places.",
  checkContext(context, ctx) {
    for (const step of firstNamingSteps(context)) {
      if (!isCarrierStep(step) || !step.extensionText.startsWith("_")) continue;
      const text = textOf(ctx.workspace, step.uri);
      if (text === undefined) continue;
      const parsed = parseExtension(step.extensionText);
      if (parsed.matchesNothing) continue;
      for (const el of parsed.elements) {
        const bad = el.chars.filter((c) => !isDialable(c));
        if (bad.length === 0 || (el.kind === "set" && bad.length < el.chars.length)) continue;
        const span = { start: extensionOffset(step, text, el.start), end: extensionOffset(step, text, el.end - 1) + 1 };
        ctx.report({
          uri: step.uri,
          span,
          message: `'${el.text}' can never be dialed: numbers VICIdial sends to a carrier are digits (and * # +), so this pattern never matches. Pattern letters are X, N, Z; anything else is taken literally.`,
        });
      }
    }
  },
};
