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

test("chan_sip's 4-field form: a domain port with trailing junk is a warning, a word is an error (auth then fails)", () => {
  checkFixture(`
    [general]
    register => 3456@example.com:50a2:pw:auth@192.0.2.2
                                 ^^^^ warning register/bad-port: only its leading digits are used (50)
    register => 3456@example.com:abc:pw:auth@192.0.2.2
                                 ^^^ error register/bad-port: takes the password and the authuser from the next fields
    register => 3456@example.com:5082:pw:auth@192.0.2.2
  `, { only: ["register/bad-port"] });
});

test("an IAX2 carrier's Registration String is read by chan_iax2", () => {
  checkFixture(`
    //- i.carrier
    carrier_id: IAXT
    protocol: IAX2
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => user:s3cret@192.0.2.1:abc
    ;                                                      ^^^ error register/bad-port: chan_iax2 logs a warning and drops
  `, { only: ["register/bad-port"] });
});
