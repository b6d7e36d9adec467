// util/counted-union.ts: the union of a list of sets, counted from the last list, which a dialplan join's `distinct`
// keeps per unit so that an edit counts only the rebuilt contexts' items.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CountedUnion } from "../../server/src/service/util/counted-union";

/** A small deterministic generator (the same lists on every run). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

test("the union follows any change of the list: sets replaced, added, removed, repeated, emptied", () => {
  const random = numbers(7);
  const union = new CountedUnion<string>();
  let sets: ReadonlySet<string>[] = [];
  for (let round = 0; round < 400; round++) {
    const next = [...sets];
    const roll = random();
    const made = () => new Set(Array.from({ length: Math.floor(random() * 4) }, () => `x${Math.floor(random() * 12)}`));
    if (roll < 0.4 && next.length > 0) next[Math.floor(random() * next.length)] = made();
    else if (roll < 0.6) next.splice(Math.floor(random() * (next.length + 1)), 0, made());
    else if (roll < 0.75 && next.length > 0) next.splice(Math.floor(random() * next.length), 1);
    else if (roll < 0.9 && next.length > 0) next.push(next[Math.floor(random() * next.length)]);
    else if (roll < 0.95) next.length = 0;
    sets = next;
    const expected = new Set(sets.flatMap((set) => [...set]));
    assert.deepEqual([...union.of(sets)].sort(), [...expected].sort(), `round ${round}`);
  }
});

test("the union is the same set object while it holds the same items", () => {
  const union = new CountedUnion<string>();
  const a = new Set(["1", "2"]);
  const first = union.of([a, new Set(["3"])]);
  assert.deepEqual([...first], ["1", "2", "3"], "a first union lists the items in the order of the sets");
  assert.equal(union.of([a, new Set(["3", "2"])]), first, "a set replaced by another with items already there");
  assert.equal(union.of([new Set(["3"]), a, new Set()]), first, "the sets in another order, and an empty one");
  const grown = union.of([a, new Set(["3", "4"])]);
  assert.notEqual(grown, first);
  assert.deepEqual([...grown].sort(), ["1", "2", "3", "4"]);
  const shrunk = union.of([a]);
  assert.deepEqual([...shrunk].sort(), ["1", "2"]);
  assert.equal(union.of([a]), shrunk);
});
