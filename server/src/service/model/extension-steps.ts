// An extension's registered steps by priority (the build keeps them sorted, one step per priority): a look-up shared
// by the dialplan build, its lookups and the rules, in a module of its own that imports nothing but the types.
import type { DialplanExtension, DialplanStep } from "./dialplan-types";

/**
 * The step an extension runs at `priority`, if any: a binary search of its steps, which the build keeps sorted by
 * priority with one step per priority. (A map per extension cost the build of a large context a third of its
 * allocation: most extensions of a generated dialplan hold one or two steps.)
 */
export function stepAtPriority(ext: DialplanExtension, priority: number): DialplanStep | undefined {
  const steps = ext.steps;
  let low = 0;
  let high = steps.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = steps[mid].priority!;
    if (at === priority) return steps[mid];
    if (at < priority) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}
