// The live side of `vicidial-lint db`: a read-only connection to VICIdial's MySQL/MariaDB (the session is set read
// only before anything else, and only SELECTs are sent), the password from the environment or a hidden prompt,
// and errors turned into one clear sentence that never holds the password.
import type { Connection, RowDataPacket } from "mysql2/promise";
import { CARRIER_TABLE, recordsFromRows, TEMPLATE_TABLE, type DbRecord } from "../service/parse/db-records";
import type { SqlValue } from "../service/parse/sql-dump";

/** The environment variable that holds the database password. */
export const PASSWORD_ENV = "VICIDIAL_DB_PASSWORD";

/** A problem with the user's input or the database: printed as one line, exit code 2. */
export class DbInputError extends Error {}

export interface DbTarget {
  user: string;
  host: string;
  port: number;
  database: string;
}

/** Reads `mysql://user@host[:port][/database]`; a password in the URL is refused (it would sit in shell history). */
export function parseMysqlUrl(url: string): DbTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DbInputError("--mysql expects mysql://USER@HOST[:PORT]/DATABASE");
  }
  if (parsed.protocol !== "mysql:" && parsed.protocol !== "mariadb:") throw new DbInputError("--mysql expects mysql://USER@HOST[:PORT]/DATABASE");
  if (parsed.password) throw new DbInputError(`do not put the password in the URL: set ${PASSWORD_ENV} or type it at the prompt`);
  if (!parsed.username || !parsed.hostname) throw new DbInputError("--mysql needs a user and a host: mysql://USER@HOST[:PORT]/DATABASE");
  const port = parsed.port ? Number(parsed.port) : 3306;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "asterisk";
  return { user: decodeURIComponent(parsed.username), host: parsed.hostname.replace(/^\[|\]$/g, ""), port, database };
}

const where = (t: DbTarget) => `${t.host}:${t.port}`;

/** One sentence for a connection or query error; the password never appears (it is cut out if a server echoed it). */
function explain(error: unknown, target: DbTarget, password: string): DbInputError {
  const e = error as { code?: string; errno?: number; message?: string };
  let message: string;
  switch (e.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "ECONNRESET":
      message = `cannot reach the database server at ${where(target)} (${e.code})`;
      break;
    case "ER_ACCESS_DENIED_ERROR":
    case "ER_ACCESS_DENIED_NO_PASSWORD_ERROR":
      message = `access denied for user '${target.user}' at ${where(target)}: check the user name and ${PASSWORD_ENV}`;
      break;
    case "ER_DBACCESS_DENIED_ERROR":
    case "ER_BAD_DB_ERROR":
      message = `cannot use database '${target.database}' at ${where(target)} (${e.code === "ER_BAD_DB_ERROR" ? "no such database" : "access denied"})`;
      break;
    case "ER_NO_SUCH_TABLE":
      message = `database '${target.database}' has no table ${tableIn(e.message) ?? CARRIER_TABLE}: is it VICIdial's database?`;
      break;
    case "ER_TABLEACCESS_DENIED_ERROR":
      message = `user '${target.user}' may not read ${tableIn(e.message) ?? "the carrier tables"} (grant SELECT on ${CARRIER_TABLE} and ${TEMPLATE_TABLE})`;
      break;
    default:
      message = `database error at ${where(target)}: ${e.code ?? "unknown"}${e.message ? ` (${e.message.replace(/\s+/g, " ").slice(0, 200)})` : ""}`;
  }
  if (password.length > 0) message = message.split(password).join("****");
  return new DbInputError(message);
}

function tableIn(message: string | undefined): string | undefined {
  const m = /(vicidial_server_carriers|vicidial_conf_templates)/i.exec(message ?? "");
  return m?.[1];
}

/** Opens a connection whose session is read only; every later statement is a SELECT. */
export async function openReadOnly(target: DbTarget, password: string): Promise<Connection> {
  let connection: Connection | undefined;
  try {
    // Loaded on first use, so that the other commands do not pay for the driver at start-up. A require, not an
    // import(): the bundled CLI runs from a vm.Script (esbuild.mjs), where a dynamic import has no loader.
    const { createConnection } = require("mysql2/promise") as typeof import("mysql2/promise");
    connection = await createConnection({
      host: target.host,
      port: target.port,
      user: target.user,
      password,
      database: target.database,
      charset: "utf8mb4",
      connectTimeout: 10_000,
      multipleStatements: false,
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
    });
    await connection.query("SET SESSION TRANSACTION READ ONLY");
    return connection;
  } catch (error) {
    if (connection) connection.destroy();
    throw explain(error, target, password);
  }
}

/** A column value as text: TEXT and VARCHAR arrive as strings, binary columns as bytes (read as UTF-8). */
function asText(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (Buffer.isBuffer(value)) return value.toString("utf8");
  return String(value);
}

async function selectAll(connection: Connection, table: string): Promise<Map<string, SqlValue>[]> {
  const [rows] = await connection.query<RowDataPacket[]>(`SELECT * FROM \`${table}\``);
  return rows.map((row) => new Map(Object.entries(row).map(([k, v]) => [k, asText(v)] as const)));
}

/** Every carrier and template row of the database, read on a read-only session. */
export async function readDatabase(target: DbTarget, password: string): Promise<DbRecord[]> {
  const connection = await openReadOnly(target, password);
  try {
    const carriers = await selectAll(connection, CARRIER_TABLE);
    const templates = await selectAll(connection, TEMPLATE_TABLE);
    return [...recordsFromRows("carrier", carriers), ...recordsFromRows("template", templates)];
  } catch (error) {
    throw explain(error, target, password);
  } finally {
    connection.destroy();
  }
}

/** The password: the environment variable, else a prompt with echo off when stdin is a terminal, else none. */
export async function databasePassword(env: NodeJS.ProcessEnv): Promise<string> {
  const fromEnv = env[PASSWORD_ENV];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) return "";
  return promptHidden("Database password: ");
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  // Echo goes off before the question shows, so nothing typed as soon as it appears is echoed.
  stdin.setRawMode(true);
  process.stderr.write(question);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve) => {
    let typed = "";
    const finish = () => {
      stdin.removeListener("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") return finish();
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          process.stderr.write("\n");
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on("data", onData);
  });
}
