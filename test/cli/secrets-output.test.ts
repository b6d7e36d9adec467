// Every command and output format of vicidial-lint over workspaces full of distinctive secrets (test/secret-fixtures):
// lint as text, JSON and SARIF (fixes included), --fix's report, route, audit, render (stdout, --file, --out) and the
// database commands (lint, diff, render) against a dump whose rows hold other secrets than the files. No output may
// show any part of a secret. `db pull` and `db push` write and print the records as they are, by design: their file
// and SQL outputs are the data itself; only their messages are checked.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { recordFromFile } from "../../server/src/service/parse/db-records";
import { CARRIER_TABLE, TEMPLATE_TABLE } from "../../server/src/service/parse/db-records";
import { assertNoSecret, SECRET_FILES } from "../secret-fixtures";
import { folder, lint, lintDb, type Run } from "./cli-helpers";

const SERVER = "10.10.10.15";

function checkRun(argv: string[], run: Run): void {
  assertNoSecret(`vicidial-lint ${argv.join(" ")} (stdout)`, run.stdout);
  assertNoSecret(`vicidial-lint ${argv.join(" ")} (stderr)`, run.stderr);
  assert.ok(run.stdout.length > 0, `vicidial-lint ${argv.join(" ")} prints something: ${run.stderr}`);
}

test("lint (text, JSON, SARIF), route, audit and render print no secret", () => {
  const dir = folder(SECRET_FILES);
  const commands = [
    [dir],
    ["--format", "json", dir],
    ["--format", "sarif", dir],
    ...["915551234567", "925551234567", "815551234567", "825551234567"].flatMap((n) => [["route", n, dir], ["route", n, dir, "--format", "json"]]),
    ["route", "5551234", dir, "--context", "from-trunk"],
    ["audit", dir],
    ["audit", dir, "--format", "json"],
    ["render", "--server", SERVER, dir],
    ...["sip-vicidial.conf", "iax-vicidial.conf", "pjsip-vicidial.conf", "extensions-vicidial.conf"].map((f) => ["render", "--server", SERVER, "--file", f, dir]),
  ];
  for (const argv of commands) checkRun(argv, lint(argv, dir));
  const sarif = JSON.parse(lint(["--format", "sarif", dir], dir).stdout) as { runs: { results: { fixes?: unknown[] }[] }[] };
  assert.ok(sarif.runs[0].results.some((r) => (r.fixes?.length ?? 0) > 0), "SARIF still carries the fixes that hold no secret");
});

test("render --out writes the generated files with every secret masked", () => {
  const dir = folder(SECRET_FILES);
  const run = lint(["render", "--server", SERVER, "--out", "generated", dir], dir);
  assert.equal(run.status, 0, run.stderr);
  const files = fs.readdirSync(path.join(dir, "generated"));
  assert.equal(files.length, 5);
  for (const name of files) assertNoSecret(`render --out ${name}`, fs.readFileSync(path.join(dir, "generated", name), "utf8"));
  const sip = fs.readFileSync(path.join(dir, "generated", "sip-vicidial.conf"), "utf8");
  assert.match(sip, /^bareuser:\*\*\*\*@sip\.example\.com\/bareuser$/m, "a registration string without 'register =>' keeps its user and host");
});

test("--fix reports what it fixed without a secret", () => {
  const dir = folder(SECRET_FILES);
  const run = lint(["--fix", dir], dir);
  checkRun(["--fix"], run);
  assert.match(run.stderr, /fix\(es\) applied/);
});

/** A MySQL string literal. */
const sql = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;

/** A dump of the fixture records with other secrets than the files (`Pw` → `PwDb`), so a diff shows both sides. */
function dumpOfFixtures(): string {
  const rows = Object.entries(SECRET_FILES).flatMap(([name, text]) => {
    if (name.endsWith(".carrier")) return [recordFromFile("carrier", text)];
    if (name.endsWith(".conftemplate")) return [recordFromFile("template", text)];
    return [];
  });
  return rows
    .map((record) => {
      const columns = [...record.fields.keys()];
      const values = columns.map((c) => sql((record.fields.get(c) ?? "").replace(/Pw/g, "PwDb")));
      return `INSERT INTO ${record.kind === "carrier" ? CARRIER_TABLE : TEMPLATE_TABLE} (${columns.join(",")}) VALUES (${values.join(",")});\n`;
    })
    .join("");
}

test("the database commands print no secret: lint, diff against the files, render", async () => {
  const records = Object.fromEntries(Object.entries(SECRET_FILES).filter(([name]) => !name.endsWith(".conf")));
  const dir = folder({ "dump.sql": dumpOfFixtures(), ...Object.fromEntries(Object.entries(records).map(([name, text]) => [`records/${name}`, text])) });
  for (const argv of [
    ["--sql", "dump.sql"],
    ["--sql", "dump.sql", "--format", "json"],
    ["diff", "records", "--sql", "dump.sql"],
    ["render", "--server", SERVER, "--sql", "dump.sql"],
  ]) {
    const run = await lintDb(argv, dir);
    checkRun(["db", ...argv], run);
  }
  const diff = await lintDb(["diff", "records", "--sql", "dump.sql"], dir);
  assert.match(diff.stdout, /field registration_string differs/, diff.stdout);
  assert.match(diff.stdout, /field account_entry differs/, diff.stdout);
  const pulled = await lintDb(["pull", "--sql", "dump.sql", "--out", "pulled"], dir);
  assertNoSecret("db pull (messages)", pulled.stdout + pulled.stderr);
  const push = await lintDb(["push", "--sql", "records", "--against", "dump.sql"], dir);
  assertNoSecret("db push (messages)", push.stderr);
});

test("SARIF leaves out a fix whose new text holds a secret, and keeps the finding", () => {
  const dir = folder({ "sip.conf": "[general]\n[tmpl](!)\ntype=peer\nsecret=MovedPwKilo\n[a](tmpl)\nhost=192.0.2.1\n[b](tmpl)\nhost=192.0.2.2\n" });
  const run = lint(["--format", "sarif", dir], dir);
  assert.ok(!run.stdout.includes("MovedPwKilo"), run.stdout);
  const results = (JSON.parse(run.stdout) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] }).runs[0].results;
  const moved = results.find((r) => r.ruleId === "template/per-account-key");
  assert.ok(moved, "the finding is reported");
  assert.equal(moved.fixes, undefined, "its fix would copy the secret: left out");
});

test("a broken dump is reported without quoting the strings in it", async () => {
  const dir = folder({
    "values.sql": "INSERT INTO vicidial_server_carriers (carrier_id, account_entry) VALUES ('A', CONCAT('secret=', 'DumpPwOne'));\n",
    "row.sql": "INSERT INTO vicidial_server_carriers (carrier_id, account_entry) VALUES ('A', 'x') 'secret=DumpPwTwo';\n",
  });
  for (const [file, secret] of [["values.sql", "DumpPwOne"], ["row.sql", "DumpPwTwo"]]) {
    const run = await lintDb(["--sql", file], dir);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /not a literal|after a row/);
    assert.ok(!run.stderr.includes(secret), run.stderr);
  }
});
