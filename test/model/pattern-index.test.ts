// PatternIndex: the candidates it returns never miss an extension that meets the target, and skip clear misses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { commonExample, parseExtension } from "../../server/src/service/model/extension-pattern";
import { PatternIndex } from "../../server/src/service/model/pattern-index";

const NAMES = [
  "_X.", "_X!", "_9X.", "_91NXXNXXXXXX", "_1NXXNXXXXXX", "_NXXNXXXXXX", "_9011.", "_8XXX", "_8[1-3]XX", "_8[4-6]XX",
  "8600", "8601", "s", "h", "_*X.", "_#.", "_[0-9]!", "_9[]1X", "_[9", "_9", "9", "_99", "_9.", "_9!", "_N", "_ZZ",
  "_1-800-NXX-XXXX", "_[a-c]X", "_X", "_XX", "_XXX.",
];

test("candidates include every extension that meets the target, and nothing that cannot", () => {
  const index = new PatternIndex<string>();
  for (const name of NAMES) index.add(parseExtension(name), name);
  for (const target of NAMES) {
    const parsed = parseExtension(target);
    const candidates = new Set(index.candidates(parsed));
    for (const other of NAMES) {
      const meets = commonExample(parseExtension(other), parsed) !== undefined;
      if (meets) assert.ok(candidates.has(other), `${target}: misses ${other}`);
    }
  }
});

test("fixed-length patterns of other lengths and disjoint prefixes are not candidates", () => {
  const index = new PatternIndex<string>();
  for (const name of ["_91NXXNXXXXXX", "_8XXX", "_9X.", "8600", "_[9"]) index.add(parseExtension(name), name);
  assert.deepEqual(index.candidates(parseExtension("_8[1-3]XX")).sort(), ["_8XXX"]);
  assert.deepEqual(index.candidates(parseExtension("_86XX")).sort(), ["8600", "_8XXX"]);
  assert.deepEqual(index.candidates(parseExtension("_91NXXNXXXXXX")).sort(), ["_91NXXNXXXXXX", "_9X."]);
  assert.deepEqual(index.candidates(parseExtension("_[9")), []);
});
