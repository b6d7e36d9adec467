// syntax/directive-argument: #include, #tryinclude or #exec without a file name; Asterisk ignores the line.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const CODE = "syntax/directive-argument";
const ONLY = { only: [CODE] };

test("a directive with no file name, or an empty quoted one, is a warning on the directive", () => {
  checkFixture(`
    [general]
    #include
    ^^^^^^^^ warning syntax/directive-argument: '#include' needs a file name
    #tryinclude   
    ^^^^^^^^^^^ warning syntax/directive-argument: '#tryinclude' needs a file name
    #exec ""
    ^^^^^ warning syntax/directive-argument: '#exec' needs a file name
  `, ONLY);
});

test("a directive with a file name is fine; an unknown directive without one is another rule's", () => {
  checkFixture(`
    //- sip.conf
    [general]
    #include sip-vicidial.conf
    #tryinclude "sip-custom.conf"
    #inclde
    //- sip-vicidial.conf
    [p1]
    type=friend
  `, ONLY);
});

test("no fix: the file to include is not known", () => {
  checkNoFix("[general]\n#include\n", { code: CODE });
});
