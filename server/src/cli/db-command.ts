// `vicidial-lint db`: lint VICIdial's carriers and templates where they live (a mysqldump or a live read-only
// connection), pull them into .carrier/.conftemplate files, diff files against the database, and print the UPDATE
// statements that would apply the files. Nothing is printed or written until the source has been read in full.
import * as fs from "node:fs";
import * as path from "node:path";
import { collectFiles, readText } from "../host/files";
import { parseRecordFile } from "../service/parse/carrier-file";
import {
  CARRIER_TABLE,
  diffRecords,
  fileNameOf,
  formatRecord,
  recordFromFile,
  recordsFromTables,
  TEMPLATE_TABLE,
  updateStatements,
  type DbRecord,
} from "../service/parse/db-records";
import { parseSqlDump, SqlDumpError } from "../service/parse/sql-dump";
import { GENERATED_FILE_NAMES } from "../service/features/generated-conf";
import type { LanguageService } from "../service/language-service";
import { renderService } from "./render-command";
import type { Finding, Severity } from "../service/rules/types";
import { LineIndex } from "../service/text/span";
import { loadWorkspace } from "./load-workspace";
import type { CliResult } from "./result";
import { describeDiff } from "./db-diff";
import { databasePassword, DbInputError, parseMysqlUrl, readDatabase } from "./db-mysql";

export const DB_USAGE = [
  "usage: vicidial-lint db (--sql DUMP | --mysql mysql://USER@HOST[:PORT]/DATABASE) [--format text|json] [--max-warnings N] [PATH...]",
  "       vicidial-lint db pull (--sql DUMP | --mysql URL) --out DIR",
  "       vicidial-lint db diff DIR (--sql DUMP | --mysql URL)",
  "       vicidial-lint db push --sql DIR [--mysql URL | --against DUMP]",
  "       vicidial-lint db render --server IP (--sql DUMP | --mysql URL) [--file NAME] [--show-secrets] [PATH...]",
].join("\n");

interface DbOptions {
  action: "lint" | "pull" | "diff" | "push" | "render";
  server?: string;
  file?: string;
  showSecrets: boolean;
  sql?: string;
  mysql?: string;
  against?: string;
  out?: string;
  format: "text" | "json";
  maxWarnings?: number;
  printSql: boolean;
  paths: string[];
}

function parseDbArgs(argv: string[]): DbOptions {
  const options: DbOptions = { action: "lint", format: "text", printSql: false, showSecrets: false, paths: [] };
  let i = 0;
  if (argv[0] === "pull" || argv[0] === "diff" || argv[0] === "push" || argv[0] === "render") {
    options.action = argv[0];
    i = 1;
  }
  for (; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) throw new DbInputError(`${flag} needs a value`);
      return argv[++i];
    };
    if (flag === "--sql" && options.action === "push") options.printSql = true;
    else if (flag === "--sql") options.sql = value();
    else if (flag === "--mysql") options.mysql = value();
    else if (flag === "--against") options.against = value();
    else if (flag === "--out") options.out = value();
    else if (flag === "--server" && options.action === "render") options.server = value();
    else if (flag === "--file" && options.action === "render") options.file = value();
    else if (arg === "--show-secrets" && options.action === "render") options.showSecrets = true;
    else if (flag === "--format") {
      const format = value();
      if (format !== "text" && format !== "json") throw new DbInputError(`unknown format '${format}' (expected text or json)`);
      options.format = format;
    } else if (flag === "--max-warnings") {
      const max = value();
      if (!/^\d+$/.test(max)) throw new DbInputError(`--max-warnings expects a whole number, got '${max}'`);
      options.maxWarnings = Number(max);
    } else if (arg.startsWith("-") && arg !== "-") throw new DbInputError(`unknown option '${flag}'`);
    else options.paths.push(arg);
  }
  const sources = [options.sql, options.mysql, options.against].filter((s) => s !== undefined).length;
  if (sources > 1) throw new DbInputError("give one source: --sql DUMP or --mysql URL");
  if (options.action !== "push" && sources === 0) throw new DbInputError("no source: give --sql DUMP or --mysql URL");
  if (options.action === "pull" && !options.out) throw new DbInputError("db pull needs --out DIR");
  if ((options.action === "diff" || options.action === "push") && options.paths.length !== 1) throw new DbInputError(`db ${options.action} needs one DIR`);
  if (options.action === "push" && !options.printSql) throw new DbInputError("db push only prints SQL: add --sql (it never writes to a database)");
  if (options.action === "pull" && options.paths.length > 0) throw new DbInputError("db pull takes no PATH");
  if (options.action === "render" && !/^[0-9.]+$/.test(options.server?.trim() ?? "")) throw new DbInputError("db render needs --server IP");
  if (options.action === "render" && options.file !== undefined && !(GENERATED_FILE_NAMES as readonly string[]).includes(options.file)) {
    throw new DbInputError(`--file is one of ${GENERATED_FILE_NAMES.join(", ")}`);
  }
  return options;
}

