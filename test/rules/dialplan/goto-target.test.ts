// dialplan/goto-target: jumps to contexts, extensions, priorities and labels that do not exist; with missing
// #includes only one note per target; each priority looked up on its own.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

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
