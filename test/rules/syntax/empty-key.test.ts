// syntax/empty-key: a `= value` line with no option name before the `=`; Asterisk skips it.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const CODE = "syntax/empty-key";
const ONLY = { only: [CODE] };

test("'= value' and ' => value' with nothing before them are warnings on the whole line", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    =dynamic
    ^^^^^^^^ warning syntax/empty-key: no option name before '='
      = secret
    ; ^^^^^^^^ warning syntax/empty-key: Expected 'key = value'
  `, ONLY);
  checkFixture(`
    //- extensions.conf
    [c]
    => 100,1,NoOp()
    ^^^^^^^^^^^^^^^ warning syntax/empty-key
  `, ONLY);
});

test("an option with an empty value, or spaces around '=', is fine", () => {
  checkFixture(`
    [general]
    [p1]
    type = friend
    host=
    context =trunkinbound
  `, ONLY);
});

test("no fix: the missing option name cannot be guessed", () => {
  checkNoFix("[general]\n[p1]\n=dynamic\n", { code: CODE });
});
