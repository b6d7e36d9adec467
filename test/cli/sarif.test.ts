// --format sarif: a SARIF 2.1.0 log that validates against the schema (shipped in @microsoft/jest-sarif), with every
// rule of the table in tool.driver, help links into docs/rules.md, results with locations, and fixes as replacements.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv-draft-04";
import { ALL_RULES } from "../../server/src/service/rules/registry";
import { folder, lint } from "./cli-helpers";

const SCHEMA_FILE = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number }; insertedContent: { text: string } }[] }[] }[];
    }[];
    originalUriBaseIds?: Record<string, { uri: string }>;
  }[];
}

function validator() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8")) as Record<string, unknown>;
  // The schema's language-tag pattern is not valid with the `u` flag, so patterns are compiled without it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // The formats the schema uses, checked as strictly as SARIF needs: an absolute URI has a scheme.
  ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat("uri-reference", /^[^\s]*$/);
  ajv.addFormat("date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  return ajv.compile(schema);
}

const BROKEN = {
  "sip.conf": "[general]\nallowguest=no\ncontext=default\n[peer1\ntype=peer\nhost=192.0.2.1\ncontext=in\ncanreinvite=no\nsecret=Qx7sarifSecret\n",
  "carriers/a.carrier": "carrier_id: SARIF1\nprotocol: SIP\nserver_ip: 0.0.0.0\nactive: Y\nregistration_string: register => u:Qx7sarifPass@192.0.2.9:notaport\n",
};

test("the SARIF output validates against the SARIF 2.1.0 schema", () => {
  const validate = validator();
  const dir = folder(BROKEN);
  const result = lint(["--format", "sarif", "."], dir);
  assert.equal(result.status, 1, result.stderr);
  const log = JSON.parse(result.stdout) as SarifLog;
  const valid = validate(log);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.equal(log.version, "2.1.0");
  assert.ok(!result.stdout.includes("Qx7sarif"), "no secret in the SARIF log");
  // A clean folder gives a valid log with no results.
  const clean = lint(["--format", "sarif", "."], folder({ "sip.conf": "[general]\nallowguest=no\ncontext=default\n" }));
  assert.equal(clean.status, 0);
  const empty = JSON.parse(clean.stdout) as SarifLog;
  assert.ok(validate(empty), JSON.stringify(validate.errors));
  assert.deepEqual(empty.runs[0].results, []);
});

test("the schema check notices a broken log (it is not a check that passes anything)", () => {
  const validate = validator();
  const dir = folder(BROKEN);
  const log = JSON.parse(lint(["--format", "sarif", "."], dir).stdout) as SarifLog;
  const broken = structuredClone(log);
  (broken.runs[0].results[0] as { level: string }).level = "fatal";
  assert.equal(validate(broken), false);
  const relativeHelp = structuredClone(log);
  relativeHelp.runs[0].tool.driver.rules[0].helpUri = "docs/rules.md#syntax";
  assert.equal(validate(relativeHelp), false, "helpUri must be an absolute URI");
});

test("tool.driver lists every rule with its summary, default level and a help link to its docs/rules.md section", () => {
  const log = JSON.parse(lint(["--format", "sarif", "."], folder(BROKEN)).stdout) as SarifLog;
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, "vicidial-lint");
  assert.deepEqual(driver.rules.map((r) => r.id), ALL_RULES.map((r) => r.code));
  const doc = fs.readFileSync(path.resolve(__dirname, "../../../docs/rules.md"), "utf8");
  for (const rule of driver.rules) {
    const [base, anchor] = rule.helpUri.split("#");
    assert.match(base, /^(file|https):\/\/.*\/docs\/rules\.md$/, rule.helpUri);
    assert.ok(doc.includes(`\n## ${anchor}\n`), `docs/rules.md has no section #${anchor}`);
    assert.ok(doc.includes(`\`${rule.id}\``), `docs/rules.md does not list ${rule.id}`);
    assert.ok(rule.shortDescription.text.length > 0);
  }
  const unclosed = driver.rules.find((r) => r.id === "syntax/unclosed-header");
  assert.equal(unclosed?.defaultConfiguration.level, "error");
});

test("results: rule, level, message, 1-based location relative to the run folder, and the quick fix as a replacement", () => {
  const log = JSON.parse(lint(["--format", "sarif", "."], folder(BROKEN)).stdout) as SarifLog;
  const run = log.runs[0];
  assert.match(run.originalUriBaseIds?.SRCROOT.uri ?? "", /^file:\/\/.*\/$/);
  const unclosed = run.results.find((r) => r.ruleId === "syntax/unclosed-header");
  assert.ok(unclosed);
  assert.equal(unclosed.level, "error");
  assert.equal(run.tool.driver.rules[unclosed.ruleIndex!].id, "syntax/unclosed-header");
  assert.deepEqual(unclosed.locations[0].physicalLocation.artifactLocation, { uri: "sip.conf", uriBaseId: "SRCROOT" });
  assert.deepEqual(unclosed.locations[0].physicalLocation.region, { startLine: 4, startColumn: 1, endLine: 4, endColumn: 7 });
  const fix = unclosed.fixes?.[0];
  assert.ok(fix, "the unclosed header carries its fix");
  assert.equal(fix.description.text, "Add the closing ']'");
  assert.deepEqual(fix.artifactChanges[0].artifactLocation, { uri: "sip.conf", uriBaseId: "SRCROOT" });
  assert.deepEqual(fix.artifactChanges[0].replacements, [{ deletedRegion: { startLine: 4, startColumn: 7, endLine: 4, endColumn: 7 }, insertedContent: { text: "]" } }]);
  const carrier = run.results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === "carriers/a.carrier");
  assert.ok(carrier, "a finding in a carrier record, with its sub-folder");
});