/** Carrier and template records from a dump file. */
export function recordsFromDump(file: string, cwd: string): DbRecord[] {
  const text = readText(path.resolve(cwd, file));
  if (text === undefined) throw new DbInputError(`${file}: cannot read the file`);
  let tables;
  try {
    tables = parseSqlDump(text, [CARRIER_TABLE, TEMPLATE_TABLE]);
  } catch (error) {
    if (error instanceof SqlDumpError) throw new DbInputError(`${file}: ${error.message}`);
    throw error;
  }
  if (!tables.get(CARRIER_TABLE)!.seen) throw new DbInputError(`${file}: the dump has no table ${CARRIER_TABLE} (dump it with: mysqldump asterisk ${CARRIER_TABLE} ${TEMPLATE_TABLE})`);
  return recordsFromTables(tables);
}

interface Source {
  records: DbRecord[];
  label: string;
}

async function loadSource(options: DbOptions, cwd: string, env: NodeJS.ProcessEnv): Promise<Source | undefined> {
  const dump = options.sql ?? options.against;
  if (dump !== undefined) return { records: recordsFromDump(dump, cwd), label: path.basename(dump) };
  if (options.mysql === undefined) return undefined;
  const target = parseMysqlUrl(options.mysql);
  const password = await databasePassword(env);
  return { records: await readDatabase(target, password), label: `${target.host}/${target.database}` };
}

