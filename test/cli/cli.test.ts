// vicidial-lint: exit codes, text and JSON output, usage errors, --max-warnings, and no secret leaks. The cases run
// in this process (runLint, what the bundle's main() runs); the first tests run the bundled dist/cli.js as a process
// and check it prints and exits exactly as the in-process run does.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CLI, folder, lint, lintProcess } from "./cli-helpers";

const TEXT_LINE = /^(.+):(\d+):(\d+) (error|warning|information|hint) ([a-z]+\/[a-z0-9-]+) (.+)$/;

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

function json(args: string[], cwd: string): { status: number | null; diagnostics: JsonDiagnostic[] } {
  const result = lint(["--format", "json", ...args], cwd);
  const parsed = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
  return { status: result.status, diagnostics: parsed.diagnostics };
}

const CLEAN_SIP = "[general]\ncontext=default\n\n[carrier_a]\ntype=peer\nhost=192.0.2.10\ncontext=trunkinbound\ndisallow=all\nallow=ulaw\n";
const BROKEN_SIP = "[general]\n[peer1\ntype=peer\n";

test("the bundled CLI exists (npm test builds it first)", () => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build`);
});

test("the bundled CLI as a process: the exit code, stdout and stderr of the in-process run", () => {
  const dir = folder({ "ok/sip.conf": CLEAN_SIP, "bad/sip.conf": BROKEN_SIP });
  const cases: [string[], number][] = [
    [["ok"], 0],
    [["bad"], 1],
    [["--format", "json", "bad"], 1],
    [["--frobnicate", "ok"], 2],
    [["no/such/dir"], 2],
    [["--help"], 0],
    [["--version"], 0],
  ];
  for (const [args, status] of cases) {
    const spawned = lintProcess(args, dir);
    assert.equal(spawned.status, status, `${args.join(" ")}: ${spawned.stderr}`);
    assert.deepEqual(spawned, lint(args, dir), args.join(" "));
  }
});

test("a folder without errors exits 0", () => {
  const dir = folder({ "sip.conf": CLEAN_SIP, "notes.txt": "[not a conf file\n" });
  const result = lint(["."], dir);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.ok(!result.stdout.split("\n").some((line) => TEXT_LINE.exec(line)?.[4] === "error"));
});

test("an error exits 1 and prints file:line:col severity code message", () => {
  const dir = folder({ "conf/sip.conf": BROKEN_SIP });
  const result = lint(["conf"], dir);
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stdout.split("\n").filter((l) => l.length > 0);
  assert.ok(lines.length > 0);
  for (const line of lines) assert.match(line, TEXT_LINE, `not a finding line: ${line}`);
  const unclosed = lines.map((l) => TEXT_LINE.exec(l)!).find((m) => m[5] === "syntax/unclosed-header");
  assert.ok(unclosed, result.stdout);
  assert.deepEqual(unclosed.slice(1, 5), [path.join("conf", "sip.conf"), "2", "1", "error"]);
  assert.match(result.stderr, /^1 error\(s\)/m);
});

test("JSON output: one object per finding with 1-based positions", () => {
  const dir = folder({ "sip.conf": BROKEN_SIP });
  const { status, diagnostics } = json(["sip.conf"], dir);
  assert.equal(status, 1);
  const finding = diagnostics.find((d) => d.code === "syntax/unclosed-header");
  assert.ok(finding);
  assert.deepEqual(Object.keys(finding).sort(), ["code", "column", "endColumn", "endLine", "file", "line", "message", "severity"]);
  assert.deepEqual(
    { file: finding.file, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, severity: finding.severity },
    { file: "sip.conf", line: 2, column: 1, endLine: 2, endColumn: 7, severity: "error" },
  );
  assert.ok(finding.message.length > 0);
});

test("JSON output for a clean folder has no errors", () => {
  const dir = folder({ "sip.conf": CLEAN_SIP });
  const { status, diagnostics } = json(["."], dir);
  assert.equal(status, 0);
  assert.ok(diagnostics.every((d) => d.severity !== "error"));
});

test("several paths form one workspace: an include found under another path resolves", () => {
  const peers = CLEAN_SIP.replace("[general]\ncontext=default\n", "");
  const dir = folder({ "conf/sip.conf": "[general]\ncontext=default\n#include sip-peers.conf\n", "more/sip-peers.conf": peers });
  const alone = json(["conf"], dir);
  assert.equal(alone.diagnostics.filter((d) => d.code === "syntax/missing-include").length, 1, JSON.stringify(alone.diagnostics));
  assert.equal(alone.status, 1);
  const together = json(["conf", "more"], dir);
  assert.equal(together.diagnostics.filter((d) => d.code === "syntax/missing-include").length, 0, JSON.stringify(together.diagnostics));
  assert.equal(together.status, 0, JSON.stringify(together.diagnostics));
});

test("a glob #include loads the files it matches on disk", () => {
  const dir = folder({
    "extensions.conf": "#include dialplan/sub/*.conf\n[t]\nexten => 1,1,Goto(sub-a,s,1)\nexten => 2,1,Goto(sub-b,s,1)\n",
    "dialplan/sub/a.conf": "[sub-a]\nexten => s,1,NoOp()\n",
    "dialplan/sub/b.conf": "[sub-b]\nexten => s,1,NoOp()\n",
  });
  const result = json(["extensions.conf"], dir);
  const codes = result.diagnostics.map((d) => d.code);
  assert.ok(!codes.includes("syntax/missing-include") && !codes.includes("dialplan/goto-target"), JSON.stringify(result.diagnostics));
});

test("each folder given is its own system: no second [general] across them, no include resolved by the other", () => {
  const dir = folder({
    "a/sip.conf": CLEAN_SIP + "#include trunks.conf\n",
    "b/sip.conf": CLEAN_SIP + "#include trunks.conf\n",
    "b/trunks.conf": "[carrier_b]\ntype=peer\nhost=192.0.2.20\ncontext=trunkinbound\n",
    // Folders with no main conf file: only being named on the command line keeps them apart.
    "one/c.carrier": "carrier_id: C1\nprotocol: SIP\nserver_ip: 0.0.0.0\n[[account_entry]]\n[trunk1]\ntype=peer\nhost=192.0.2.30\ncontext=trunkinbound\n",
    "two/c.carrier": "carrier_id: C2\nprotocol: SIP\nserver_ip: 0.0.0.0\n[[account_entry]]\n[trunk1]\ntype=peer\nhost=192.0.2.31\ncontext=trunkinbound\n",
  });
  const { diagnostics } = json(["a", "b", "one", "two"], dir);
  const codes = (file: string) => diagnostics.filter((d) => d.file === file).map((d) => d.code);
  assert.ok(!diagnostics.some((d) => d.code === "peer/duplicate-section"), JSON.stringify(diagnostics));
  assert.ok(codes(path.join("a", "sip.conf")).includes("syntax/missing-include"), JSON.stringify(diagnostics));
  assert.ok(!codes(path.join("b", "sip.conf")).includes("syntax/missing-include"), JSON.stringify(diagnostics));
});

test("usage errors exit 2 with a one-line message and nothing on stdout", () => {
  const dir = folder({ "sip.conf": CLEAN_SIP });
  for (const args of [["--frobnicate", "."], ["--format", "xml", "."], ["--format"], ["--max-warnings", "many", "."], ["--formatjson", "."], []]) {
    const result = lint(args, dir);
    assert.equal(result.status, 2, `${args.join(" ")}: ${result.stderr}`);
    assert.equal(result.stdout, "", args.join(" "));
    assert.equal(result.stderr.trimEnd().split("\n").length, 1, `${args.join(" ")}: ${result.stderr}`);
    assert.match(result.stderr, /^vicidial-lint: /);
  }
});

test("--help prints the usage and exits 0", () => {
  const result = lint(["--help"], os.tmpdir());
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^usage: vicidial-lint /);
});

test("a missing path exits 2 naming the path", () => {
  const dir = folder({ "sip.conf": CLEAN_SIP });
  const result = lint(["sip.conf", "no/such/dir"], dir);
  assert.equal(result.status, 2);
  assert.equal(result.stdout, "");
  assert.equal(result.stderr.trimEnd().split("\n").length, 1);
  assert.match(result.stderr, /no[/\\]such[/\\]dir: no such file or directory/);
});

test("--max-warnings N fails only when there are more than N warnings", () => {
  const dir = folder({ "sip.conf": "[general]\ncontext=default\nthis line has no equals sign\nneither has this one\n" });
  const { status, diagnostics } = json(["."], dir);
  assert.ok(diagnostics.every((d) => d.severity !== "error"), JSON.stringify(diagnostics));
  assert.equal(status, 0);
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  assert.ok(warnings >= 2, JSON.stringify(diagnostics));
  assert.equal(lint(["--max-warnings", String(warnings), "."], dir).status, 0);
  assert.equal(lint([`--max-warnings=${warnings - 1}`, "."], dir).status, 1);
  const tooMany = lint(["--format", "json", "--max-warnings", "0", "."], dir);
  assert.equal(tooMany.status, 1);
  assert.doesNotThrow(() => JSON.parse(tooMany.stdout), "JSON stays parseable when warnings exceed the limit");
  assert.match(tooMany.stderr, /--max-warnings/);
});

/** Distinct secrets, each placed where an operator would put one, in valid and broken lines alike. */
const SECRETS = {
  sipSecret: "Qx7sipSecret01",
  md5: "0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c",
  remote: "Qx7remoteSecret02",
  register: "Qx7registerPass03",
  registerGeneral: "Qx7registerPass04",
  iax: "Qx7iaxSecret05",
  pjsipPassword: "Qx7pjsipPass06",
  wizardPassword: "Qx7wizardPass07",
  templateSecret: "Qx7templateSecret08",
  brokenPeer: "Qx7brokenPeer09",
  badPort: "Qx7badPort10",
  inPeer: "Qx7registerInPeer11",
};

function secretWorkspace(): Record<string, string> {
  const s = SECRETS;
  return {
    "sip.conf": [
      "[general]",
      "context=default",
      `register => trunk_user:${s.registerGeneral}@192.0.2.10:5060`,
      `register => tls://other_user:${s.badPort}@192.0.2.11:99999`,
      "",
      "[carrier_a]",
      "type=peer",
      "host=192.0.2.10",
      `secret=${s.sipSecret}`,
      `md5secret=${s.md5}`,
      `remotesecret=${s.remote}`,
      `register => peer_user:${s.inPeer}@192.0.2.12`,
      "allow=ulaw",
      "disallow=all",
      "allow=nosuchcodec",
      "",
      "[carrier_b",
      "type=peer",
      `secret = ${s.brokenPeer}`,
      "",
    ].join("\n"),
    "iax.conf": `[general]\nregister => iax_user:${s.iax}@192.0.2.20\n\n[iax_peer]\ntype=friend\nhost=192.0.2.20\nsecret=${s.iax}\n`,
    "pjsip.conf": `[auth1]\ntype=auth\nauth_type=userpass\nusername=u1\npassword=${s.pjsipPassword}\n\n[auth1]\ntype=auth\npassword=${s.pjsipPassword}\n`,
    "carriers/a.carrier": [
      "carrier_id: LEAKTEST",
      "protocol: SIP",
      "server_ip: 0.0.0.0",
      "template_id: LEAKY",
      `registration_string: register => reg_user:${s.register}@192.0.2.30:70000`,
      "globals_string: LEAKTRUNK = SIP/leak_peer",
      "[[account_entry]]",
      "[leak_peer]",
      "type=peer",
      "host=192.0.2.30",
      `secret=${s.register}`,
      "",
    ].join("\n"),
    "carriers/wiz.carrier": [
      "carrier_id: WIZLEAK",
      "protocol: PJSIP_WIZ",
      "server_ip: 0.0.0.0",
      `registration_string: register => wiz:${s.wizardPassword}@192.0.2.40`,
      "[[account_entry]]",
      "[wiz_leak]",
      "type=wizard",
      "remote_hosts=192.0.2.40",
      `outbound_auth/password=${s.wizardPassword}`,
      "",
    ].join("\n"),
    "templates/leaky.conftemplate": `template_id: LEAKY\ntemplate_name: leaky\n[[template_contents]]\nsecret=${s.templateSecret}\nusername=shared\nallow=ulaw\n`,
  };
}

