// What an analysis lets go of: once a round of analysis is complete, the unit an edit replaced (and all that was worked
// out of it, such as the old version of an edited dialplan context) and the document revision it read are no longer
// kept alive by caches, the secret masker or the rebuild records. Run with a real garbage collection.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { WS, workspaceOf } from "../helpers";

v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;

const TEXT = "[globals]\nTRUNK=SIP/a\n[out]\nexten => _9X.,1,NoOp(start)\nsame => n,Dial(${TRUNK}/${EXTEN:1})\nsame => n,Dail(x)\n";

/** Weak references to the current revision's document, unit, dialplan and context (no strong reference left behind). */
function firstRevision(service: ReturnType<typeof workspaceOf>): WeakRef<object>[] {
  const doc = service.workspace.document(WS + "extensions.conf")!;
  const dialplan = dialplanIndex(service.workspace).dialplans[0];
  return [new WeakRef(doc), new WeakRef(dialplan.unit), new WeakRef(dialplan), new WeakRef(dialplan.contexts.get("out")!)];
}

test("a complete analysis after an edit keeps nothing of the build and the document revision the edit replaced", async () => {
  const service = workspaceOf({ "extensions.conf": TEXT.replace("NoOp(start)", "NoOp()") });
  service.allDiagnostics();
  // A rebuilt context (it keeps work on its lines) with a finding: the secret masker is made for this revision.
  service.setDocument(WS + "extensions.conf", TEXT);
  assert.ok(service.allDiagnostics().get(WS + "extensions.conf")!.length > 0);
  const first = firstRevision(service);
  // The edit fixes it: the next round shows nothing, so it never asks the masker again.
  service.setDocument(WS + "extensions.conf", TEXT.replace("Dail(x)", "Hangup()"));
  assert.deepEqual(service.allDiagnostics().get(WS + "extensions.conf"), []);
  await new Promise((resolve) => setImmediate(resolve));
  collect();
  collect();
  assert.deepEqual(
    first.map((ref) => ref.deref() === undefined),
    [true, true, true, true],
    "document, unit, dialplan, rebuilt context of the revision the edit replaced",
  );
});
