// dialplan/goto-target: Goto/GotoIf to a context, extension, priority or label that does not exist.
import { NotingContexts, groupFact, type Dialplan, type DialplanContext, type DialplanIndex, type DialplanStep } from "../../model/dialplan";
import { sameItems } from "../../util/lists";
import { weakMemo } from "../../util/weak-memo";
import { answersAsNoted } from "../../util/noted-answers";
import { stepRuns } from "../../model/dialplan-build";
import { sectionStepBounds } from "../../model/built-contexts";
import { keptEnds, spliceByEnds } from "../../model/context-ends";
import { LineWork } from "../../model/line-work";
import { gotoTargets } from "../../model/dialplan-values";
import { checkTarget, groupFacts, type GroupFacts } from "./goto-checks";
import type { FindingInput, Rule, RuleContext } from "../types";
import type { Workspace } from "../../model/workspace";
import { movedSpan } from "../../text/span";
import { indexOf, textOf } from "./common";
import { worthKeeping } from "./kept-per-line";

/**
 * Targets that may live in an `#include` we could not read: one information note per name and group of files,
 * however many jumps lead there (one missing file must not turn into dozens of findings).
 */
class UnseenTargets {
  private readonly notes = new Map<string, { finding: FindingInput; from?: StepJumps; count: number }>();
  /** Notes a jump to `key`; `from`: the line's jumps that found it, whose offsets the finding holds (see `whereNow`). */
  add(key: string, finding: FindingInput, from?: StepJumps): void {
    const hit = this.notes.get(key);
    if (hit) hit.count++;
    else this.notes.set(key, { finding, from, count: 1 });
  }
  flush(ctx: RuleContext): void {
    for (const { finding: found, from, count } of this.notes.values()) {
      const finding = from ? whereNow(from, found) : found;
      ctx.report(count > 1 ? { ...finding, message: `${finding.message} (${count - 1} more ${count === 2 ? "jump leads" : "jumps lead"} there.)` } : finding);
    }
  }
}

const GOTO_FINDINGS = {};

/**
 * What one Goto line found, and what it read to find it (the contexts it looked up by name, the group's facts). The
 * findings hold offsets as they were when found, with the line starting at `at`: they are moved to where the line is
 * only when given (see `whereNow`), so a keystroke that moves thousands of Goto lines moves none of what they found.
 */
interface StepJumps {
  direct: FindingInput[];
  unseen: [string, FindingInput][];
  looked: Map<string, readonly DialplanContext[]>;
  group: string;
  /** The step they were found for (or last held for), and where its line started when they were found. */
  step: DialplanStep;
  readonly at: number;
  /** The name of the step's context (which the jumps read): compared without reaching an old step's context. */
  contextName: string;
  /** Whether a jump read the line's own extension (a target with no extension part): then they hold for `step` only. */
  readsOwnExtension: boolean;
  /** `looked` as a list, once the line is checked again (thousands of lines per rebuilt context, a few names each). */
  lookedList: [string, readonly DialplanContext[]][] | undefined;
}

/**
 * What each Goto line found, kept on the parsed line (see model/line-work.ts; the findings hold offsets of where the
 * line was then, `at`). A line's jumps read nothing of its step but its text and its context's name, unless a target
 * has no extension part (the line's own extension is read then): so they hold for the same line in a rebuilt context
 * too, until a context they looked up by name, or the group's facts, changed.
 */
const jumpsByLine = new LineWork<StepJumps>();

/**
 * What the Goto lines of one context found, by section of the context (see `sectionStepBounds`), and what all of them
 * read: kept with the context object, so an edit elsewhere asks each kept context's look-ups once rather than each of
 * its lines'. Kept on a first build too: one entry per context.
 */
interface ContextJumps {
  /** Each Goto line's jumps, in step order, and the index of its step in `context.steps`. */
  lines: StepJumps[];
  at: number[];
  /** `lines` cut by section of the context (see `sectionStepBounds`). */
  bySection: StepJumps[][];
  looked: Map<string, readonly DialplanContext[]>;
  group: string;
}

