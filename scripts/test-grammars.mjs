// Runs the TextMate grammar assertion tests in test/grammar/ with vscode-tmgrammar-test.
// All three grammars are loaded together so the carrier/template grammars can embed source.asterisk.
// Exits non-zero when any assertion fails. Usage: node scripts/test-grammars.mjs
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const grammars = ["asterisk", "vicidial-carrier", "vicidial-template"].map((name) =>
  path.join("syntaxes", `${name}.tmLanguage.json`),
);

const testDir = path.join(root, "test", "grammar");
const testFiles = readdirSync(testDir)
  .filter((name) => statSync(path.join(testDir, name)).isFile())
  .sort()
  .map((name) => path.join("test", "grammar", name));
if (testFiles.length === 0) {
  console.error(`No grammar test files in ${testDir}`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve("vscode-tmgrammar-test/package.json")), "dist", "unit.js");
const args = [cli, ...grammars.flatMap((file) => ["-g", file]), ...testFiles];

const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
if (result.error) {
  console.error(`Could not run vscode-tmgrammar-test: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status === 0 ? 0 : 1);
