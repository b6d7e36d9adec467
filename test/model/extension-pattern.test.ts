// Extension patterns as pbx.c reads them: matching, sort order (exact first, then smaller sets first), identity,
// coverage and intersection, words and examples; and the dialplan model's priorities.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  commonExample,
  compareExtensions,
  describePattern,
  inTryOrder,
  exampleNumber,
  matchesExtension,
  nanpStart,
  parseExtension,
  uncoveredExample,
} from "../../server/src/service/model/extension-pattern";
import { substring } from "../../server/src/service/model/dialplan-values";
import { patternKey, sortPositions } from "../../server/src/service/model/extension-order";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { workspaceOf } from "../helpers";

test("matching follows pbx.c: N/X/Z, sets, '-' ignored, '.' needs one more, '!' zero or more, empty set skipped", () => {
  assert.ok(matchesExtension("_91NXXNXXXXXX", "912025550143"));
  assert.ok(!matchesExtension("_91NXXNXXXXXX", "911025550143"));
  assert.ok(matchesExtension("_9[5-7]X.", "95123"));
  assert.ok(!matchesExtension("_9X.", "91"));
  assert.ok(matchesExtension("_9X!", "91"));
  assert.ok(matchesExtension("_f[n]-.", "fn-CONGESTION"));
  assert.ok(matchesExtension("_9[]X", "91"), "an empty set is skipped");
  assert.ok(matchesExtension("_9[5-]", "95") && !matchesExtension("_9[5-]", "96"));
  assert.ok(!matchesExtension("_91NXX[", "91234"), "an unterminated set matches nothing");
  assert.ok(matchesExtension("fn-BUSY", "fnBUSY"), "'-' is ignored in exact names too");
});

test("sort order: exact before patterns, then position by position the smaller set", () => {
  const sorted = ["_X.", "_9X.", "_91NXXNXXXXXX", "100", "_91999NXXXXXX", "_9!", "_NXX"].sort(compareExtensions);
  assert.deepEqual(sorted, ["100", "_91999NXXXXXX", "_91NXXNXXXXXX", "_9X.", "_9!", "_NXX", "_X."]);
  assert.equal(compareExtensions("_NXX", "_[2-9]XX"), 0, "same sets: one extension");
  assert.equal(parseExtension("_NXX").key, parseExtension("_[2-9]XX").key);
});

test("inTryOrder sorts as compareExtensions does, keeps the order of equal names and marks each tie with the one before", () => {
  const names = ["_X.", "1-00", "_9X.", "_[2-9]XX", "_91NXXNXXXXXX", "100", "_91999NXXXXXX", "_9!", "_NXX", "200"];
  const ordered = inTryOrder(names.map((name, at) => ({ name, at })), (item) => item.name);
  assert.deepEqual(ordered.map((entry) => entry.item.name), [...names].sort(compareExtensions));
  assert.deepEqual(ordered.filter((entry) => entry.tiesPrevious).map((entry) => entry.item.name), ["100", "_NXX"]);
  assert.ok(ordered.findIndex((entry) => entry.item.name === "1-00") < ordered.findIndex((entry) => entry.item.name === "100"), "stable");
});

test("exact names compare with '-' skipped on either side, blanks ignored when matching", () => {
  assert.equal(compareExtensions("1-00", "100"), 0);
  assert.ok(compareExtensions("10-0", "1001") < 0 && compareExtensions("1001", "10-0-") > 0);
  assert.ok(compareExtensions("-", "") === 0 && compareExtensions("", "0") < 0);
  assert.ok(matchesExtension(" 1 00", "100") && matchesExtension("_9 X", "91") && !matchesExtension("_9 X", "9"));
  assert.equal(parseExtension("_9 X\u00a0X").text, "_9XX");
});

test("coverage and intersection", () => {
  const p = parseExtension;
  assert.equal(uncoveredExample(p("_9XX"), [p("_9[0-4]X"), p("_9[5-9]X")]), undefined);
  const gap = uncoveredExample(p("_9XX"), [p("_9[0-4]X")]);
  assert.ok(typeof gap === "string" && matchesExtension("_9XX", gap) && !matchesExtension("_9[0-4]X", gap), String(gap));
  assert.notEqual(uncoveredExample(p("_9X."), [p("_9XX")]), undefined);
  assert.match(commonExample(p("_X."), p("_8600XXX*.")) ?? "", /^8600\d{3}\*./);
  assert.equal(commonExample(p("_91NXXNXXXXXX"), p("_8600XXX*.")), undefined);
});

test("words, examples, NANP position and substrings", () => {
  const p = parseExtension("_91NXXNXXXXXX");
  assert.equal(describePattern(p), "'91', a digit 2-9, 2 digits 0-9, a digit 2-9, 6 digits 0-9");
  assert.equal(exampleNumber(p), "912025550143");
  assert.equal(nanpStart(p), 2);
  assert.equal(nanpStart(parseExtension("_9X.")), undefined);
  assert.equal(substring("919995551234", 2), "9995551234");
  assert.equal(substring("919995551234", -10), "9995551234");
  assert.equal(substring("919995551234", 2, 6), "999555");
  assert.equal(substring("919995551234", 0, -4), "91999555");
  assert.equal(substring("12", 5), "");
});

test("priorities: n follows the previous line of any extension, s repeats it, +N adds, labels resolve, per-section reset", () => {
  const service = workspaceOf({
    "extensions.conf": "[a]\nexten => 1,1,NoOp()\nexten => 2,n,NoOp()\nexten => 2,s+2,NoOp()\nexten => 3,1(top),NoOp()\nexten => 3,top+1,NoOp()\n[b]\nexten => 4,n,NoOp()\n",
  });
  const dialplan = dialplanIndex(service.workspace).dialplans[0];
  assert.deepEqual(dialplan.steps.map((s) => [s.extensionText, s.priority ?? s.dropped]), [
    ["1", 1],
    ["2", 2],
    ["2", 4],
    ["3", 1],
    ["3", 2],
    ["4", "next-on-first"],
  ]);
  // Labels belong to their own extension (extensions without one share an empty map).
  const [one, , three] = dialplan.contexts.get("a")!.extensions;
  assert.deepEqual([...three.labels.keys()], ["top"]);
  assert.equal(one.labels.size, 0);
  assert.equal(dialplan.contexts.get("b")!.extensions.length, 0);
});

test("parsed names and sort positions share their one-character parts, and sharing never mixes two parts up", () => {
  // The same character at the same offset is one object across names; another offset or character is another.
  const a = parseExtension("1234");
  const b = parseExtension("_21X5");
  assert.equal(a.elements[1], b.elements[0]);
  assert.notEqual(a.elements[0], parseExtension("21").elements[1]);
  assert.deepEqual(
    parseExtension("_9[3-17]").elements.map((e) => [e.set, e.start, e.end]),
    [
      ["9", 1, 2],
      ["7", 2, 8],
    ],
  );
  // A set whose only character is not its lowest bound ([3-1] is reversed, so it adds nothing) keeps its own character.
  assert.deepEqual(sortPositions("3").map((p) => p.chars), ["3", ""]);
  assert.deepEqual(sortPositions("[3-17]").map((p) => p.chars), ["7", ""]);
  assert.equal(sortPositions("3X")[0], sortPositions("3N")[0]);
  assert.notEqual(patternKey(sortPositions("3")), patternKey(sortPositions("[3-17]")));
});
