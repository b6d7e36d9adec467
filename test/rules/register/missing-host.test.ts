// register/missing-host: a register line with no value, no '@host', nothing after '@', or an empty host.
import { test } from "node:test";
import { checkFixture } from "../../fixture";
import { registerRules } from "../../../server/src/service/rules/register";

test("chan_sip: no '@', an empty value, nothing after '@' and an empty host are errors; a full line is fine", () => {
  checkFixture(`
    [general]
    register => user:pass
                ^^^^^^^^^ error register/missing-host: has no '@host': chan_sip rejects it
    register =>
    ^^^^^^^^ error register/missing-host: has no value
    register => user:pass@
                         ^ error register/missing-host: Nothing follows the last '@'
    register => user:pass@:5060
                         ^ error register/missing-host: The host after '@' is empty: chan_sip keeps the line
    register => user:pass@192.0.2.1
  `, { only: ["register/missing-host"] });
});

test("chan_iax2: no '@host' is rejected, an empty host is dropped silently; a full line is fine", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => user:secret
                ^^^^^^^^^^^ error register/missing-host: IAX2 register line has no '@host': chan_iax2 rejects it
    register => user@
                    ^ error register/missing-host: chan_iax2 cannot look it up and drops the registration
    register => user:secret@192.0.2.1
  `, { only: ["register/missing-host"] });
});

test("valid registrations of every form give no register finding", () => {
  const registerCodes = registerRules.map((r) => r.code);
  checkFixture(`
    //- sip.conf
    [general]
    tcpenable=yes
    register => user:pass@192.0.2.1:5060
    register = other:pass@192.0.2.1
    register => peer1?tcp://u@example.com:p:auth@192.0.2.1:5061/1000~300
    register => 3456@example.com:5082::@192.0.2.2
    [peer1]
    type=peer
    host=192.0.2.1
    //- iax.conf
    [general]
    register => user:secret@192.0.2.3
    register => marko:[torkey]@192.0.2.4:4569
  `, { only: registerCodes, exhaustive: true });
});

test("a carrier's Registration String is checked like a register line", () => {
  checkFixture(`
    //- a.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => user:pass@
    ;                                         ^ error register/missing-host: Nothing follows the last '@'
    //- b.carrier
    carrier_id: OTHER
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => user:pass@192.0.2.1
  `, { only: ["register/missing-host"] });
});
