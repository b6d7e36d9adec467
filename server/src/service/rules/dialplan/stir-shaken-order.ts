// dialplan/stir-shaken-order: agi-TILTX_SHAKEN.agi runs after the Dial it should sign.
import type { QuickFix, Rule, TextEdit } from "../types";
import type { DialplanExtension, DialplanStep } from "../../model/dialplan";
import { applicationSpan, fixesFromData, isDialStep, linesWhere, textOf, withFixes } from "./common";
import type { Workspace } from "../../model/workspace";

function isShakenAgi(step: DialplanStep): boolean {
  // `AGI` or `EAGI`, blanks around allowed: longer names are passed over without a regex.
  const app = step.application;
  if (app.length < 3 || (app.length > 4 && app.trim().length > 4)) return false;
  return /^e?agi$/i.test(app.trim()) && step.args.length > 0 && /agi-TILTX_SHAKEN\.agi/i.test(step.args[0].text);
}

/** The STIR/SHAKEN AGI lines of a context. */
const SHAKEN_STEPS = linesWhere(isShakenAgi);

/** Moves the AGI into the Dial's slot and shifts the steps between down by one (priorities stay where they are). */
function moveFix(ext: DialplanExtension, dial: DialplanStep, agi: DialplanStep, workspace: Workspace): QuickFix | undefined {
  const from = ext.steps.indexOf(dial);
  const to = ext.steps.indexOf(agi);
  const run = ext.steps.slice(from, to + 1);
  if (run.some((s, i) => i > 0 && s.priority !== run[i - 1].priority! + 1) || run.some((s) => s.uri !== agi.uri)) return undefined;
  const texts = run.map((s) => {
    const span = applicationSpan(s);
    const text = textOf(workspace, s.uri);
    return span && text !== undefined ? text.slice(span.start, span.end) : undefined;
  });
  if (texts.some((t) => t === undefined)) return undefined;
  const rotated = [texts[texts.length - 1]!, ...texts.slice(0, -1).map((t) => t!)];
  const edits: TextEdit[] = run.map((s, i) => ({ uri: s.uri, span: applicationSpan(s)!, newText: rotated[i] }));
  return { title: "Run the STIR/SHAKEN AGI before the Dial", edits, isPreferred: true };
}

export const stirShakenOrder: Rule = {
  code: "dialplan/stir-shaken-order",
  area: "dialplan",
  severity: "warning",
  summary: "agi-TILTX_SHAKEN.agi sets the Identity headers for the outbound call, so it must run before the Dial; placed after it, the call has already left unsigned.",
  checkContext(context, ctx) {
    // Most contexts run no such AGI: a rebuilt one of thousands of steps is not walked for it.
    if (!SHAKEN_STEPS.someIn(context, undefined)) return;
    for (const ext of context.extensions) {
      for (const agi of ext.steps) {
        if (!isShakenAgi(agi)) continue;
        const dial = ext.steps.find((s) => isDialStep(s) && s.priority! < agi.priority!);
        if (!dial) continue;
        const fix = moveFix(ext, dial, agi, ctx.workspace);
        ctx.report({
          uri: agi.uri,
          span: agi.line.application!.span,
          message: `The STIR/SHAKEN AGI runs at priority ${agi.priority}, after the Dial at priority ${dial.priority}: the headers it sets (Identity, X-TILTX-ID) come too late, and the call leaves unsigned (attestation falls to the carrier's default). Move it before the Dial.`,
          related: [{ uri: dial.uri, span: dial.line.application!.span, message: "the Dial it should sign" }],
          data: withFixes(undefined, fix ? [fix] : []),
        });
      }
    }
  },
  fix: fixesFromData,
};
