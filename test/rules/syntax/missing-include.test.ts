// syntax/missing-include: an #include that finds no file (Asterisk rejects the whole file if it is missing on the
// server too); a pattern that matches none of the files checked; #exec.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture } from "../../fixture";

test("a missing #include whose folder was checked is an error; one whose folder was not given is a warning", () => {
  checkFixture(`
    //- extensions.conf
    #include dialplan/ext-pstn.conf
             ^^^^^^^^^^^^^^^^^^^^^^ error syntax/missing-include: is not among the files checked: if it is missing on the server too, Asterisk rejects the whole file
    #include extensions_local.conf
             ^^^^^^^^^^^^^^^^^^^^^ error syntax/missing-include: is not among the files checked
    #include private/phones.conf
             ^^^^^^^^^^^^^^^^^^^ warning syntax/missing-include: (nothing from its folder is)
    [a]
    exten => s,1,NoOp()
    //- dialplan/ext-peer.conf
    [ext-peer]
    exten => s,1,NoOp()
  `, { only: ["syntax/missing-include"] });
});

test("a pattern matching no file checked is a warning; one matching a file is fine", () => {
  checkFixture(`
    //- pjsip.conf
    #include pjsip/peers/*.conf
             ^^^^^^^^^^^^^^^^^^ warning syntax/missing-include: rejects the whole file if it matches none there
    #include pjsip/{auth,aors}/*.conf
    //- pjsip/aors/a.conf
    [a]
    type=aor
  `, { only: ["syntax/missing-include"] });
});

test("#tryinclude of a missing file and VICIdial's generated *-vicidial.conf are fine; #include of a missing file is not", () => {
  checkFixture(`
    //- sip.conf
    [general]
    #include nosuch.conf
             ^^^^^^^^^^^ error syntax/missing-include
    #tryinclude other.conf
    #include sip-vicidial.conf
  `, { only: ["syntax/missing-include"] });
});

test("removing the last file of an include's folder turns the error into a warning, as a fresh analysis says", async () => {
  const { LanguageService } = await import("../../../server/src/service/language-service");
  const severities = (service: InstanceType<typeof LanguageService>) =>
    service.diagnostics("/ws/sip.conf").filter((f) => f.code === "syntax/missing-include").map((f) => f.severity);
  const live = new LanguageService();
  live.setDocument("/ws/sip.conf", "[general]\n#include peers/x.conf\n");
  live.setDocument("/ws/peers/y.conf", "[y]\ntype=peer\n");
  assert.deepEqual(severities(live), ["error"]);
  live.removeDocument("/ws/peers/y.conf");
  const fresh = new LanguageService();
  fresh.setDocument("/ws/sip.conf", "[general]\n#include peers/x.conf\n");
  assert.deepEqual(severities(live), severities(fresh));
  assert.deepEqual(severities(live), ["warning"]);
});
