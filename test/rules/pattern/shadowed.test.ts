// pattern/shadowed: a pattern every number of which an extension Asterisk tries first already takes.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("patterns fully covered by extensions Asterisk tries first are reported; reachable ones are not", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _9[0-4]X,1,NoOp(low)
    exten => _9[5-9]X,1,NoOp(high)
    exten => _9XX,1,NoOp(never)
    ;        ^^^^ warning pattern/shadowed
    exten => _9XXX,1,NoOp(four digits: reachable)
    exten => 91,1,NoOp(exact)
    exten => _9[1],1,NoOp(same as 91: never)
    ;        ^^^^^ warning pattern/shadowed
    exten => _91NXXNXXXXXX,1,NoOp(specific)
    exten => _9X.,1,NoOp(broad: still reachable)
  `, { only: ["pattern/shadowed"] });
});
