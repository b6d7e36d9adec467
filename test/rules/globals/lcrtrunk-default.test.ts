// globals/lcrtrunk-default: LCRTRUNK dialed without a default; a note when an #include may hold the [globals].
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

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

const LCR_DIALPLAN = `
    [t]
    exten => _91NXXNXXXXXX,1,AGI(agi-LCR-Route.agi,\${EXTEN:2:6})
    same => n,Dial(\${LCRTRUNK}/\${EXTEN:2},,To)`;

test("LCRTRUNK dialed without a default is a warning; the fix adds one from an existing trunk global", () => {
  const before = `
    //- extensions.conf
    [globals]
    PROV=SIP/provider1${LCR_DIALPLAN}
    ;                ^^^^^^^^ warning globals/lcrtrunk-default: LCRTRUNK has no default in the globals
  `;
  checkFixture(before, { only: ["globals/lcrtrunk-default"] });
  checkFix(before, `
    //- extensions.conf
    [globals]
    PROV=SIP/provider1
    LCRTRUNK=SIP/provider1${LCR_DIALPLAN}
  `, { code: "globals/lcrtrunk-default" });
});

test("a LCRTRUNK default in [globals] is quiet", () => {
  checkFixture(`
    //- extensions.conf
    [globals]
    LCRTRUNK=SIP/provider1${LCR_DIALPLAN}
  `, { only: ["globals/lcrtrunk-default"], exhaustive: true });
});
