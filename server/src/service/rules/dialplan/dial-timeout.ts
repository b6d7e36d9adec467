// dialplan/dial-timeout: Dial's second argument is not a number of seconds.
import { dialOption } from "../../knowledge/dial-options";
import type { Rule } from "../types";
import { fixesFromData, isDialStep, withFixes } from "./common";

export const dialTimeout: Rule = {
  code: "dialplan/dial-timeout",
  area: "dialplan",
  severity: "warning",
  summary: "Dial's timeout (second argument) is not a number of seconds or a variable: Asterisk warns and rings with no time limit.",
  checkStep(step, ctx) {
    if (!isDialStep(step) || step.args.length < 2) return;
    const arg = step.args[1];
    const value = arg.text.trim();
    if (value.length === 0 || value.includes("${") || value.includes("$[")) return;
    if (/^\d+(\.\d+)?(\^\d+(\.\d+)?)?$/.test(value)) return;
    const looksLikeOptions = /^[A-Za-z]+$/.test(value) && [...value].every((c) => dialOption(c, ctx.asteriskVersion).option) && step.args.length === 2;
    const start = arg.span.start + (arg.text.length - arg.text.trimStart().length);
    const span = { start, end: start + value.length };
    ctx.report({
      uri: step.uri,
      span,
      message: looksLikeOptions
        ? `'${value}' sits where Dial expects the timeout: Asterisk reads it as an invalid timeout (rings with no limit) and applies none of these options. Leave the timeout empty: Dial(...,,${value}).`
        : `Dial timeout '${value}' is not a number of seconds: Asterisk warns ("Invalid timeout") and rings with no time limit. Use seconds such as 60, or a variable like \${CAMPDTO}.`,
      data: withFixes(undefined, looksLikeOptions ? [{ title: `Move '${value}' to the options (empty timeout)`, edits: [{ uri: step.uri, span: { start: span.start, end: span.start }, newText: "," }], isPreferred: true }] : []),
    });
  },
  fix: fixesFromData,
};
