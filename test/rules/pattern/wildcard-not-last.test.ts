// pattern/wildcard-not-last: characters after `.`/`!` that are never checked; `!` after `.` changes nothing.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("digits after '.' are reported; '!' after '.' is harmless", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _9.11,1,NoOp()
               ^^^ warning pattern/wildcard-not-last: is never checked
    exten => _9X.!,1,NoOp()
  `, { only: ["pattern/wildcard-not-last"] });
});