function assertNoSecret(output: string, what: string): void {
  for (const [name, value] of Object.entries(SECRETS)) {
    assert.ok(!output.includes(value), `${what} shows the ${name} secret:\n${output.split("\n").filter((l) => l.includes(value)).join("\n")}`);
  }
}

test("no secret value from the inputs appears in text or JSON output", () => {
  const dir = folder(secretWorkspace());
  for (const format of ["text", "json"]) {
    const result = lint(["--format", format, "."], dir);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    assertNoSecret(result.stdout + result.stderr, `--format ${format}`);
  }
});

test("no secret value appears when a secret line is malformed", () => {
  const dir = folder({
    "sip.conf": `[general]\ncontext=default\n\n[carrier_c]\ntype=peer\nsecret ${SECRETS.sipSecret}\n`,
    "b.carrier": `carrier_id: NOPREFIX\nprotocol: IAX2\nserver_ip: 0.0.0.0\nregistration_string: iax_user:${SECRETS.iax}@192.0.2.50\n`,
  });
  for (const format of ["text", "json"]) {
    const result = lint(["--format", format, "."], dir);
    assertNoSecret(result.stdout + result.stderr, `--format ${format}`);
  }
});

test("an unreadable file exits 2", { skip: process.getuid?.() === 0 ? "running as root: permissions are not enforced" : false }, () => {
  const dir = folder({ "sip.conf": CLEAN_SIP });
  fs.chmodSync(path.join(dir, "sip.conf"), 0o000);
  const result = lint(["sip.conf"], dir);
  assert.equal(result.status, 2);
  assert.equal(result.stderr.trimEnd().split("\n").length, 1);
});
