// examples/ stays what the README promises: clean examples have no errors or warnings, broken ones show findings,
// and only documentation addresses and dummy secrets appear.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadWorkspace } from "../../server/src/cli/cli";
import { LineIndex } from "../../server/src/service/text/span";

const ROOT = path.resolve(__dirname, "../../..");
const EXAMPLES = path.join(ROOT, "examples");
const isBroken = (file: string) => /(^|[/\\])broken/.test(path.relative(EXAMPLES, file));

function exampleFindings() {
  const service = loadWorkspace([EXAMPLES]);
  const result: { file: string; line: number; severity: string; code: string; message: string }[] = [];
  for (const [uri, findings] of service.allDiagnostics()) {
    const index = new LineIndex(service.workspace.document(uri)?.text ?? "");
    for (const f of findings) result.push({ file: uri, line: index.positionAt(f.span.start).line + 1, severity: f.severity, code: f.code, message: f.message });
  }
  return { service, findings: result };
}

test("the examples cover carriers, templates and every Asterisk conf kind", () => {
  for (const required of ["asterisk/sip.conf", "asterisk/iax.conf", "asterisk/pjsip.conf", "asterisk/extensions.conf"]) {
    assert.ok(fs.existsSync(path.join(EXAMPLES, required)), `examples/${required} is missing`);
  }
  const names = (dir: string, ext: string) => fs.readdirSync(path.join(EXAMPLES, dir)).filter((n) => n.endsWith(ext));
  assert.ok(names("carriers", ".carrier").some((n) => !n.startsWith("broken")), "a clean carrier");
  assert.ok(names("carriers", ".carrier").some((n) => n.startsWith("broken")), "a broken carrier");
  assert.ok(names("templates", ".conftemplate").length >= 2, "a clean and a broken template");
});

test("clean examples have no errors or warnings", () => {
  const { findings } = exampleFindings();
  const bad = findings.filter((f) => !isBroken(f.file) && (f.severity === "error" || f.severity === "warning"));
  assert.deepEqual(bad.map((f) => `${path.relative(EXAMPLES, f.file)}:${f.line} ${f.code} ${f.message}`), []);
});

test("every broken example shows at least one finding", () => {
  const { service, findings } = exampleFindings();
  assert.ok(findings.some((f) => f.severity === "error"), "npm start should show errors");
  const broken = service.workspace.documents().map((d) => d.uri).filter(isBroken);
  assert.ok(broken.length >= 5);
  const silent = broken.filter((uri) => !findings.some((f) => f.file === uri));
  assert.deepEqual(silent.map((u) => path.relative(EXAMPLES, u)), [], "broken examples without any finding");
});

test("examples use documentation addresses and dummy secrets only", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else files.push(path.join(dir, entry.name));
    }
  };
  walk(EXAMPLES);
  const allowedIp = /^(10\.\d+\.\d+\.\d+|192\.0\.2\.\d+|198\.51\.100\.\d+|127\.0\.0\.1|0\.0\.0\.0)$/;
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const name = path.relative(EXAMPLES, file);
    for (const [ip] of text.matchAll(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g)) assert.match(ip, allowedIp, `${name} uses address ${ip}`);
    for (const m of text.matchAll(/^\s*(?:[a-z_]+\/)?(?:secret|md5secret|remotesecret|password)\s*=\s*(\S+)/gim)) {
      assert.match(m[1], /^(CHANGE_ME\w*|test)$/, `${name}: secret '${m[1]}' is not a dummy`);
    }
    for (const m of text.matchAll(/register\s*=>\s*(?:\w+:\/\/)?[^:@\s]+:([^@:\s]+)@/g)) {
      assert.match(m[1], /^(CHANGE_ME\w*|test)$/, `${name}: register password '${m[1]}' is not a dummy`);
    }
  }
});
