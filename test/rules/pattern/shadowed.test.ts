// pattern/shadowed: a pattern every number of which an extension Asterisk tries first already takes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture } from "../../fixture";
import { workspaceOf, WS } from "../../helpers";

test("patterns fully covered by extensions Asterisk tries first are reported; reachable ones are not", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _9[0-4]X,1,NoOp(low)
    exten => _9[5-9]X,1,NoOp(high)
    exten => _9XX,1,NoOp(never)
    ;        ^^^^ warning pattern/shadowed
    exten => _9XXX,1,NoOp(four digits: reachable)
    exten => 91,1,NoOp(exact)
    exten => _9[1],1,NoOp(same as 91: never)
    ;        ^^^^^ warning pattern/shadowed
    exten => _91NXXNXXXXXX,1,NoOp(specific)
    exten => _9X.,1,NoOp(broad: still reachable)
  `, { only: ["pattern/shadowed"] });
});

test("after edits, a context's shadowing follows its extensions: kept for an edit inside one, worked out for a new name", () => {
  const text = "[test]\nexten => _9[0-4]X,1,NoOp(low)\nexten => _9[5-9]X,1,NoOp(high)\nexten => _9XX,1,NoOp(never)\nexten => _8XX,1,NoOp(other)\n";
  const service = workspaceOf({ "extensions.conf": text });
  const shadowed = () => service.diagnostics(WS + "extensions.conf").filter((f) => f.code === "pattern/shadowed").map((f) => f.span.start);
  assert.deepEqual(shadowed(), [text.indexOf("_9XX")]);
  // An edit inside an extension (a longer argument: the lines below move): the same extension is reported where it is now.
  const longer = text.replace("NoOp(low)", "NoOp(lower numbers)");
  service.setDocument(WS + "extensions.conf", longer);
  assert.deepEqual(shadowed(), [longer.indexOf("_9XX")]);
  // One of the two covering patterns renamed: _9XX is reachable again.
  service.setDocument(WS + "extensions.conf", text.replace("_9[5-9]X", "_7[5-9]X"));
  assert.deepEqual(shadowed(), []);
  // And a step of the covering pattern dropped (a bad priority): it covers nothing any more.
  service.setDocument(WS + "extensions.conf", text.replace("_9[5-9]X,1,", "_9[5-9]X,0,"));
  assert.deepEqual(shadowed(), []);
  service.setDocument(WS + "extensions.conf", text);
  assert.deepEqual(shadowed(), [text.indexOf("_9XX")]);
});
