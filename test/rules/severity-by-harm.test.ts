// Default severities follow the harm (issue 9, item 8): error when Asterisk refuses the file, object or registration
// or every call through the line fails; warning when one line or value is lost and the rest goes on.
import { test } from "node:test";
import { checkFixture } from "../fixture";

test("dialplan lines Asterisk drops while the rest of the context loads are warnings", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    same => n,NoOp(orphan)
    ^^^^ warning dialplan/same-without-exten
    exten => ,1,NoOp(x)
             ^^^^^^^^^^ warning dialplan/empty-extension
    exten => 100,1,Set(FOO=\${BAR)
                           ^^ warning dialplan/unbalanced-expression
    same => n,Hangup()
    exten => _91NXX[,1,NoOp(x)
                   ^^^^^^^^^^^ warning pattern/unterminated-set
  `, { only: ["dialplan/same-without-exten", "dialplan/empty-extension", "dialplan/unbalanced-expression", "pattern/unterminated-set"] });
});

test("a type= the driver does not know drops the whole section: an error", () => {
  checkFixture(`
    [carrier]
    type=frend
         ^^^^^ error peer/unknown-type: Did you mean 'friend'
    host=192.0.2.1
  `, { only: ["peer/unknown-type"] });
});

test("Dial through chan_sip on an Asterisk without it fails every call: an error", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _9X.,1,Dial(SIP/carrier/\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^^^^^ error dialplan/channel-string: removed in 21
    same => n,Hangup()
  `, { only: ["dialplan/channel-string"], settings: { asteriskVersion: 22 } });
});
