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
