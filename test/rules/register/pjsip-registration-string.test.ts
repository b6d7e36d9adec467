// register/pjsip-registration-string: a Registration String on a PJSIP carrier (VICIdial never writes it), or a
// register line in a pjsip file; information with a fix to clear it when the account entry already registers.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const HEAD = `
  carrier_id: TRUNK
  protocol: PJSIP
  server_ip: 0.0.0.0
  active: Y`;

test("a PJSIP carrier whose account entry does not register: the ignored string is an error, with no fix", () => {
  const fixture = `${HEAD}
  registration_string: register => u:p@192.0.2.1
  ;                    ^^^^^^^^^^^^^^^^^^^^^^^^^ error register/pjsip-registration-string: this login is ignored and the carrier does not register
  [[account_entry]]
  [trunk]
  type=endpoint
  context=trunkinbound
  `;
  checkFixture(fixture, { file: "p.carrier", only: ["register/pjsip-registration-string"] });
  checkNoFix(fixture, { code: "register/pjsip-registration-string", file: "p.carrier" });
});

test("an account entry with a type=registration makes the string redundant: information, and the fix clears it", () => {
  const account = `
  [[account_entry]]
  [trunk_auth]
  type=auth
  username=u
  password=CHANGE_ME
  [trunk]
  type=registration
  server_uri=sip:192.0.2.1
  client_uri=sip:u@192.0.2.1
  outbound_auth=trunk_auth
  `;
  const before = `${HEAD}
  registration_string: register => u:p@192.0.2.1
  ;                    ^^^^^^^^^^^^^^^^^^^^^^^^^ information register/pjsip-registration-string: the account entry already registers${account}`;
  checkFixture(before, { file: "p.carrier", only: ["register/pjsip-registration-string"], exhaustive: true });
  checkFix(before, `${HEAD}
  registration_string: ${account}`, { code: "register/pjsip-registration-string", file: "p.carrier", title: "Clear the unused Registration String" });
});

test("a register line in pjsip.conf is an error", () => {
  checkFixture(`
    //- pjsip.conf
    [global]
    type=global
    register => u:p@192.0.2.1
    ^^^^^^^^ error register/pjsip-registration-string: PJSIP has no 'register' lines
  `, { only: ["register/pjsip-registration-string"] });
});

test("SIP carriers and PJSIP carriers with an empty string are not concerned", () => {
  checkFixture(`
    //- s.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => u:p@192.0.2.1
    //- p.carrier
    carrier_id: PJ
    protocol: PJSIP
    server_ip: 0.0.0.0
    active: Y
    registration_string:
  `, { only: ["register/pjsip-registration-string"], exhaustive: true });
});

test("PJSIP_WIZ carriers: information when the wizard entry sends registrations, an error when it does not", () => {
  checkFixture(`
    //- w.carrier
    carrier_id: WIZ
    protocol: PJSIP_WIZ
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => u:p@192.0.2.1
    ;                    ^^^^^^^^^^^^^^^^^^^^^^^^^ information register/pjsip-registration-string: the account entry already registers
    [[account_entry]]
    [wiz]
    type=wizard
    sends_registrations=yes
    remote_hosts=192.0.2.1
    outbound_auth/username=u
    outbound_auth/password=CHANGE_ME
    //- x.carrier
    carrier_id: WIX
    protocol: PJSIP_WIZ
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => u:p@192.0.2.1
    ;                    ^^^^^^^^^^^^^^^^^^^^^^^^^ error register/pjsip-registration-string: set sends_registrations=yes
    [[account_entry]]
    [wix]
    type=wizard
    remote_hosts=192.0.2.1
  `, { only: ["register/pjsip-registration-string"], exhaustive: true });
});
