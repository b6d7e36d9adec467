// A throwaway MariaDB for the live db tests: Debian's mariadbd in a scratch data directory on a free 127.0.0.1 port,
// loaded with the project's VICIdial schema and fixture rows, and a user that needs a password. `.ci/run` installs
// the server; where it is missing, `mariadbUnavailable()` says why so the live tests are skipped with that message.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
export const FIXTURES = path.join(ROOT, "test/fixtures/db");
export const DB_USER = "vicilint";
/** The test user's password: the tests check it never shows up in any output. */
export const DB_PASSWORD = "Pw-for-tests-7f3a91";

function which(names: string[], dirs = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"]): string | undefined {
  for (const name of names) for (const dir of dirs) if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  return undefined;
}

const SERVER = which(["mariadbd", "mysqld"]);
const INSTALL_DB = which(["mariadb-install-db", "mysql_install_db"]);
const CLIENT = which(["mariadb", "mysql"]);
const DUMP = which(["mariadb-dump", "mysqldump"]);

/** Why the live tests cannot run here (undefined when they can). */
export function mariadbUnavailable(): string | undefined {
  if (!SERVER || !INSTALL_DB || !CLIENT || !DUMP) return "MariaDB is not installed (apt-get install mariadb-server; .ci/run installs it): live database tests skipped";
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TestDatabase {
  port: number;
  url: string;
  /** Runs SQL as root over the socket (setup and checks only); returns the client's tab-separated output. */
  sql(statements: string, database?: string): string;
  /** A mariadb-dump of the two carrier tables. */
  dump(extra?: string[]): string;
  stop(): Promise<void>;
}

const asRoot = process.getuid?.() === 0 ? ["--user=root"] : [];

export async function startTestDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-mariadb-"));
  const data = path.join(dir, "data");
  const socket = path.join(dir, "mysqld.sock");
  // Asynchronous, so that the tests of other files run while the data directory is made.
  const install = await new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(INSTALL_DB!, ["--no-defaults", `--datadir=${data}`, ...asRoot, "--auth-root-authentication-method=normal", "--skip-test-db"], { stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", (error) => resolve({ status: null, output: String(error) }));
    child.on("close", (status) => resolve({ status, output }));
  });
  if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.output}`);
  const port = await freePort();
  const server: ChildProcess = spawn(
    SERVER!,
    [
      "--no-defaults",
      `--datadir=${data}`,
      `--port=${port}`,
      "--bind-address=127.0.0.1",
      `--socket=${socket}`,
      `--pid-file=${path.join(dir, "mysqld.pid")}`,
      ...asRoot,
      "--skip-log-bin",
      "--skip-name-resolve",
      "--innodb-buffer-pool-size=16M",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const client = (args: string[], input?: string) =>
    spawnSync(CLIENT!, ["--no-defaults", "-S", socket, "-u", "root", "--default-character-set=utf8mb4", ...args], { input, encoding: "utf8", timeout: 60_000 });
  // Wait for the server to accept connections (it reports readiness only in its log).
  for (let attempt = 0; ; attempt++) {
    if (client(["-e", "SELECT 1"]).status === 0) break;
    if (server.exitCode !== null || attempt > 600) {
      server.kill("SIGKILL");
      throw new Error(`mariadbd did not start: ${log.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const sql = (statements: string, database?: string) => {
    const result = client(["--batch", ...(database ? [database] : [])], statements);
    if (result.status !== 0) throw new Error(`SQL failed: ${result.stderr}`);
    return result.stdout;
  };
  sql(
    [
      "CREATE DATABASE asterisk CHARACTER SET utf8mb4;",
      "CREATE DATABASE empty_db;",
      `CREATE USER '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';`,
      `GRANT SELECT ON asterisk.* TO '${DB_USER}'@'127.0.0.1';`,
      `GRANT SELECT ON empty_db.* TO '${DB_USER}'@'127.0.0.1';`,
    ].join("\n"),
  );
  sql(fs.readFileSync(path.join(FIXTURES, "schema.sql"), "utf8"), "asterisk");
  sql(fs.readFileSync(path.join(FIXTURES, "carriers.sql"), "utf8"), "asterisk");
  return {
    port,
    url: `mysql://${DB_USER}@127.0.0.1:${port}/asterisk`,
    sql,
    dump(extra: string[] = []) {
      const result = spawnSync(DUMP!, ["--no-defaults", "-S", socket, "-u", "root", ...extra, "asterisk", "vicidial_server_carriers", "vicidial_conf_templates"], { encoding: "utf8", timeout: 60_000 });
      if (result.status !== 0) throw new Error(`mariadb-dump failed: ${result.stderr}`);
      return result.stdout;
    },
    async stop() {
      server.kill("SIGTERM");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
