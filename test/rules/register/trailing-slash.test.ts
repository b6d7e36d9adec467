// register/trailing-slash: '@host/' names no extension, so chan_sip uses 's'; the fix removes the '/'.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

test("a '/' with nothing after it is a warning with a fix that removes it; '/1000' is fine", () => {
  const before = `
    [general]
    register => u:p@192.0.2.1:5060/
                                  ^ warning register/trailing-slash: silently uses extension 's'
    register => u:p@192.0.2.1:5060/1000
  `;
  checkFixture(before, { only: ["register/trailing-slash"] });
  checkFix(before, `
    [general]
    register => u:p@192.0.2.1:5060
    register => u:p@192.0.2.1:5060/1000
  `, { code: "register/trailing-slash", title: "Remove the trailing '/'" });
});
