// dialplan/goto-target: jumps to contexts, extensions, priorities and labels that do not exist; with missing
// #includes only one note per target; each priority looked up on its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, workspaceOf, WS } from "../../helpers";

test("a context no file defines is a warning when every #include was found", () => {
  checkFixture(`
    //- extensions.conf
    [from-trunk]
    exten => s,1,Goto(no-such-context,s,1)
                      ^^^^^^^^^^^^^^^ warning dialplan/goto-target: which no extensions file in the workspace defines
  `, { only: ["dialplan/goto-target"] });
});

test("with a missing #include, one information note per target, not a warning per jump", () => {
  checkFixture(`
    //- extensions.conf
    #include dialplan/ext-peer.conf
    [from-trunk]
    exten => 1,1,Goto(ext-peer,s,1)
                      ^^^^^^^^ information dialplan/goto-target: none of the files checked defines; 1 #include of this configuration is not among the files checked and may define it. (2 more jumps lead there.)
    exten => 2,1,Goto(ext-peer,s,1)
    exten => 3,1,Goto(ext-peer,s,1)
    exten => 4,1,Goto(from-trunk,99,1)
                                 ^^ information dialplan/goto-target: may add it
  `, { only: ["dialplan/goto-target"], exhaustive: true });
});

test("a glob #include that matches files in the workspace loads them", () => {
  checkFixture(`
    //- extensions.conf
    #include dialplan/sub/*.conf
    [from-trunk]
    exten => 1,1,Goto(sub-a,s,1)
    exten => 2,1,Goto(sub-b,s,1)
    exten => 3,1,Goto(sub-c,s,1)
                      ^^^^^ warning dialplan/goto-target: no extensions file in the workspace defines
    //- dialplan/sub/a.conf
    [sub-a]
    exten => s,1,NoOp()
    //- dialplan/sub/b.conf
    [sub-b]
    exten => s,1,NoOp()
  `, { only: ["dialplan/goto-target", "syntax/missing-include"], exhaustive: true });
});

test("a priority another matching pattern holds is found (each priority is looked up on its own)", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _RG-X!,1,NoOp(first)
    exten => _RG-123.,2,NoOp(second)
    exten => 100,1,Goto(RG-1234,2)
    exten => 101,1,Goto(RG-1234,3)
                                ^ warning dialplan/goto-target: which has no such priority
  `, { only: ["dialplan/goto-target"] });
});

// Ported from test/rules/dialplan.test.ts ("Goto and GotoIf targets: contexts, extensions (patterns, includes), ...").
test("Goto/GotoIf to a missing context, extension, priority or label are warnings; patterns through includes, variables and VICIdial's generated contexts are not", () => {
  checkFixture(`
    //- extensions.conf
    [general]
    [globals]
    [test]
    exten => 100,1,Goto(200,1)
    same => n,Goto(nosuch,s,1)
                   ^^^^^^ warning dialplan/goto-target: context 'nosuch'
    same => n,Goto(test,999,1)
                        ^^^ warning dialplan/goto-target: extension '999' in [test]
    same => n,Goto(200,7)
                       ^ warning dialplan/goto-target: priority 7 of '200' in [test], which has no such priority (it has only 1)
    same => n,GotoIf($[\${X} = 1]?here:nolabel)
                                      ^^^^^^^ warning dialplan/goto-target: label 'nolabel', but '100' in [test] has no such label (labels: here)
    same => n(here),Goto(sub,fn-BUSY,1)
    same => n,Goto(\${DEST},s,1)
    same => n,Goto(vicidial-auto,8500,1)
    exten => 200,1,NoOp()
    [sub]
    include => deeper
    [deeper]
    exten => _f[n]-.,1,NoOp()
  `, { only: ["dialplan/goto-target"] });
});

test("there is no fix (which target was meant is the author's call)", () => {
  checkNoFix(`
    //- extensions.conf
    [from-trunk]
    exten => s,1,Goto(no-such-context,s,1)
  `, { code: "dialplan/goto-target" });
});

test("edit after edit in a rebuilt context, the Goto lines at its kept ends find what a fresh analysis finds", () => {
  // The lines at the ends keep what they found in the context the rebuilt one replaced, but a jump that reads its own
  // extension (a label, a priority alone) is checked again: an edit between the ends may give that extension a label.
  const lines = [
    "[other]",
    "exten => s,1,NoOp(target)",
    "[ctx]",
    "exten => 100,1,Goto(lbl)",
    "exten => 200,1,Goto(other,s,1)",
    "exten => 210,1,Goto(other,s,2)",
    "exten => 250,1,NoOp(middle)",
    "exten => 300,1,Goto(nowhere,s,1)",
    "exten => 400,1,Goto(other,t,1)",
    "exten => 500,1,Goto(2)",
  ];
  const service = workspaceOf({ "extensions.conf": lines.join("\n") });
  const places = (on: typeof service) => findingsOf(on).filter((f) => f.code === "dialplan/goto-target").map((f) => `${f.line}@${f.span.start} ${f.message}`);
  const edits = [
    "exten => 100,2(lbl),NoOp(labelled)",
    "exten => 250,1,NoOp(the middle, longer)",
    "exten => 500,2,NoOp(second)",
    "exten => 250,1,NoOp(middle)",
  ];
  for (const edit of edits) {
    lines[6] = edit;
    service.setDocument(WS + "extensions.conf", lines.join("\n"));
    assert.deepEqual(places(service), places(workspaceOf({ "extensions.conf": lines.join("\n") })), edit);
  }
  assert.deepEqual(
    places(service).map((place) => place.split("@")[0]),
    ["4", "6", "8", "9", "10"],
    "the label, priority 2 of [other]'s s, the missing context, extension t and priority 2 of 500 are missing again",
  );
});
