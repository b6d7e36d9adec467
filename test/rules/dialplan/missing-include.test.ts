// dialplan/missing-include: `include =>` of a context nothing defines; information when an #include is missing.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

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
