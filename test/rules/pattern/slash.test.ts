// pattern/slash: a `/` inside a pattern ends it; what follows becomes a caller-ID match.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const SLASHES = `
  //- extensions.conf
  [test]
  exten => _9NXX/NXXXXXX,1,NoOp()
  exten => 100/5551234,1,NoOp()
  exten => _9X./_555.,1,NoOp()
  exten => _9X./5551234,1,NoOp()
`;

test("a slash followed by more pattern characters is a warning; real caller-ID matches (after a pattern or an extension) are not", () => {
  checkFixture(SLASHES.replace("_9NXX/NXXXXXX,1,NoOp()\n", "_9NXX/NXXXXXX,1,NoOp()\n  ;             ^^^^^^^^ warning pattern/slash: treats 'NXXXXXX' as a caller-ID match\n"), { only: ["pattern/slash"] });
});

test("a slash inside a character set is reported together with the set it leaves open", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _9[1/2]X,1,NoOp()
    ;          ^^ warning pattern/unterminated-set
    ;            ^^^^ warning pattern/slash: ends the pattern at '_9[1'
  `, { only: ["pattern/slash", "pattern/unterminated-set"] });
});

test("there is no fix (whether a caller-ID match was meant is the author's call)", () => {
  checkNoFix(SLASHES, { code: "pattern/slash" });
});
