// dialplan/goto-target: Goto/GotoIf to a context, extension, priority or label that does not exist.
import { extensionWithPriority, findMatch, type ContextLookup, NotingContexts, groupFact, isRuntimeContext, priorityFromOthers, stepAtPriority, type Dialplan, type DialplanContext, type DialplanIndex, type DialplanStep } from "../../model/dialplan";
import { sameItems } from "../../util/lists";
import { weakMemo } from "../../util/weak-memo";
import { answersAsNoted } from "../../util/noted-answers";
import { sectionStepBounds, stepRuns } from "../../model/dialplan-build";
import { LineWork } from "../../model/line-work";
import { parseExtension } from "../../model/extension-pattern";
import { gotoTargets, isDynamic, type GotoTarget } from "../../model/dialplan-values";
import type { FindingInput, Rule, RuleContext } from "../types";
import type { Workspace } from "../../model/workspace";
import { describeMissingIncludes } from "../../model/units";
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

type Report = (finding: FindingInput) => void;

/** Checks one target of a Goto line: `facts` are its group's, `index` answers contexts by name as `dialplan` sees them. */
function checkTarget(step: DialplanStep, target: GotoTarget, dialplan: Dialplan, facts: GroupFacts, index: ContextLookup, report: Report, unseen: Pick<UnseenTargets, "add">): void {
  const { missing, groupId: group, closed } = facts;
  const parts = [target.context, target.extension, target.priority].filter((t) => t !== undefined);
  if (parts.some((t) => t!.text.length === 0 && t !== target.priority)) return;
  let contextName = step.context.name;
  if (target.context) {
    if (isDynamic(target.context.text)) return;
    contextName = target.context.text;
    if (index.contexts(dialplan, contextName).length === 0) {
      if (closed && !isRuntimeContext(contextName) && missing > 0) {
        unseen.add(`${group}\u0000${contextName}`, {
          uri: step.uri,
          span: target.context.span,
          severity: "information",
          message: `${step.application} jumps to context '${contextName}', which none of the files checked defines; ${describeMissingIncludes(missing)} and may define it.`,
        });
      } else if (closed && !isRuntimeContext(contextName)) {
        report({
          uri: step.uri,
          span: target.context.span,
          message: `${step.application} jumps to context '${contextName}', which no extensions file in the workspace defines: at run time Asterisk logs "sent to invalid extension" and hangs up. Check the name (contexts are case-sensitive).`,
        });
      }
      return;
    }
  }
  let extension = step.extension;
  if (target.extension) {
    if (isDynamic(target.extension.text)) return;
    const match = findMatch(index, dialplan, contextName, target.extension.text);
    if (!match) {
      if (index.contexts(dialplan, contextName).length > 0 && findMatch(index, dialplan, contextName, "i")) {
        report({
          uri: step.uri,
          span: target.extension.span,
          severity: "information",
          message: `No extension in [${contextName}] matches '${target.extension.text}': the call goes to that context's 'i' (invalid) extension.`,
        });
      } else if (index.contexts(dialplan, contextName).length > 0 && missing > 0) {
        unseen.add(`${group}\u0000${contextName}\u0000${target.extension.text}`, {
          uri: step.uri,
          span: target.extension.span,
          severity: "information",
          message: `${step.application} jumps to extension '${target.extension.text}' in [${contextName}], which no extension of the files checked matches; ${describeMissingIncludes(missing)} and may add it.`,
        });
      } else if (index.contexts(dialplan, contextName).length > 0) {
        report({
          uri: step.uri,
          span: target.extension.span,
          message: `${step.application} jumps to extension '${target.extension.text}' in [${contextName}], but no extension or pattern there (or in what it includes) matches it: the call hangs up ("sent to invalid extension").`,
        });
      }
      return;
    }
    extension = match.extension;
  }
  if (!extension) return;
  const priority = target.priority.text.trim();
  if (priority.length === 0 || isDynamic(priority) || /^[+-]/.test(priority)) return;
  if (/^\d+$/.test(priority)) {
    if (stepAtPriority(extension, Number(priority))) return;
    // Each priority is looked up on its own: another pattern matching the same number may hold it.
    const dialed = target.extension?.text;
    if (dialed !== undefined && !parseExtension(dialed).isPattern ? extensionWithPriority(extension.context, dialed, Number(priority)) : priorityFromOthers(extension, Number(priority))) return;
    report({
      uri: step.uri,
      span: target.priority.span,
      message: `${step.application} jumps to priority ${priority} of '${extension.name}' in [${extension.context.name}], which has no such priority (it has ${describePriorities(extension.steps.map((s) => s.priority!))}): the call hangs up.`,
    });
    return;
  }
  if (extension.labels.has(priority)) return;
  const labels = [...extension.labels.keys()];
  report({
    uri: step.uri,
    span: target.priority.span,
    message: `${step.application} jumps to label '${priority}', but '${extension.name}' in [${extension.context.name}] has no such label${labels.length > 0 ? ` (labels: ${labels.join(", ")})` : ""}: Asterisk logs "Priority '${priority}' must be a number > 0, or valid label" and hangs up.`,
  });
}

