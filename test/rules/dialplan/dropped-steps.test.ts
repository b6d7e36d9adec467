// rules/dialplan/common.ts `droppedSteps`: the steps of a context Asterisk drops, in order, listed once per context
// object for the rules that say why (invalid-priority, duplicate-priority, next-on-first, empty-extension).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../../server/src/service/model/workspace";
import { dialplanIndex } from "../../../server/src/service/model/dialplan";
import { droppedSteps } from "../../../server/src/service/rules/dialplan/common";
import { WS } from "../../helpers";

test("every dropped step of a context, in the order of its lines, with why; the same list for the same context", () => {
  const ws = new Workspace();
  ws.setDocument(
    WS + "extensions.conf",
    ["[in]", "exten => 1,n,NoOp(next on first)", "exten => 1,1,NoOp(a)", "exten => 1,1,NoOp(again)", "exten => ,2,NoOp(empty)", "exten => 1,foo,NoOp(label)", "exten => 1,2,NoOp(b)", ""].join("\n"),
  );
  const context = dialplanIndex(ws).dialplans[0].contexts.get("in")!;
  const dropped = droppedSteps(context);
  assert.deepEqual(dropped.map((step) => `${step.args[0].text}: ${step.dropped}`), ["next on first: next-on-first", "again: duplicate-priority", "empty: empty-extension", "label: unknown-label"]);
  assert.equal(droppedSteps(context), dropped);
});
