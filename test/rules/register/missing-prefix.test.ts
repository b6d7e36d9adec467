// register/missing-prefix: a carrier's Registration String without `register =>`; the fix adds it only when the
// result is a register line Asterisk accepts.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
import { registerRules } from "../../../server/src/service/rules/register";

const REGISTER_CODES = registerRules.map((r) => r.code);

const carrier = (registration: string, protocol = "SIP") => `
  carrier_id: C1
  carrier_name: c
  protocol: ${protocol}
  server_ip: 0.0.0.0
  active: Y
  registration_string: ${registration}
`;

test("user:secret@host without 'register =>' is an error; the fix adds the prefix", () => {
  checkFixture(carrier("u1:s3cret@192.0.2.1") + "                       ^^^^^^^^^^^^^^^^^^^ error register/missing-prefix: lacks 'register =>'\n", { file: "c.carrier", only: ["register/missing-prefix"] });
  checkFix(carrier("u1:s3cret@192.0.2.1"), carrier("register => u1:s3cret@192.0.2.1"), { code: "register/missing-prefix", file: "c.carrier" });
});

test("no fix when the string has no host: 'register => user:secret' would only be a register/missing-host error", () => {
  for (const protocol of ["SIP", "IAX2"]) {
    checkNoFix(carrier("iax_user:CHANGE_ME_IAXREG", protocol), { code: "register/missing-prefix", file: "c.carrier" });
  }
  checkNoFix(carrier("regster => u1:s3cret"), { code: "register/missing-prefix", file: "c.carrier" });
});

// Ported from the old test/rules/register.test.ts.

test("a SIP carrier's 'user:pass@host:port' is an error; after the fix it has no register finding left", () => {
  const before = carrier("user:pass@192.0.2.1:5060");
  checkFixture(before + "                       ^^^^^^^^^^^^^^^^^^^^^^^^ error register/missing-prefix: lacks 'register =>'\n", { file: "c.carrier", only: ["register/missing-prefix"] });
  const after = carrier("register => user:pass@192.0.2.1:5060");
  checkFix(before, after, { code: "register/missing-prefix", file: "c.carrier", title: "Add 'register => ' in front" });
  checkFixture(after, { file: "c.carrier", only: REGISTER_CODES, exhaustive: true });
});

test("a misspelt 'regsiter =>' is replaced by 'register'", () => {
  const before = carrier("regsiter => user:pass@192.0.2.1");
  checkFixture(before + "                       ^^^^^^^^^^^ error register/missing-prefix: misspelt?\n", { file: "c.carrier", only: ["register/missing-prefix"] });
  checkFix(before, carrier("register => user:pass@192.0.2.1"), { code: "register/missing-prefix", file: "c.carrier", title: "Replace with 'register'" });
});

test("IAX2 carriers are checked too; PJSIP carriers get register/pjsip-registration-string instead", () => {
  checkFixture(carrier("u:s@192.0.2.1", "IAX2") + "                       ^^^^^^^^^^^^^ error register/missing-prefix\n", { file: "c.carrier", only: ["register/missing-prefix"] });
  checkFixture(carrier("u:s@192.0.2.1", "PJSIP"), { file: "c.carrier", only: ["register/missing-prefix"], exhaustive: true });
});

test("a Registration String without 'register =>' is reported by register/missing-prefix only, not syntax/missing-equals", () => {
  checkFixture(`
    //- a.carrier
    carrier_id: abc
    protocol: IAX2
    registration_string: user:pw@iax.example.com
    ;                    ^^^^^^^^^^^^^^^^^^^^^^^ error register/missing-prefix
  `, { only: ["register/missing-prefix", "syntax/missing-equals"] });
});
