// `vicidial-lint db` against a real MariaDB (started by db-server.ts in a scratch directory): lint, pull, diff,
// push --sql, the database -> files -> UPDATE -> database round trip, the read-only session, dumps made by
// mariadb-dump, and the errors (unreachable server, wrong password, missing table). The password never shows.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { DB_PASSWORD, mariadbUnavailable, startTestDatabase, type TestDatabase } from "./db-server";
import { CLI, ROOT, lint, lintDb, lintProcess } from "./cli-helpers";

const skip = mariadbUnavailable();

// One server for every test here, started as this file loads: it comes up while the other CLI tests run (they share
// one process), and each test below waits for it with `await ready()`.
const starting = skip ? undefined : startTestDatabase();
starting?.catch(() => {}); // a failed start is reported by the first test that waits for it
let db: TestDatabase;
async function ready(): Promise<void> {
  db = await starting!;
}
const temps: string[] = [];

after(async () => {
  const started = await starting?.catch(() => undefined);
  if (started) await started.stop();
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-db-live-"));
  temps.push(dir);
  return dir;
}

/** `vicidial-lint ARGS` from the project root, in this process, seeing only the environment variables in `env`. */
async function cli(args: string[], env: Record<string, string | undefined> = { VICIDIAL_DB_PASSWORD: DB_PASSWORD }) {
  const out = args[0] === "db" ? await lintDb(args.slice(1), ROOT, env) : lint(args, ROOT);
  assert.ok(!out.stdout.includes(DB_PASSWORD) && !out.stderr.includes(DB_PASSWORD), "the database password was printed");
  return out;
}

/** Every field of every row as hex (NULL stays NULL), to compare bytes. */
function snapshot(): string {
  return db.sql(
    "SELECT carrier_id, HEX(carrier_name), HEX(registration_string), HEX(template_id), HEX(account_entry), HEX(protocol), HEX(globals_string), " +
      "HEX(dialplan_entry), HEX(server_ip), HEX(active), HEX(carrier_description), HEX(user_group) FROM vicidial_server_carriers ORDER BY carrier_id;\n" +
      "SELECT template_id, HEX(template_name), HEX(template_contents), HEX(user_group) FROM vicidial_conf_templates ORDER BY template_id;",
    "asterisk",
  );
}

const SECRETS = ["IaxS3cret", "SipS3cret", "Bad5ecret"];

test("db --mysql lints every carrier and template, naming carrier, field and line", { skip }, async () => {
  await ready();
  const { status, stdout, stderr } = await cli(["db", "--mysql", db.url]);
  assert.equal(status, 1, stderr);
  assert.match(stdout, /^carrier BADCARRIER field account_entry line 4 warning peer\/unknown-option .*'secert'/m);
  assert.match(stdout, /^carrier SIPCARRIER field globals_string line 1 error carrier\/globals-format /m);
  assert.match(stdout, /^template SIP_generic field template_contents line 3 information peer\/deprecated /m);
  assert.match(stderr, /7 carrier\(s\), 4 template\(s\) from 127\.0\.0\.1\/asterisk/);
  for (const secret of SECRETS) assert.ok(!stdout.includes(secret), `secret ${secret} printed`);
});

test("db --mysql lints the records together with conf files given on the command line", { skip }, async () => {
  await ready();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "extensions.conf"), "[globals]\n#include extensions-vicidial.conf\n[default]\nexten => _X.,1,Dial(${OTHERTRUNK}/${EXTEN})\n");
  const { stdout } = await cli(["db", "--mysql", db.url, dir]);
  assert.doesNotMatch(stdout, /OTHERSERVER field globals_string line 1 hint globals\/unused-global/);
  const alone = (await cli(["db", "--mysql", db.url])).stdout;
  assert.match(alone, /OTHERSERVER field globals_string line 1 hint globals\/unused-global/);
});

test("db --sql on a mariadb-dump of the database reports exactly what db --mysql reports", { skip }, async () => {
  await ready();
  const live = await cli(["db", "--mysql", db.url, "--format", "json"]);
  for (const options of [[], ["--skip-extended-insert"], ["--complete-insert"], ["--hex-blob"]]) {
    const file = path.join(tempDir(), "dump.sql");
    fs.writeFileSync(file, db.dump(options));
    const fromDump = await cli(["db", "--sql", file, "--format", "json"]);
    assert.equal(fromDump.status, live.status, fromDump.stderr);
    assert.deepEqual(JSON.parse(fromDump.stdout).diagnostics, JSON.parse(live.stdout).diagnostics, `dump made with ${options.join(" ")}`);
  }
});

