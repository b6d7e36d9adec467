// register/port-range: a numeric port outside 1-65535 (chan_sip: default port; chan_iax2: wrapped silently).
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("chan_sip falls back to 5060 with a NOTICE (warning); 65535 is fine", () => {
  checkFixture(`
    [general]
    register => u:p@192.0.2.1:70000
                              ^^^^^ warning register/port-range: uses the default port 5060
    register => u:p@192.0.2.1:65535
  `, { only: ["register/port-range"] });
});

test("chan_iax2 wraps 70000 to 4464 without a word (error)", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => u:s@192.0.2.1:70000
                              ^^^^^ error register/port-range: registers to port 4464 instead
    register => u:s@192.0.2.1:4569
  `, { only: ["register/port-range"] });
});

test("a domain port outside 1-65535 is ignored by chan_sip with a NOTICE", () => {
  checkFixture(`
    [general]
    register => 3456@example.com:70000:pw:auth@192.0.2.2
                                 ^^^^^ warning register/port-range: The domain port is outside 1–65535
    register => 3456@example.com:5082:pw:auth@192.0.2.2
  `, { only: ["register/port-range"] });
});
