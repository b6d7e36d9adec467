// security/alwaysauthreject-off: user names can be enumerated when chan_sip answers unknown users differently.
import { test } from "node:test";
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
