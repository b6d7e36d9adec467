// register/duplicate: the same register line twice in one chan_sip / chan_iax2 configuration (information, with a fix).
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

test("the second copy is information with a fix that removes it; a different user is fine", () => {
  const before = `
    [general]
    register => u:p@192.0.2.1
    register => u:p@192.0.2.1
    ^^^^^^^^^^^^^^^^^^^^^^^^^ information register/duplicate: Same registration as line 2 of sip.conf
    register => v:p@192.0.2.1
  `;
  checkFixture(before, { only: ["register/duplicate"], exhaustive: true });
  checkFix(before, `
    [general]
    register => u:p@192.0.2.1
    register => v:p@192.0.2.1
  `, { code: "register/duplicate", title: "Remove the duplicate register line" });
});

test("chan_iax2 registers the same account twice", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => u:s3cret@192.0.2.1
    register => u:s3cret@192.0.2.1
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ information register/duplicate: chan_iax2 registers the same account twice
  `, { only: ["register/duplicate"], exhaustive: true });
});

test("a carrier's Registration String repeating a line of the sip.conf that includes VICIdial's file", () => {
  checkFixture(`
    //- sip.conf
    [general]
    register => u:p@192.0.2.1
    #include sip-vicidial.conf
    //- a.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => u:p@192.0.2.1
    ;                    ^^^^^^^^^^^^^^^^^^^^^^^^^ information register/duplicate: Same registration as line 2 of sip.conf
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.1
    context=trunkinbound
  `, { only: ["register/duplicate"], exhaustive: true });
});

test("without the #include the two files are not one configuration: no duplicate", () => {
  checkFixture(`
    //- sip.conf
    [general]
    register => u:p@192.0.2.1
    //- a.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => u:p@192.0.2.1
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.1
    context=trunkinbound
  `, { only: ["register/duplicate"], exhaustive: true });
});
