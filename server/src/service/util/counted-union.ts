// The union of a list of sets, kept from one call to the next: each item is counted by how many of the sets hold it,
// so a list that differs from the last one by a few sets costs the items of those sets, not every item. The union is
// the same Set object for as long as it holds the same items, so what a caller works out of it can be kept by it.
import { commonEnds } from "./lists";

export class CountedUnion<T> {
  private sets: readonly ReadonlySet<T>[] = [];
  private readonly counts = new Map<T, number>();
  private union: ReadonlySet<T> = new Set();

  /** The union of `sets` (a list that is not changed afterwards). */
  of(sets: readonly ReadonlySet<T>[]): ReadonlySet<T> {
    const before = this.sets;
    // The lists mostly differ in a few places (an edit rebuilds a context or two of hundreds): only the sets between
    // the common start and the common end of the two lists are counted, the ones that left down, the new ones up.
    const { head, tail } = commonEnds(before, sets);
    if (head === before.length && head === sets.length) return this.union;
    const gone = new Map<ReadonlySet<T>, number>();
    for (let i = head; i < before.length - tail; i++) gone.set(before[i], (gone.get(before[i]) ?? 0) + 1);
    const added: ReadonlySet<T>[] = [];
    for (let i = head; i < sets.length - tail; i++) {
      const set = sets[i];
      const times = gone.get(set);
      if (times === undefined) added.push(set);
      else if (times === 1) gone.delete(set);
      else gone.set(set, times - 1);
    }
    // Counted up before down: an item that only moved from one set to another never reaches zero.
    let changed = false;
    for (const set of added) {
      for (const item of set) {
        const count = this.counts.get(item) ?? 0;
        if (count === 0) changed = true;
        this.counts.set(item, count + 1);
      }
    }
    for (const [set, times] of gone) {
      for (const item of set) {
        const count = this.counts.get(item)! - times;
        if (count > 0) this.counts.set(item, count);
        else {
          this.counts.delete(item);
          changed = true;
        }
      }
    }
    this.sets = sets;
    if (changed) this.union = new Set(this.counts.keys());
    return this.union;
  }
}
