// Values of a whole dialplan joined from per-context shares. A rebuilt dialplan keeps the context objects an edit
// did not touch (dialplan-build.ts), so a value made of what each step holds (the variables it reads, whether it is a
// Goto ...) is kept per context and section, and the join after an edit is a loop over sections, not over every step.
import { stepRuns } from "./dialplan-build";
import { keepsLineWork, sectionStepBounds } from "./built-contexts";
import { keptEnds, type KeptEnds } from "./context-ends";
import { LineWork } from "./line-work";
import { TakenItems } from "./taken-items";
import { chunked, type OriginChunks } from "./origin-chunks";
import { BoundedCache } from "../util/bounded-cache";
import { CountedUnion } from "../util/counted-union";
import type { Dialplan, DialplanContext, DialplanStep } from "./dialplan-types";

/** A context's items, by section (its place among the context's sections). */
interface ContextShares<T> {
  bySection: (readonly T[])[];
  /** For each item, the index of its step in `context.steps`. */
  owners: number[][];
  /** Each share in chunks, by section, once asked (see `chunkedShares`). */
  chunks: OriginChunks<T>[] | undefined;
}

/** One section's items being made, with the index of each item's step. */
interface Share<T> {
  items: T[];
  owners: number[];
}

/** How a join's items depend on their steps (see `StepJoin`). */
export interface StepJoinOptions {
  /**
   * The items read nothing of the step but its line's text (not its extension, priority or context) and hold no
   * offset of their own (spans worked out from the line's node when asked are fine: a re-parse moves the node, and
   * they follow): they are kept on the line (model/line-work.ts), so a rebuilt context works out only its new lines'
   * items.
   */
  readsLineAlone?: boolean;
  /**
   * The items read only the step's line and the facts steps at a rebuilt context's kept ends share (`sameStep`), and
   * hold no step and no offset (a parsed line its reader follows may be one): the ends' items are taken as they were.
   */
  sameAtKeptEnds?: boolean;
}

/**
 * One kind of per-step item joined over a dialplan. `perStep(step, within)` must read nothing but the step and the text
 * of its line (`within` gives access to it, such as the workspace): what it gives is kept with the step's context.
 */
export class StepJoin<T, W> {
  private readonly byContext = new WeakMap<DialplanContext, ContextShares<T>>();
  private readonly lineWork?: LineWork<readonly T[]>;
  /** `readsLineAlone` or `sameAtKeptEnds`: a rebuilt context's end items are taken as they were. */
  private readonly takesEnds: boolean;
  /** Each chunk's items without repeats (see `distinct`). */
  private readonly chunkSets = new WeakMap<readonly T[], ReadonlySet<T>>();
  /** The last `distinct` of each extensions unit, by unit id (the next build of the unit starts from it). */
  private readonly unions = new BoundedCache<string, CountedUnion<T>>(64);

  constructor(
    private readonly perStep: (step: DialplanStep, within: W) => readonly T[],
    options: StepJoinOptions = {},
  ) {
    if (options.readsLineAlone) this.lineWork = new LineWork();
    this.takesEnds = options.readsLineAlone === true || options.sameAtKeptEnds === true;
  }

  /** Every item of the dialplan's steps, in the order of `dialplan.steps`. */
  of(dialplan: Dialplan, within: W): T[] {
    const items: T[] = [];
    for (const run of stepRuns(dialplan)) for (const item of this.sharesOf(run.context, within).bySection[run.section]) items.push(item);
    return items;
  }

  /**
   * The dialplan's items as shares, one per run of steps (see `stepRuns`), in the order of `dialplan.steps`, each cut
   * in chunks of steps (model/origin-chunks.ts): what a caller works out of a chunk (names ...) can be kept with it.
   * A share is the same array while its context is kept; in a rebuilt context, a chunk that holds the very items the
   * replaced context's chunk of the same steps held is that chunk's array: after an edit of one line of a context of
   * thousands of steps, one chunk is new.
   */
  chunkedShares(dialplan: Dialplan, within: W): (readonly T[])[] {
    const shares: (readonly T[])[] = [];
    for (const run of stepRuns(dialplan)) for (const chunk of this.chunksOf(run.context, within, run.section).chunks) shares.push(chunk);
    return shares;
  }

  /** A section's share in chunks (see `chunkedShares`), once per context's shares. */
  private chunksOf(context: DialplanContext, within: W, section: number): OriginChunks<T> {
    const shares = this.sharesOf(context, within);
    const all = (shares.chunks ??= []);
    let chunks = all[section];
    if (chunks === undefined) {
      // A first build's shares are one chunk each (a CLI run edits nothing: chunks would only cost), a rebuilt
      // context's are cut by step.
      const keep = keepsLineWork(context);
      const ends = keep ? keptEnds(context) : undefined;
      const before = ends && this.byContext.get(ends.previous)?.chunks?.[section];
      all[section] = chunks = chunked(shares.bySection[section], keep ? shares.owners[section] : undefined, before);
    }
    return chunks;
  }

