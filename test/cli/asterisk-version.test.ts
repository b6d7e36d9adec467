// vicidial-lint --asterisk-version: the release the checks use (the CLI twin of vicidialCarriers.asteriskVersion).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { lint as runLint } from "./cli-helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-lint-version-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, "extensions.conf"), "[test]\nexten => 100,1,Macro(dialout)\nsame => n,Hangup()\n");

const lint = (...args: string[]) => runLint([...args, "."], dir);

test("--asterisk-version decides which applications exist; the default is 18", () => {
  assert.equal(lint().status, 0);
  const on22 = lint("--asterisk-version", "22");
  assert.equal(on22.status, 1);
  assert.match(on22.stdout, /extensions\.conf:2:16 error dialplan\/unknown-application Macro is not in Asterisk 22/);
  assert.equal(lint("--asterisk-version=20").status, 0);
});

test("--asterisk-version accepts only the supported releases", () => {
  const bad = lint("--asterisk-version", "19");
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--asterisk-version expects 16, 18, 20 or 22, got '19'/);
});
