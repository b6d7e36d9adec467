// dialplan/missing-include: `include =>` of a context nothing defines; information when an #include is missing.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

test("include => of an undefined context is a warning in a complete configuration", () => {
  checkFixture(`
    //- extensions.conf
    [from-internal]
    include => nosuchctx
               ^^^^^^^^^ warning dialplan/missing-include: no extensions file defines
  `, { only: ["dialplan/missing-include"] });
});

test("with a missing #include it is one information note per context", () => {
  checkFixture(`
    //- extensions.conf
    #include extensions_custom.conf
    [from-internal]
    include => from-internal-custom
               ^^^^^^^^^^^^^^^^^^^^ information dialplan/missing-include: none of the files checked defines; 1 #include of this configuration
    [from-pstn]
    include => from-internal-custom
  `, { only: ["dialplan/missing-include"], exhaustive: true });
});

// Ported from test/rules/dialplan.test.ts ("include of a missing context; VICIdial's generated contexts ...").
test("VICIdial's generated contexts and parkedcalls count as defined; a context defined later in the file too", () => {
  checkFixture(`
    //- extensions.conf
    [general]
    [globals]
    [test]
    include => nosuch
               ^^^^^^ warning dialplan/missing-include: [test] includes 'nosuch', which no extensions file defines
    include => vicidial-auto
    include => parkedcalls
    include => test2
    [test2]
    exten => 1,1,NoOp()
  `, { only: ["dialplan/missing-include"] });
});

test("a fragment alone cannot tell (its contexts may live in the main extensions.conf)", () => {
  checkFixture(`
    //- extensions-custom.conf
    [x]
    include => nosuch
  `, { only: ["dialplan/missing-include"], exhaustive: true });
});

test("there is no fix (the context may be misspelt or live in a file not checked)", () => {
  checkNoFix(`
    //- extensions.conf
    [from-internal]
    include => nosuchctx
  `, { code: "dialplan/missing-include" });
});
