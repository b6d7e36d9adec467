// dialplan/unknown-application: applications per Asterisk release (the P1 table), case-insensitive names, gone
// applications with what replaced them, and messages that name the version checked.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const ONLY = { only: ["dialplan/unknown-application"], file: "extensions.conf" };

test("applications every release 16–22 ships are known, in any case", () => {
  const body = `
    [test]
    exten => 100,1,ClearHash(h)
    same => n,DBdeltree(family/key)
    same => n,dbdeltree(family)
    same => n,PrivacyManager(3,10)
    same => n,AgentLogin(1001)
    same => n,CELGenUserEvent(marker)
    same => n,MeetMe(8600051,F)
    same => n,hangup()
  `;
  for (const asteriskVersion of [16, 18, 20, 22] as const) checkFixture(body, { ...ONLY, settings: { asteriskVersion } });
});

test("applications in none of 16–22 are errors that say what replaced them; an add-on application is a warning", () => {
  checkFixture(`
    [test]
    exten => 100,1,SetMusicOnHold(default)
                   ^^^^^^^^^^^^^^ error dialplan/unknown-application: Set(CHANNEL(musicclass)=class)
    same => n,DAHDIBarge(1)
              ^^^^^^^^^^ error dialplan/unknown-application: ChanSpy
    same => n,zapbarge(1)
              ^^^^^^^^ error dialplan/unknown-application: in none of Asterisk 16, 18, 20 and 22
    same => n,Konference(room1,R)
              ^^^^^^^^^^ warning dialplan/unknown-application: add-on module app_konference
    same => n,Hangup()
  `, ONLY);
});

test("an application removed in the configured release is an error there and names the version and the setting", () => {
  const body = `
    [test]
    exten => 100,1,Macro(dialout,1)
    same => n,SIPAddHeader(X-Foo: 1)
    same => n,Hangup()
  `;
  checkFixture(body, ONLY);
  checkFixture(body, { ...ONLY, settings: { asteriskVersion: 20 } });
  checkFixture(`
    [test]
    exten => 100,1,Macro(dialout,1)
                   ^^^^^ error dialplan/unknown-application: Macro is not in Asterisk 22 (removed in 21); it ships in Asterisk 16, 18 and 20
    same => n,SIPAddHeader(X-Foo: 1)
              ^^^^^^^^^^^^ error dialplan/unknown-application: set \`vicidialCarriers.asteriskVersion\`, or \`--asterisk-version\` on the command line
    same => n,Hangup()
  `, { ...ONLY, settings: { asteriskVersion: 22 } });
});

test("an application that came after the configured release is a warning; one removed after 18 is an error on 20", () => {
  checkFixture(`
    [test]
    exten => 100,1,If($[1 = 1])
                   ^^ warning dialplan/unknown-application: If is not in Asterisk 16 yet; it ships in Asterisk 18, 20 and 22
    same => n,EndIf()
              ^^^^^ warning dialplan/unknown-application: Checked against Asterisk 16
    same => n,SendURL(http://example.invalid)
    same => n,Hangup()
  `, { ...ONLY, settings: { asteriskVersion: 16 } });
  checkFixture(`
    [test]
    exten => 100,1,SendURL(http://example.invalid)
                   ^^^^^^^ error dialplan/unknown-application: removed in 19
    same => n,Hangup()
  `, { ...ONLY, settings: { asteriskVersion: 20 } });
});

test("a misspelt application keeps its did-you-mean fix, and the check names its version when it has no guess", () => {
  const before = `
    [test]
    exten => 100,1,Dail(SIP/carrier/123)
                   ^^^^ error dialplan/unknown-application: did you mean 'Dial'
    same => n,CBMysql(x)
              ^^^^^^^ warning dialplan/unknown-application: Checked against Asterisk 18
    same => n,Hangup()
  `;
  checkFixture(before, ONLY);
  checkFix(before, `
    [test]
    exten => 100,1,Dial(SIP/carrier/123)
    same => n,CBMysql(x)
    same => n,Hangup()
  `, { ...ONLY, code: "dialplan/unknown-application" });
});

// Ported from test/rules/dialplan.test.ts ("unknown applications: did-you-mean with fix, removed ones per version").
const MIXED = `
  [general]
  [globals]
  [test]
  exten => 100,1,Dail(SIP/x)
  same => n,FooBarApp(1)
  same => n,Macro(x)
  same => n,dial(SIP/x)
  same => n,Hangup
`;

test("a typo is an error, an unknown name a warning; Macro is fine on 18 and an error on 22; lower case and no parentheses are fine", () => {
  const marked = (macro: string) =>
    MIXED.replace("Dail(SIP/x)\n", "Dail(SIP/x)\n                 ^^^^ error dialplan/unknown-application: did you mean 'Dial'\n")
      .replace("FooBarApp(1)\n", "FooBarApp(1)\n            ^^^^^^^^^ warning dialplan/unknown-application: 'FooBarApp' is not an application\n")
      .replace("Macro(x)\n", "Macro(x)\n" + macro);
  checkFixture(marked(""), ONLY);
  checkFixture(marked("            ^^^^^ error dialplan/unknown-application: Macro is not in Asterisk 22 (removed in 21)\n"), { ...ONLY, settings: { asteriskVersion: 22 } });
});

test("the typo's fix writes 'Dial'", () => {
  checkFix(MIXED, MIXED.replace("Dail(SIP/x)", "Dial(SIP/x)"), { ...ONLY, code: "dialplan/unknown-application" });
});

test("a typo without the arguments its suggestion requires keeps the guess in the message but offers no rename", () => {
  // 'Dil' → 'Dial' would leave a Dial with no destination, which Asterisk refuses: the rename alone is not a fix.
  const before = `
    [test]
    exten => 100,1,Dil
                   ^^^ error dialplan/unknown-application: did you mean 'Dial'
    same => n,Hangup()
  `;
  checkFixture(before, ONLY);
  checkNoFix(before, { ...ONLY, code: "dialplan/unknown-application" });
});
