// dialplan/channel-string: the technology/resource of a Dial() channel string.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("its severity follows the harm: Dial through chan_sip on an Asterisk without it fails every call, so an error", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _9X.,1,Dial(SIP/carrier/\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^^^^^ error dialplan/channel-string: removed in 21
    same => n,Hangup()
  `, { only: ["dialplan/channel-string"], settings: { asteriskVersion: 22 } });
});
