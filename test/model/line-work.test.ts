// What rules work out of one dialplan line's text alone, kept on the parsed line (model/line-work.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { LineWork } from "../../server/src/service/model/line-work";
import { parseConf } from "../../server/src/service/parse/conf-parser";
import { parseDialplanLine, type DialplanLine } from "../../server/src/service/parse/dialplan-syntax";
import type { Assignment } from "../../server/src/service/parse/conf-syntax";

function linesOf(text: string): DialplanLine[] {
  const options = parseConf(text).lines.filter((line): line is Assignment => line.kind === "option");
  return options.map((option) => parseDialplanLine(option, text));
}

test("a value is worked out once per line when worth keeping, and every time when not", () => {
  const [first, second] = linesOf("[c]\nexten => 1,1,NoOp(a)\nsame => n,Hangup()\n");
  const work = new LineWork<string>();
  let computed = 0;
  const compute = (value: string) => () => (computed++, value);
  assert.equal(work.of(first, false, compute("x")), "x");
  assert.equal(work.of(first, false, compute("y")), "y", "not kept: worked out again");
  assert.equal(computed, 2);
  assert.equal(work.of(first, true, compute("kept")), "kept");
  assert.equal(work.of(first, true, compute("other")), "kept");
  assert.equal(work.of(first, false, compute("other")), "kept", "kept values are read back even where nothing more is kept");
  assert.equal(work.of(second, true, compute("second")), "second", "another line has its own value");
  assert.equal(computed, 4);
});

test("undefined is kept as a value, and each kind of value has its own place on the line", () => {
  const [line] = linesOf("[c]\nexten => 1,1,NoOp(a)\n");
  const nothing = new LineWork<string | undefined>();
  const other = new LineWork<number>();
  let computed = 0;
  assert.equal(nothing.of(line, true, () => (computed++, undefined)), undefined);
  assert.equal(nothing.of(line, true, () => (computed++, "late")), undefined);
  assert.equal(computed, 1);
  assert.equal(other.of(line, true, () => 7), 7);
  assert.equal(other.get(line), 7);
  other.set(line, 8);
  assert.equal(other.of(line, true, () => 9), 8);
  assert.equal(nothing.get(line), undefined);
});
