// syntax/missing-equals and syntax/unknown-directive: lines Asterisk skips with a warning.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("a line without '=' and an unknown directive are warnings", () => {
  checkFixture(`
    [general]
    justsometext
    ^^^^^^^^^^^^ warning syntax/missing-equals
    #includ x.conf
    ^^^^^^^ warning syntax/unknown-directive: Unknown directive '#includ'
  `, { only: ["syntax/missing-equals", "syntax/unknown-directive"] });
});

test("an unrecognised file is checked as part of the conf file that includes it, and left alone otherwise", () => {
  checkFixture(`
    //- sip.conf
    [general]
    #include trunks.conf
    //- trunks.conf
    [b]
    type=peer
    host=192.0.2.1
    secert=x
    ^^^^^^ warning peer/unknown-option
    junk line
    ^^^^^^^^^ warning syntax/missing-equals
    //- notes.conf
    [c]
    junk line
  `, { only: ["syntax/missing-equals", "peer/unknown-option"] });
});
