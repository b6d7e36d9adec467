// `vicidial-lint audit`: the entry points that need no password, what each reaches, the carriers, and the security
// findings, in text and JSON, from the CLI; and usage errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ROOT, lint } from "./cli-helpers";

const FIXTURE = "test/fixtures/audit";

/** `vicidial-lint ARGS` from the project root, in this process. */
const run = (args: string[]) => lint(args, ROOT);

test("text output lists each way in, where it leads, the carriers and the findings; exit 1 on a security error", () => {
  const { status, stdout, stderr } = run(["audit", FIXTURE]);
  assert.equal(status, 1, stderr);
  assert.match(stdout, /^Entry points that need no password: 4$/m);
  assert.match(stdout, /^ {2}chan_sip guests .*\(test\/fixtures\/audit\/sip\.conf:3\)$/m);
  assert.match(stdout, /^ {2}IAX2 user \[guest\]/m);
  assert.match(stdout, /^ {2}PJSIP endpoint \[anonymous\]/m);
  assert.match(stdout, /^ {2}chan_sip peer \[agent7\] \(host=dynamic, no secret; chan_sip ignores its password=\)/m);
  assert.match(stdout, /^ {6}reaches: \[public\] \[outbound\]$/m);
  assert.match(stdout, /^ {6}CARRIER DIAL: SIP\/acme\/\$\{EXTEN:1\} -> acme {2}\(test\/fixtures\/audit\/extensions\.conf:13, _91NXXNXXXXXX in \[outbound\]\)$/m);
  assert.match(stdout, /^ {2}SIP\/zeta: VICIdial carrier ZETA/m);
  assert.match(stdout, /^ {2}acme -> \[trunkinbound\]$/m);
  assert.match(stdout, /^ {2}test\/fixtures\/audit\/sip\.conf:3:1 error security\/unauthenticated-carrier-path Toll-fraud path/m);
  assert.match(stdout, /security\/alwaysauthreject-off/);
  assert.doesNotMatch(stdout, / (syntax|peer|dialplan|auth)\//, "only security findings are listed");
});

interface AuditJson {
  entryPoints: { kind: string; file: string; line: number; contexts: { context: string; reaches: string[]; carrierDials: { dial: string; carriers: string[]; line: number }[] }[] }[];
  carriers: { name: string; tech: string; why: string }[];
  inbound: { carrier: string; context: string; carrierDials: unknown[] }[];
  unknown: string[];
  findings: { code: string; severity: string; line: number; file: string }[];
}

test("JSON output has the same facts as data", () => {
  const { status, stdout, stderr } = run(["audit", "--format", "json", FIXTURE]);
  assert.equal(status, 1, stderr);
  const report = JSON.parse(stdout) as AuditJson;
  assert.deepEqual(report.entryPoints.map((e) => e.kind).sort(), ["iax-user", "pjsip-anonymous", "sip-guest", "sip-secretless"]);
  for (const entry of report.entryPoints) {
    assert.deepEqual(entry.contexts.map((c) => c.context), ["public"]);
    assert.deepEqual(entry.contexts[0].carrierDials.map((d) => [d.dial, d.carriers, d.line]), [["SIP/acme/${EXTEN:1}", ["acme"], 13]]);
  }
  assert.deepEqual(report.carriers.map((c) => c.name).sort(), ["acme", "zeta"]);
  assert.deepEqual(report.inbound.map((i) => [i.carrier, i.context, i.carrierDials.length]), [["acme", "trunkinbound", 0], ["zeta", "trunkinbound", 0]]);
  assert.equal(report.findings.filter((f) => f.code === "security/unauthenticated-carrier-path").length, 4);
  assert.ok(report.findings.some((f) => f.code === "security/shared-secret"));
});

test("a workspace with no way in exits 0; usage errors exit 2", () => {
  const clean = run(["audit", "examples/asterisk/sip.conf", "examples/asterisk/extensions.conf"]);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /^Entry points that need no password: 0$/m);
  assert.equal(run(["audit"]).status, 2);
  assert.equal(run(["audit", "--format", "xml", FIXTURE]).status, 2);
  assert.equal(run(["audit", "no/such/dir"]).status, 2);
});
