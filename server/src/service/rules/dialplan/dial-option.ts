// dialplan/dial-option: Dial option letters that do not exist, need an argument, or were removed.
import { dialOption } from "../../knowledge/dial-options";
import { parseDialOptions } from "../../model/dial-options";
import type { Rule } from "../types";
import { isDialStep, textOf } from "./common";

export const dialOptionRule: Rule = {
  code: "dialplan/dial-option",
  area: "dialplan",
  severity: "warning",
  summary: "A Dial option letter is unknown, lacks the `(argument)` it needs, has an unclosed `(`, or is gone in the configured Asterisk version (`M` after 20).",
  checkStep(step, ctx) {
    if (!isDialStep(step) || step.args.length < 3) return;
    const text = textOf(ctx.workspace, step.uri);
    if (text === undefined) return;
    const options = step.args[2];
    for (const letter of parseDialOptions(options.text, options.span.start)) {
      const span = { start: letter.at, end: letter.at + 1 };
      const found = dialOption(letter.letter, ctx.asteriskVersion);
      if (!/^[A-Za-z]$/.test(letter.letter)) {
        ctx.report({ uri: step.uri, span, message: `'${letter.letter}' is not a Dial option (options are single letters such as T, o, r): Asterisk logs "Unrecognized option" and ignores it.` });
      } else if (!found.option) {
        ctx.report({ uri: step.uri, span, message: `Dial has no option '${letter.letter}': Asterisk logs "Unrecognized option" and dials without it. Check the letter's case (t and T differ).` });
      } else if (found.removed) {
        ctx.report({
          uri: step.uri,
          span,
          message: `Dial option '${letter.letter}' (${found.option.summary.replace(/\.$/, "")}) was removed in Asterisk ${found.option.removedIn} along with app_macro; on ${ctx.asteriskVersion} it is ignored. Use U(subroutine) instead.`,
        });
      } else if (letter.unclosed) {
        ctx.report({ uri: step.uri, span: { start: letter.at, end: options.span.end }, message: `Dial option '${letter.letter}(' is never closed with ')': Asterisk cannot read this option or the ones after it.` });
      } else if (found.option.argument === "required" && (letter.argument === undefined || letter.argument.trim().length === 0)) {
        ctx.report({ uri: step.uri, span, message: `Dial option '${letter.letter}' needs an argument, written ${found.option.argumentForm}: without it the option does nothing useful.` });
      }
    }
  },
};
