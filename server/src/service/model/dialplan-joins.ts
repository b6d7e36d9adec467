// Values of a whole dialplan joined from per-context shares. A rebuilt dialplan keeps the context objects an edit
// did not touch (dialplan-build.ts), so a value made of what each step holds (the variables it reads, whether it is a
// Goto ...) is kept per context and section, and the join after an edit is a loop over sections, not over every step.
import { contextPlacement, keepsLineWork, sectionStepBounds, stepRuns } from "./dialplan-build";
import { keptEnds, type KeptEnds } from "./context-ends";
import { LineWork } from "./line-work";
import { TakenItems } from "./taken-items";
import { chunked, type OriginChunks } from "./origin-chunks";
import { BoundedCache } from "../util/bounded-cache";
import { CountedUnion } from "../util/counted-union";
import type { Dialplan, DialplanContext, DialplanStep } from "./dialplan-types";

/** A context's items, by section (its place among the context's sections), and where its lines were then. */
interface ContextShares<T> {
  bySection: (readonly T[])[];
  placement: object;
  /**
   * For each item, the index of its step in `context.steps` (with `move`, or in a rebuilt context) and where the
   * step's line started (with `move`).
   */
  owners?: number[][];
  starts?: number[][];
  /** The shares as first worked out, before any move (see `originShares`). */
  origins: (readonly T[])[];
  /** Each origin share in chunks, by section, once asked (see `originShares`). */
  chunks: OriginChunks<T>[] | undefined;
}

/** One section's items being made, with the index of each item's step and where its line starts (when noted). */
interface Share<T> {
  items: T[];
  owners: number[] | undefined;
  starts: number[] | undefined;
}

/** How a join's items depend on their steps (see `StepJoin`). */
export interface StepJoinOptions<T> {
  /**
   * Gives an item as worked out `shift` characters further on, for items that hold offsets of their line: once a
   * re-parse moved the context's lines (see `contextPlacement`), the items of the lines that moved are moved, not
   * worked out again. Items of a join without it are kept as they are across such moves.
   */
  move?: (item: T, shift: number) => T;
  /**
   * The items read nothing of the step but its line's text (not its extension, priority or context) and hold no
   * offset: they are kept on the line (model/line-work.ts), so a rebuilt context works out only its new lines' items.
   */
  readsLineAlone?: boolean;
  /**
   * The items read only the step's line and the facts steps at a rebuilt context's kept ends share (`sameStep`), and
   * hold no step and no offset (a parsed line its reader follows may be one): the ends' items are taken as they were.
   */
  sameAtKeptEnds?: boolean;
  /**
   * For items that read nothing but the step's line and hold offsets of it (no step: a rebuilt context's steps are
   * new objects): in a rebuilt context, a line's items are kept on the line with where the line was, and moved with
   * `move` when it moved since, rather than worked out again. Needs `move`.
   */
  keptOnLine?: boolean;
}

/** A line's items as last worked out or moved (see `StepJoinOptions.keptOnLine`), and where the line was then. */
interface LineItems<T> {
  items: readonly T[];
  at: number;
}

/**
 * One kind of per-step item joined over a dialplan. `perStep(step, within)` must read nothing but the step and the text
 * of its line (`within` gives access to it, such as the workspace): what it gives is kept with the step's context.
 */
export class StepJoin<T, W> {
  private readonly byContext = new WeakMap<DialplanContext, ContextShares<T>>();
  private readonly move?: (item: T, shift: number) => T;
  private readonly lineWork?: LineWork<readonly T[]>;
  /** `readsLineAlone` or `sameAtKeptEnds`: a rebuilt context's end items are taken as they were. */
  private readonly takesEnds: boolean;
  private readonly placedWork?: LineWork<LineItems<T>>;
  /** Each chunk's items without repeats (see `distinct`). */
  private readonly chunkSets = new WeakMap<readonly T[], ReadonlySet<T>>();
  /** The last `distinct` of each extensions unit, by unit id (the next build of the unit starts from it). */
  private readonly unions = new BoundedCache<string, CountedUnion<T>>(64);

