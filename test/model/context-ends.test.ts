// The ends a rebuilt dialplan context shares with the context it replaced (model/context-ends.ts): the steps before
// and after the edited lines, built from the same lines with the same facts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { keptEnds } from "../../server/src/service/model/context-ends";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { Workspace } from "../../server/src/service/model/workspace";
import { WS } from "../helpers";

const URI = WS + "extensions.conf";
const TEXT = "[c]\nexten => 1,1,Answer()\nsame => n,NoOp(a)\nsame => n,NoOp(b)\nexten => 2,1,NoOp(c)\nsame => n,Hangup()\n[other]\nexten => 9,1,Hangup()\n";

/** The ends of context `c` after `edited` follows `TEXT` (both built), or undefined. */
function endsAfter(edited: string): [number, number] | undefined {
  const ws = new Workspace();
  ws.setDocument(URI, TEXT);
  dialplanIndex(ws);
  ws.setDocument(URI, edited);
  const ends = keptEnds(dialplanIndex(ws).dialplans[0].contexts.get("c")!);
  return ends && [ends.head, ends.tail];
}

test("a step edited in place leaves the steps before it and after it as the ends", () => {
  assert.deepEqual(endsAfter(TEXT.replace("NoOp(b)", "NoOp(x)")), [2, 2]);
});

test("a line turned into a comment leaves one step fewer: the ends are counted from each end", () => {
  assert.deepEqual(endsAfter(TEXT.replace("same => n,NoOp(b)", ";ame => n,NoOp(b)")), [2, 2]);
  // A longer line moves the lines below it in place: they are the same lines still.
  assert.deepEqual(endsAfter(TEXT.replace("NoOp(a)", "NoOp(a much longer a)")), [1, 3]);
});

test("a line added or removed keeps the lines below it, at new line numbers: they are the tail", () => {
  assert.deepEqual(endsAfter(TEXT.replace("NoOp(b)\n", "NoOp(b)\nsame => n,NoOp(new)\n")), [3, 2]);
  assert.deepEqual(endsAfter(TEXT.replace("same => n,NoOp(b)\nexten", "exten")), [2, 2]);
  // The line after a removed one that starts as it did ("same => n,NoOp(") is read anew: the edit is "a)\nsame =>
  // n,NoOp(" to its end, and the text both versions start with reaches into it.
  assert.deepEqual(endsAfter(TEXT.replace("same => n,NoOp(a)\n", "")), [1, 2]);
});

test("steps whose lines stay but whose facts change (a renamed extension) are not part of the ends", () => {
  // `same` lines below take the new name: only extension 2 is as it was.
  assert.deepEqual(endsAfter(TEXT.replace("exten => 1,1", "exten => 5,1")), [0, 2]);
});

test("a context kept whole, or built for the first time, has no ends", () => {
  const ws = new Workspace();
  ws.setDocument(URI, TEXT);
  assert.equal(keptEnds(dialplanIndex(ws).dialplans[0].contexts.get("c")!), undefined);
  ws.setDocument(URI, TEXT.replace("exten => 9,1,Hangup()", "exten => 9,1,Answer()"));
  assert.equal(keptEnds(dialplanIndex(ws).dialplans[0].contexts.get("c")!), undefined);
});
