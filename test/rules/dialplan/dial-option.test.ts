// dialplan/dial-option: Dial option letters that do not exist, lack their argument, or are gone in the release checked.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("Dial options: unknown letters, missing arguments, M after Asterisk 20").
const OPTIONS = `
  //- extensions.conf
  [general]
  [globals]
  OPTS=r
  [test]
  exten => 100,1,Dial(SIP/x,5,ToyL)
  same => n,Dial(SIP/x,5,M(mac)tTzQ(16)r)
  same => n,Dial(SIP/x,5,A(beep)\${OPTS}g)
`;
const UNKNOWN_AND_BARE = "Dial(SIP/x,5,ToyL)\n                                ^ warning dialplan/dial-option: Dial has no option 'y'\n                                 ^ warning dialplan/dial-option: Dial option 'L' needs an argument, written L(x[:y[:z]])\n";

test("an unknown letter and a letter without its argument are warnings; M(...) is fine up to Asterisk 20", () => {
  checkFixture(OPTIONS.replace("Dial(SIP/x,5,ToyL)\n", UNKNOWN_AND_BARE), { only: ["dialplan/dial-option"] });
  checkFixture(OPTIONS.replace("Dial(SIP/x,5,ToyL)\n", UNKNOWN_AND_BARE), { only: ["dialplan/dial-option"], settings: { asteriskVersion: 20 } });
});

test("on Asterisk 22 the M option (app_macro) is reported as removed", () => {
  checkFixture(
    OPTIONS.replace("Dial(SIP/x,5,ToyL)\n", UNKNOWN_AND_BARE).replace(
      "M(mac)tTzQ(16)r)\n",
      "M(mac)tTzQ(16)r)\n                         ^ warning dialplan/dial-option: was removed in Asterisk 21 along with app_macro\n",
    ),
    { only: ["dialplan/dial-option"], settings: { asteriskVersion: 22 } },
  );
});

test("an unclosed option argument is reported to the end of the options", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,1,Dial(SIP/x,5,TU(sub^arg)
                                 ^^^^^^^^^ warning dialplan/dial-option: is never closed
  `, { only: ["dialplan/dial-option"] });
});

test("there is no fix (which option was meant is the author's call)", () => {
  checkNoFix(OPTIONS, { code: "dialplan/dial-option" });
});
