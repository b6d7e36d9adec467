// What is worked out of one dialplan line's text alone (its application, arguments and priority as written), kept on
// the parsed line. A parsed line lives as long as its node, and a node keeps its text: so when an edit rebuilds a
// context of thousands of steps, each rule reads back what it found on every line the edit left, where a WeakMap
// look-up per line would cost as much as working it out again.
import type { DialplanLine } from "../parse/dialplan-syntax";

let slots = 0;

/** Stands for `undefined` in a slot (an empty slot means not worked out yet). */
const NOTHING = {};

/**
 * One kind of value per line. What `of` works out must read nothing but the line (the step's extension, priority or
 * context may change while the line stays), and hold no offset but the line's own tokens (which follow the line when
 * it moves): a copied span would stay behind. A value kept with `set` that holds offsets, or depends on more than the
 * line, must say where the line was and what it read, and its caller check both (as goto-target does).
 */
export class LineWork<T> {
  private readonly slot = slots++;

  /** The value for `line`, worked out once per line when `keep` says it is worth keeping (see `keepsLineWork`). */
  of(line: DialplanLine, keep: boolean, compute: () => T): T {
    const kept = line.kept?.[this.slot];
    if (kept !== undefined) return (kept === NOTHING ? undefined : kept) as T;
    const value = compute();
    if (keep) this.set(line, value);
    return value;
  }

  /** The value kept for `line`, or undefined. */
  get(line: DialplanLine): T | undefined {
    const kept = line.kept?.[this.slot];
    return kept === NOTHING ? undefined : (kept as T | undefined);
  }

  set(line: DialplanLine, value: T): void {
    (line.kept ??= slotList())[this.slot] = value === undefined ? NOTHING : value;
  }
}

/**
 * A line's list of slots, one per kind of value (every LineWork is made as its module loads, before any line is
 * parsed), all filled at once (undefined: not worked out yet): so every list has one shape in V8, whichever slots a
 * line fills first. Lists grown a slot at a time came in several shapes (with holes or not, numbers only or not), and
 * the code reading them was thrown out of optimised code on the first edits (--trace-deopt).
 */
function slotList(): unknown[] {
  return new Array<unknown>(slots).fill(undefined);
}
