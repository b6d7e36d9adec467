// security/alwaysauthreject-off: user names can be enumerated when chan_sip answers unknown users differently.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingTexts, fixesFor, workspaceOf, WS } from "../../helpers";
import { checkFix, checkFixture } from "../../fixture";

const only = { only: ["security/alwaysauthreject-off"] };

test("alwaysauthreject=no in [general] is a warning with a fix; yes or unset is clean", () => {
  const before = `
    [general]
    allowguest=no
    alwaysauthreject = no
    ^^^^^^^^^^^^^^^^^^^^^ warning security/alwaysauthreject-off: enumerate
  `;
  checkFixture(before, only);
  checkFix(before, `
    [general]
    allowguest=no
    alwaysauthreject = yes
  `, { code: "security/alwaysauthreject-off" });
  checkFixture(`
    [general]
    alwaysauthreject=yes
    [phone]
    type=friend
    alwaysauthreject=no
  `, only);
});

test("after edits elsewhere in the unit, and edits that move [general], the finding and its fix are a fresh run's", async () => {
  const sip = "; the server's own settings\n[general]\ncontext=default\nalwaysauthreject=no\n#include peers.conf\n";
  const peers = "[p2]\ntype=peer\nhost=10.0.0.2\n";
  const live = workspaceOf({ "sip.conf": sip, "peers.conf": peers });
  const files = { "sip.conf": sip, "peers.conf": peers };
  const steps: [Record<string, string>, number][] = [
    [{ "peers.conf": peers.replace("10.0.0.2", "10.0.0.3") }, 1],
    [{ "sip.conf": sip.replace("context=default", "context=defaults") }, 1],
    // A line above [general] grows: the section moves within its lines, unchanged.
    [{ "sip.conf": sip.replace("own settings", "own settings, as deployed") }, 1],
    [{ "sip.conf": sip.replace("alwaysauthreject=no", "alwaysauthreject=yes") }, 0],
    [{ "sip.conf": sip }, 1],
  ];
  for (const [step, count] of steps) {
    Object.assign(files, step);
    for (const [name, text] of Object.entries(step)) live.setDocument(WS + name, text);
    const fresh = workspaceOf(files);
    const only = (run: typeof live) => findingTexts(new Map([[WS + "sip.conf", run.diagnostics(WS + "sip.conf").filter((f) => f.code === "security/alwaysauthreject-off")]]));
    assert.deepEqual(only(live), only(fresh), JSON.stringify(step));
    assert.equal(only(live).length, count);
    if (count > 0) assert.deepEqual(fixesFor(live, "security/alwaysauthreject-off"), fixesFor(fresh, "security/alwaysauthreject-off"));
  }
});
