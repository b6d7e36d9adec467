// dialplan/empty-extension: `exten => ,1,...` names no extension; Asterisk refuses the line.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const EMPTY = `
  //- extensions.conf
  [test]
  exten => ,1,NoOp()
  exten => 100,1,NoOp()
`;

test("an exten line with nothing before the first comma is a warning; a named one is not", () => {
  checkFixture(EMPTY.replace("exten => ,1,NoOp()\n", "exten => ,1,NoOp()\n           ^^^^^^^^^ warning dialplan/empty-extension: names no extension\n"), { only: ["dialplan/empty-extension"] });
});

test("there is no fix (the extension meant is unknown)", () => {
  checkNoFix(EMPTY, { code: "dialplan/empty-extension" });
});

test("its severity follows the harm: Asterisk drops the line and loads the rest of the context, so a warning", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => ,1,NoOp(x)
             ^^^^^^^^^^ warning dialplan/empty-extension
    exten => 100,1,NoOp(y)
  `, { only: ["dialplan/empty-extension"] });
});
