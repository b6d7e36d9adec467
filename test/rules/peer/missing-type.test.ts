// peer/missing-type: an object section without type=; the fix adds the one type that fits, unless the name already
// has an object of that type (which would make a duplicate).
import { test } from "node:test";
import { checkFix, checkNoFix } from "../../fixture";

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
