// dialplan/unbalanced-expression: a `${` or `$[` never closed in an application's arguments.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("its severity follows the harm: Asterisk drops the line and loads the rest of the context, so a warning", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,1,Set(FOO=\${BAR)
                           ^^ warning dialplan/unbalanced-expression
    same => n,Hangup()
  `, { only: ["dialplan/unbalanced-expression"] });
});
