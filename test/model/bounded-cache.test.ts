// util/bounded-cache.ts: what the extension parser and pbx.c's sort positions keep by name or key.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BoundedCache } from "../../server/src/service/util/bounded-cache";

test("a value is made once per key, and everything is forgotten once the cache outgrows its limit", () => {
  const made: string[] = [];
  const cache = new BoundedCache<string, { key: string }>(2);
  const make = (key: string) => (made.push(key), { key });
  const a = cache.get("a", make);
  assert.equal(cache.get("a", make), a);
  cache.get("b", make);
  cache.get("c", make);
  assert.deepEqual(made, ["a", "b", "c"], "three keys kept: the limit is passed only by the next one");
  cache.get("d", make);
  assert.notEqual(cache.get("a", make), a, "over the limit: the cache started again");
  assert.deepEqual(made, ["a", "b", "c", "d", "a"]);
});
