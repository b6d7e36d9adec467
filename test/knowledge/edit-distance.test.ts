// Edit distance: exact below the bound, cut short above it, and cheap on very long input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { editDistance } from "../../server/src/service/text/edit-distance";
import { closest } from "../../server/src/service/model/suggest";

test("insertions, deletions, substitutions and neighbour swaps each cost one", () => {
  assert.equal(editDistance("secret", "secret"), 0);
  assert.equal(editDistance("secert", "secret"), 1);
  assert.equal(editDistance("secrt", "secret"), 1);
  assert.equal(editDistance("sekret", "secret"), 1);
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("kitten", "sitting"), 3);
});

test("a bound returns max + 1 for anything further, and the exact distance within it", () => {
  assert.equal(editDistance("kitten", "sitting", 3), 3);
  assert.equal(editDistance("kitten", "sitting", 2), 3);
  assert.equal(editDistance("a", "abcdefgh", 2), 3);
  assert.equal(editDistance("secert", "secret", 1), 1);
});

test("a pasted line of thousands of characters gets no suggestion and no slowdown", () => {
  const long = "x".repeat(20_000);
  const names = Array.from({ length: 700 }, (_, i) => `option_name_${i}`);
  assert.equal(closest(long, names), undefined);
  assert.equal(editDistance(long, long.slice(1), 2), 1);
});

/** The textbook full-matrix version, to check the banded one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

test("the banded computation agrees with the full matrix for every bound", () => {
  let seed = 1;
  const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  const word = () => Array.from({ length: random(9) }, () => "abcd"[random(4)]).join("");
  for (let i = 0; i < 3000; i++) {
    const a = word();
    const b = word();
    const exact = reference(a, b);
    assert.equal(editDistance(a, b), exact, `${a} ${b}`);
    for (const max of [0, 1, 2, 3]) assert.equal(editDistance(a, b, max), Math.min(exact, max + 1), `${a} ${b} max ${max}`);
  }
});

test("strings that share few letters are cut short by their letters alone, past ASCII too", () => {
  // Same length, no letter in common: the letters alone prove the distance is above the bound.
  assert.equal(editDistance("trunk12", "secret!", 2), 3);
  // Anagrams share every letter: the bound says nothing and the table decides.
  assert.equal(editDistance("terces", "secret", 2), 3);
  assert.equal(editDistance("secrte", "secret", 2), 1);
  // A character past ASCII leaves the letter count out; the table still gives the exact distance.
  assert.equal(editDistance("sécret", "secret", 2), 1);
  assert.equal(editDistance("sécrét", "xyzzyx", 2), 3);
  // The scratch counts are left clean: the same question gives the same answer twice.
  assert.equal(editDistance("abcdef", "abcxyz", 3), 3);
  assert.equal(editDistance("abcdef", "abcxyz", 3), 3);
});
