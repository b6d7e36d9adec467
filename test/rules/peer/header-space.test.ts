// peer/header-space: `[peer] (tmpl)`: Asterisk ignores everything after `]`, so the blank drops the inheritance, the
// template mark or the (+). The fix removes only the blank.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const CODE = "peer/header-space";

test("a blank before (tmpl) drops the inheritance, so the peer also lacks the inherited type", () => {
  checkFixture(`
    [general]
    [tmpl](!)
    type=friend
    [peer1] (tmpl)
    ;^^^^^ warning peer/missing-type: the '(…)' after a blank is ignored
    ;      ^^^^^^^ warning peer/header-space: [peer1] inherits nothing from 'tmpl'
    host=dynamic
    [peer2](tmpl)
    host=dynamic
  `, { only: [CODE, "peer/missing-type"] });
});

test("a blank (or tab) before (!), (+) or (!,base) says what is lost", () => {
  checkFixture(`
    [general]
    [base]\t(!)
    ;     ^^^^ warning peer/header-space: [base] is not a template
    type=friend
    [p](base)
    host=dynamic
    [p] (+)
    ;  ^^^^ warning peer/header-space: [p] does not add to the earlier section
    qualify=yes
  `, { only: [CODE] });
  checkFixture(`
    //- pjsip.conf
    [ep] (!,base)
    ;   ^^^^^^^^^ warning peer/header-space: inherits nothing from 'base' and is not a template
    type=endpoint
  `, { only: [CODE] });
});

test("headers without a blank, and dialplan files, are not this rule's", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [tmpl](!)
    type=friend
    [peer2](tmpl)
    host=dynamic
    //- extensions.conf
    [ctx] (x)
    exten => 1,1,NoOp()
  `, { only: [CODE], exhaustive: true });
});

test("the fix removes the blank and nothing else", () => {
  checkFix(`
    [general]
    [tmpl](!)
    type=friend
    [peer1] (tmpl)
    host=dynamic
    [peer2](tmpl)
    host=dynamic
  `, `
    [general]
    [tmpl](!)
    type=friend
    [peer1](tmpl)
    host=dynamic
    [peer2](tmpl)
    host=dynamic
  `, { code: CODE, title: "Remove the blank" });
});

test("no fix when joining the options would name a template that is not above, or add to a section that is not", () => {
  // Without the blank Asterisk would read '(tmpl)' and reject the whole file for the missing template.
  checkNoFix(`
    [general]
    [peer1] (tmpl)
    host=dynamic
    [tmpl](!)
    type=friend
  `, { code: CODE });
  checkNoFix(`
    //- pjsip.conf
    [] (")
  `, { code: CODE });
  checkNoFix(`
    [general]
    [p] (+)
    qualify=yes
  `, { code: CODE });
});

test("the fix is offered for (+) when the section it adds to is above", () => {
  checkFix(`
    [general]
    [p]
    type=peer
    [p] (+)
    qualify=yes
  `, `
    [general]
    [p]
    type=peer
    [p](+)
    qualify=yes
  `, { code: CODE });
});
