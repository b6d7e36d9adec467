// pattern/undialable: characters in a carrier pattern that no dialed number contains.
import { isDialable, parseExtension, type ParsedExtension, type PatternElement } from "../../model/extension-pattern";
import type { Rule } from "../types";
import { weakMemo } from "../../util/weak-memo";
import { extensionOffset, firstNamingSteps, isCarrierStep, textOf } from "../dialplan/common";

/**
 * The elements of a pattern no dialed number can match (every character undialable, or a lone character that is),
 * once per parsed pattern: parsed patterns are shared by every line naming the same text.
 */
const undialableElements = weakMemo((parsed: ParsedExtension): readonly PatternElement[] =>
  parsed.matchesNothing
    ? []
    : parsed.elements.filter((el) => {
        const bad = el.chars.filter((c) => !isDialable(c)).length;
        return bad > 0 && (el.kind !== "set" || bad === el.chars.length);
      }),
);

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
      for (const el of undialableElements(parseExtension(step.extensionText))) {
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
