// dialplan/dial-timeout: Dial's second argument is not seconds or a variable; options in its place get a fix.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("Dial timeout must be seconds or a variable; options in its place get a fix").
const TIMEOUTS = `
  //- extensions.conf
  [general]
  [globals]
  CAMPDTO=60
  [test]
  exten => 100,1,Dial(SIP/x,abc,T)
  same => n,Dial(SIP/x,To)
  same => n,Dial(SIP/x,\${CAMPDTO},To)
  same => n,Dial(SIP/x,30^5,To)
  same => n,Dial(SIP/x,,To)
`;

test("a word and option letters in the timeout's place are warnings; seconds, a variable, 30^5 and an empty timeout are not", () => {
  checkFixture(
    TIMEOUTS.replace("Dial(SIP/x,abc,T)\n", "Dial(SIP/x,abc,T)\n                            ^^^ warning dialplan/dial-timeout: Dial timeout 'abc' is not a number of seconds\n").replace(
      "Dial(SIP/x,To)\n",
      "Dial(SIP/x,To)\n                       ^^ warning dialplan/dial-timeout: 'To' sits where Dial expects the timeout\n",
    ),
    { only: ["dialplan/dial-timeout"] },
  );
});

test("options in the timeout's place: the fix empties the timeout; a bad word gets no fix", () => {
  const options = TIMEOUTS.replace("exten => 100,1,Dial(SIP/x,abc,T)\n  same", "exten => 100,1");
  checkFix(options, options.replace("Dial(SIP/x,To)", "Dial(SIP/x,,To)"), { code: "dialplan/dial-timeout", title: "empty timeout" });
  checkNoFix(TIMEOUTS, { code: "dialplan/dial-timeout" });
});
