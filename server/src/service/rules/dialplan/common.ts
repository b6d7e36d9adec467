// Helpers shared by the dialplan, pattern and globals rules: the dialplan of a unit, carrier-step tests, line
// locations for messages, and quick fixes computed at check time (kept in `data.fixes`).
import { dialplanIndex, dialplanOf, isExtensionsUnit, type Dialplan, type DialplanContext, type DialplanExtension, type DialplanIndex, type DialplanStep } from "../../model/dialplan";
import { StepJoin } from "../../model/dialplan-joins";
import { keepsLineWork } from "../../model/built-contexts";
import { LineWork } from "../../model/line-work";
import { weakMemo } from "../../util/weak-memo";
export { firstNamingSteps } from "../../model/first-naming-steps";
import type { ConfUnit } from "../../model/units";
import type { Workspace } from "../../model/workspace";
import type { Span } from "../../text/span";
import type { Finding, QuickFix, RuleContext, TextEdit } from "../types";
import type { LineQuotes } from "../line-quotes";

export function textOf(workspace: Workspace, uri: string): string | undefined {
  return workspace.document(uri)?.text;
}

export function unitDialplan(unit: ConfUnit, ctx: { workspace: Workspace }): Dialplan | undefined {
  if (!isExtensionsUnit(unit)) return undefined;
  return dialplanOf(unit, (uri) => textOf(ctx.workspace, uri));
}

export function indexOf(ctx: { workspace: Workspace }): DialplanIndex {
  return dialplanIndex(ctx.workspace);
}

/** A line VICIdial places in [vicidial-auto-external]: a carrier's dialplan entry (or that context in a conf file). */
export function isCarrierStep(step: DialplanStep): boolean {
  return step.field === "dialplan_entry" || step.context.name === "vicidial-auto-external";
}

/** Whether some line of the dialplan is a carrier's (see `isCarrierStep`); worked out once per context object. */
export function hasCarrierSteps(dialplan: Dialplan): boolean {
  for (const context of dialplan.contexts.values()) if (hasCarrierLine(context)) return true;
  return false;
}

/** Whether some line of the context is a carrier's (see `isCarrierStep`); worked out once per context object. */
export const hasCarrierLine = weakMemo((context: DialplanContext) => context.steps.some(isCarrierStep));

/**
 * The steps of a context that Asterisk drops (`step.dropped`), in order, listed once per context object for the rules
 * that report why: most contexts have none, and a rebuilt one of thousands of steps is walked once for all of them.
 */
export const droppedSteps = weakMemo((context: DialplanContext): readonly DialplanStep[] => {
  const dropped: DialplanStep[] = [];
  const steps = context.steps;
  for (let i = 0; i < steps.length; i++) if (steps[i].dropped !== undefined) dropped.push(steps[i]);
  return dropped;
});

/**
 * What a step's line alone tells a rule (`judge(step)`: a plain function, no closure per line), kept on the parsed
 * line in a rebuilt context (see `keepsLineWork`): a rule that asks it of every line of a context of thousands after
 * each edit reads it back for the lines the edit left.
 */
export function lineVerdict(work: LineWork<boolean>, step: DialplanStep, judge: (step: DialplanStep) => boolean): boolean {
  const line = step.lineKey;
  const kept = work.get(line);
  if (kept !== undefined) return kept;
  const verdict = judge(step);
  if (keepsLineWork(step.context)) work.set(line, verdict);
  return verdict;
}

/**
 * The lines of a context whose text passes `test`, as a join of per-line marks kept on the lines (ask it with
 * `someIn`): a rule that concerns few lines passes over a context without one, and a rebuilt context works out only
 * the steps between its kept ends.
 */
export function linesWhere(test: (step: DialplanStep) => boolean): StepJoin<true, undefined> {
  return new StepJoin<true, undefined>((step) => (test(step) ? MARKED : UNMARKED), { readsLineAlone: true });
}

const MARKED: readonly true[] = [true];
const UNMARKED: readonly true[] = [];

/** Fixes travel in the finding's data; the rule's `fix` hands them back. */
export function withFixes(data: Record<string, unknown> | undefined, fixes: QuickFix[]): Record<string, unknown> | undefined {
  if (fixes.length === 0) return data;
  return { ...(data ?? {}), fixes };
}

export function fixesFromData(finding: Finding): QuickFix[] {
  const fixes = finding.data?.fixes;
  return Array.isArray(fixes) ? (fixes as QuickFix[]) : [];
}

/**
 * "line 12" or "line 12 of other.conf" (or "carrier X") relative to where the message is shown; the number is a mark
 * of `quotes` (see rules/line-quotes.ts).
 */
