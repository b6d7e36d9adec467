// Includes are read only when they are regular files within the size limit: `#include /dev/zero`, a FIFO, a
// directory or a huge file get one syntax/include-skipped warning at the `#include`, and the linter finishes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runLint } from "../../server/src/cli/cli";
import { decodeText, readTextFile } from "../../server/src/host/files";
import { workspaceOf, WS } from "../helpers";

function scratch(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-bounded-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

test("readTextFile reads regular files only, and none over the limit", () => {
  const dir = scratch({ "small.conf": "[general]\n", "big.conf": "x".repeat(5000) });
  try {
    assert.deepEqual(readTextFile(path.join(dir, "small.conf"), 1000), { text: "[general]\n" });
    assert.deepEqual(readTextFile(path.join(dir, "big.conf"), 1000), { skipped: "too-large", size: 5000 });
    assert.deepEqual(readTextFile(dir, 1000), { skipped: "not-a-file" });
    assert.deepEqual(readTextFile("/dev/zero", 1000), { skipped: "not-a-file" });
    assert.deepEqual(readTextFile(path.join(dir, "absent.conf"), 1000), { skipped: "unreadable" });
    const fifo = path.join(dir, "pipe.conf");
    if (spawnSync("mkfifo", [fifo]).status === 0) assert.deepEqual(readTextFile(fifo, 1000), { skipped: "not-a-file" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("#include of /dev/zero, a FIFO or a directory: one warning at the #include, no 'not found', and the linter ends", () => {
  const dir = scratch({ "sip.conf": "[general]\n#include /dev/zero\n#include pipe.conf\n#include sub\n[p]\ntype=peer\nhost=192.0.2.1\n" });
  try {
    fs.mkdirSync(path.join(dir, "sub"));
    const fifo = spawnSync("mkfifo", [path.join(dir, "pipe.conf")]).status === 0;
    const result = runLint(["--format", "json", dir], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { code: string; line: number; message: string }[] }).diagnostics;
    assert.deepEqual(found.filter((d) => d.code === "syntax/missing-include"), []);
    const skipped = found.filter((d) => d.code === "syntax/include-skipped");
    assert.deepEqual(skipped.map((d) => d.line), fifo ? [2, 3, 4] : [2, 4]);
    assert.match(skipped[0].message, /'\/dev\/zero' was not read: it is not a regular file/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an include over --max-file-size is skipped with the sizes in the message; under it, it is read", () => {
  const dir = scratch({ "sip.conf": "[general]\n#include big.conf\n", "big.conf": "[q]\ntype=peer\nhost=192.0.2.2\n;" + "x".repeat(3000) + "\n" });
  try {
    const small = runLint(["--max-file-size", "2K", "--format", "json", path.join(dir, "sip.conf")], dir);
    const found = (JSON.parse(small.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics;
    const skipped = found.filter((d) => d.code === "syntax/include-skipped");
    assert.equal(skipped.length, 1, small.stdout);
    assert.match(skipped[0].message, /'big\.conf' was not read: it is 3 KB, over the 2 KB limit/);
    const large = runLint(["--max-file-size", "1M", "--format", "json", path.join(dir, "sip.conf")], dir);
    assert.deepEqual((JSON.parse(large.stdout) as { diagnostics: { code: string }[] }).diagnostics.filter((d) => d.code.startsWith("syntax/")), []);
    assert.equal(runLint(["--max-file-size", "lots", dir], dir).exitCode, 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a file named on the command line over the limit is reported, not read", () => {
  const dir = scratch({ "sip.conf": "[general]\n[p]\ntype=peer\n" + ";" + "y".repeat(4000) + "\n" });
  try {
    const result = runLint(["--max-file-size", "1K", dir], dir);
    assert.match(result.stdout, /sip\.conf:1:1 warning syntax\/file-too-large This file is [\d.]+ KB, over the 1 KB limit/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the service keeps a document over maxFileSize empty and says so once", () => {
  const text = "[general]\n[p]\ntype=peer\nsecert=x\n" + ";".repeat(2000);
  const service = workspaceOf({ "sip.conf": text }, { maxFileSize: 1024 });
  const findings = service.diagnostics(WS + "sip.conf");
  assert.deepEqual(findings.filter((f) => f.code.startsWith("syntax/") || f.code.startsWith("peer/")).map((f) => f.code), ["syntax/file-too-large"]);
  assert.equal(service.hover(WS + "sip.conf", 12), undefined);
  service.setDocument(WS + "sip.conf", "[general]\n[p]\ntype=peer\nsecert=x\n");
  assert.ok(service.diagnostics(WS + "sip.conf").some((f) => f.code === "peer/unknown-option"), "analysed again once small");
  assert.ok(!service.diagnostics(WS + "sip.conf").some((f) => f.code === "syntax/file-too-large"));
});

test("decodeText: a file mostly of control characters or undecodable bytes is not text; tab, LF, FF and CR are text", () => {
  const decode = (text: string) => decodeText(Buffer.from(text, "utf8"));
  for (const text of ["a\tb\r\n", "\f[general]\n", "caf\u00e9 \u20ac\n"]) assert.deepEqual(decode(text), { text });
  const odd = [1, 8, 11, 14, 31, 127].map((code) => String.fromCharCode(code));
  for (const c of odd) assert.ok("binary" in decode(c.repeat(40)), `U+${c.charCodeAt(0).toString(16)} is not text`);
  assert.ok("binary" in decodeText(new Uint8Array(40).fill(0xff)), "bytes that are not UTF-8");
  // A few odd characters in a long file (5% at most) leave it text.
  const few = "x".repeat(400) + odd.join("");
  assert.deepEqual(decode(few), { text: few });
});
