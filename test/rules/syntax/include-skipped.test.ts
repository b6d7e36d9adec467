// syntax/include-skipped: an #include target the host did not read (not a regular file, or over the size limit).
// Only the host knows that, so these cases note the skipped target through the service API as the CLI and LSP do.
import assert from "node:assert/strict";
import { test } from "node:test";
import { LanguageService } from "../../../server/src/service/language-service";
import type { SkippedInclude } from "../../../server/src/service/model/skipped-input";
import { dedent } from "../../fixture";

const CODE = "syntax/include-skipped";
const SIP = "/ws/sip.conf";
const TEXT = dedent(`
  [general]
  #include sip-trunks.conf
  #tryinclude "/dev/zero"
`);

/** The service after the host skipped `argument` for `reason`; the findings of sip.conf with their texts. */
function lintSkipping(skips: [string, SkippedInclude["reason"], number?][]) {
  const service = new LanguageService({ maxFileSize: 1024 });
  service.setDocument(SIP, TEXT);
  for (const [argument, reason, size] of skips) service.noteSkippedInclude(SIP, argument, reason, size);
  return service.diagnostics(SIP).map((f) => ({ ...f, text: TEXT.slice(f.span.start, f.span.end) }));
}

test("a target over the size limit is a warning on its name, instead of a missing include", () => {
  const findings = lintSkipping([["sip-trunks.conf", "too-large", 5000]]);
  const skipped = findings.filter((f) => f.code === CODE);
  assert.deepEqual(skipped.map((f) => [f.severity, f.text]), [["warning", "sip-trunks.conf"]]);
  assert.match(skipped[0].message, /'sip-trunks\.conf' was not read: it is 4\.9 KB, over the 1 KB limit/);
  assert.match(skipped[0].message, /Its sections are not checked/);
  assert.ok(!findings.some((f) => f.code === "syntax/missing-include" && f.text === "sip-trunks.conf"));
});

test("a device, FIFO or directory (the argument as written, quotes removed) is a warning on its name", () => {
  const findings = lintSkipping([["/dev/zero", "not-a-file"]]);
  const skipped = findings.filter((f) => f.code === CODE);
  assert.deepEqual(skipped.map((f) => f.text), ["/dev/zero"]);
  assert.match(skipped[0].message, /not a regular file \(a device, FIFO or directory\)/);
});

test("an unreadable target says it could not be read", () => {
  const [finding] = lintSkipping([["sip-trunks.conf", "unreadable"]]).filter((f) => f.code === CODE);
  assert.match(finding.message, /could not be read/);
});

test("without a skipped target there is no include-skipped finding (a missing file is syntax/missing-include)", () => {
  const findings = lintSkipping([]);
  assert.deepEqual(findings.filter((f) => f.code === CODE), []);
  assert.ok(findings.some((f) => f.code === "syntax/missing-include" && f.text === "sip-trunks.conf"));
});

test("no fix: the target has to be changed on disk or the limit raised", () => {
  const service = new LanguageService({ maxFileSize: 1024 });
  service.setDocument(SIP, TEXT);
  service.noteSkippedInclude(SIP, "sip-trunks.conf", "too-large", 5000);
  const finding = service.diagnostics(SIP).find((f) => f.code === CODE);
  assert.ok(finding);
  assert.deepEqual(service.quickFixes([finding]), []);
});

test("in a workspace of several systems the skipped target is reported in its own system's file", () => {
  const service = new LanguageService({ maxFileSize: 1024 });
  service.setSystemRoots(["/ws/a", "/ws/b"]);
  service.setDocument("/ws/a/sip.conf", TEXT);
  service.setDocument("/ws/b/sip.conf", TEXT);
  service.noteSkippedInclude("/ws/a/sip.conf", "sip-trunks.conf", "too-large", 5000);
  assert.equal(service.workspace.systems().length, 2);
  assert.equal(service.diagnostics("/ws/a/sip.conf").filter((f) => f.code === CODE).length, 1);
  assert.deepEqual(service.diagnostics("/ws/b/sip.conf").filter((f) => f.code === CODE), []);
});
