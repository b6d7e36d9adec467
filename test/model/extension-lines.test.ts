// An extension's lines (every line naming it, in file order) and its steps (registered ones, by priority), as the
// context build makes them (model/dialplan-context-build.ts): one list while every line is a step in priority order,
// two once a line is not (a hint, a duplicate priority) or comes before the last in priority.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { Workspace } from "../../server/src/service/model/workspace";
import type { DialplanExtension, DialplanStep } from "../../server/src/service/model/dialplan-types";
import { WS } from "../helpers";

/** The extension `100` of [ctx] in `body` (the lines of the context). */
function extension100(body: string): DialplanExtension {
  const ws = new Workspace();
  ws.setDocument(WS + "extensions.conf", `[ctx]\n${body}\n`);
  const ext = dialplanIndex(ws).dialplans[0].contexts.get("ctx")!.extensions.find((e) => e.name === "100");
  assert.ok(ext, "extension 100 built");
  return ext;
}

/** Each step as its application argument (the lines below name each step by it), a hint as "hint". */
const names = (steps: DialplanStep[]) => steps.map((s) => (s.isHint ? "hint" : (s.line.arguments[0]?.text ?? "")));

test("lines in priority order, all steps: lines and steps are the same, in order", () => {
  const ext = extension100("exten => 100,1,NoOp(a)\nexten => 100,n,NoOp(b)\nexten => 100,3,NoOp(c)");
  assert.deepEqual(names(ext.steps), ["a", "b", "c"]);
  assert.deepEqual(names(ext.lines), ["a", "b", "c"]);
});

test("a line before the last in priority: steps sorted by priority, lines kept in file order", () => {
  const ext = extension100("exten => 100,2,NoOp(two)\nexten => 100,1,NoOp(one)\nexten => 100,3,NoOp(three)");
  assert.deepEqual(names(ext.steps), ["one", "two", "three"]);
  assert.deepEqual(names(ext.lines), ["two", "one", "three"]);
});

test("a hint among the lines: a line but no step; the steps after it are both", () => {
  const ext = extension100("exten => 100,1,NoOp(a)\nexten => 100,hint,SIP/100\nexten => 100,2,NoOp(b)");
  assert.deepEqual(names(ext.steps), ["a", "b"]);
  assert.deepEqual(names(ext.lines), ["a", "hint", "b"]);
});

test("a duplicate priority: a line but no step; the steps after it are both", () => {
  const ext = extension100("exten => 100,1,NoOp(a)\nexten => 100,1,NoOp(again)\nexten => 100,2,NoOp(b)");
  assert.deepEqual(names(ext.steps), ["a", "b"]);
  assert.deepEqual(names(ext.lines), ["a", "again", "b"]);
  assert.equal(ext.lines[1].dropped, "duplicate-priority");
});
