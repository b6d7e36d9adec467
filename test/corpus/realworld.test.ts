// Real configs from public installs (../shared/corpus/realworld/, one folder per system): each system is linted as
// the CLI would lint its folder, and the errors and warnings per rule must be exactly the ones judged true below.
// Skipped, with a message, where the folder is absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { REALWORLD_EXPECTED } from "./realworld-expected";
import { CANDIDATES, CORPUS, lintedSystems, type Diagnostic } from "./realworld-systems";

/** Error and warning counts per `severity code` for one system's findings, and the findings behind them. */
function loudCounts(diagnostics: Diagnostic[]): { counts: Record<string, number>; loud: Diagnostic[] } {
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
  const systems = lintedSystems();
  assert.ok(systems.length > 0, "no system folder in the realworld corpus");
  for (const { system, diagnostics } of systems) {
    const { counts, loud } = loudCounts(diagnostics);
    const expected = REALWORLD_EXPECTED[system] ?? {};
    const detail = loud.map((d) => `  ${d.file}:${d.line} ${d.severity} ${d.code} ${d.message}`).join("\n");
    assert.deepEqual(sorted(counts), sorted(expected), `${system}: findings differ from the judged counts\n${detail}`);
  }
});
