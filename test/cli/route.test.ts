// `vicidial-lint route`: text and JSON output for the primary and failover channels of a multi-carrier
// workspace, the context option, usage errors, and the repository's examples/ when present.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, lint } from "./cli-helpers";

const FIXTURE = "test/fixtures/route";

/** `vicidial-lint ARGS` from the project root, in this process. */
const run = (args: string[]) => lint(args, ROOT);

interface JsonRoute {
  number: string;
  context: string;
  matched: { file: string; line: number; extension: string; context: string; carrierId?: string } | null;
  steps: { priority: number; application: string; resolved: string }[];
  dials: { role: string; channels: string[]; priority: number; file: string; line: number }[];
  channels: string[];
  warnings: string[];
}

test("text output: the sample carrier's number goes to SIP/testcarrier/9995551234", () => {
  const { status, stdout, stderr } = run(["route", "919995551234", FIXTURE]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /matches _91999NXXXXXX in \[vicidial-auto-external\] \(test\/fixtures\/route\/carriers\/testcarrier\.carrier:23, carrier OLD_SIPEXAMPLE\)/);
  assert.match(stdout, /^\s+2 Dial\(SIP\/testcarrier\/9995551234,\$\{CAMPDTO\},To\)$/m);
  assert.match(stdout, /^\s+primary\s+SIP\/testcarrier\/9995551234\s/m);
});

test("JSON output lists the primary and the failover channel", () => {
  const { status, stdout, stderr } = run(["route", "912025550143", FIXTURE, "--format", "json"]);
  assert.equal(status, 0, stderr);
  const result = JSON.parse(stdout) as JsonRoute;
  assert.equal(result.matched?.extension, "_91NXXNXXXXXX");
  assert.equal(result.matched?.file, "test/fixtures/route/carriers/primary.carrier");
  assert.deepEqual(result.channels, ["SIP/primary_peer/12025550143", "IAX2/backup_iax/12025550143"]);
  assert.deepEqual(result.dials.map((d) => d.role), ["primary", "failover"]);
  assert.deepEqual(result.steps.map((s) => s.application), ["AGI", "Dial", "Dial", "Hangup"]);
});

test("--context picks the starting context; text shows the GotoIf failover", () => {
  const { status, stdout } = run(["route", "82025550143", FIXTURE, "--context=failover-test"]);
  assert.equal(status, 0);
  assert.match(stdout, /primary\s+SIP\/primary_peer\/2025550143/);
  assert.match(stdout, /failover\s+IAX2\/backup_iax\/2025550143\s+\(.*when the GotoIf at priority 2 is true\)/);
});

test("no match exits 1; usage errors exit 2", () => {
  const none = run(["route", "5551234", FIXTURE, "--format", "json"]);
  assert.equal(none.status, 1);
  assert.equal((JSON.parse(none.stdout) as JsonRoute).matched, null);
  assert.equal(run(["route"]).status, 2);
  assert.equal(run(["route", "919995551234"]).status, 2);
  assert.equal(run(["route", "919995551234", FIXTURE, "--format", "xml"]).status, 2);
  assert.match(run(["route", "--help"]).stdout, /usage: vicidial-lint route NUMBER PATH/);
  assert.equal(run(["route", "919995551234", "no/such/dir"]).status, 2);
});

test("the examples/ failover carriers route like their comments say", (t) => {
  const examples = path.join(ROOT, "examples");
  if (!fs.existsSync(path.join(examples, "carriers"))) {
    t.skip("no examples/carriers folder");
    return;
  }
  const sample = JSON.parse(run(["route", "919995551234", "examples", "--format", "json"]).stdout) as JsonRoute;
  assert.deepEqual(sample.channels.slice(0, 1), ["SIP/testcarrier/9995551234"]);
  const failover = JSON.parse(run(["route", "912025550143", "examples", "--format", "json"]).stdout) as JsonRoute;
  assert.ok(failover.matched, JSON.stringify(failover.warnings));
  assert.equal(failover.dials[0].role, "primary");
  assert.ok(failover.dials.length >= 2, `expected a failover Dial: ${JSON.stringify(failover.channels)}`);
  assert.equal(failover.dials[1].role, "failover");
  for (const channel of failover.channels) assert.doesNotMatch(channel, /\$\{/, `unresolved variable in ${channel}`);
});
