// syntax/unknown-directive: a `#` line that is not #include, #tryinclude or #exec; Asterisk warns and ignores it.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const CODE = "syntax/unknown-directive";
const ONLY = { only: [CODE] };

test("misspelt or invented directives are warnings on the directive name", () => {
  checkFixture(`
    [general]
    #inlcude sip-vicidial.conf
    ^^^^^^^^ warning syntax/unknown-directive: Unknown directive '#inlcude'
    #define TRUNK 1
    ^^^^^^^ warning syntax/unknown-directive: Expected #include, #tryinclude or #exec
  `, ONLY);
  checkFixture(`
    //- extensions.conf
    [globals]
    #includes extensions-vicidial.conf
    ^^^^^^^^^ warning syntax/unknown-directive: '#includes'
  `, ONLY);
});

test("#include, #tryinclude and #exec (any case, quoted or not) are known", () => {
  checkFixture(`
    //- sip.conf
    [general]
    #include sip-vicidial.conf
    #tryinclude "sip-custom.conf"
    #INCLUDE <sip-vicidial.conf>
    #exec /usr/local/bin/peers.sh
    //- sip-vicidial.conf
    [p1]
    type=friend
  `, ONLY);
});

test("no fix: which directive was meant is not certain", () => {
  checkNoFix("[general]\n#define TRUNK 1\n", { code: CODE });
});
