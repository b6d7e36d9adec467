// syntax/unused-suppression: a vicidial-lint-disable comment that silences nothing (or names no rule), and its fix.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture } from "../../fixture";
import { LanguageService } from "../../../server/src/service/language-service";

test("a directive whose code reports nothing on the next line is reported at the code", () => {
  checkFixture(`
[general]
context=default
; vicidial-lint-disable-next-line syntax/missing-equals
;                                 ^^^^^^^^^^^^^^^^^^^^^ warning syntax/unused-suppression: reports nothing on the next line
context=other
`);
});

test("a directive that silences a finding is not reported, and neither is the finding", () => {
  checkFixture(`
[general]
context=default
; vicidial-lint-disable-next-line syntax/missing-equals
no equals sign here
`);
});

test("an unknown code and a directive without codes are reported", () => {
  checkFixture(`
[general]
; vicidial-lint-disable peer/nosuchrule
;                       ^^^^^^^^^^^^^^^ warning syntax/unused-suppression: is not a rule code
; vicidial-lint-disable
; ^^^^^^^^^^^^^^^^^^^^^ warning syntax/unused-suppression: names no rule code
context=default
`);
});

test("a mention of the word inside a longer comment is no directive", () => {
  checkFixture(`
[general]
; see the vicidial-lint-disable-next-line docs
; vicidial-lint-disabled syntax/missing-equals
context=default
`);
});

test("fix: remove the whole directive when it has one code", () => {
  checkFix(
    `
[general]
; vicidial-lint-disable-next-line syntax/missing-equals
context=default
`,
    `
[general]
context=default
`,
    { code: "syntax/unused-suppression" },
  );
});

test("fix: remove only the unused code of several", () => {
  checkFix(
    `
[general]
; vicidial-lint-disable-next-line peer/missing-type,syntax/missing-equals
no equals sign here
`,
    `
[general]
; vicidial-lint-disable-next-line syntax/missing-equals
no equals sign here
`,
    { code: "syntax/unused-suppression" },
  );
});

test("disable action: a second code joins an existing next-line directive; in a record block it is file-wide", () => {
  const service = new LanguageService();
  service.setDocument("/ws/sip.conf", "[general]\ncontext=default\n; vicidial-lint-disable-next-line peer/missing-type\nno equals\n");
  const [finding] = service.diagnostics("/ws/sip.conf").filter((f) => f.code === "syntax/missing-equals");
  assert.ok(finding);
  assert.deepEqual(service.suppressionFixes([finding]).map((f) => [f.title, f.edits[0].newText]), [["Disable syntax/missing-equals for this line", ",syntax/missing-equals"]]);
  const carrier = "carrier_id: DIS1\nprotocol: SIP\nserver_ip: 0.0.0.0\n[[account_entry]]\n[dis1]\ntype=peer\nhost=192.0.2.1\ncontext=in\nsecert=x\n";
  service.setDocument("/ws/a.carrier", carrier);
  const unknown = service.diagnostics("/ws/a.carrier").find((f) => f.code === "peer/unknown-option");
  assert.ok(unknown, JSON.stringify(service.diagnostics("/ws/a.carrier")));
  const [fix] = service.suppressionFixes([unknown]);
  assert.deepEqual([fix.title, fix.edits[0].span.start, fix.edits[0].newText], ["Disable peer/unknown-option for this file", 0, "# vicidial-lint-disable peer/unknown-option\n"]);
  service.setDocument("/ws/a.carrier", fix.edits[0].newText + carrier);
  assert.ok(!service.diagnostics("/ws/a.carrier").some((f) => f.code === "peer/unknown-option" || f.code === "syntax/unused-suppression"));
  // The rule's own fixes stay what quickFixes returns (what --fix applies); the disable action is separate.
  assert.ok(!service.quickFixes([unknown]).some((f) => f.title.startsWith("Disable")));
});

test("a ; directive inside a record's multi-line field is no directive (VICIdial would copy it)", () => {
  const service = new LanguageService();
  service.setDocument("/ws/b.carrier", "carrier_id: DIS2\nprotocol: SIP\nserver_ip: 0.0.0.0\n[[account_entry]]\n[dis2]\ntype=peer\nhost=192.0.2.1\ncontext=in\n# vicidial-lint-disable-next-line peer/unknown-option\nsecert=x\n");
  assert.ok(service.diagnostics("/ws/b.carrier").some((f) => f.code === "peer/unknown-option"));
});

test("after edits, each document's directives are the ones its text holds now: added, removed, or in another file", () => {
  const service = new LanguageService();
  const sip = "[general]\ncontext=default\nno equals sign here\n";
  const iax = "[general]\nbindport=4569\n";
  service.setDocument("/ws/sip.conf", sip);
  service.setDocument("/ws/iax.conf", iax);
  const codes = (uri: string) => service.diagnostics(uri).map((f) => f.code).filter((code) => code.startsWith("syntax/"));
  assert.deepEqual(codes("/ws/sip.conf"), ["syntax/missing-equals"]);
  // A directive added above the line silences it; an edit of the other file leaves that as it is.
  const silenced = sip.replace("no equals", "; vicidial-lint-disable-next-line syntax/missing-equals\nno equals");
  service.setDocument("/ws/sip.conf", silenced);
  assert.deepEqual(codes("/ws/sip.conf"), []);
  service.setDocument("/ws/iax.conf", iax.replace("4569", "4570"));
  assert.deepEqual(codes("/ws/sip.conf"), []);
  // The directive goes: the finding is back.
  service.setDocument("/ws/sip.conf", sip);
  assert.deepEqual(codes("/ws/sip.conf"), ["syntax/missing-equals"]);
});

test("a directive typed over a line, the number of lines unchanged, counts at once; lines kept or taken over keep theirs", () => {
  const service = new LanguageService();
  const sip = "[general]\ncontext=default\n; a note\nno equals sign here\n[peer]\ntype=peer\n; the end\n";
  const codes = () => service.diagnostics("/ws/sip.conf").map((f) => f.code).filter((code) => code.startsWith("syntax/"));
  service.setDocument("/ws/sip.conf", sip);
  assert.deepEqual(codes(), ["syntax/missing-equals"]);
  // Edits of lines that hold no directive: the re-parse takes the lines below over; still no directive.
  const below = sip.replace("type=peer", "type=friend");
  service.setDocument("/ws/sip.conf", below);
  assert.deepEqual(codes(), ["syntax/missing-equals"]);
  // The note becomes a directive: one line parsed anew, the lines below taken over.
  const typed = below.replace("; a note", "; vicidial-lint-disable-next-line syntax/missing-equals");
  service.setDocument("/ws/sip.conf", typed);
  assert.deepEqual(codes(), []);
  // An edit above it and one below it: the directive is still there.
  service.setDocument("/ws/sip.conf", typed.replace("context=default", "context=other"));
  assert.deepEqual(codes(), []);
  service.setDocument("/ws/sip.conf", typed.replace("context=default", "context=other").replace("; the end", "; the very end"));
  assert.deepEqual(codes(), []);
  // Back to a note: the finding is back; then a directive typed into the last line (a file-wide one).
  service.setDocument("/ws/sip.conf", below);
  assert.deepEqual(codes(), ["syntax/missing-equals"]);
  service.setDocument("/ws/sip.conf", below.replace("; the end", "; vicidial-lint-disable syntax/missing-equals"));
  assert.deepEqual(codes(), []);
});
