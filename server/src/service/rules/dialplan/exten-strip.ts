// dialplan/exten-strip: `${EXTEN:n}` strips more than the pattern's fixed prefix, eating a digit of the number.
import { exampleNumber, literalPrefix } from "../../model/extension-pattern";
import { parseIntStrict, substring } from "../../model/dialplan-values";
import { variableUses } from "../../model/dialplan-variables";
import type { Rule } from "../types";
import { isCarrierStep, isDialStep, textOf } from "./common";

export const extenStrip: Rule = {
  code: "dialplan/exten-strip",
  area: "dialplan",
  severity: "warning",
  summary: "In a Dial destination or a carrier entry, `${EXTEN:n}` removes more leading characters than the pattern fixes (e.g. `${EXTEN:2}` on `_9NXXXXXX`), so a digit of the dialed number is lost.",
  checkStep(step, ctx) {
    const ext = step.extension;
    const range = step.line.argumentsSpan;
    if (!ext || !range || !ext.parsed.isPattern || ext.parsed.matchesNothing) return;
    // Only where a lost digit means a wrong number: Dial destinations, and anything in a carrier's entry.
    // (VICIdial's own extensions strip leading command digits on purpose, e.g. MeetMeAdmin on _X48600XXX.)
    const scope = isCarrierStep(step) ? range : isDialStep(step) && step.args[0] ? step.args[0].span : undefined;
    if (!scope) return;
    const text = textOf(ctx.workspace, step.uri);
    if (text === undefined) return;
    const prefix = literalPrefix(ext.parsed);
    for (const use of variableUses(text, scope)) {
      if (use.name !== "EXTEN" || use.viaGlobal) continue;
      const offset = parseIntStrict(use.offset?.text);
      if (offset === undefined || offset <= prefix.length) continue;
      if (ext.parsed.elements.length <= prefix.length) continue;
      const example = exampleNumber(ext.parsed) ?? "";
      const lost = ext.parsed.elements.slice(prefix.length, offset).map((e) => e.text).join("");
      const length = parseIntStrict(use.length?.text);
      const fixedPart = prefix.length > 0 ? `only '${prefix}' is fixed` : "no leading digit is fixed";
      ctx.report({
        uri: step.uri,
        span: use.whole,
        message: `\${EXTEN:${offset}} drops ${offset} characters, but ${fixedPart} in '${ext.name}': it also drops '${lost}', a digit the caller dialed. For ${example} it yields '${substring(example, offset, length)}'. Use \${EXTEN:${prefix.length}} to strip just the prefix.`,
      });
    }
  },
};
