// dialplan/same-without-exten: a `same =>` line with no `exten =>` before it in its context.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("its severity follows the harm: Asterisk drops the line and loads the rest of the context, so a warning", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    same => n,NoOp(orphan)
    ^^^^ warning dialplan/same-without-exten
    exten => 100,1,NoOp(x)
    same => n,Hangup()
  `, { only: ["dialplan/same-without-exten"] });
});