  constructor(
    private readonly perStep: (step: DialplanStep, within: W) => readonly T[],
    options: StepJoinOptions<T> = {},
  ) {
    this.move = options.move;
    if (options.readsLineAlone) this.lineWork = new LineWork();
    if (options.keptOnLine) this.placedWork = new LineWork();
    this.takesEnds = options.readsLineAlone === true || options.sameAtKeptEnds === true;
  }

  /** Every item of the dialplan's steps, in the order of `dialplan.steps`. */
  of(dialplan: Dialplan, within: W): T[] {
    const items: T[] = [];
    for (const run of stepRuns(dialplan)) for (const item of this.sharesOf(run.context, within).bySection[run.section]) items.push(item);
    return items;
  }

  /**
   * The dialplan's items as shares, one per run of steps (see `stepRuns`), in the order of `dialplan.steps`: each share
   * is the same array object while its context is kept (and, for items that hold offsets, not moved), so what a
   * caller works out of a share can be kept with it.
   */
  shares(dialplan: Dialplan, within: W): (readonly T[])[] {
    const shares: (readonly T[])[] = [];
    for (const run of stepRuns(dialplan)) shares.push(this.sharesOf(run.context, within).bySection[run.section]);
    return shares;
  }

  /**
   * Like `shares`, but each share as first worked out for its context, the same array across moves of its lines, and
   * cut in chunks of steps (model/origin-chunks.ts): for what a caller keeps of a share that holds no offset (names
   * ...), which a move leaves as it was. In a rebuilt context, a chunk that holds the very items the replaced
   * context's chunk of the same steps held is that chunk's array: after an edit of one line of a context of thousands
   * of steps, one chunk is new.
   */
  originShares(dialplan: Dialplan, within: W): (readonly T[])[] {
    const shares: (readonly T[])[] = [];
    for (const run of stepRuns(dialplan)) for (const chunk of this.originChunks(run.context, within, run.section).chunks) shares.push(chunk);
    return shares;
  }

  /** A section's origin share in chunks (see `originShares`), once per context's shares. */
  private originChunks(context: DialplanContext, within: W, section: number): OriginChunks<T> {
    const shares = this.sharesOf(context, within, false);
    const all = (shares.chunks ??= []);
    let chunks = all[section];
    if (chunks === undefined) {
      const ends = keepsLineWork(context) ? keptEnds(context) : undefined;
      const before = ends && this.byContext.get(ends.previous)?.chunks?.[section];
      all[section] = chunks = chunked(shares.origins[section], shares.owners?.[section], before);
    }
    return chunks;
  }