const jumpsByContext = new WeakMap<DialplanContext, ContextJumps>();

function stillHolds(kept: { looked: Map<string, readonly DialplanContext[]>; group: string }, index: DialplanIndex, dialplan: Dialplan, group: GroupFacts): boolean {
  return kept.group === group.key && answersAsNoted((name) => index.contexts(dialplan, name), kept.looked, sameItems);
}

/**
 * The jumps of a context's Goto lines (see `ContextJumps`), through `index` as `dialplan` sees it. In a rebuilt
 * context, the Goto lines at its kept ends (model/context-ends.ts) are taken from the context it replaced when every
 * context name those lines looked up answers as then: their steps are built from the same lines with the same facts,
 * so what they found holds, but for a jump that reads the line's own extension (which may have changed between).
 */
function contextJumps(context: DialplanContext, dialplan: Dialplan, index: DialplanIndex, group: GroupFacts, keep: boolean, workspace: Workspace): ContextJumps {
  const kept = jumpsByContext.get(context);
  // Lines moved in place (same text) keep what they found: its offsets are moved when given.
  if (kept && stillHolds(kept, index, dialplan, group)) return kept;
  const jumps: ContextJumps = { lines: [], at: [], bySection: [], looked: new Map(), group: group.key };
  const pass: JumpPass = { seen: new NotingContexts(index, dialplan, jumps.looked), group, holding: new Set() };
  const add = (i: number, taken?: StepJumps) => {
    const step = context.steps[i];
    if (taken && !taken.readsOwnExtension) {
      // Held for this step now (not the replaced context's, which it would keep alive): `whereNow` reads its line.
      taken.step = step;
      jumps.lines.push(taken);
      jumps.at.push(i);
      return;
    }
    if (step.dropped || !GOTO.test(step.application)) return;
    const text = textOf(workspace, step.uri);
    if (text === undefined) return;
    // Every name a line looks up, or finds its kept jumps still hold for, is asked through `seen`: noted for the context.
    jumps.lines.push(stepJumps(step, text, dialplan, pass, keep));
    jumps.at.push(i);
  };
  const walk = (from: number, to: number) => {
    for (let i = from; i < to; i++) add(i);
  };
  const ends = keep ? keptEnds(context) : undefined;
  const before = ends && jumpsByContext.get(ends.previous);
  if (ends && before && stillHolds(before, index, dialplan, group)) {
    for (const [name, answer] of before.looked) jumps.looked.set(name, answer);
    spliceByEnds(context, ends, before.at, (i, k) => add(i, before.lines[k]), walk);
  } else walk(0, context.steps.length);
  jumps.bySection = bySection(jumps, sectionStepBounds(context));
  jumpsByContext.set(context, jumps);
  return jumps;
}

/** The lines' jumps cut by section of the context (`bounds`: where each section's steps start, then the end). */
function bySection(jumps: ContextJumps, bounds: readonly number[]): StepJumps[][] {
  // Most contexts are one section: its list is the context's.
  if (bounds.length === 2) return [jumps.lines];
  const shares: StepJumps[][] = [];
  let j = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const share: StepJumps[] = [];
    for (; j < jumps.at.length && jumps.at[j] < bounds[k + 1]; j++) share.push(jumps.lines[j]);
    shares.push(share);
  }
  return shares;
}

/** One pass over a context's Goto lines: the index as they see it (noting), and the noted answers found to hold. */
interface JumpPass {
  seen: NotingContexts;
  group: GroupFacts;
  /** Answers noted by earlier checks that the index gives again (an answer list stands for one name). */
  holding: Set<readonly DialplanContext[]>;
}

/** Whether what a line found still holds: the same group facts, and every context it looked up answers as noted. */
function holdsIn(pass: JumpPass, kept: StepJumps, dialplan: Dialplan): boolean {
  if (kept.group !== pass.group.key) return false;
  const looked = (kept.lookedList ??= [...kept.looked]);
  for (let i = 0; i < looked.length; i++) {
    const [name, answer] = looked[i];
    // Found to hold earlier in the pass (and so noted for the context then): thousands of lines look up a few names.
    if (pass.holding.has(answer)) continue;
    if (!sameItems(pass.seen.contexts(dialplan, name), answer)) return false;
    pass.holding.add(answer);
  }
  return true;
}

