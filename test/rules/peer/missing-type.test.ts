// peer/missing-type: a section without type=; an empty placeholder section has no effect (information).
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
test("an empty key-less [wizard] is information, a section with options is a warning", () => {
  checkFixture(`
    //- pjsip_wizard.conf
    [wizard]
     ^^^^^^ information peer/missing-type: is empty
    [trunk]
     ^^^^^ warning peer/missing-type: Add type=wizard
    remote_hosts=192.0.2.1
  `, { only: ["peer/missing-type"], exhaustive: true });
});

test("a PJSIP section whose keys fit only an aor gets 'type=aor'", () => {
  checkFix(`
    //- pjsip.conf
    [trunk]
    type=endpoint
    aors=trunk-aor
    [trunk-aor]
    contact=sip:198.51.100.1
  `, `
    //- pjsip.conf
    [trunk]
    type=endpoint
    aors=trunk-aor
    [trunk-aor]
    type=aor
    contact=sip:198.51.100.1
  `, { code: "peer/missing-type" });
});

test("no 'type=aor' for a name that already has an aor", () => {
  checkNoFix(`
    //- pjsip.conf
    [trunk]
    type=aor
    contact=sip:198.51.100.1
    [trunk]
    max_contacts=1
  `, { code: "peer/missing-type" });
});
