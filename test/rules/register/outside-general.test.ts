// register/outside-general: a register line outside the first [general] (a peer, a second [general], an account
// entry); chan_sip / chan_iax2 ignore it. The fix moves the line into [general] when both sit in one file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingTexts, fixesFor, workspaceOf, WS } from "../../helpers";
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

test("after edits elsewhere, and edits that move the lines, the findings and their fix are a fresh run's", async () => {
  const sip = "[general]\ncontext=default\nregister => a:p@192.0.2.1\n[peer1]\ntype=peer\nregister => b:p@192.0.2.1\n#include peers.conf\n";
  const peers = "[p2]\ntype=peer\nhost=10.0.0.2\n";
  const live = workspaceOf({ "sip.conf": sip, "peers.conf": peers });
  const steps: Record<string, string>[] = [
    { "peers.conf": peers.replace("10.0.0.2", "10.0.0.3") },
    // The first [general] grows: the finding's fix now moves the line below its new last line.
    { "sip.conf": sip.replace("context=default", "context=default\nnat=no") },
    // A line above both moves them within the line.
    { "sip.conf": sip.replace("context=default", "context=default2\nnat=no") },
    { "sip.conf": sip.replace("context=default", "context=defaultx") },
    // The line in [peer1] goes, then comes back: [general] stays as it is.
    { "sip.conf": sip.replace("register => b:p@192.0.2.1\n", "") },
    { "sip.conf": sip },
  ];
  const files = { "sip.conf": sip, "peers.conf": peers };
  for (const step of steps) {
    Object.assign(files, step);
    for (const [name, text] of Object.entries(step)) live.setDocument(WS + name, text);
    const fresh = workspaceOf(files);
    const only = (run: typeof live) => findingTexts(new Map([[WS + "sip.conf", run.diagnostics(WS + "sip.conf").filter((f) => f.code === "register/outside-general")]]));
    assert.deepEqual(only(live), only(fresh), JSON.stringify(step));
    const count = files["sip.conf"].includes("b:p@") ? 1 : 0;
    assert.equal(only(live).length, count);
    if (count > 0) assert.deepEqual(fixesFor(live, "register/outside-general"), fixesFor(fresh, "register/outside-general"));
  }
});
