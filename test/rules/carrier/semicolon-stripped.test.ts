// carrier/semicolon-stripped: VICIdial deletes every ';' from the account entry, registration and globals strings and
// templates, so a comment there turns into config text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture } from "../../fixture";
import { ACCOUNT, DIALPLAN, carrier, mark } from "./carrier-record";

const CODE = "carrier/semicolon-stripped";
const ONLY = { only: [CODE], file: "a.carrier" };
const messagesOf = (service: ReturnType<typeof checkFixture>) =>
  [...service.allDiagnostics().values()].flat().filter((f) => f.code === CODE).map((f) => f.message);

test("a comment line in the account entry says what it turns into; the fix deletes the line", () => {
  const text = carrier({}, "[acme]\n; use ulaw\ntype=peer\n;allow=gsm\nhost=192.0.2.1");
  checkFixture(mark(text, { 7: "^^^^^^^^^^ warning carrier/semicolon-stripped: no '='", 9: "^^^^^^^^^^ warning carrier/semicolon-stripped: setting 'allow=gsm'" }), ONLY);
  checkFix(text, carrier({}, "[acme]\ntype=peer\n;allow=gsm\nhost=192.0.2.1"), { code: CODE, file: "a.carrier" });
});

test("a trailing comment is deleted with the blanks before it", () => {
  const text = carrier({}, "[acme]\ntype=peer\ncontext=trunkinbound   ; calls from the carrier");
  checkFixture(mark(text, { 8: ";                      ^^^^^^^^^^^^^^^^^^^^^^^^ warning carrier/semicolon-stripped: value of 'context'" }), ONLY);
  checkFix(text, carrier({}, "[acme]\ntype=peer\ncontext=trunkinbound"), { code: CODE, file: "a.carrier" });
});

test("';' inside a value and an escaped '\\;' are explained without a fix and without the secret", () => {
  const text = carrier({}, "[acme]\ntype=peer\nsecret=hunter\\;2\ncontact=sip:192.0.2.1;transport=tcp");
  const service = checkFixture(mark(text, { 8: ";            ^^^ warning carrier/semicolon-stripped: backslash", 9: ";                    ^^^^^^^^^^^^^^ warning carrier/semicolon-stripped: transport" }), ONLY);
  for (const message of messagesOf(service)) assert.ok(!message.includes("hunter"), message);
  const findings = [...service.allDiagnostics().values()].flat().filter((f) => f.code === CODE);
  assert.deepEqual(service.quickFixes(findings), []);
});

test("commented-out secrets, register lines and realm credentials are masked in the message", () => {
  const text = carrier({}, "[acme]\n;secret=hunter2\n; register => acme:hunter2@192.0.2.1\n;auth = acme:hunter2@example.com\n;secret hunter2\ntype=peer");
  const service = checkFixture(mark(text, {
    7: "^^^^^^^^^^^^^^^ warning carrier/semicolon-stripped: 'secret=****'",
    8: "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning carrier/semicolon-stripped: 'register => ****'",
    9: "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning carrier/semicolon-stripped: 'auth = acme:****@example.com'",
    10: "^^^^^^^^^^^^^^^ warning carrier/semicolon-stripped: 'secret ****'",
  }), ONLY);
  for (const message of messagesOf(service)) assert.ok(!message.includes("hunter2"), message);
});

test("comment text that may hold a credential is not quoted back; harmless text is", () => {
  const text = carrier({}, "[acme]\ntype=peer\n;secret: hunter2\n;auth alice:pw2@realm\n;old password was letmein\n; use ulaw");
  const service = checkFixture(mark(text, {
    8: "^^^^^^^^^^^^^^^^ warning carrier/semicolon-stripped",
    9: "^^^^^^^^^^^^^^^^^^^^^ warning carrier/semicolon-stripped",
    10: "^^^^^^^^^^^^^^^^^^^^^^^^^ warning carrier/semicolon-stripped",
    11: "^^^^^^^^^^ warning carrier/semicolon-stripped: 'use ulaw'",
  }), ONLY);
  for (const secret of ["hunter2", "pw2", "letmein"]) assert.ok(messagesOf(service).every((m) => !m.includes(secret)), secret);
});

test("registration and globals strings, templates and block comments are reported; the password never shows", () => {
  const text = carrier({ registration_string: "register => user:pw123@192.0.2.1:5060 ; main login", globals_string: "ACMETRUNK = SIP/acme ; trunk" }, "[acme]\n;--\nold=1\n--;\ntype=peer");
  const service = checkFixture(
    "//- a.carrier\n" +
      mark(text, {
        5: ";                                                          ^^^^^^^^^^^^ warning carrier/semicolon-stripped",
        6: ";                                    ^^^^^^^ warning carrier/semicolon-stripped",
        9: "^^^ warning carrier/semicolon-stripped: block comment",
        11: "; ^ warning carrier/semicolon-stripped: block comment",
      }) +
      "//- t.conftemplate\ntemplate_id: T1\n[[template_contents]]\n; shared\n^^^^^^^^ warning carrier/semicolon-stripped\ndisallow=all\n",
    ONLY,
  );
  for (const message of messagesOf(service)) assert.ok(!message.includes("pw123"), message);
  const registration = carrier({ registration_string: "register => user:pw123@192.0.2.1:5060 ; main login" });
  checkFix(registration, registration.replace(" ; main login", ""), { code: CODE, file: "a.carrier" });
});

test("comments in the dialplan entry and clean fields are not reported", () => {
  checkFixture(
    "//- a.carrier\n" +
      carrier({ registration_string: "register => user:pw@192.0.2.1", globals_string: "ACMETRUNK = SIP/acme" }, ACCOUNT, "; outbound\n" + DIALPLAN) +
      "//- t.conftemplate\ntemplate_id: T1\n[[template_contents]]\ndisallow=all\n",
    ONLY,
  );
});
