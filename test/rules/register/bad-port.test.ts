// register/bad-port: a port that is not a plain number (chan_sip: default port or leading digits; chan_iax2: dropped).
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("chan_sip: a word is a warning (default 5060 with a NOTICE), leading digits read silently are an error", () => {
  checkFixture(`
    [general]
    register => u:p@192.0.2.1:abc
                              ^^^ warning register/bad-port: uses the default port 5060
    register => u:p@192.0.2.1:50a60
                              ^^^^^ error register/bad-port: sends REGISTER to port 50 without a warning
    register => u:p@192.0.2.1:5060
  `, { only: ["register/bad-port"] });
});

test("chan_iax2 drops the whole registration for a port that is not a number", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => u:s@192.0.2.1:abc
                              ^^^ error register/bad-port: chan_iax2 logs a warning and drops the whole registration
    register => u:s@192.0.2.1:4569
  `, { only: ["register/bad-port"] });
});