test("round trip: database -> pull -> push --sql -> database leaves every field byte-identical", { skip }, async () => {
  await ready();
  const original = snapshot();
  const dir = tempDir();
  const pulled = await cli(["db", "pull", "--mysql", db.url, "--out", dir]);
  assert.equal(pulled.status, 0, pulled.stderr);
  assert.equal(fs.readdirSync(dir).length, 11);
  const { status, stdout } = await cli(["db", "push", "--sql", dir]);
  assert.equal(status, 0);
  // Overwrite every field that has a value (NULLs stay NULL: the files leave them out), so that only the printed
  // statements can bring the values back.
  const scramble = (columns: string[], value: (c: string) => string) => columns.map((c) => `${c}=IF(${c} IS NULL, NULL, ${value(c)})`).join(", ");
  const carrierColumns = ["carrier_name", "registration_string", "template_id", "account_entry", "protocol", "globals_string", "dialplan_entry", "server_ip", "active", "carrier_description", "user_group"];
  const enumValue = (c: string) => (c === "protocol" ? "'EXTERNAL'" : c === "active" ? "'N'" : "'x'");
  db.sql(
    `UPDATE vicidial_server_carriers SET ${scramble(carrierColumns, enumValue)};\n` +
      `UPDATE vicidial_conf_templates SET ${scramble(["template_name", "template_contents", "user_group"], () => "'x'")};`,
    "asterisk",
  );
  assert.notEqual(snapshot(), original);
  db.sql(stdout, "asterisk");
  assert.equal(snapshot(), original);
});

test("db diff: nothing after a pull; an edited file shows the field and line, secrets masked; push --sql --mysql prints only that field", { skip }, async () => {
  await ready();
  const dir = tempDir();
  await cli(["db", "pull", "--mysql", db.url, "--out", dir]);
  const clean = await cli(["db", "diff", dir, "--mysql", db.url]);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.equal(clean.stdout, "");
  const file = path.join(dir, "IAXCARRIER.carrier");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("secret=IaxS3cret", "secret=NewS3cret").replace("host=192.0.2.5", "host=192.0.2.55"));
  fs.unlinkSync(path.join(dir, "OFFCARRIER.carrier"));
  const changed = await cli(["db", "diff", dir, "--mysql", db.url]);
  assert.equal(changed.status, 1);
  assert.match(changed.stdout, /^carrier IAXCARRIER field account_entry differs$/m);
  assert.match(changed.stdout, /^ {2}- database line 4: secret=\*\*\*\*$/m);
  assert.match(changed.stdout, /^ {2}\+ file {5}line 5: host=192\.0\.2\.55$/m);
  assert.match(changed.stdout, /^carrier OFFCARRIER: only in the database$/m);
  for (const secret of [...SECRETS, "NewS3cret"]) assert.ok(!changed.stdout.includes(secret), `secret ${secret} printed`);
  const push = await cli(["db", "push", "--sql", dir, "--mysql", db.url]);
  assert.equal(push.status, 0, push.stderr);
  const updates = push.stdout.split("\n").filter((l) => l.startsWith("UPDATE"));
  assert.equal(updates.length, 1);
  assert.match(updates[0], /^UPDATE `vicidial_server_carriers` SET `account_entry`='\[iaxtrunk\]\\n.*host=192\.0\.2\.55.*' WHERE `carrier_id`='IAXCARRIER';$/);
});

test("render from pulled files: the carriers of one server, active only, secrets masked", { skip }, async () => {
  await ready();
  const dir = tempDir();
  await cli(["db", "pull", "--mysql", db.url, "--out", dir]);
  const { status, stdout } = await cli(["render", "--server", "10.10.10.15", dir]);
  assert.equal(status, 0);
  for (const id of ["IAXCARRIER", "SIPCARRIER", "PJSIPCARRIER", "WIZCARRIER"]) assert.match(stdout, new RegExp(`; VICIDIAL Carrier: ${id} - `));
  assert.doesNotMatch(stdout, /OFFCARRIER|OTHERSERVER|BADCARRIER/);
  assert.match(stdout, /register => iaxuser:\*\*\*\*@192\.0\.2\.5/);
  assert.match(stdout, /; Fournisseur à Zürich – ☎ “test”/);
  for (const secret of SECRETS) assert.ok(!stdout.includes(secret), `secret ${secret} printed`);
});

