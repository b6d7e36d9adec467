// The application knowledge matches the per-version table P1 of ../shared/research/asterisk-behaviour-2.md (read
// from each release's sources). The table is parsed when the research folder is there; skipped with a message if not.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { APPLICATIONS, findApplication, undatedDocs } from "../../server/src/service/knowledge/applications";
import { APPLICATION_RELEASES, CHECKED_VERSIONS, GONE_APPLICATIONS, goneApplication } from "../../server/src/service/knowledge/application-versions";

const ROOT = path.resolve(__dirname, "../../..");
const CANDIDATES = [path.resolve(process.cwd(), "../shared/research"), path.resolve(ROOT, "../shared/research")];
const RESEARCH = CANDIDATES.map((dir) => path.join(dir, "asterisk-behaviour-2.md")).find((file) => fs.existsSync(file));

/** The rows of the P1 table: name → the versions marked Y. */
function p1Rows(text: string): Map<string, number[]> {
  const start = text.indexOf("## P1");
  const end = text.indexOf("\n## ", start + 1);
  const rows = new Map<string, number[]>();
  for (const line of text.slice(start, end).split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 8 || cells[1] === "App" || /^-+$/.test(cells[1])) continue;
    rows.set(cells[1], [16, 18, 20, 22].filter((_, i) => cells[3 + i] === "Y"));
  }
  return rows;
}

test("every application of the P1 table is known in exactly the releases the table marks", (t) => {
  if (!RESEARCH) {
    t.skip(`no research file (looked in ${CANDIDATES.join(", ")})`);
    return;
  }
  const rows = p1Rows(fs.readFileSync(RESEARCH, "utf8"));
  assert.ok(rows.size > 200, `only ${rows.size} rows read from ${RESEARCH}`);
  const problems: string[] = [];
  for (const [name, versions] of rows) {
    for (const version of CHECKED_VERSIONS) {
      const known = findApplication(name.toUpperCase(), version).unavailable === undefined && findApplication(name, version).info !== undefined;
      if (known !== versions.includes(version)) problems.push(`${name} on ${version}: table ${versions.includes(version) ? "has" : "lacks"} it`);
    }
  }
  const tableNames = new Set([...rows.keys()].map((n) => n.toLowerCase()));
  for (const info of APPLICATIONS) if (!tableNames.has(info.name.toLowerCase())) problems.push(`${info.name} is not in the P1 table`);
  assert.deepEqual(problems, []);
  // The table's own counts per release (16 → 215, 18 → 224, 20 → 220, 22 → 200).
  const counts = CHECKED_VERSIONS.map((v) => APPLICATIONS.filter((a) => a.versions.includes(v)).length);
  assert.deepEqual(counts, [215, 224, 220, 200]);
});

test("the applications the issue names: five known everywhere, four known nowhere", () => {
  for (const version of CHECKED_VERSIONS) {
    for (const name of ["ClearHash", "DBdeltree", "dbdeltree", "PRIVACYMANAGER", "AgentLogin", "CELGenUserEvent"]) {
      const found = findApplication(name, version);
      assert.ok(found.info && !found.unavailable, `${name} on ${version}`);
    }
    for (const name of ["SetMusicOnHold", "DAHDIBarge", "ZapBarge", "Konference"]) {
      assert.equal(findApplication(name, version).info, undefined, `${name} on ${version}`);
      assert.ok(goneApplication(name.toLowerCase()), `${name} has a replacement note`);
    }
  }
  assert.equal(findApplication("Macro", 22).unavailable, "removed");
  assert.equal(findApplication("Macro", 22).info?.removedIn, 21);
  assert.equal(findApplication("StasisBroadcast", 18).unavailable, "not-yet");
});

test("the version table and the signatures agree: one row per name, no signature without a row, gone ones absent", () => {
  const names = APPLICATION_RELEASES.map((r) => r.name.toLowerCase());
  assert.equal(new Set(names).size, names.length, "a name appears twice in the table");
  assert.deepEqual(undatedDocs(), []);
  for (const info of APPLICATIONS) assert.ok(info.summary.length > 0 && !info.summary.startsWith("An application of"), `${info.name} has no summary`);
  for (const gone of GONE_APPLICATIONS) assert.ok(!names.includes(gone.name.toLowerCase()), `${gone.name} is both gone and in the table`);
});
