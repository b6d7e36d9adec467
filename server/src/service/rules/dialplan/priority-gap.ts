// dialplan/priority-gap: 1, 2, 4 — execution stops after 2.
import { priorityFromOthers, type DialplanExtension } from "../../model/dialplan";
import { StepJoin } from "../../model/dialplan-joins";
import type { Rule } from "../types";
import type { Token } from "../../parse/dialplan-syntax";
import { fixesFromData, prioritySpan, renumberFixes, withFixes } from "./common";

/** Asterisk looks each priority up on its own: a gap another matching pattern fills (every number of it) is no gap. */
function filledByOthers(ext: DialplanExtension, from: number, to: number): boolean {
  if (to - from > 20) return false;
  for (let priority = from; priority <= to; priority++) if (!priorityFromOthers(ext, priority)) return false;
  return true;
}

const NONE: readonly string[] = [];

/** The numbers the Goto and Gosub lines name, kept per context (a rebuild keeps the untouched ones) and per line. */
const JUMPED_TO = new StepJoin<string, undefined>((step) => (JUMPS.test(step.application) ? numbersIn(step.args) : NONE), { readsLineAlone: true });

/** The input worked out of each set of numbers (`distinct` gives the same set while the numbers are the same). */
const INPUTS = new WeakMap<ReadonlySet<string>, string>();

/** Every run of digits in the arguments (any of them may name a priority). */
function numbersIn(args: readonly Token[]): readonly string[] {
  let found: string[] | undefined;
  for (const arg of args) {
    const text = arg.text;
    for (let i = 0; i < text.length; i++) {
      if (!isDigit(text.charCodeAt(i))) continue;
      let end = i + 1;
      while (end < text.length && isDigit(text.charCodeAt(end))) end++;
      (found ??= []).push(text.slice(i, end));
      i = end;
    }
  }
  return found ?? NONE;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
/** Goto, GotoIf, Gosub, GosubIf ... (tested without a lower-case copy: this runs for every step of a rebuilt context). */
const JUMPS = /^\s*go(to|sub)/i;

export const priorityGap: Rule = {
  code: "dialplan/priority-gap",
  area: "dialplan",
  severity: "warning",
  summary: "Priorities skip a number (1, 2, 4) that no other matching pattern of the context provides: Asterisk stops at the gap (auto fall-through) and never runs the lines after it.",
  contextInput(dialplan) {
    const numbers = JUMPED_TO.distinct(dialplan, undefined);
    let input = INPUTS.get(numbers);
    if (input === undefined) INPUTS.set(numbers, (input = [...numbers].sort().join(",")));
    return input;
  },
  checkContext(context, ctx, input) {
    // The numbers any Goto or Gosub of the dialplan names: a gap before one of them may be a jump's landing place.
    // Made at the first gap (most contexts have none, and a large dialplan's jumps name thousands of numbers).
    let jumpedTo: ReadonlySet<string> | undefined;
    for (const ext of context.extensions) {
      for (let i = 1; i < ext.steps.length; i++) {
        const before = ext.steps[i - 1];
        const after = ext.steps[i];
        if (after.priority! === before.priority! + 1 || after.label) continue;
        if ((jumpedTo ??= new Set(input.split(","))).has(String(after.priority))) continue;
        if (filledByOthers(ext, before.priority! + 1, after.priority! - 1)) continue;
        const missing = before.priority! + 1 === after.priority! - 1 ? `${before.priority! + 1}` : `${before.priority! + 1}-${after.priority! - 1}`;
        ctx.report({
          uri: after.uri,
          span: prioritySpan(after),
          message: `Priority ${after.priority} of '${ext.name}' follows ${before.priority}: with no priority ${missing}, Asterisk stops after ${before.priority} (auto fall-through) and never runs this line or the ones after it. Number the lines without gaps, or use 'n'.`,
          data: withFixes(undefined, renumberFixes(ext)),
        });
        break;
      }
    }
  },
  fix: fixesFromData,
};
