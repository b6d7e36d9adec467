// globals/lcrtrunk-default: LCRTRUNK dialed without a default; a note when an #include may hold the [globals].
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("with a missing #include (where [globals] may be) it is one information note", () => {
  checkFixture(`
    //- extensions.conf
    #include local/globals.conf
    [t]
    exten => _91NXXNXXXXXX,1,AGI(agi-LCR-Route.agi,\${EXTEN:2:6})
    same => n,Dial(\${LCRTRUNK}/\${EXTEN:2},,To)
                     ^^^^^^^^ information globals/lcrtrunk-default: may set one
    same => n,Dial(\${LCRTRUNK}/\${EXTEN:2},,To)
  `, { only: ["globals/lcrtrunk-default"], exhaustive: true });
});