test("the connection is read only: the session refuses writes", { skip }, async () => {
  await ready();
  const { openReadOnly } = await import(path.join(ROOT, "out/server/src/cli/db-mysql.js"));
  const connection = await openReadOnly({ user: "root", host: "127.0.0.1", port: db.port, database: "asterisk" }, "");
  try {
    const [rows] = await connection.query("SELECT @@session.tx_read_only AS ro");
    assert.equal(Number((rows as { ro: number }[])[0].ro), 1);
    await assert.rejects(connection.query("UPDATE vicidial_server_carriers SET active='N'"), /read.only/i);
  } finally {
    connection.destroy();
  }
  assert.match(snapshot(), /IAXCARRIER/);
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

test("bad input: exit 2, one clear line, nothing on stdout and no files written", { skip }, async () => {
  await ready();
  const out = path.join(tempDir(), "pulled");
  const port = await closedPort();
  const cases: [string[], Record<string, string>, RegExp][] = [
    [["db", "--mysql", `mysql://vicilint@127.0.0.1:${port}/asterisk`], { VICIDIAL_DB_PASSWORD: DB_PASSWORD }, /cannot reach the database server at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/],
    [["db", "pull", "--mysql", db.url, "--out", out], { VICIDIAL_DB_PASSWORD: "wrong-" + DB_PASSWORD }, /access denied for user 'vicilint' at 127\.0\.0\.1:\d+: check the user name and VICIDIAL_DB_PASSWORD/],
    [["db", "--mysql", db.url.replace("/asterisk", "/empty_db")], { VICIDIAL_DB_PASSWORD: DB_PASSWORD }, /database 'empty_db' has no table vicidial_server_carriers/],
    [["db", "--mysql", db.url.replace("vicilint@", `vicilint:${DB_PASSWORD}@`)], {}, /do not put the password in the URL: set VICIDIAL_DB_PASSWORD/],
  ];
  for (const [args, env, message] of cases) {
    const { status, stdout, stderr } = await cli(args, env);
    assert.equal(status, 2, `${args.join(" ")}: ${stderr}`);
    assert.equal(stdout, "");
    assert.match(stderr, message);
    assert.equal(stderr.trim().split("\n").length, 1);
    assert.ok(!stderr.includes("wrong-" + DB_PASSWORD));
  }
  assert.ok(!fs.existsSync(out));
  const dump = db.dump();
  const truncated = path.join(tempDir(), "truncated.sql");
  fs.writeFileSync(truncated, dump.slice(0, dump.indexOf("INSERT INTO `vicidial_server_carriers`") + 200));
  const cut = await cli(["db", "pull", "--sql", truncated, "--out", out]);
  assert.equal(cut.status, 2);
  assert.equal(cut.stdout, "");
  assert.match(cut.stderr, /truncated/);
  assert.ok(!fs.existsSync(out));
});

test("the bundled CLI loads its MySQL driver (a bundle of its own) when db --mysql connects", { skip }, async () => {
  await ready();
  const run = lintProcess(["db", "--mysql", db.url], ROOT, { VICIDIAL_DB_PASSWORD: DB_PASSWORD });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /carrier BADCARRIER field account_entry line 4 warning peer\/unknown-option/);
  assert.ok(!run.stdout.includes(DB_PASSWORD) && !run.stderr.includes(DB_PASSWORD), "the database password was printed");
});

const SCRIPT = fs.existsSync("/usr/bin/script") ? "/usr/bin/script" : undefined;

test("without VICIDIAL_DB_PASSWORD, a terminal prompt reads the password and does not echo it", { skip: skip ?? (SCRIPT ? undefined : "script(1) is not installed: prompt test skipped") }, async () => {
  await ready();
  // script(1) gives the command a terminal; the password is typed only once the prompt has turned echo off.
  const child = spawn(SCRIPT!, ["-qec", `${process.execPath} ${CLI} db --mysql ${db.url}`, "/dev/null"], { cwd: ROOT, env: { PATH: process.env.PATH, TERM: "dumb" } });
  let output = "";
  let typed = false;
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
    if (!typed && output.includes("Database password: ")) {
      typed = true;
      child.stdin.write(DB_PASSWORD + "\r");
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  assert.ok(typed, `no prompt: ${output}`);
  assert.equal(code, 1, output);
  assert.match(output, /carrier BADCARRIER field account_entry line 4 warning peer\/unknown-option/);
  assert.ok(!output.includes(DB_PASSWORD), "the typed password was echoed");
});