  /**
   * The items of the dialplan's steps without repeats (in no particular order): the union of each chunk's distinct
   * items (see `originShares`), kept with the chunk. The union is counted from the last one of the same unit
   * (`CountedUnion`): after an edit, only the chunks made anew are counted (in a rebuilt context of thousands of
   * steps, the edited one), and the set is the last one while it holds the same items. For items that hold no step
   * and no offset (names, numbers).
   */
  distinct(dialplan: Dialplan, within: W): ReadonlySet<T> {
    const sets: ReadonlySet<T>[] = [];
    for (const chunk of this.originShares(dialplan, within)) {
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

  /** The context's shares, its items moved along with lines that moved since (unless `followMoves` is false). */
  private sharesOf(context: DialplanContext, within: W, followMoves = true): ContextShares<T> {
    const shares = this.byContext.get(context);
    const placement = contextPlacement(context);
    if (shares && (!followMoves || shares.placement === placement || !this.move)) return shares;
    const next = shares ? this.moved(context, shares, placement) : this.worked(context, within, placement);
    this.byContext.set(context, next);
    return next;
  }

  private worked(context: DialplanContext, within: W, placement: object): ContextShares<T> {
    const bounds = sectionStepBounds(context);
    const bySection: T[][] = [];
    const keep = keepsLineWork(context);
    // Where each item comes from: noted for items that move with their lines, and in a rebuilt context, whose
    // successor takes its ends' items from these (see `spliced`).
    const owners: number[][] | undefined = this.move || keep ? [] : undefined;
    const starts: number[][] | undefined = this.move ? [] : undefined;
    const ends = keep ? keptEnds(context) : undefined;
    const before = ends && this.byContext.get(ends.previous);
    const taken = before?.owners ? new TakenItems(before.bySection, before.owners, before.starts) : undefined;
    for (let k = 0; k + 1 < bounds.length; k++) {
      const share: Share<T> = { items: [], owners: owners ? [] : undefined, starts: starts ? [] : undefined };
      if (taken) this.spliced(context, within, bounds[k], bounds[k + 1], ends!, taken, share);
      else this.walk(context, within, keep, bounds[k], bounds[k + 1], share);
      bySection.push(share.items);
      owners?.push(share.owners!);
      starts?.push(share.starts!);
    }
    return { bySection, placement, owners, starts, origins: bySection, chunks: undefined };
  }

  /** The items of `context.steps[from, to)`, each step's worked out or read back from its line, added to `share`. */
  private walk(context: DialplanContext, within: W, keep: boolean, from: number, to: number, share: Share<T>): void {
    const steps = context.steps;
    for (let i = from; i < to; i++) {
      const items = this.itemsOf(steps[i], within, keep);
      // Most steps have no item (a loop over thousands of them per rebuilt context).
      if (items.length > 0) this.add(share, items, i, steps[i]);
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

  /** The items of `context.steps[from, to)`, whose counterparts are the replaced context's steps `shift` places back (items kept on lines: moved as their line). */
  private take(context: DialplanContext, within: W, taken: TakenItems<T>, from: number, to: number, shift: number, share: Share<T>): void {
    const steps = context.steps;
    taken.skipTo(from - shift);
    // Items kept on the lines (or the same for the same step) and no line starts to note: the ends' items as they
    // were, in one pass.
    if (this.takesEnds && !share.starts) return taken.takeUntil(to - shift, shift, share.items, share.owners);
    while (taken.owner() < to - shift) {
      const i = taken.owner() + shift;
      if (this.lineWork || this.placedWork) {
        taken.takeOwner(share.items, share.owners, i, share.starts, share.starts ? steps[i].option.node.line.start : 0, this.move);
        continue;
      }
      taken.skipOwner();
      const items = this.itemsOf(steps[i], within, true);
      if (items.length > 0) this.add(share, items, i, steps[i]);
    }
  }

  private add(share: Share<T>, items: readonly T[], index: number, step: DialplanStep): void {
    const start = share.starts ? step.option.node.line.start : 0;
    for (let j = 0; j < items.length; j++) {
      share.items.push(items[j]);
      share.owners?.push(index);
      share.starts?.push(start);
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
    if (this.placedWork && keep) return this.placedItems(step, within, this.placedWork);
    return this.perStep(step, within);
  }

  /** The items of a step of a rebuilt context: its line's kept items, moved when the line moved, else worked out and kept (see `keptOnLine`). */
  private placedItems(step: DialplanStep, within: W, work: LineWork<LineItems<T>>): readonly T[] {
    const line = step.line;
    const at = line.option.line.start;
    const kept = work.get(line);
    if (kept === undefined) {
      const items = this.perStep(step, within);
      work.set(line, { items, at });
      return items;
    }
    // Most lines have none, and most lines with some did not move: the same list.
    if (kept.items.length === 0 || kept.at === at) return kept.items;
    const shift = at - kept.at;
    const move = this.move!;
    kept.items = kept.items.map((item) => move(item, shift));
    kept.at = at;
    return kept.items;
  }

  /** `shares` with the items of each line that moved since moved along (a section where none moved keeps its array). */
  private moved(context: DialplanContext, shares: ContextShares<T>, placement: object): ContextShares<T> {
    const move = this.move!;
    const next: ContextShares<T> = { bySection: [], placement, owners: shares.owners, starts: [], origins: shares.origins, chunks: shares.chunks };
    shares.bySection.forEach((share, k) => {
      const owners = shares.owners![k];
      const starts = shares.starts![k];
      const now = owners.map((i) => context.steps[i].option.node.line.start);
      const anyMoved = now.some((start, j) => start !== starts[j]);
      next.bySection.push(anyMoved ? share.map((item, j) => (now[j] === starts[j] ? item : move(item, now[j] - starts[j]))) : share);
      next.starts!.push(anyMoved ? now : starts);
    });
    return next;
  }
}
