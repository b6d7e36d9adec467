// The ends of a rebuilt dialplan context that are as they were. An edit inside a context of thousands of steps
// rebuilds it whole (model/dialplan-build.ts), yet only the steps around the edited lines differ from the context it
// replaced: the steps before them and the steps after them are built from the same lines with the same facts. What
// was worked out of the replaced context's steps, one step at a time, holds for those ends: a caller works out the
// steps between them alone and takes the rest from what it kept for the replaced context (rules/step-findings.ts).
import { replacedContext } from "./built-contexts";
import { commonEnds } from "../util/lists";
import type { DialplanContext, DialplanStep } from "./dialplan-types";

/**
 * `context.steps[0, head)` are built from the same lines, with the same facts, as `previous.steps[0, head)`; likewise
 * the last `tail` steps of both. The ends never overlap (`head + tail` is at most the shorter list's length).
 */
export interface KeptEnds {
  previous: DialplanContext;
  head: number;
  tail: number;
}

/** The ends as worked out, without the replaced context (which this must not keep alive). */
const endsOf = new WeakMap<DialplanContext, { head: number; tail: number }>();

/**
 * Notes the ends a splice knows (see model/context-splice.ts): the first `head` and last `tail` steps of `context` are
 * the very step objects the replaced context has there.
 */
export function noteEnds(context: DialplanContext, head: number, tail: number): void {
  endsOf.set(context, { head, tail });
}

/**
 * The ends `context` shares with the context it replaced, or undefined when it replaced none, or when that one is no
 * longer kept (see `replacedContext`). Worked out once.
 */
export function keptEnds(context: DialplanContext): KeptEnds | undefined {
  const previous = replacedContext(context);
  if (previous === undefined) return undefined;
  let ends = endsOf.get(context);
  if (ends === undefined) endsOf.set(context, (ends = endsAgainst(context, previous)));
  return { previous, head: ends.head, tail: ends.tail };
}

/**
 * Goes through a rebuilt context's steps in order by its kept ends, for a caller that kept per-step entries of the
 * replaced context (`before`: the index of each entry's step there, ascending): `take(at, k)` for each entry `k` at an
 * end, with the index its step has in `context`; `walk(from, to)` once, for the steps between the ends.
 */
export function spliceByEnds(context: DialplanContext, ends: KeptEnds, before: readonly number[], take: (at: number, k: number) => void, walk: (from: number, to: number) => void): void {
  const count = context.steps.length;
  const tailFrom = ends.previous.steps.length - ends.tail;
  const shift = count - ends.previous.steps.length;
  let k = 0;
  for (; k < before.length && before[k] < ends.head; k++) take(before[k], k);
  walk(ends.head, count - ends.tail);
  while (k < before.length && before[k] < tailFrom) k++;
  for (; k < before.length; k++) take(before[k] + shift, k);
}

function endsAgainst(context: DialplanContext, previous: DialplanContext): { head: number; tail: number } {
  return commonEnds(previous.steps, context.steps, sameStep);
}

/**
 * Built from the same parsed line with the same facts: what the build gave the step from the lines around it (its
 * extension, priority, why it is dropped ...), everything a per-step result may read besides the line (see
 * `Rule.checkStep`). A node has one parsed line (`parsedLine` in model/dialplan-context-build.ts): the nodes are
 * compared, without the getter that has a step's line follow its node.
 */
export function sameStep(a: DialplanStep, b: DialplanStep): boolean {
  return (
    a.option.node === b.option.node &&
    a.extensionText === b.extensionText &&
    a.cid === b.cid &&
    a.extension?.name === b.extension?.name &&
    a.priority === b.priority &&
    a.isHint === b.isHint &&
    a.dropped === b.dropped &&
    a.priorityIfLabelClosed === b.priorityIfLabelClosed &&
    a.field === b.field &&
    a.carrierId === b.carrierId &&
    a.firstOfCarrierEntry === b.firstOfCarrierEntry &&
    a.context.name === b.context.name
  );
}
