// pattern/unterminated-set: a `[` set never closed makes the pattern match nothing; the fix closes it after the digits.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const HEAD = "[general]\n[globals]\n[test]\n";

test("an unterminated set is reported (not as a bad priority); the fix closes it after the digits", () => {
  const before = HEAD + "exten => _92[2-9XXXXXXXXX,1,Dial(SIP/x/${EXTEN:1},,To)\nexten => _93[2-9]XXXXXXXXX,1,NoOp()\n";
  checkFixture(`//- extensions.conf\n${HEAD}exten => _92[2-9XXXXXXXXX,1,Dial(SIP/x/\${EXTEN:1},,To)\n;           ^^^^^^^^^^^^^^^^^^^^^^^^ warning pattern/unterminated-set: no closing\nexten => _93[2-9]XXXXXXXXX,1,NoOp()\n`, { only: ["pattern/unterminated-set", "dialplan/invalid-priority"] });
  checkFix(before, before.replace("_92[2-9XXXXXXXXX", "_92[2-9]XXXXXXXXX"), { code: "pattern/unterminated-set", file: "extensions.conf" });
});

test("its severity follows the harm: Asterisk drops the one extension and loads the rest, so a warning", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _91NXX[,1,NoOp(x)
                   ^^^^^^^^^^^ warning pattern/unterminated-set
    exten => 100,1,NoOp(y)
  `, { only: ["pattern/unterminated-set"] });
});

test("no fix when a second '[' after the closed set would still be open", () => {
  checkNoFix(`
    //- extensions.conf
    [test]
    exten => _[2[,1,NoOp()
  `, { code: "pattern/unterminated-set" });
});
