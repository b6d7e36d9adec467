// register/bad-expiry: '~expiry' that is not a positive number ('~abc' and '~' mean Expires: 0).
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("~abc and an empty ~ send Expires: 0 (error); ~90s is read as 90 (warning); ~300 is fine", () => {
  checkFixture(`
    [general]
    register => u:p@192.0.2.1~abc
                              ^^^ error register/bad-expiry: silently sends 'Expires: 0'
    register => u:p@192.0.2.1~
                             ^ error register/bad-expiry: The expiry after '~' is empty
    register => u:p@192.0.2.1~90s
                              ^^^ warning register/bad-expiry: asks for 90 seconds
    register => u:p@192.0.2.1~300
  `, { only: ["register/bad-expiry"] });
});
