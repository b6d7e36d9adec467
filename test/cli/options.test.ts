// vicidial-lint's command line: --version, --help, --quiet / --severity, and exit code 2 with a message when there is
// nothing to check, a named file's kind cannot be told from its name, or a file is not text.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { CLI, ROOT, codesOf, folder, lint } from "./cli-helpers";

const CLEAN_SIP = "[general]\nallowguest=no\ncontext=default\n\n[carrier_a]\ntype=peer\nhost=192.0.2.10\ncontext=trunkinbound\ndisallow=all\nallow=ulaw\n";
/** One error (unclosed header), one warning (no '='), one information (#exec). */
const MIXED_SIP = "[general]\nallowguest=no\ncontext=default\nno equals sign here\n#exec /bin/true\n[peer1\ntype=peer\n";

test("--version prints the package version and exits 0", () => {
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  for (const flag of ["--version", "-v"]) {
    const result = lint([flag], ROOT);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${version}\n`);
    assert.equal(result.stderr, "");
  }
});

test("--help names every subcommand, every option and the exit codes", () => {
  const result = lint(["--help"], ROOT);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^usage: vicidial-lint /);
  assert.match(result.stdout, /^ {7}vicidial-lint route NUMBER PATH\.\.\./m);
  assert.match(result.stdout, /^ {2}route +\S/m);
  for (const option of ["--format text|json|sarif", "--max-warnings", "--quiet", "--severity", "--fix", "--config", "--version"]) {
    assert.ok(result.stdout.includes(option), `--help lacks ${option}`);
  }
  assert.match(result.stdout, /vicidial-lint-disable-next-line/);
  assert.match(result.stdout, /Exit codes: 0 .* 1 .*\n2 /);
  // The same help wherever --help stands; a subcommand's own --help is its usage line.
  assert.equal(lint(["--quiet", "--help", "."], ROOT).stdout, result.stdout);
  assert.match(lint(["route", "--help"], ROOT).stdout, /^usage: vicidial-lint route /);
});

test("an empty folder exits 2 and says nothing was checked", () => {
  const dir = folder({ "README.txt": "nothing to lint here\n" });
  const result = lint(["."], dir);
  assert.equal(result.status, 2);
  assert.equal(result.stdout, "");
  assert.match(result.stderr, /^vicidial-lint: \.: no file to check \(looked for sip\*\.conf/m);
});

test("one PATH with nothing to check fails the run even when another has files", () => {
  const dir = folder({ "conf/sip.conf": CLEAN_SIP, "typo/notes.txt": "x\n" });
  assert.equal(lint(["conf"], dir).status, 0);
  const result = lint(["conf", "typo"], dir);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /typo: no file to check/);
});

test("a named file whose name says nothing exits 2 and says how to name it; nothing is linted as a guess", () => {
  const dir = folder({ "trunks.conf": "[general\ncontext=default\n" });
  const result = lint(["trunks.conf"], dir);
  assert.equal(result.status, 2);
  assert.equal(result.stdout, "");
  assert.equal(result.stderr.trimEnd().split("\n").length, 1);
  assert.match(result.stderr, /trunks\.conf: the name does not say what the file holds/);
  assert.match(result.stderr, /"fileAssociations": \{"trunks\.conf": "sip"\}/);
});

test("the same file is checked when a .vicidial-lint.json names its kind", () => {
  const dir = folder({ "trunks.conf": "[general\ncontext=default\n", ".vicidial-lint.json": '{"fileAssociations": {"trunks*.conf": "sip"}}' });
  const result = lint(["trunks.conf"], dir);
  assert.equal(result.status, 1, result.stderr);
  assert.ok(codesOf(result.stdout).includes("syntax/unclosed-header"), result.stdout);
});

test("a named file another named file #includes is checked as part of it", () => {
  const dir = folder({ "sip.conf": "[general]\nallowguest=no\ncontext=default\n#include trunks.conf\n", "trunks.conf": "[t1\ntype=peer\n" });
  const result = lint(["sip.conf", "trunks.conf"], dir);
  assert.equal(result.status, 1, result.stderr);
  assert.ok(codesOf(result.stdout).includes("syntax/unclosed-header"), result.stdout);
});

test("a binary file named sip.conf is reported in one line, never echoed, and exits 2", () => {
  const bytes = Buffer.concat([Buffer.from("[general]\n\x1b[31mRED\x1b[0m"), Buffer.from([0, 0, 0x7f, 0x45, 0x4c, 0x46, 0xff, 0xfe]), Buffer.from("\nsecret=Qx7binarySecret\n")]);
  const dir = folder({ "sip.conf": bytes, "iax.conf": "[general]\nbindport=4569\n" });
  for (const args of [["sip.conf"], ["."], ["--format", "json", "."]]) {
    const result = lint(args, dir);
    assert.equal(result.status, 2, `${args.join(" ")}: ${result.stderr}`);
    const output = result.stdout + result.stderr;
    assert.ok(!output.includes("\x1b"), `${args.join(" ")} echoes raw bytes: ${JSON.stringify(output)}`);
    assert.ok(!output.includes("RED") && !output.includes("Qx7binarySecret"), output);
    const notes = result.stderr.split("\n").filter((l) => l.includes("sip.conf"));
    assert.deepEqual(notes, ["vicidial-lint: sip.conf: not a text file (it holds NUL bytes); skipped"]);
  }
});

test("a file that is mostly not UTF-8 is not text either; a Latin-1 comment is", () => {
  const garbage = Buffer.alloc(400);
  for (let i = 0; i < garbage.length; i++) garbage[i] = 0x80 + ((i * 37) % 0x7f);
  const latin1 = Buffer.concat([Buffer.from("[general]\nallowguest=no\ncontext=default\n; caf"), Buffer.from([0xe9]), Buffer.from(" du coin\n")]);
  const dir = folder({ "sip.conf": Buffer.concat([Buffer.from("[general]\n"), garbage]), "iax.conf": latin1 });
  const binary = lint(["sip.conf"], dir);
  assert.equal(binary.status, 2);
  assert.match(binary.stderr, /sip\.conf: not a text file \(\d+% of it is not UTF-8 text\); skipped/);
  assert.equal(lint(["iax.conf"], dir).status, 0);
});

test("--quiet shows errors only; --severity LEVEL shows LEVEL and worse", () => {
  const dir = folder({ "sip.conf": MIXED_SIP });
  const all = codesOf(lint(["."], dir).stdout);
  for (const code of ["syntax/unclosed-header", "syntax/missing-equals", "syntax/missing-include"]) assert.ok(all.includes(code), all.join());
  const severities = (args: string[]) =>
    new Set(lint([...args, "--format", "json", "."], dir).stdout && (JSON.parse(lint([...args, "--format", "json", "."], dir).stdout) as { diagnostics: { severity: string }[] }).diagnostics.map((d) => d.severity));
  assert.deepEqual(severities([]), new Set(["error", "warning", "information"]));
  assert.deepEqual(severities(["--quiet"]), new Set(["error"]));
  assert.deepEqual(severities(["--severity", "error"]), new Set(["error"]));
  assert.deepEqual(severities(["--severity=warning"]), new Set(["error", "warning"]));
  const quiet = lint(["--quiet", "."], dir);
  assert.equal(quiet.status, 1, "errors still fail the run");
  assert.match(quiet.stderr, /^1 error\(s\), 0 warning\(s\), 0 note\(s\)$/m);
  const bad = lint(["--severity", "loud", "."], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown severity 'loud'/);
});

test("--quiet drops warnings from the --max-warnings count (only what is shown counts)", () => {
  const dir = folder({ "sip.conf": "[general]\nallowguest=no\ncontext=default\nno equals sign here\n" });
  assert.equal(lint(["--max-warnings", "0", "."], dir).status, 1);
  assert.equal(lint(["--max-warnings", "0", "--quiet", "."], dir).status, 0);
});

test("settings file: severities from .vicidial-lint.json, package.json's vicidialLint, --config and --no-config", () => {
  const sip = { "sip.conf": "[general]\nallowguest=no\ncontext=default\nno equals sign here\n" };
  const off = '{"severity": {"syntax/missing-equals": "off"}}';
  const asError = { severity: { "syntax/missing-equals": "error" } };
  assert.deepEqual(codesOf(lint(["."], folder(sip)).stdout), ["syntax/missing-equals"]);
  const own = folder({ ...sip, ".vicidial-lint.json": off });
  assert.deepEqual(codesOf(lint(["."], own).stdout), []);
  assert.deepEqual(codesOf(lint(["--no-config", "."], own).stdout), ["syntax/missing-equals"]);
  // Found in a parent folder too.
  fs.mkdirSync(path.join(own, "sub"));
  fs.writeFileSync(path.join(own, "sub", "sip.conf"), sip["sip.conf"]);
  assert.deepEqual(codesOf(lint(["."], path.join(own, "sub")).stdout), []);
  const pkg = folder({ ...sip, "package.json": JSON.stringify({ name: "x", vicidialLint: asError }) });
  const fromPackage = lint(["."], pkg);
  assert.equal(fromPackage.status, 1);
  assert.match(fromPackage.stdout, / error syntax\/missing-equals /);
  const other = folder({ ...sip, "ci.json": JSON.stringify(asError) });
  assert.equal(lint(["--config", "ci.json", "."], other).status, 1);
});

test("a malformed settings file exits 2 naming the file and the problem", () => {
  const cases: [string, RegExp][] = [
    ["{not json", /\.vicidial-lint\.json: not valid JSON/],
    ['{"severity": {"syntax/missing-equals": "loud"}}', /severity: 'syntax\/missing-equals' must be one of error, warning/],
    ['{"asteriskVersion": 13}', /asteriskVersion must be 16, 18, 20 or 22/],
    ['{"severities": {}}', /unknown key 'severities'/],
  ];
  for (const [text, expected] of cases) {
    const dir = folder({ "sip.conf": CLEAN_SIP, ".vicidial-lint.json": text });
    const result = lint(["."], dir);
    assert.equal(result.status, 2, text);
    assert.equal(result.stdout, "");
    assert.match(result.stderr, expected);
  }
  assert.match(lint(["--config", "nope.json", "."], folder({ "sip.conf": CLEAN_SIP })).stderr, /nope\.json: no such file/);
});

test("the CLI bundle is the file package.json's bin points at", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
  assert.equal(path.resolve(ROOT, pkg.bin["vicidial-lint"]), CLI);
});
