// A dialplan's globals kept across rebuilds (model/dialplan-globals.ts): the same list object while the [globals]
// sections are the same, their definitions following lines that moved; and what rules keep by that list gives what a
// fresh analysis gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { Workspace } from "../../server/src/service/model/workspace";
import { WS, workspaceOf } from "../helpers";

const URI = WS + "extensions.conf";
const TEXT = "[top]\nexten => 1,1,NoOp()\n[globals]\nTRUNK=SIP/carrier\nUNUSED=1\n[out]\nexten => _9X.,1,Dial(${TRUNK}/${EXTEN:1})\n";

function globalsOf(ws: Workspace) {
  return dialplanIndex(ws).dialplans[0].globals;
}

test("an edit outside [globals] keeps the dialplan's globals list; an edit inside makes a new one", () => {
  const ws = new Workspace();
  ws.setDocument(URI, TEXT);
  const first = globalsOf(ws);
  assert.deepEqual(first.map((g) => `${g.name}=${g.value}`), ["TRUNK=SIP/carrier", "UNUSED=1"]);
  ws.setDocument(URI, TEXT.replace("Dial(", "Dial(  "));
  assert.equal(globalsOf(ws), first, "a step below edited");
  ws.setDocument(URI, TEXT);
  assert.equal(globalsOf(ws), first, "and back");
  const text = TEXT.replace("NoOp()", "NoOp(a longer one)");
  ws.setDocument(URI, text);
  const moved = globalsOf(ws);
  assert.equal(moved, first, "lines above moved: the same list");
  assert.equal(text.slice(moved[1].nameSpan.start, moved[1].nameSpan.end), "UNUSED", "its spans moved with the lines");
  ws.setDocument(URI, text.replace("UNUSED=1", "UNUSED=2"));
  assert.notEqual(globalsOf(ws), first, "a global edited");
  assert.equal(globalsOf(ws)[1].value, "2");
});

test("unused-global kept by the globals list points where a fresh analysis does after lines above [globals] move", () => {
  const service = workspaceOf({ "extensions.conf": TEXT });
  const unused = (s: typeof service) => s.diagnostics(URI).filter((f) => f.code === "globals/unused-global").map((f) => `${f.span.start}-${f.span.end} ${f.message}`);
  assert.equal(unused(service).length, 1);
  const edits = [TEXT.replace("Dial(", "Dial( "), TEXT.replace("NoOp()", "NoOp(longer)"), TEXT.replace("NoOp()", "NoOp"), TEXT.replace("${TRUNK}", "${UNUSED}"), TEXT];
  for (const edited of edits) {
    service.setDocument(URI, edited);
    assert.deepEqual(unused(service), unused(workspaceOf({ "extensions.conf": edited })), edited);
  }
});

test("[globals] and [general] are told apart from contexts in any case, and only by their whole name", () => {
  const ws = new Workspace();
  ws.setDocument(URI, "[GLOBALS]\nA=1\n[General]\nstatic=yes\n[globalsx]\nexten => 1,1,NoOp()\n[gen]\nexten => 2,1,NoOp()\n[Globals]\nB=2\n");
  const dialplan = dialplanIndex(ws).dialplans[0];
  assert.deepEqual(dialplan.globals.map((g) => g.name), ["A", "B"]);
  assert.deepEqual([...dialplan.contexts.keys()], ["globalsx", "gen"]);
});
