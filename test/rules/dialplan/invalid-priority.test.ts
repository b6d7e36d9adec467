// dialplan/invalid-priority: a priority Asterisk cannot read (0, an unknown label, an unclosed label, none at all).
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("n on the first line, same without exten, duplicate labels, invalid priorities").
test("0, an undefined label and an unclosed label are warnings; numbers, n and defined labels are not", () => {
  checkFixture(`
    //- extensions.conf
    [general]
    [globals]
    [test]
    exten => 102,0,NoOp()
                 ^ warning dialplan/invalid-priority: Priority '0' is not valid
    exten => 103,nolabel,NoOp()
                 ^^^^^^^ warning dialplan/invalid-priority: neither a number nor a label defined earlier in '103'
    exten => 104,1(open,NoOp()
                  ^^^^^ warning dialplan/invalid-priority: Label '(open' has no closing ')'
    exten => 105,1(top),NoOp()
    same => n,NoOp()
    exten => 105,top+2,NoOp()
  `, { only: ["dialplan/invalid-priority"] });
});

test("a line with no priority at all is reported", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 106
             ^^^ warning dialplan/invalid-priority: This line has no priority
    exten => 107,1,NoOp()
  `, { only: ["dialplan/invalid-priority"] });
});

test("the fix closes an unclosed label; a bad number gets none", () => {
  checkFix(`
    //- extensions.conf
    [test]
    exten => 104,1(open,NoOp()
  `, `
    //- extensions.conf
    [test]
    exten => 104,1(open),NoOp()
  `, { code: "dialplan/invalid-priority", title: "Close the label" });
  checkNoFix(`
    //- extensions.conf
    [test]
    exten => 102,0,NoOp()
  `, { code: "dialplan/invalid-priority" });
});

test("no closing ')' when the result would still be no priority: nothing before the '(', or an empty label", () => {
  // '(' alone closed is '()': no priority at all, still dropped.
  checkNoFix(`
    //- extensions.conf
    [test]
    exten => 104,(,NoOp()
  `, { code: "dialplan/invalid-priority" });
  checkNoFix(`
    //- extensions.conf
    [test]
    exten => 104,(open,NoOp()
  `, { code: "dialplan/invalid-priority" });
  checkNoFix(`
    //- extensions.conf
    [test]
    exten => 104,1(,NoOp()
  `, { code: "dialplan/invalid-priority" });
});

test("no closing ')' on 'n(label' right after a hint: 'n' there would be priority 0, still dropped", () => {
  checkNoFix(`
    //- extensions.conf
    [test]
    exten => 100,hint,SIP/100
    same => n(start,NoOp()
  `, { code: "dialplan/invalid-priority" });
  // After a numbered line the same fix is offered.
  checkFix(`
    //- extensions.conf
    [test]
    exten => 100,1,NoOp()
    same => n(start,NoOp()
  `, `
    [test]
    exten => 100,1,NoOp()
    same => n(start),NoOp()
  `, { code: "dialplan/invalid-priority", title: "Close the label" });
});

test("'n' right after a hint line is priority 0: the message says it follows a hint", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,hint,SIP/100
    same => n,Dial(SIP/100)
            ^ warning dialplan/invalid-priority: follows a hint line, which has no priority number
  `, { only: ["dialplan/invalid-priority"] });
});