export function whereIs(quotes: LineQuotes, step: DialplanStep, fromUri: string): string {
  const line = quotes.number(step.uri, step.option.node.line);
  if (step.uri === fromUri) return `line ${line}`;
  if (step.carrierId) return `carrier ${step.carrierId} (line ${line})`;
  const name = step.uri.slice(step.uri.lastIndexOf("/") + 1);
  return `line ${line} of ${name}`;
}

/** Span of the priority field of a step (label included), or the whole line. */
export function prioritySpan(step: DialplanStep): Span {
  const p = step.line.priority;
  if (!p) return step.option.node.valueSpan;
  const end = p.label ? Math.max(p.span.end, p.label.span.end + (step.line.priority?.labelUnclosed ? 0 : 1)) : p.span.end;
  return { start: p.span.start, end };
}

/** Span covering the application and its arguments. */
export function applicationSpan(step: DialplanStep): Span | undefined {
  const app = step.line.application;
  if (!app) return undefined;
  return { start: app.span.start, end: step.option.node.valueSpan.end };
}

export function isDialStep(step: DialplanStep): boolean {
  // Asked by many rules for every step: a test that makes no string (no trim, no lower-case copy).
  const app = step.application;
  return app.length >= 4 && DIAL.test(app);
}

const DIAL = /^\s*dial\s*$/i;

const NO_STEPS: readonly DialplanStep[] = [];

/**
 * The Dial lines of a dialplan that name a destination (Dial with arguments, dropped ones included) and pass `test`,
 * in the order of `dialplan.steps`, once per dialplan object. Joined per context (model/dialplan-joins.ts): in a
 * rebuilt context, only the steps between its kept ends are tested, and at the ends only those that passed before,
 * so `test` must read nothing but the step (its facts, context name) and its line's text.
 */
export function dialStepsWhere(test: (step: DialplanStep) => boolean): (dialplan: Dialplan) => readonly DialplanStep[] {
  const join = new StepJoin<DialplanStep, undefined>((step) => (isDialStep(step) && step.args.length > 0 && test(step) ? [step] : NO_STEPS));
  return weakMemo((dialplan: Dialplan): readonly DialplanStep[] => join.of(dialplan, undefined));
}

/**
 * Edits that renumber an extension's lines 1, 2, 3 ... in file order (or `1, n, n ...` when `useNext`). Offered only
 * when the lines sit together (no other extension's line between them, which `n` would count from) and use plain
 * numbers or `n`.
 */
export function renumberFix(ext: DialplanExtension, useNext: boolean): QuickFix | undefined {
  const lines = ext.lines.filter((s) => !s.isHint);
  if (lines.length === 0) return undefined;
  const context = ext.context;
  const first = context.steps.indexOf(lines[0]);
  const last = context.steps.indexOf(lines[lines.length - 1]);
  const between = context.steps.slice(first, last + 1);
  if (between.length !== lines.length || between.some((s, i) => s !== lines[i])) return undefined;
  if (lines.some((s) => s.uri !== lines[0].uri)) return undefined;
  const edits: TextEdit[] = [];
  for (const [i, step] of lines.entries()) {
    const p = step.line.priority;
    if (!p || (p.kind !== "number" && p.kind !== "next") || p.plus !== undefined) return undefined;
    const wanted = i === 0 ? "1" : useNext ? "n" : String(i + 1);
    if (p.kind === "next" && !useNext && i > 0) continue;
    if (p.text !== wanted) edits.push({ uri: step.uri, span: p.span, newText: wanted });
  }
  if (edits.length === 0) return undefined;
  return { title: useNext ? "Number the first line 1 and the rest 'n'" : `Renumber '${ext.name}' 1 to ${lines.length}`, edits, isPreferred: !useNext };
}

export function renumberFixes(ext: DialplanExtension): QuickFix[] {
  return [renumberFix(ext, false), renumberFix(ext, true)].filter((f): f is QuickFix => f !== undefined);
}

/** Maps an offset in the blank-free extension text back to the document. */
export function extensionOffset(step: DialplanStep, text: string, index: number): number {
  const span = step.extensionSpan!;
  let seen = 0;
  for (let i = span.start; i < span.end; i++) {
    if (/\s/.test(text[i])) continue;
    if (seen === index) return i;
    seen++;
  }
  return span.end;
}

export type Reporter = RuleContext["report"];

/** Value of a global as the dialplan's server sees it (the group's last definition, else any in the workspace). */
export function globalLookup(index: DialplanIndex, dialplan: Dialplan): (name: string) => string | undefined {
  return (name: string) => index.globalValue(dialplan, name);
}
