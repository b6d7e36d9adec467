// Reading a replaced dialplan context's per-step items back, in step order: a join on the context that replaced it
// (model/dialplan-joins.ts) takes the items of the steps both share at either end from here (model/context-ends.ts).

/**
 * A replaced context's items in step order (its sections' in turn), read once from the front: the items of the steps
 * at a rebuilt context's ends are taken from here (see `StepJoin.spliced` in model/dialplan-joins.ts).
 */
export class TakenItems<T> {
  private section = 0;
  private index = 0;

  constructor(
    private readonly bySection: readonly (readonly T[])[],
    private readonly owners: readonly (readonly number[])[],
  ) {
    this.settle();
  }

  /** The index of the next item's step in the replaced context (past the last step when none is left). */
  owner(): number {
    return this.section < this.owners.length ? this.owners[this.section][this.index] : Number.MAX_SAFE_INTEGER;
  }

  /** Passes over the items of steps before `step`. */
  skipTo(step: number): void {
    while (this.owner() < step) this.next();
  }

  /**
   * Adds every item of the steps before `limit` (counted in the replaced context) to `items`, each step's index plus
   * `shift` to `owners`, passing over them: one tight loop for the ends of a join whose items are kept on the lines.
   */
  takeUntil(limit: number, shift: number, items: T[], owners: number[]): void {
    while (this.section < this.owners.length) {
      const sectionOwners = this.owners[this.section];
      const sectionItems = this.bySection[this.section];
      let index = this.index;
      while (index < sectionOwners.length && sectionOwners[index] < limit) {
        items.push(sectionItems[index]);
        owners.push(sectionOwners[index] + shift);
        index++;
      }
      this.index = index;
      if (index < sectionOwners.length) return;
      this.settle();
    }
  }

  /** Passes over the next step's items. */
  skipOwner(): void {
    const owner = this.owner();
    while (this.owner() === owner) this.next();
  }

  private next(): void {
    this.index++;
    this.settle();
  }

  /** Moves past sections with no item left. */
  private settle(): void {
    while (this.section < this.owners.length && this.index >= this.owners[this.section].length) {
      this.section++;
      this.index = 0;
    }
  }
}
