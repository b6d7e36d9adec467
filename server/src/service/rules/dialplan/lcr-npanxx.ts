// dialplan/lcr-npanxx: agi-LCR-Route.agi must receive the NPANXX (area code + exchange, six digits).
import { exampleNumber, nanpStart } from "../../model/extension-pattern";
import { parseIntStrict, substring, substringRange } from "../../model/dialplan-values";
import { variableUses } from "../../model/dialplan-variables";
import type { Rule } from "../types";
import { textOf } from "./common";

export const lcrNpanxx: Rule = {
  code: "dialplan/lcr-npanxx",
  area: "dialplan",
  severity: "warning",
  summary: "agi-LCR-Route.agi looks up rates by NPANXX (the first six digits of the ten-digit number); it is given something else, e.g. `${EXTEN:1:6}` on `_91NXXNXXXXXX` instead of `${EXTEN:2:6}`.",
  checkStep(step, ctx) {
    const app = step.application.trim().toLowerCase();
    if (app !== "agi" || step.args.length === 0 || !/agi-LCR-Route\.agi\s*$/i.test(step.args[0].text)) return;
    const ext = step.extension;
    const text = textOf(ctx.workspace, step.uri);
    if (!ext || text === undefined) return;
    const start = nanpStart(ext.parsed);
    const wanted = start === undefined ? "${EXTEN:<start>:6}" : `\${EXTEN:${start}:6}`;
    const arg = step.args[1];
    if (!arg || arg.text.trim().length === 0) {
      ctx.report({
        uri: step.uri,
        span: step.args[0].span,
        message: `agi-LCR-Route.agi gets no NPANXX: it finds no rate and leaves \${LCRTRUNK} unchanged. Pass the six digits after the dial prefix, e.g. AGI(agi-LCR-Route.agi,${wanted}).`,
      });
      return;
    }
    const uses = variableUses(text, arg.span).filter((u) => u.name === "EXTEN" && !u.viaGlobal);
    if (uses.length !== 1) return;
    const use = uses[0];
    const offset = parseIntStrict(use.offset?.text);
    const length = use.length ? parseIntStrict(use.length.text) : undefined;
    if (use.offset && offset === undefined) return;
    const total = ext.parsed.elements.length;
    const [from, to] = substringRange(total, offset ?? 0, length);
    const right = start === undefined ? to - from === 6 : from === start && to === start + 6;
    if (right) return;
    const example = exampleNumber(ext.parsed) ?? "";
    ctx.report({
      uri: step.uri,
      span: use.whole,
      message: `agi-LCR-Route.agi looks rates up by NPANXX (six digits: area code + exchange), but this passes '${substring(example, offset ?? 0, length)}' for ${example}: the lookup fails and \${LCRTRUNK} keeps its default. Use ${wanted}.`,
    });
  },
};
