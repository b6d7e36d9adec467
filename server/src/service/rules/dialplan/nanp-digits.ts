// dialplan/nanp-digits: a Dial on a North-American-shaped pattern sends fewer than the ten NPA-NXX-XXXX digits.
import { exampleNumber, literalPrefix, nanpStart } from "../../model/extension-pattern";
import { parseIntStrict, substring, substringRange } from "../../model/dialplan-values";
import { variableUses } from "../../model/dialplan-variables";
import type { Rule } from "../types";
import { isDialStep, textOf } from "./common";

export const nanpDigits: Rule = {
  code: "dialplan/nanp-digits",
  area: "dialplan",
  severity: "warning",
  summary: "On a pattern shaped like a North American number (…NXXNXXXXXX), the Dial sends a `${EXTEN:...}` piece shorter than the ten digits a carrier needs.",
  checkStep(step, ctx) {
    const ext = step.extension;
    if (!ext || !isDialStep(step) || step.args.length === 0) return;
    const start = nanpStart(ext.parsed);
    if (start === undefined) return;
    const text = textOf(ctx.workspace, step.uri);
    if (text === undefined) return;
    const total = ext.parsed.elements.length;
    const prefix = literalPrefix(ext.parsed).length;
    for (const use of variableUses(text, step.args[0].span)) {
      if (use.name !== "EXTEN" || use.viaGlobal || !use.offset) continue;
      const offset = parseIntStrict(use.offset.text);
      const length = use.length ? parseIntStrict(use.length.text) : undefined;
      if (offset === undefined || (use.length && length === undefined)) continue;
      if (offset > prefix) continue;
      const [from, to] = substringRange(total, offset, length);
      if (from <= start && to >= total) continue;
      const example = exampleNumber(ext.parsed) ?? "";
      const kept = substring(example, offset, length);
      ctx.report({
        uri: step.uri,
        span: use.whole,
        message: `'${ext.name}' holds a ten-digit North American number (NPA-NXX-XXXX from position ${start + 1}), but this keeps ${to - from} character(s): for ${example} the carrier gets '${kept}'. Keep the whole number, e.g. \${EXTEN:${start}} (or \${EXTEN:${Math.max(0, start - 1)}} with the 1).`,
      });
    }
  },
};