/** Records read from the .carrier / .conftemplate files under a folder. */
function recordsFromFolder(dir: string, cwd: string): { records: DbRecord[]; files: Map<DbRecord, string> } {
  const root = path.resolve(cwd, dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new DbInputError(`${dir}: not a folder`);
  const records: DbRecord[] = [];
  const files = new Map<DbRecord, string>();
  for (const file of collectFiles([root])) {
    const kind = file.endsWith(".carrier") ? "carrier" : file.endsWith(".conftemplate") ? "template" : undefined;
    if (!kind) continue;
    const text = readText(file);
    if (text === undefined) throw new DbInputError(`${path.relative(cwd, file)}: cannot read the file`);
    const record = recordFromFile(kind, text);
    if (record.id.length === 0) throw new DbInputError(`${path.relative(cwd, file)}: no ${kind === "carrier" ? "carrier_id" : "template_id"}`);
    records.push(record);
    files.set(record, path.relative(cwd, file) || file);
  }
  return { records, files };
}

export async function runDb(argv: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  if (argv.includes("--help") || argv.includes("-h")) return { exitCode: 0, stdout: DB_USAGE + "\n", stderr: "" };
  try {
    const options = parseDbArgs(argv);
    if (options.action === "push") return await push(options, cwd, env);
    const source = (await loadSource(options, cwd, env))!;
    if (options.action === "pull") return pull(source, options.out!, cwd);
    if (options.action === "diff") return diff(source, options.paths[0], cwd);
    if (options.action === "render") {
      const service = workspaceOf(source, options, cwd);
      return renderService(service, { server: options.server!, only: options.file, showSecrets: options.showSecrets }, cwd);
    }
    return lintRecords(source, options, cwd);
  } catch (error) {
    if (error instanceof DbInputError) return { exitCode: 2, stdout: "", stderr: `vicidial-lint db: ${error.message}\n` };
    const e = error as NodeJS.ErrnoException;
    if (e.code && e.path) return { exitCode: 2, stdout: "", stderr: `vicidial-lint db: ${path.relative(cwd, e.path) || e.path}: ${e.code}\n` };
    return { exitCode: 2, stdout: "", stderr: `vicidial-lint db: internal error: ${e.message ?? String(error)}\n` };
  }
}

function pull(source: Source, out: string, cwd: string): CliResult {
  const dir = path.resolve(cwd, out);
  const texts = source.records.map((r) => ({ name: fileNameOf(r), text: formatRecord(r, source.label) }));
  const names = new Set<string>();
  for (const t of texts) {
    if (names.has(t.name.toLowerCase())) throw new DbInputError(`two records would both be written to ${t.name}`);
    names.add(t.name.toLowerCase());
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const t of texts) fs.writeFileSync(path.join(dir, t.name), t.text);
  const carriers = source.records.filter((r) => r.kind === "carrier").length;
  const stdout = texts.map((t) => path.join(out, t.name) + "\n").join("");
  return { exitCode: 0, stdout, stderr: `wrote ${carriers} carrier(s) and ${source.records.length - carriers} template(s) from ${source.label} to ${out}\n` };
}

function diff(source: Source, dir: string, cwd: string): CliResult {
  const { records } = recordsFromFolder(dir, cwd);
  const diffs = diffRecords(source.records, records);
  const stdout = diffs.map(describeDiff).join("");
  const changed = diffs.filter((d) => d.status !== "database-only").length;
  return { exitCode: diffs.length > 0 ? 1 : 0, stdout, stderr: `${changed} record(s) differ from ${source.label}, ${diffs.length - changed} only in the database\n` };
}

async function push(options: DbOptions, cwd: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
  const { records } = recordsFromFolder(options.paths[0], cwd);
  const source = await loadSource(options, cwd, env);
  const diffs = source ? diffRecords(source.records, records) : undefined;
  const sql = updateStatements(records, diffs);
  return { exitCode: 0, stdout: sql, stderr: source ? `UPDATE statements for what differs from ${source.label}; nothing was run\n` : "UPDATE statements for every field of the files; nothing was run\n" };
}

interface DbFinding {
  /** `carrier X field F line N`, or `file:line:column` for a conf file. */
  where: string;
  record?: { kind: string; id: string; field?: string; line?: number };
  file?: { file: string; line: number; column: number };
  severity: Severity;
  code: string;
  message: string;
}

const RECORD_ROOT = "/vicidial-db";

/** The conf files given, plus one record document per row (under RECORD_ROOT); `byUri` maps them back to rows. */
function workspaceOf(source: Source, options: DbOptions, cwd: string, byUri = new Map<string, DbRecord>()): LanguageService {
  const service = loadWorkspace(options.paths.map((p) => path.resolve(cwd, p)));
  for (const record of source.records) {
    const uri = `${RECORD_ROOT}/${record.kind}s/${fileNameOf(record)}`;
    byUri.set(uri, record);
    // The same text `db pull` writes, so that "file line N" in a message matches the pulled file.
    service.setDocument(uri, formatRecord(record, source.label));
  }
  return service;
}

function lintRecords(source: Source, options: DbOptions, cwd: string): CliResult {
  const byUri = new Map<string, DbRecord>();
  const service = workspaceOf(source, options, cwd, byUri);
  const found: DbFinding[] = [];
  for (const [uri, findings] of service.allDiagnostics()) {
    const record = byUri.get(uri);
    const text = service.workspace.document(uri)?.text ?? "";
    for (const finding of findings) found.push(record ? recordFinding(record, text, finding) : fileFinding(uri, text, finding, cwd));
  }
  found.sort((a, b) => a.where.localeCompare(b.where, "en", { numeric: true }));
  const count = (s: Severity) => found.filter((f) => f.severity === s).length;
  const flat = (t: string) => t.replace(/\s*\r?\n\s*/g, " ");
  const stdout =
    options.format === "json"
      ? JSON.stringify({ source: source.label, diagnostics: found.map(({ where, ...rest }) => (void where, rest)) }, null, 2) + "\n"
      : found.map((f) => `${f.where} ${f.severity} ${f.code} ${flat(f.message)}\n`).join("");
  const tooMany = options.maxWarnings !== undefined && count("warning") > options.maxWarnings;
  const carriers = source.records.filter((r) => r.kind === "carrier").length;
  const stderr = `${carriers} carrier(s), ${source.records.length - carriers} template(s) from ${source.label}: ${count("error")} error(s), ${count("warning")} warning(s), ${count("information") + count("hint")} note(s)\n`;
  return { exitCode: count("error") > 0 || tooMany ? 1 : 0, stdout, stderr };
}

/** Where a finding sits in a record: the field whose text (or name) holds it, and the line within that field. */
function recordFinding(record: DbRecord, text: string, finding: Finding): DbFinding {
  const parsed = parseRecordFile(text, record.kind);
  const offset = finding.span.start;
  let field: string | undefined;
  let line: number | undefined;
  for (const f of parsed.fields.values()) {
    if (offset >= f.valueSpan.start && offset <= f.valueSpan.end) {
      field = f.name;
      line = 1 + (text.slice(f.valueSpan.start, offset).match(/\n/g)?.length ?? 0);
      break;
    }
    if (offset >= f.nameSpan.start && offset <= f.nameSpan.end) {
      field = f.name;
      line = 1;
    }
  }
  const where = `${record.kind} ${record.id}` + (field ? ` field ${field} line ${line}` : "");
  return { where, record: { kind: record.kind, id: record.id, field, line }, severity: finding.severity, code: finding.code, message: finding.message };
}

function fileFinding(uri: string, text: string, finding: Finding, cwd: string): DbFinding {
  const at = new LineIndex(text).positionAt(finding.span.start);
  const file = path.relative(cwd, uri) || uri;
  return {
    where: `${file}:${at.line + 1}:${at.character + 1}`,
    file: { file, line: at.line + 1, column: at.character + 1 },
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
  };
}