function stepJumps(step: DialplanStep, text: string, dialplan: Dialplan, pass: JumpPass, keep: boolean): StepJumps {
  const { seen: index, group } = pass;
  const line = step.line;
  const kept = keep ? jumpsByLine.get(line) : undefined;
  const holds = kept && (kept.step === step || (kept.contextName === step.context.name && !kept.readsOwnExtension));
  if (holds && holdsIn(pass, kept, dialplan)) {
    // Held for this step now (not the rebuilt context's old one, which it would keep alive): `whereNow` reads its line.
    kept.step = step;
    return kept;
  }
  const targets = gotoTargets(step, text);
  const readsOwnExtension = targets.some((target) => target.extension === undefined);
  const at = line.option.line.start;
  const jumps: StepJumps = { direct: [], unseen: [], looked: new Map(), group: group.key, step, at, contextName: step.context.name, readsOwnExtension, lookedList: undefined };
  // Kept (see `worthKeeping`): the index as this line sees it, noting each context name it looks up.
  const seen = keep ? new NotingContexts(index, dialplan, jumps.looked) : index;
  const unseen = { add: (key: string, finding: FindingInput) => jumps.unseen.push([key, finding]) };
  for (const target of targets) checkTarget(step, target, dialplan, group, seen, (finding) => jumps.direct.push(finding), unseen);
  if (keep) jumpsByLine.set(line, jumps);
  return jumps;
}

/** A finding of a line's jumps where the line is now (the same object when the line did not move since). */
function whereNow(jumps: StepJumps, finding: FindingInput): FindingInput {
  const shift = jumps.step.option.node.line.start - jumps.at;
  return shift === 0 ? finding : { ...finding, span: movedSpan(finding.span, shift) };
}

/** The Goto and GotoIf lines Asterisk keeps (`step.dropped` aside). */
const GOTO = /^\s*goto(if)?\s*$/i;

/** A section's Goto lines that found something, once per list: most lines find none. */
const withFindings = weakMemo((share: readonly StepJumps[]): readonly StepJumps[] => share.filter((jumps) => jumps.direct.length > 0 || jumps.unseen.length > 0));

/** What the jumps of one dialplan find, in the order of its steps: findings to report, and notes on targets a missing file may hold. */
function findingsOf(dialplan: Dialplan, index: DialplanIndex, workspace: Workspace): { direct: FindingInput[]; unseen: UnseenTargets } {
  const direct: FindingInput[] = [];
  const unseen = new UnseenTargets();
  const group = groupFacts(index, dialplan);
  const keep = worthKeeping(dialplan);
  for (const run of stepRuns(dialplan)) {
    for (const jumps of withFindings(contextJumps(run.context, dialplan, index, group, keep, workspace).bySection[run.section])) {
      for (const finding of jumps.direct) direct.push(whereNow(jumps, finding));
      for (const [key, finding] of jumps.unseen) unseen.add(key, finding, jumps);
    }
  }
  return { direct, unseen };
}

export const gotoTarget: Rule = {
  code: "dialplan/goto-target",
  area: "dialplan",
  severity: "warning",
  summary: "Goto/GotoIf points at a context, extension, priority or label that the workspace does not define; at run time the call hangs up.",
  workspaceReads: ["extensions"],
  checkWorkspace(workspace, ctx) {
    const index = indexOf(ctx);
    // Each dialplan's jumps are checked against its own load group only: kept until a file of that group changes.
    const found = index.dialplans.map((dialplan) => groupFact(index, dialplan, GOTO_FINDINGS, () => findingsOf(dialplan, index, workspace)));
    for (const { direct } of found) for (const finding of direct) ctx.report(finding);
    for (const { unseen } of found) unseen.flush(ctx);
  },
};
