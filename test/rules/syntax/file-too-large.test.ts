// syntax/file-too-large: a document over the size limit is not analysed at all; one warning at its start says so.
import assert from "node:assert/strict";
import { test } from "node:test";
import { LanguageService } from "../../../server/src/service/language-service";
import { checkFixture, checkNoFix } from "../../fixture";

const CODE = "syntax/file-too-large";
const TRUNK = `
  [general]
  [trunk]
  type=peer
  secert=Sup3rPw
`;

test("a file over the limit gets one warning at its start, and nothing inside it is checked", () => {
  // 43 bytes against a 40-byte limit: the misspelt 'secert' would otherwise be peer/unknown-option.
  checkFixture(`
    [general]
    ^ warning syntax/file-too-large: over the 40 bytes limit: it was not analysed
    [trunk]
    type=peer
    secert=Sup3rPw
  `, { settings: { maxFileSize: 40 } });
});

test("the message gives the size and tells how to raise the limit", () => {
  checkFixture(`
    [general]
    ^ warning syntax/file-too-large: This file is 2 KB, over the 1 KB limit
    ${";".repeat(2000)}
  `, { only: [CODE], settings: { maxFileSize: 1024 } });
  checkFixture(`
    [general]
    ^ warning syntax/file-too-large: vicidialCarriers.maxFileSize setting, or --max-file-size
    ${";".repeat(2000)}
  `, { only: [CODE], settings: { maxFileSize: 1024 } });
});

test("a file within the limit is analysed as usual", () => {
  checkFixture(`
    [general]
    [trunk]
    type=peer
    secert=Sup3rPw
    ^^^^^^ warning peer/unknown-option: Did you mean 'secret'
  `, { settings: { maxFileSize: 4096 }, only: [CODE, "peer/unknown-option"] });
});

test("a file the host did not read because of its size is reported the same way, and forgotten when it shrinks", () => {
  const service = new LanguageService({ maxFileSize: 1024 * 1024 });
  service.setOversizeDocument("/ws/sip.conf", 5 * 1024 * 1024);
  const [finding] = service.diagnostics("/ws/sip.conf").filter((f) => f.code === CODE);
  assert.deepEqual(finding.span, { start: 0, end: 0 });
  assert.equal(finding.severity, "warning");
  assert.match(finding.message, /This file is 5 MB, over the 1 MB limit/);
  service.setDocument("/ws/sip.conf", TRUNK);
  assert.deepEqual(service.diagnostics("/ws/sip.conf").filter((f) => f.code === CODE), []);
});

test("no fix: the limit is a setting, not a defect of the file", () => {
  checkNoFix(TRUNK, { code: CODE, settings: { maxFileSize: 10 } });
});

test("in a workspace of several systems the file is reported in its own system", () => {
  const service = new LanguageService({ maxFileSize: 1024 });
  service.setSystemRoots(["/ws/a", "/ws/b"]);
  service.setDocument("/ws/a/sip.conf", TRUNK);
  service.setDocument("/ws/b/sip.conf", TRUNK);
  service.setOversizeDocument("/ws/a/iax.conf", 5000);
  assert.equal(service.workspace.systems().length, 2);
  assert.equal(service.diagnostics("/ws/a/iax.conf").filter((f) => f.code === CODE).length, 1);
  assert.equal([...service.allDiagnostics().values()].flat().filter((f) => f.code === CODE).length, 1);
});
