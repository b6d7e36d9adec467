// No password of the security fixtures appears in any output of the security features: diagnostics and their
// related locations, quick-fix titles, hovers at every offset, and `vicidial-lint audit` in text and JSON.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadWorkspace } from "../../../server/src/cli/cli";
import { runAudit } from "../../../server/src/cli/audit-command";

const ROOT = path.resolve(__dirname, "../../../..");
const FIXTURE = path.join(ROOT, "test/fixtures/audit");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Every password written in the fixture: secret=/password= values and register-line passwords. */
function fixtureSecrets(): string[] {
  const secrets = new Set<string>();
  for (const file of filesUnder(FIXTURE)) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/^\s*(?:secret|md5secret|password)\s*=\s*(\S+)/gm)) secrets.add(m[1]);
    for (const m of text.matchAll(/register\s*=>\s*[^:@\s]+:([^@\s]+)@/g)) secrets.add(m[1]);
  }
  return [...secrets];
}

test("no fixture password in messages, related info, fix titles, hovers or the audit output", () => {
  const secrets = fixtureSecrets();
  assert.ok(secrets.length >= 7, `found ${secrets.length} secrets`);
  const service = loadWorkspace([FIXTURE]);
  const outputs: string[] = [];
  for (const findings of service.allDiagnostics().values()) {
    for (const f of findings) {
      outputs.push(f.message, ...(f.related ?? []).map((r) => r.message));
      outputs.push(...service.quickFixes([f]).map((x) => x.title));
    }
  }
  let hovers = 0;
  for (const doc of service.workspace.documents()) {
    for (let offset = 0; offset < doc.text.length; offset++) {
      const hover = service.hover(doc.uri, offset);
      // The security hovers (a section name that is its own password shows in the plain header hover, by design).
      if (!hover || !hover.markdown.includes("security audit")) continue;
      hovers++;
      outputs.push(hover.markdown);
    }
  }
  assert.ok(hovers > 0, "no security hover seen");
  const text = runAudit([FIXTURE], ROOT);
  const json = runAudit(["--format", "json", FIXTURE], ROOT);
  outputs.push(text.stdout, json.stdout);
  assert.ok(outputs.some((o) => o.includes("security/weak-secret")), "the weak-secret findings are part of what is checked");
  const whole = (haystack: string, needle: string) => {
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const before = haystack[at - 1] ?? " ";
      const after = haystack[at + needle.length] ?? " ";
      if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after)) return true;
    }
    return false;
  };
  for (const secret of secrets) {
    const leaks = outputs.filter((o) => whole(o, secret));
    assert.deepEqual(leaks.map((l) => l.slice(0, 200)), [], `secret '${secret}' printed`);
  }
});
