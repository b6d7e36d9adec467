// Values of a whole dialplan joined from per-context shares. A rebuilt dialplan keeps the context objects an edit
// did not touch (dialplan-build.ts), so a value made of what each step holds (the variables it reads, whether it is a
// Goto ...) is kept per context and section, and the join after an edit is a loop over sections, not over every step.
import { sectionStepBounds, stepRuns } from "./dialplan-build";
import type { Dialplan, DialplanContext, DialplanStep } from "./dialplan-types";

/** A context's items, by section (its place among the context's sections). */
interface ContextShares<T> {
  bySection: (readonly T[])[];
}

/**
 * One kind of per-step item joined over a dialplan. `perStep(step, within)` must read nothing but the step and the text
 * of its line (`within` gives access to it, such as the workspace): what it gives is kept with the step's context.
 */
export class StepJoin<T, W> {
  private readonly byContext = new WeakMap<DialplanContext, ContextShares<T>>();

  constructor(private readonly perStep: (step: DialplanStep, within: W) => readonly T[]) {}

  /** Every item of the dialplan's steps, in the order of `dialplan.steps`. */
  of(dialplan: Dialplan, within: W): T[] {
    const items: T[] = [];
    for (const run of stepRuns(dialplan)) for (const item of this.sharesOf(run.context, within).bySection[run.section]) items.push(item);
    return items;
  }

  /**
   * The dialplan's items as shares, one per run of steps (see `stepRuns`), in the order of `dialplan.steps`: each share
   * is the same array object while its context is kept, so what a caller works out of a share can be kept with it.
   */
  shares(dialplan: Dialplan, within: W): (readonly T[])[] {
    const shares: (readonly T[])[] = [];
    for (const run of stepRuns(dialplan)) shares.push(this.sharesOf(run.context, within).bySection[run.section]);
    return shares;
  }

  /** The items of the dialplan's steps without repeats (in no particular order). */
  distinct(dialplan: Dialplan, within: W): Set<T> {
    const all = new Set<T>();
    for (const context of dialplan.contexts.values()) for (const share of this.sharesOf(context, within).bySection) for (const item of share) all.add(item);
    return all;
  }

  /** Whether some step of the dialplan has an item. */
  some(dialplan: Dialplan, within: W): boolean {
    for (const context of dialplan.contexts.values()) if (this.sharesOf(context, within).bySection.some((share) => share.length > 0)) return true;
    return false;
  }

  private sharesOf(context: DialplanContext, within: W): ContextShares<T> {
    let shares = this.byContext.get(context);
    if (!shares) {
      const bounds = sectionStepBounds(context);
      const bySection: T[][] = [];
      for (let k = 0; k + 1 < bounds.length; k++) {
        const share: T[] = [];
        for (let i = bounds[k]; i < bounds[k + 1]; i++) for (const item of this.perStep(context.steps[i], within)) share.push(item);
        bySection.push(share);
      }
      this.byContext.set(context, (shares = { bySection }));
    }
    return shares;
  }
}