  /**
   * The items of the dialplan's steps without repeats (in no particular order): the union of each chunk's distinct
   * items (see `chunkedShares`), kept with the chunk. The union is counted from the last one of the same unit
   * (`CountedUnion`): after an edit, only the chunks made anew are counted (in a rebuilt context of thousands of
   * steps, the edited one), and the set is the last one while it holds the same items. For items that hold no step
   * and no offset (names, numbers).
   */
  distinct(dialplan: Dialplan, within: W): ReadonlySet<T> {
    const sets: ReadonlySet<T>[] = [];
    for (const chunk of this.chunkedShares(dialplan, within)) {
      if (chunk.length === 0) continue;
      let set = this.chunkSets.get(chunk);
      if (set === undefined) this.chunkSets.set(chunk, (set = new Set(chunk)));
      sets.push(set);
    }
    return this.unions.get(dialplan.unit.id, () => new CountedUnion<T>()).of(sets);
  }

  /** Whether some step of the dialplan has an item. */
  some(dialplan: Dialplan, within: W): boolean {
    for (const context of dialplan.contexts.values()) if (this.someIn(context, within)) return true;
    return false;
  }

  /** Whether some step of the context has an item (a rebuilt context works out only the steps between its kept ends). */
  someIn(context: DialplanContext, within: W): boolean {
    return this.sharesOf(context, within).bySection.some((share) => share.length > 0);
  }

  /** The context's shares, worked out once per context object. */
  private sharesOf(context: DialplanContext, within: W): ContextShares<T> {
    let shares = this.byContext.get(context);
    if (shares === undefined) this.byContext.set(context, (shares = this.worked(context, within)));
    return shares;
  }

  private worked(context: DialplanContext, within: W): ContextShares<T> {
    const bounds = sectionStepBounds(context);
    const bySection: T[][] = [];
    const keep = keepsLineWork(context);
    // Where each item comes from (a first build's too): the context that replaces this one takes the items of the
    // steps at its kept ends from these (see `spliced`), and a rebuilt context's chunks are cut by step.
    const owners: number[][] = [];
    const ends = keep ? keptEnds(context) : undefined;
    const before = ends && this.byContext.get(ends.previous);
    const taken = before ? new TakenItems(before.bySection, before.owners) : undefined;
    for (let k = 0; k + 1 < bounds.length; k++) {
      const share: Share<T> = { items: [], owners: [] };
      if (taken) this.spliced(context, within, bounds[k], bounds[k + 1], ends!, taken, share);
      else this.walk(context, within, keep, bounds[k], bounds[k + 1], share);
      bySection.push(share.items);
      owners.push(share.owners);
    }
    return { bySection, owners, chunks: undefined };
  }

  /** The items of `context.steps[from, to)`, each step's worked out or read back from its line, added to `share`. */
  private walk(context: DialplanContext, within: W, keep: boolean, from: number, to: number, share: Share<T>): void {
    const steps = context.steps;
    for (let i = from; i < to; i++) {
      const items = this.itemsOf(steps[i], within, keep);
      // Most steps have no item (a loop over thousands of them per rebuilt context).
      if (items.length > 0) this.add(share, items, i);
    }
  }

  /**
   * The items of `context.steps[from, to)` (one section) where the context replaced another (`ends`): the steps
   * between the ends are walked; at either end only the steps that had items in the replaced context are looked at (a
   * step there has the same line and facts: it has items exactly when its counterpart had), their items read back
   * from their lines, or as they were when they depend on the line alone.
   */
  private spliced(context: DialplanContext, within: W, from: number, to: number, ends: KeptEnds, taken: TakenItems<T>, share: Share<T>): void {
    const count = context.steps.length;
    const headTo = Math.min(to, ends.head);
    const middleTo = Math.max(from, Math.min(to, count - ends.tail));
    if (from < headTo) this.take(context, within, taken, from, headTo, 0, share);
    this.walk(context, within, true, Math.max(from, headTo), middleTo, share);
    if (middleTo < to) this.take(context, within, taken, middleTo, to, count - ends.previous.steps.length, share);
  }

  /** The items of `context.steps[from, to)`, whose counterparts are the replaced context's steps `shift` places back. */
  private take(context: DialplanContext, within: W, taken: TakenItems<T>, from: number, to: number, shift: number, share: Share<T>): void {
    const steps = context.steps;
    taken.skipTo(from - shift);
    // Items kept on the lines, or the same for the same step: the ends' items as they were, in one pass.
    if (this.takesEnds) return taken.takeUntil(to - shift, shift, share.items, share.owners);
    while (taken.owner() < to - shift) {
      const i = taken.owner() + shift;
      taken.skipOwner();
      const items = this.itemsOf(steps[i], within, true);
      if (items.length > 0) this.add(share, items, i);
    }
  }

  private add(share: Share<T>, items: readonly T[], index: number): void {
    for (let j = 0; j < items.length; j++) {
      share.items.push(items[j]);
      share.owners.push(index);
    }
  }

  private itemsOf(step: DialplanStep, within: W, keep: boolean): readonly T[] {
    const lineWork = this.lineWork;
    if (lineWork) {
      // Read and kept without a closure per step (a rebuilt context of thousands of steps, several joins per edit).
      // Items kept on the line hold no offset: the line need not follow its node for them (see BuiltStep).
      const kept = lineWork.get(step.lineKey);
      if (kept !== undefined) return kept;
      const items = this.perStep(step, within);
      if (keep) lineWork.set(step.lineKey, items);
      return items;
    }
    return this.perStep(step, within);
  }
}
