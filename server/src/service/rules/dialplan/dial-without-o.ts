// dialplan/dial-without-o: an outbound carrier Dial without the `o` option.
import { parseDialOptions } from "../../knowledge/dial-options";
import { unbalancedOpeners } from "../../parse/dialplan-syntax";
import type { Rule } from "../types";
import { fixesFromData, isCarrierStep, isDialStep, unitDialplan, withFixes } from "./common";

export const dialWithoutO: Rule = {
  code: "dialplan/dial-without-o",
  area: "dialplan",
  severity: "warning",
  summary: "A carrier's outbound Dial lacks the `o` option: the outbound leg does not keep the original caller ID, which VICIdial uses to recognise its calls (the sample dialplan calls the flag very important).",
  checkUnit(unit, ctx) {
    const dialplan = unitDialplan(unit, ctx);
    if (!dialplan) return;
    for (const step of dialplan.steps) {
      if (!isDialStep(step) || !isCarrierStep(step) || step.args.length === 0) continue;
      const destinations = step.args[0].text;
      if (/^\s*(Local\/|\$\{TRUNK(loop|blind|play)\})/i.test(destinations)) continue;
      const options = step.args[2];
      if (options && (options.text.includes("${") || parseDialOptions(options.text, options.span.start).some((l) => l.letter === "o"))) continue;
      // An unclosed `${`, `$[`, `(` or `"` (or Dial's own `)`) leaves no safe place for the option: report, offer no fix.
      const text = ctx.workspace.document(step.uri)?.text ?? "";
      const argumentsSpan = step.line.argumentsSpan;
      const quotes = argumentsSpan ? (text.slice(argumentsSpan.start, argumentsSpan.end).match(/"/g) ?? []).length : 0;
      const balanced = !step.line.unclosedParen && argumentsSpan !== undefined && unbalancedOpeners(text, argumentsSpan).length === 0 && quotes % 2 === 0;
      let edit;
      if (options) {
        const end = options.span.start + options.text.trimEnd().length;
        edit = { uri: step.uri, span: { start: end, end }, newText: "o" };
      } else if (step.args[1]) {
        const end = step.args[1].span.end;
        edit = { uri: step.uri, span: { start: end, end }, newText: ",o" };
      } else {
        const end = step.args[0].span.end;
        edit = { uri: step.uri, span: { start: end, end }, newText: ",,o" };
      }
      ctx.report({
        uri: step.uri,
        span: step.line.application!.span,
        message: "This outbound Dial has no 'o' option: the carrier leg gets a new caller ID instead of the original one, and VICIdial, which carries its call identifier in the caller-ID name, loses track of the call. Add 'o' (VICIdial's carriers use 'To').",
        data: withFixes(undefined, balanced ? [{ title: "Add the 'o' option", edits: [edit], isPreferred: true }] : []),
      });
    }
  },
  fix: fixesFromData,
};
