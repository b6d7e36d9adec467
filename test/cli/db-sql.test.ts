// `vicidial-lint db --sql`, `db pull/diff/push` from a dump and `render`, without a database server: the dump in
// test/fixtures/db/mariadb-dump.sql was written by mariadb-dump from the fixture rows (schema.sql, carriers.sql).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT, lint, lintDb, type Run } from "./cli-helpers";

const DUMP = "test/fixtures/db/mariadb-dump.sql";
const SECRETS = ["IaxS3cret", "SipS3cret", "Bad5ecret"];

const temps: string[] = [];
after(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-db-sql-"));
  temps.push(dir);
  return dir;
}

/** `vicidial-lint ARGS` from the project root, in this process, with no environment variable set. */
function cli(args: string[]): Promise<Run> {
  return args[0] === "db" ? lintDb(args.slice(1), ROOT) : Promise.resolve(lint(args, ROOT));
}

test("db --sql lints the dump's carriers and templates: carrier, field and line in each finding", async () => {
  const { status, stdout, stderr } = await cli(["db", "--sql", DUMP]);
  assert.equal(status, 1, stderr);
  assert.match(stdout, /^carrier BADCARRIER field account_entry line 4 warning peer\/unknown-option Unknown option 'secert'/m);
  assert.match(stdout, /^carrier OFFCARRIER field active line 1 information carrier\/never-written /m);
  assert.match(stdout, /^template ODD_TMPL field template_contents line 1 warning peer\/wrong-driver-option /m);
  assert.match(stderr, /^7 carrier\(s\), 4 template\(s\) from mariadb-dump\.sql: 1 error\(s\)/);
  for (const line of stdout.trim().split("\n")) assert.match(line, /^(carrier|template) \S+ field [a-z_]+ line \d+ (error|warning|information|hint) [a-z]+\/[a-z0-9-]+ /);
  for (const secret of SECRETS) assert.ok(!stdout.includes(secret) && !stderr.includes(secret), `secret ${secret} printed`);
});

test("db --sql --format json gives the record, field and line of each finding", async () => {
  const { stdout } = await cli(["db", "--sql", DUMP, "--format", "json"]);
  const parsed = JSON.parse(stdout) as { source: string; diagnostics: { record?: { kind: string; id: string; field: string; line: number }; code: string }[] };
  assert.equal(parsed.source, "mariadb-dump.sql");
  const found = parsed.diagnostics.find((d) => d.code === "peer/unknown-option");
  assert.deepEqual(found?.record, { kind: "carrier", id: "BADCARRIER", field: "account_entry", line: 4 });
});

test("db pull writes one file per row; diff against the same dump finds nothing; an edit shows up in diff and push", async () => {
  const dir = tempDir();
  const pulled = await cli(["db", "pull", "--sql", DUMP, "--out", dir]);
  assert.equal(pulled.status, 0, pulled.stderr);
  assert.deepEqual(fs.readdirSync(dir).sort(), [
    "BADCARRIER.carrier", "EMPTY_TMPL.conftemplate", "IAXCARRIER.carrier", "ODD_TMPL.conftemplate", "OFFCARRIER.carrier", "OTHERSERVER.carrier",
    "PJSIPCARRIER.carrier", "SIPCARRIER.carrier", "SIP_generic.conftemplate", "TRUNK_CRLF.conftemplate", "WIZCARRIER.carrier",
  ]);
  const crlf = fs.readFileSync(path.join(dir, "TRUNK_CRLF.conftemplate"), "utf8");
  assert.match(crlf, /\[\[template_contents\]\]\ndisallow=all\r\nallow=ulaw\r\nallow=alaw\r\n\n\[\[end\]\]\n$/);
  assert.match(fs.readFileSync(path.join(dir, "SIPCARRIER.carrier"), "utf8"), /^registration_string \(quoted\): " register => sipuser:SipS3cret@192\.0\.2\.7:5060 "$/m);
  assert.equal((await cli(["db", "diff", dir, "--sql", DUMP])).stdout, "");
  assert.equal((await cli(["db", "diff", dir, "--sql", DUMP])).status, 0);

  const file = path.join(dir, "WIZCARRIER.carrier");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("carrier_name: Wizard provider", "carrier_name: Wizard – ☎"));
  const diff = await cli(["db", "diff", dir, "--sql", DUMP]);
  assert.equal(diff.status, 1);
  assert.equal(diff.stdout, "carrier WIZCARRIER field carrier_name differs\n  - database line 1: Wizard provider\n  + file     line 1: Wizard – ☎\n");
  const bad = path.join(dir, "BADCARRIER.carrier");
  fs.writeFileSync(bad, fs.readFileSync(bad, "utf8").replace("secert=Bad5ecret", "secret=Bad5ecret"));
  const typo = await cli(["db", "diff", dir, "--sql", DUMP]);
  assert.match(typo.stdout, /^carrier BADCARRIER field account_entry differs\n {2}- database line 4: secert=\*\*\*\*\n {2}\+ file {5}line 4: secret=\*\*\*\*\n/m);
  assert.ok(!typo.stdout.includes("Bad5ecret"), "the value of a misspelt secret key was printed");
  fs.writeFileSync(bad, fs.readFileSync(bad, "utf8").replace("secret=Bad5ecret", "secert=Bad5ecret"));
  const push = await cli(["db", "push", "--sql", dir, "--against", DUMP]);
  assert.equal(push.stdout, "SET NAMES utf8mb4;\nUPDATE `vicidial_server_carriers` SET `carrier_name`='Wizard – ☎' WHERE `carrier_id`='WIZCARRIER';\n");
});

