// The TextMate grammars' assertion files in test/grammar (*.test.conf, *.test.carrier, *.test.conftemplate), checked
// by scripts/test-grammars.mjs with vscode-tmgrammar-test: every scope marked under a line must be the one the
// grammar gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

test("every scope assertion in test/grammar holds", () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/test-grammars.mjs")], { cwd: ROOT, encoding: "utf8" });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /sample\.test\.carrier run successfuly/);
});
