// Real configs from public installs (../shared/corpus/realworld/, one folder per system): each system is linted as
// the CLI would lint its folder, and the errors and warnings per rule must be exactly the ones judged true below.
// Skipped, with a message, where the folder is absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { runLint } from "../../server/src/cli/cli";
import { REALWORLD_EXPECTED } from "./realworld-expected";

const ROOT = path.resolve(__dirname, "../../..");
const CANDIDATES = [path.resolve(process.cwd(), "../shared/corpus/realworld"), path.resolve(ROOT, "../shared/corpus/realworld")];
const CORPUS = CANDIDATES.find((dir) => fs.existsSync(dir));

interface Diagnostic {
  file: string;
  line: number;
  severity: string;
  code: string;
  message: string;
}

/** Error and warning counts per `severity code` for one system folder, and the findings behind them. */
function lintSystem(dir: string): { counts: Record<string, number>; loud: Diagnostic[] } {
  const result = runLint(["--format", "json", dir], dir);
  assert.ok(result.exitCode === 0 || result.exitCode === 1, `exit ${result.exitCode}: ${result.stderr}`);
  const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
  const loud = diagnostics.filter((d) => d.severity === "error" || d.severity === "warning");
  const counts: Record<string, number> = {};
  for (const d of loud) counts[`${d.severity} ${d.code}`] = (counts[`${d.severity} ${d.code}`] ?? 0) + 1;
  return { counts, loud };
}

const sorted = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));

test("real installs: errors and warnings per rule are the ones judged true", (t) => {
  if (!CORPUS) {
    t.skip(`no realworld corpus (looked in ${CANDIDATES.join(", ")})`);
    return;
  }
  const systems = fs.readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  assert.ok(systems.length > 0, "no system folder in the realworld corpus");
  for (const system of systems) {
    const { counts, loud } = lintSystem(path.join(CORPUS, system));
    const expected = REALWORLD_EXPECTED[system] ?? {};
    const detail = loud.map((d) => `  ${d.file}:${d.line} ${d.severity} ${d.code} ${d.message}`).join("\n");
    assert.deepEqual(sorted(counts), sorted(expected), `${system}: findings differ from the judged counts\n${detail}`);
  }
});
