// dialplan/stir-shaken-order: agi-TILTX_SHAKEN.agi after the Dial it should sign; the fix moves it before.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("STIR/SHAKEN AGI after the Dial: warning, fix moves it before").
const SHAKEN = "AGI(agi-TILTX_SHAKEN.agi,${EXTEN:-10}-----${CALLERID(num)}-----YES-----)";
const ORDER = `
  //- extensions.conf
  [general]
  [globals]
  [test]
  exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  same => n,Dial(SIP/x/\${EXTEN:1},,To)
  same => n,${SHAKEN}
  same => n,Hangup()
  exten => _92NXXNXXXXXX,1,${SHAKEN}
  same => n,Dial(SIP/x/\${EXTEN:1},,To)
`;

test("the AGI after the Dial is a warning; before it, it is not", () => {
  checkFixture(ORDER.replace(`same => n,${SHAKEN}\n`, `same => n,${SHAKEN}\n            ^^^ warning dialplan/stir-shaken-order: runs at priority 3, after the Dial at priority 2\n`), { only: ["dialplan/stir-shaken-order"] });
});

test("the fix swaps the AGI into the Dial's place, priorities unchanged", () => {
  checkFix(ORDER, ORDER.replace(`same => n,Dial(SIP/x/\${EXTEN:1},,To)\n  same => n,${SHAKEN}\n  same => n,Hangup()`, `same => n,${SHAKEN}\n  same => n,Dial(SIP/x/\${EXTEN:1},,To)\n  same => n,Hangup()`), {
    code: "dialplan/stir-shaken-order",
    title: "before the Dial",
  });
});

test("no fix when the priorities between the Dial and the AGI are not consecutive (moving would change the numbering)", () => {
  checkNoFix(`
    //- extensions.conf
    [test]
    exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
    exten => _91NXXNXXXXXX,2,Dial(SIP/x/\${EXTEN:1},,To)
    exten => _91NXXNXXXXXX,4,${SHAKEN}
  `, { code: "dialplan/stir-shaken-order" });
});