test("render --server prints the five files with the server's active carriers in VICIdial's order", async () => {
  const dir = tempDir();
  await cli(["db", "pull", "--sql", DUMP, "--out", dir]);
  const { status, stdout } = await cli(["render", "--server", "10.10.10.15", dir]);
  assert.equal(status, 0);
  const headers = [...stdout.matchAll(/^==> (.+) <==$/gm)].map((m) => m[1]);
  assert.deepEqual(headers, ["sip-vicidial.conf", "iax-vicidial.conf", "pjsip-vicidial.conf", "pjsip_wizard-vicidial.conf", "extensions-vicidial.conf"]);
  const carriersInExtensions = [...stdout.slice(stdout.indexOf("==> extensions-vicidial.conf")).matchAll(/^; VICIDIAL Carrier: (\S+)/gm)].map((m) => m[1]);
  assert.deepEqual(carriersInExtensions, ["IAXCARRIER", "SIPCARRIER", "WIZCARRIER", "PJSIPCARRIER"]);
  const sip = (await cli(["render", "--server", "10.10.10.15", "--file", "sip-vicidial.conf", dir])).stdout;
  assert.equal(
    sip,
    [
      "; WARNING- THIS FILE IS AUTO-GENERATED BY VICIDIAL, ANY EDITS YOU MAKE WILL BE LOST",
      " register => sipuser:****@192.0.2.7:5060 ",
      "",
      "; VICIDIAL Carrier: SIPCARRIER - O'Brien's SIP",
      '; Back\\slash and "double" quotes',
      "[siptrunk]", "type=peer", "host=192.0.2.7", "fromuser=a\\b", "secret=****", "context=trunkinbound", "disallow=all", "allow=ulaw",
      "type=friend", "host=dynamic", "canreinvite=no", "context=default",
      "",
      "; (not shown here: the SIP phones of this server)",
      "",
      "; END OF FILE",
      "",
    ].join("\n"),
  );
  const exact = (await cli(["render", "--server", "10.10.10.15", "--file", "sip-vicidial.conf", "--show-secrets", dir])).stdout;
  assert.match(exact, /^secret=SipS3cret$/m);
  const other = (await cli(["render", "--server", "10.10.10.16", "--file", "sip-vicidial.conf", dir])).stdout;
  assert.match(other, /^secert=\*\*\*\*$/m, "a misspelt secret key is masked too");
  const wizard = (await cli(["render", "--server", "10.10.10.15", "--file", "pjsip_wizard-vicidial.conf", dir])).stdout;
  assert.match(wizard, /aor\/qualify_frequency=30\nqualify=yes\n\[\[end\]\]\nsetvar=NOTE=a\\b "quoted"\n/);
});

test("db render previews the generated files straight from the dump, the same as render on the pulled files", async () => {
  const dir = tempDir();
  await cli(["db", "pull", "--sql", DUMP, "--out", dir]);
  for (const file of ["sip-vicidial.conf", "extensions-vicidial.conf", "pjsip_wizard-vicidial.conf"]) {
    const direct = await cli(["db", "render", "--server", "10.10.10.16", "--sql", DUMP, "--file", file]);
    assert.equal(direct.status, 0, direct.stderr);
    assert.equal(direct.stdout, (await cli(["render", "--server", "10.10.10.16", "--file", file, dir])).stdout, file);
  }
  const sip = (await cli(["db", "render", "--server", "10.10.10.16", "--sql", DUMP, "--file", "sip-vicidial.conf"])).stdout;
  assert.match(sip, /^; VICIDIAL Carrier: BADCARRIER - Carrier with mistakes\n\[badtrunk\]\n/m);
  assert.ok(!sip.includes("Bad5ecret"));
  assert.match((await cli(["db", "render", "--sql", DUMP])).stderr, /db render needs --server IP/);
});

test("bad input: exit 2, one line on stderr, nothing on stdout", async () => {
  const dir = tempDir();
  const truncated = path.join(dir, "cut.sql");
  const dump = fs.readFileSync(path.join(ROOT, DUMP), "utf8");
  fs.writeFileSync(truncated, dump.slice(0, dump.indexOf("'SIPCARRIER'") + 40));
  const noTable = path.join(dir, "other.sql");
  fs.writeFileSync(noTable, "CREATE TABLE phones (extension VARCHAR(100));\n");
  const cases: [string[], RegExp][] = [
    [["db", "--sql", truncated], /cut\.sql: line \d+: the dump ends inside a quoted string \(is it truncated\?\)/],
    [["db", "--sql", noTable], /other\.sql: the dump has no table vicidial_server_carriers/],
    [["db", "--sql", path.join(dir, "missing.sql")], /missing\.sql: cannot read the file/],
    [["db"], /no source: give --sql DUMP or --mysql URL/],
    [["db", "pull", "--sql", DUMP], /db pull needs --out DIR/],
    [["db", "push", dir], /db push only prints SQL: add --sql/],
    [["db", "--sql", DUMP, "--mysql", "mysql://u@h/asterisk"], /give one source/],
    [["db", "--mysql", "http://u@h/x"], /--mysql expects mysql:\/\/USER@HOST/],
    [["render", dir], /--server needs the server's IP address/],
    [["render", "--server", "10.0.0.1", "--file", "x.conf", dir], /--file is one of/],
  ];
  for (const [args, message] of cases) {
    const { status, stdout, stderr } = await cli(args);
    assert.equal(status, 2, `${args.join(" ")}: ${stderr}`);
    assert.equal(stdout, "", args.join(" "));
    assert.match(stderr, message);
    assert.equal(stderr.trim().split("\n").length, 1);
  }
});
