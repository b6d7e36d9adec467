// peer/missing-type: a section without type=; an empty placeholder section has no effect (information).
import { test } from "node:test";
import { checkFixture } from "../../fixture";

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
