// dialplan/nanp-digits: a Dial on a North-American-shaped pattern sends fewer than the ten NPA-NXX-XXXX digits.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("${EXTEN:n} eating digits, NANP length, and the LCR AGI's NPANXX").
const NANP = `
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

test("nine digits and the last seven are warnings; the whole number, with or without the 1, is not", () => {
  checkFixture(
    NANP.replace("Dial(SIP/x/${EXTEN:2:9})\n", "Dial(SIP/x/${EXTEN:2:9})\n                       ^^^^^^^^^^^^ warning dialplan/nanp-digits: this keeps 9 character(s): for 912025550143 the carrier gets '202555014'\n").replace(
      "Dial(SIP/x/${EXTEN:-7})\n",
      "Dial(SIP/x/${EXTEN:-7})\n                       ^^^^^^^^^^^ warning dialplan/nanp-digits: this keeps 7 character(s)\n",
    ),
    { only: ["dialplan/nanp-digits"] },
  );
});

test("there is no fix (the number the carrier expects is the author's call)", () => {
  checkNoFix(NANP, { code: "dialplan/nanp-digits" });
});
