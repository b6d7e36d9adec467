// carrier/dialplan-stripped-chars: VICIdial deletes every ' and \ from the dialplan entry when it is saved.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture } from "../../fixture";
import { ACCOUNT, DIALPLAN, carrier, mark, caret } from "./carrier-record";

const CODE = "carrier/dialplan-stripped-chars";
const ONLY = { only: [CODE], file: "a.carrier" };

test("single quotes are a warning; paired ones get a fix to double quotes, an unpaired one none", () => {
  const text = carrier({}, ACCOUNT, "exten => _91NXXNXXXXXX,1,NoOp('dialling out')\nexten => _91NXXNXXXXXX,n,NoOp(it's late)");
  const service = checkFixture(mark(text, { 11: `${caret(31, 45)} warning carrier/dialplan-stripped-chars`, 12: `${caret(33, 34)} warning carrier/dialplan-stripped-chars` }), ONLY);
  checkFix(text, text.replace("NoOp('dialling out')", 'NoOp("dialling out")'), { code: CODE, file: "a.carrier" });
  const unpaired = [...service.allDiagnostics().values()].flat().filter((f) => f.code === CODE)[1];
  assert.deepEqual(service.quickFixes([unpaired]), []);
});

test("quotes in a $[...] expression and backslash escapes are errors", () => {
  const text = carrier({}, ACCOUNT, "exten => _91NXXNXXXXXX,1,GotoIf($['${X}' = 'a']?2)\nexten => _91NXXNXXXXXX,2,Set(A=b\\,c)\nexten => _91NXXNXXXXXX,3,NoOp(x\\;y)");
  checkFixture(mark(text, { 11: `${caret(35, 47)} error carrier/dialplan-stripped-chars: expression`, 12: `${caret(33, 34)} error carrier/dialplan-stripped-chars: backslash`, 13: `${caret(32, 33)} error carrier/dialplan-stripped-chars: comment` }), ONLY);
});

test("a lone CR is reported; CRLF line endings, double quotes and quotes outside the dialplan entry are not", () => {
  const lone = carrier({}, ACCOUNT, "exten => _91NXXNXXXXXX,1,NoOp(a)\rexten => _91NXXNXXXXXX,2,Hangup()");
  checkFixture(mark(lone, { 11: `${caret(33, 34)} warning carrier/dialplan-stripped-chars: carriage return` }), ONLY);
  checkFixture(carrier({}, ACCOUNT, 'exten => _91NXXNXXXXXX,1,NoOp("fine")\n' + DIALPLAN).replace(/\n/g, "\r\n"), ONLY);
  checkFixture(carrier({ carrier_description: "Bob's trunk" }, ACCOUNT, DIALPLAN), ONLY);
});
