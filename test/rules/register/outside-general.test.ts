// register/outside-general: a register line outside the first [general] (a peer, a second [general], an account
// entry); chan_sip / chan_iax2 ignore it. The fix moves the line into [general] when both sit in one file.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

test("in a peer section and in a second [general]: errors; [general](+) adds to the first [general]", () => {
  checkFixture(`
    [general]
    register => a:p@192.0.2.1
    [peer1]
    type=peer
    register => b:p@192.0.2.1
    ^^^^^^^^^^^^^^^^^^^^^^^^^ error register/outside-general: inside [peer1]: chan_sip reads register lines only in [general]
    [general]
    register => c:p@192.0.2.1
    ^^^^^^^^^^^^^^^^^^^^^^^^^ error register/outside-general: in a second [general] section
    [general](+)
    register => d:p@192.0.2.1
  `, { only: ["register/outside-general"] });
});

test("chan_iax2 ignores a register line in a peer too", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => u:s3cret@192.0.2.1
    [ipeer]
    type=friend
    register => u:s@192.0.2.1
    ^^^^^^^^^^^^^^^^^^^^^^^^^ error register/outside-general: chan_iax2 reads register lines only in [general]
  `, { only: ["register/outside-general"] });
});

test("a register line in a carrier's account entry points to the Registration String; no fix moves it", () => {
  const fixture = `
    //- a.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => u:p@192.0.2.1
    [[account_entry]]
    [trunk]
    type=peer
    register => u:p@192.0.2.2
    ^^^^^^^^^^^^^^^^^^^^^^^^^ error register/outside-general: Put it in the carrier's Registration String field
  `;
  checkFixture(fixture, { only: ["register/outside-general"] });
  checkNoFix(fixture, { code: "register/outside-general" });
});

test("the fix moves the line to the end of the first [general]", () => {
  checkFix(`
    [general]
    context=default

    [peer1]
    type=peer
    register => b:p@192.0.2.1
    host=192.0.2.1
  `, `
    [general]
    context=default
    register => b:p@192.0.2.1

    [peer1]
    type=peer
    host=192.0.2.1
  `, { code: "register/outside-general", title: "Move the register line into [general]" });
});
