// pattern/reserved-overlap: a carrier pattern that also matches VICIdial's internal extensions.
import { commonExample, matchesExtension, parseExtension } from "../../model/extension-pattern";
import type { Rule } from "../types";
import { firstNamingSteps, isCarrierStep, unitDialplan } from "../dialplan/common";

/** Extensions VICIdial dials internally (vicidial-auto-*, extensions.conf); outbound carrier patterns must leave them alone. */
export const RESERVED_EXTENSIONS: { extension: string; purpose: string }[] = [
  { extension: "8500", purpose: "voicemail" },
  { extension: "8501", purpose: "voicemail" },
  { extension: "8167", purpose: "prompt recording" },
  { extension: "8168", purpose: "prompt recording" },
  { extension: "8309", purpose: "call recording" },
  { extension: "8310", purpose: "call recording" },
  { extension: "8368", purpose: "internal extensions.conf entry" },
  { extension: "_8600XXX*.", purpose: "agent conference sessions" },
  { extension: "_85026666666666.", purpose: "internal VICIdial session" },
  { extension: "_8305888888888888.", purpose: "internal loop-back" },
  { extension: "_83046777777777*.", purpose: "internal VICIdial session" },
  { extension: "_XXX*XXX*XXX*XXX*.", purpose: "server dial-around (zero-padded server IP, e.g. 010*010*010*015*...)" },
];

export const reservedOverlap: Rule = {
  code: "pattern/reserved-overlap",
  area: "pattern",
  severity: "warning",
  summary: "A carrier pattern also matches an extension VICIdial uses internally (8500, 8600XXX*, server dial-around ...), so internal calls may leave through the carrier.",
  checkUnit(unit, ctx) {
    const dialplan = unitDialplan(unit, ctx);
    if (!dialplan) return;
    for (const step of firstNamingSteps(dialplan)) {
      if (!isCarrierStep(step) || !step.extensionText.startsWith("_") || step.extensionText === "_") continue;
      const parsed = parseExtension(step.extensionText);
      if (parsed.matchesNothing) continue;
      const hits: string[] = [];
      for (const reserved of RESERVED_EXTENSIONS) {
        const hit = reserved.extension.startsWith("_")
          ? commonExample(parsed, parseExtension(reserved.extension))
          : matchesExtension(step.extensionText, reserved.extension)
            ? reserved.extension
            : undefined;
        if (hit !== undefined) hits.push(`${reserved.extension} (${reserved.purpose}${reserved.extension.startsWith("_") ? `, e.g. ${hit}` : ""})`);
      }
      if (hits.length === 0) continue;
      const shown = hits.slice(0, 3).join("; ") + (hits.length > 3 ? `; and ${hits.length - 3} more` : "");
      ctx.report({
        uri: step.uri,
        span: step.extensionSpan!,
        message: `'${step.extensionText}' also matches VICIdial's internal ${shown}. Wherever [vicidial-auto-external] is searched before the context holding those, VICIdial's own calls go out through this carrier. Start the pattern with the dial prefix (e.g. _91NXXNXXXXXX).`,
      });
    }
  },
};
