// register/missing-prefix: a carrier's Registration String without `register =>`; the fix adds it only when the
// result is a register line Asterisk accepts.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

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
