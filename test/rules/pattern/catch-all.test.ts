// pattern/catch-all: `_.`/`_!` (Asterisk warns) and all-wildcard spellings such as `_.!` (it does not, P6).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture } from "../../fixture";

test("'_.' is a catch-all Asterisk warns about", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _.,1,NoOp()
             ^^ warning pattern/catch-all: Asterisk warns about it at load
  `, { only: ["pattern/catch-all", "pattern/wildcard-not-last"] });
});

test("'_.!' catches h like '_.', is not a wildcard-not-last defect, and the message does not claim a load warning", () => {
  const service = checkFixture(`
    //- extensions.conf
    [context-pstn]
    exten => _.!,1,NoOp()
             ^^^ warning pattern/catch-all: Asterisk loads it without a warning, but it catches them just like '_.'
  `, { only: ["pattern/catch-all", "pattern/wildcard-not-last"] });
  assert.ok(service);
  checkFix(`
    //- extensions.conf
    [context-pstn]
    exten => _.!,1,NoOp()
  `, `
    //- extensions.conf
    [context-pstn]
    exten => _X.,1,NoOp()
  `, { code: "pattern/catch-all" });
});

test("'_!' is a catch-all too; '_X.' matches digits only and is fine", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _!,1,NoOp()
             ^^ warning pattern/catch-all
    exten => _X.,1,NoOp()
  `, { only: ["pattern/catch-all"] });
});
