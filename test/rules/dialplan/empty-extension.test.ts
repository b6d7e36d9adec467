// dialplan/empty-extension: an `exten =>` line with no extension name.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("its severity follows the harm: Asterisk drops the line and loads the rest of the context, so a warning", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => ,1,NoOp(x)
             ^^^^^^^^^^ warning dialplan/empty-extension
    exten => 100,1,NoOp(y)
  `, { only: ["dialplan/empty-extension"] });
});
