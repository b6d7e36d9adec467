// dialplan/lcr-npanxx: agi-LCR-Route.agi must receive the NPANXX (area code + exchange, six digits).
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("${EXTEN:n} eating digits, NANP length, and the LCR AGI's NPANXX").
const LCR = `
  //- extensions.conf
  [general]
  [globals]
  LCRTRUNK=SIP/x
  [test]
  exten => _9NXXXXXX,1,Dial(SIP/x/\${EXTEN:2})
  exten => _91NXXNXXXXXX,1,Dial(SIP/x/\${EXTEN:1})
  same => n,Dial(SIP/x/\${EXTEN:2:9})
  same => n,Dial(SIP/x/\${EXTEN:-7})
  same => n,Dial(SIP/x/\${EXTEN:-10})
  same => n,AGI(agi-LCR-Route.agi,\${EXTEN:1:6})
  same => n,AGI(agi-LCR-Route.agi,\${EXTEN:2:6})
  same => n,Dial(\${LCRTRUNK}/\${EXTEN:2},,To)
`;

test("six digits from the wrong place are a warning; the NPANXX after the dial prefix is not", () => {
  checkFixture(
    LCR.replace("AGI(agi-LCR-Route.agi,${EXTEN:1:6})\n", "AGI(agi-LCR-Route.agi,${EXTEN:1:6})\n                                  ^^^^^^^^^^^^ warning dialplan/lcr-npanxx: this passes '120255' for 912025550143\n"),
    { only: ["dialplan/lcr-npanxx"] },
  );
});

test("the AGI with no NPANXX at all is reported and names what to pass", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _91NXXNXXXXXX,1,AGI(agi-LCR-Route.agi)
                                 ^^^^^^^^^^^^^^^^^ warning dialplan/lcr-npanxx: e.g. AGI(agi-LCR-Route.agi,\${EXTEN:2:6})
  `, { only: ["dialplan/lcr-npanxx"] });
});

test("there is no fix", () => {
  checkNoFix(LCR, { code: "dialplan/lcr-npanxx" });
});
