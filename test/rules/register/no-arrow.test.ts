// register/no-arrow: 'register user@host' without '=>': Asterisk finds no '=' and skips the line; the fix inserts '=>'.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

test("'register user:pass@host' is an error with a fix; 'registerfoo bar' is another word", () => {
  const before = `
    [general]
    register user:pass@192.0.2.1
    ^^^^^^^^ error register/no-arrow: 'register' is not followed by '=>'
    registerfoo bar
    register => user:pass@192.0.2.1
  `;
  checkFixture(before, { only: ["register/no-arrow"] });
  checkFix(before, `
    [general]
    register => user:pass@192.0.2.1
    registerfoo bar
    register => user:pass@192.0.2.1
  `, { code: "register/no-arrow", title: "Insert '=>'" });
});

test("in a carrier's Registration String too, where it is not also a register/missing-prefix", () => {
  const before = `
    //- a.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    registration_string: register: user:pass@192.0.2.1
    ;                    ^^^^^^^^ error register/no-arrow: Asterisk finds no '=' on the line
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.1
  `;
  checkFixture(before, { only: ["register/no-arrow", "register/missing-prefix"] });
  checkFix(before, `
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    registration_string: register => user:pass@192.0.2.1
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.1
  `, { code: "register/no-arrow" });
});

test("a register line without '=>' is reported once, by register/no-arrow, not also by syntax/missing-equals", () => {
  checkFixture(`
    //- sip.conf
    [general]
    register user:pw@sip.example.com
    ^^^^^^^^ error register/no-arrow
    [peer]
    type=peer
    host=10.0.0.1
    junk line
    ^^^^^^^^^ warning syntax/missing-equals
    //- a.carrier
    carrier_id: abc
    protocol: SIP
    registration_string: register user:pw@sip.example.com
    ;                    ^^^^^^^^ error register/no-arrow
  `, { only: ["register/no-arrow", "syntax/missing-equals"] });
});

test("no '=>' fix where it would not make a working register line: nothing after the word, or outside [general]", () => {
  // 'register =>' with no value registers nothing; in a peer section Asterisk ignores the register line anyway.
  checkNoFix(`
    //- iax.conf
    [general]
    register
  `, { code: "register/no-arrow" });
  checkNoFix(`
    //- iax.conf
    [general]
    [peer]
    register user:pass@192.0.2.1
  `, { code: "register/no-arrow" });
  checkNoFix(`
    [general]
    [general]
    register user:pass@192.0.2.1
  `, { code: "register/no-arrow" });
  checkNoFix(`
    register user:pass@192.0.2.1
    [general]
  `, { code: "register/no-arrow" });
});

test("the fix is offered in a [general](+) addition and before any section of a fragment included in [general]", () => {
  checkFix(`
    [general]
    [peer]
    type=peer
    [general](+)
    register user:pass@192.0.2.1
  `, `
    [general]
    [peer]
    type=peer
    [general](+)
    register => user:pass@192.0.2.1
  `, { code: "register/no-arrow" });
  checkFix(`
    //- sip_registrations_custom.conf
    register user:pass@192.0.2.1
  `, `
    register => user:pass@192.0.2.1
  `, { code: "register/no-arrow" });
});

test("no '=>' fix when Asterisk would still reject the value (no '@host')", () => {
  checkNoFix(`
    [general]
    register o
  `, { code: "register/no-arrow" });
});
