// --fix: applies the editor's preferred (or only) quick fix for each finding, says what it changed, leaves everything
// else as it was, and a second run changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { codesOf, folder, lint } from "./cli-helpers";

const SIP = [
  "; our carriers",
  "[general]",
  "allowguest=no",
  "context=default",
  "",
  "[peer1",
  "type=peer",
  "host=192.0.2.10",
  "context=trunkinbound",
  "canreinvite=no",
  "secret=Qx7fixSecret",
  "; vicidial-lint-disable-next-line peer/deprecated",
  "disallow=all",
  "allow=ulaw",
  "",
].join("\n");

const FIXED = SIP.replace("[peer1\n", "[peer1]\n").replace("canreinvite=no", "directmedia=no").replace("; vicidial-lint-disable-next-line peer/deprecated\n", "");

test("--fix applies the safe fixes, reports each, and leaves the rest of the file byte for byte", () => {
  const dir = folder({ "sip.conf": SIP, "extensions.conf": "[default]\nexten => s,1,Answer()\n" });
  const before = lint(["."], dir);
  // canreinvite is reported only once [peer1] is a section: the second pass fixes it.
  assert.deepEqual(codesOf(before.stdout).sort(), ["syntax/unclosed-header", "syntax/unused-suppression"]);
  const result = lint(["--fix", "."], dir);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.equal(fs.readFileSync(path.join(dir, "sip.conf"), "utf8"), FIXED);
  assert.equal(fs.readFileSync(path.join(dir, "extensions.conf"), "utf8"), "[default]\nexten => s,1,Answer()\n", "a file without fixes is not rewritten");
  const reported = result.stderr.split("\n").filter((l) => l.startsWith("fixed "));
  assert.deepEqual(reported.sort(), [
    "fixed sip.conf:10 peer/deprecated: Rename to 'directmedia'",
    "fixed sip.conf:12 syntax/unused-suppression: Remove the unused directive",
    "fixed sip.conf:6 syntax/unclosed-header: Add the closing ']'",
  ]);
  assert.match(result.stderr, /^3 fix\(es\) applied, 1 file\(s\) changed$/m);
  assert.equal(result.stdout, "", "nothing left to report");
  assert.ok(!(result.stdout + result.stderr).includes("Qx7fixSecret"));
});

test("--fix is idempotent: a second run changes nothing and says so", () => {
  const dir = folder({ "sip.conf": SIP });
  lint(["--fix", "."], dir);
  const once = fs.readFileSync(path.join(dir, "sip.conf"));
  const stat = fs.statSync(path.join(dir, "sip.conf"));
  const again = lint(["--fix", "."], dir);
  assert.equal(again.status, 0);
  assert.match(again.stderr, /^0 fix\(es\) applied, 0 file\(s\) changed$/m);
  assert.ok(!again.stderr.includes("fixed "), again.stderr);
  assert.deepEqual(fs.readFileSync(path.join(dir, "sip.conf")), once);
  assert.equal(fs.statSync(path.join(dir, "sip.conf")).mtimeMs, stat.mtimeMs, "not even rewritten");
});

test("--fix never adds a suppression comment and skips findings whose fixes compete", () => {
  // peer/missing-type offers type=friend and type=peer (neither preferred): --fix leaves it to a person.
  const text = "[general]\nallowguest=no\ncontext=default\n\n[x]\nhost=192.0.2.1\ncontext=in\n";
  const dir = folder({ "sip.conf": text });
  const result = lint(["--fix", "."], dir);
  assert.deepEqual(codesOf(result.stdout), ["peer/missing-type"]);
  assert.equal(fs.readFileSync(path.join(dir, "sip.conf"), "utf8"), text);
  assert.match(result.stderr, /^0 fix\(es\) applied/m);
});

test("--fix with --quiet fixes only what is shown (errors)", () => {
  const dir = folder({ "sip.conf": SIP });
  const result = lint(["--fix", "--quiet", "."], dir);
  assert.equal(result.status, 0, result.stderr);
  const text = fs.readFileSync(path.join(dir, "sip.conf"), "utf8");
  assert.ok(text.includes("[peer1]\n") && text.includes("canreinvite=no"), text);
});

test("--fix keeps CRLF line breaks and a byte-order mark", () => {
  const crlf = "\uFEFF[general]\r\nallowguest=no\r\ncontext=default\r\n[peer1\r\ntype=peer\r\nhost=192.0.2.1\r\ncontext=in\r\n";
  const dir = folder({ "sip.conf": crlf });
  lint(["--fix", "."], dir);
  assert.equal(fs.readFileSync(path.join(dir, "sip.conf"), "utf8"), crlf.replace("[peer1\r\n", "[peer1]\r\n"));
});