function describePriorities(list: number[]): string {
  if (list.length === 0) return "none";
  const first = list[0];
  const last = list[list.length - 1];
  return last - first === list.length - 1 ? (list.length === 1 ? `only ${first}` : `${first}-${last}`) : list.join(", ");
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
  bySection: StepJumps[][];
  looked: Map<string, readonly DialplanContext[]>;
  group: string;
}

const jumpsByContext = new WeakMap<DialplanContext, ContextJumps>();

/**
 * The facts of a dialplan's group that a Goto line's findings read (missing files, whether every context is in sight,
 * the group), the same for every line of a pass; `key` is what kept findings compare.
 */
interface GroupFacts {
  key: string;
  missing: number;
  closed: boolean;
  groupId: string;
}

function groupFacts(index: DialplanIndex, dialplan: Dialplan): GroupFacts {
  const missing = index.missingIncludes(dialplan);
  const closed = index.isClosed(dialplan);
  const groupId = index.groupOf(dialplan)[0].unit.id;
  return { key: `${missing}|${closed}|${groupId}`, missing, closed, groupId };
}

function stillHolds(kept: { looked: Map<string, readonly DialplanContext[]>; group: string }, index: DialplanIndex, dialplan: Dialplan, group: GroupFacts): boolean {
  return kept.group === group.key && answersAsNoted((name) => index.contexts(dialplan, name), kept.looked, sameItems);
}

/** The jumps of a context's Goto lines (see `ContextJumps`), through `index` as `dialplan` sees it. */
function contextJumps(context: DialplanContext, dialplan: Dialplan, index: DialplanIndex, group: GroupFacts, keep: boolean, workspace: Workspace): ContextJumps {
  const kept = jumpsByContext.get(context);
  // Lines moved in place (same text) keep what they found: its offsets are moved when given.
  if (kept && stillHolds(kept, index, dialplan, group)) return kept;
  const jumps: ContextJumps = { bySection: [], looked: new Map(), group: group.key };
  const pass: JumpPass = { seen: new NotingContexts(index, dialplan, jumps.looked), group, holding: new Set() };
  const bounds = sectionStepBounds(context);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const share: StepJumps[] = [];
    for (let i = bounds[k]; i < bounds[k + 1]; i++) {
      const step = context.steps[i];
      if (step.dropped || !GOTO.test(step.application)) continue;
      const text = textOf(workspace, step.uri);
      if (text === undefined) continue;
      // Every name a line looks up, or finds its kept jumps still hold for, is asked through `seen`: noted for the context.
      share.push(stepJumps(step, text, dialplan, pass, keep));
    }
    jumps.bySection.push(share);
  }
  jumpsByContext.set(context, jumps);
  return jumps;
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
  return shift === 0 ? finding : { ...finding, span: { start: finding.span.start + shift, end: finding.span.end + shift } };
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
