// The first `exten` line naming each extension text of a context, which the pattern rules report on (once per text,
// not once per line). Worked out once per context object; a rebuilt context takes the replaced one's answer for its
// kept ends (see model/context-ends.ts) and walks only the steps between them.
import { keepsLineWork } from "./built-contexts";
import { keptEnds } from "./context-ends";
import type { DialplanContext, DialplanStep } from "./dialplan-types";

/** The first naming steps of a context, and their indexes in `context.steps`. */
interface Naming {
  steps: readonly DialplanStep[];
  indexes: readonly number[];
}

const namingOf = new WeakMap<DialplanContext, Naming>();

/** Each extension text's first `exten` step in the context, in order (once per context object). */
export function firstNamingSteps(context: DialplanContext): readonly DialplanStep[] {
  let naming = namingOf.get(context);
  if (naming === undefined) namingOf.set(context, (naming = findNaming(context)));
  return naming.steps;
}

function findNaming(context: DialplanContext): Naming {
  const steps = context.steps;
  const ends = keepsLineWork(context) ? keptEnds(context) : undefined;
  const before = ends && namingOf.get(ends.previous);
  const indexes: number[] = [];
  const seen = new Set<string>();
  if (ends === undefined || before === undefined) {
    nameFrom(steps, 0, steps.length, seen, indexes);
    return { steps: indexes.map((i) => steps[i]), indexes };
  }
  // The kept head: its steps name what they named in the replaced context (same lines, same facts, same steps before).
  const old = before.indexes;
  let k = 0;
  for (; k < old.length && old[k] < ends.head; k++) {
    indexes.push(old[k]);
    seen.add(steps[old[k]].extensionText);
  }
  const tailFrom = steps.length - ends.tail;
  const oldTailFrom = ends.previous.steps.length - ends.tail;
  const middle = indexes.length;
  nameFrom(steps, ends.head, tailFrom, seen, indexes);
  // The kept tail: a step there names its text first exactly when it did before if the steps between the ends
  // introduced the same texts (the head and the tail's own earlier steps being the same).
  const oldMiddle: string[] = [];
  for (; k < old.length && old[k] < oldTailFrom; k++) oldMiddle.push(ends.previous.steps[old[k]].extensionText);
  if (sameTexts(oldMiddle, indexes, middle, steps)) {
    for (; k < old.length; k++) indexes.push(old[k] - oldTailFrom + tailFrom);
  } else nameFrom(steps, tailFrom, steps.length, seen, indexes);
  return { steps: indexes.map((i) => steps[i]), indexes };
}

/** Adds to `indexes` the steps of `steps[from, to)` that name an extension text not in `seen` (which they join). */
function nameFrom(steps: readonly DialplanStep[], from: number, to: number, seen: Set<string>, indexes: number[]): void {
  for (let i = from; i < to; i++) {
    const step = steps[i];
    if (!step.isExten || seen.has(step.extensionText)) continue;
    seen.add(step.extensionText);
    indexes.push(i);
  }
}

/** Whether `texts` are the texts of `steps[indexes[from..]]`, as sets (each list holds a text once). */
function sameTexts(texts: readonly string[], indexes: readonly number[], from: number, steps: readonly DialplanStep[]): boolean {
  if (texts.length !== indexes.length - from) return false;
  const now = new Set<string>();
  for (let i = from; i < indexes.length; i++) now.add(steps[indexes[i]].extensionText);
  return texts.every((text) => now.has(text));
}
