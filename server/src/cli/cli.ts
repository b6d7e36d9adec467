#!/usr/bin/env node
// vicidial-lint: the language service as a command-line linter for CI pipelines.
import * as path from "node:path";
import { LanguageService } from "../service/language-service";
import { LineIndex } from "../service/text/span";
import type { Finding, Severity } from "../service/rules/types";
import { collectFiles, loadFile, loadIncludedFiles } from "../host/files";
import { runRoute } from "./route-command";
import { runRender } from "./render-command";
import { runDb } from "./db-command";
import { DEFAULT_MAX_FILE_SIZE, type AsteriskVersion, type ServiceSettings } from "../service/settings";
import { runAudit } from "./audit-command";

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

interface LintOptions {
  format: "text" | "json";
  maxWarnings?: number;
  maxFileSize: number;
  /** The Asterisk release to check against (the editor's `vicidialCarriers.asteriskVersion`). */
  asteriskVersion?: AsteriskVersion;
  paths: string[];
}

const USAGE = "usage: vicidial-lint [--format text|json] [--max-warnings N] [--asterisk-version 16|18|20|22] [--max-file-size BYTES[K|M]] PATH...";

/** `5M`, `800K`, `1048576`: a size in bytes, or undefined when it is not one. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)[bB]?$/.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2].toLowerCase() === "m" ? 1024 * 1024 : match[2].toLowerCase() === "k" ? 1024 : 1;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

class UsageError extends Error {}
class HelpRequested extends Error {}

/** Reads the command line: `--flag value` or `--flag=value` (exact flag names only); `--` ends the options. */
function parseArgs(argv: string[]): LintOptions {
  const options: LintOptions = { format: "text", maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: [] };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || arg === "-" || !arg.startsWith("-")) {
      options.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
      return argv[++i];
    };
    if (arg === "--") onlyPaths = true;
    else if (arg === "--help" || arg === "-h") throw new HelpRequested();
    else if (flag === "--format") {
      const value = takeValue();
      if (value !== "text" && value !== "json") throw new UsageError(`unknown format '${value}' (expected text or json)`);
      options.format = value;
    } else if (flag === "--max-warnings") {
      const value = takeValue();
      if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, got '${value}'`);
      options.maxWarnings = Number(value);
    } else if (flag === "--max-file-size") {
      const value = takeValue();
      const bytes = parseSize(value);
      if (bytes === undefined) throw new UsageError(`--max-file-size expects a size such as 5M or 800K, got '${value}'`);
      options.maxFileSize = bytes;
    } else if (flag === "--asterisk-version") {
      const value = takeValue();
      if (!["16", "18", "20", "22"].includes(value)) throw new UsageError(`--asterisk-version expects 16, 18, 20 or 22, got '${value}'`);
      options.asteriskVersion = Number(value) as AsteriskVersion;
    } else throw new UsageError(`unknown option '${flag}'`);
  }
  if (options.paths.length === 0) throw new UsageError("no PATH given");
  return options;
}

interface Located {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

function locateFindings(service: LanguageService, cwd: string): Located[] {
  const result: Located[] = [];
  for (const [file, findings] of service.allDiagnostics()) {
    const text = service.workspace.document(file)?.text ?? "";
    const index = new LineIndex(text);
    for (const finding of findings) result.push(toLocated(file, finding, index, cwd));
  }
  return result.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function toLocated(file: string, finding: Finding, index: LineIndex, cwd: string): Located {
  const start = index.positionAt(finding.span.start);
  const end = index.positionAt(finding.span.end);
  return {
    file: path.relative(cwd, file) || file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
  };
}

/** A message on one line, whatever a rule put in it. */
const flat = (text: string) => text.replace(/\s*\r?\n\s*/g, " ");

/** One finding a line (`file:line:col severity code message`); the human summary goes to stderr. */
function formatText(found: Located[]): string {
  return found.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${flat(f.message)}\n`).join("");
}

function summary(found: Located[], maxWarnings: number | undefined): string {
  const count = (s: Severity) => found.filter((f) => f.severity === s).length;
  const warnings = count("warning");
  let line = `${count("error")} error(s), ${warnings} warning(s), ${count("information") + count("hint")} note(s)`;
  if (maxWarnings !== undefined && warnings > maxWarnings) line += ` - more than the ${maxWarnings} warning(s) allowed by --max-warnings`;
  return line + "\n";
}

/** Builds a service from files on disk (plus the files they #include). */
export function loadWorkspace(paths: string[], settings: Partial<ServiceSettings> = {}): LanguageService {
  const service = new LanguageService(settings);
  for (const file of collectFiles(paths)) loadFile(service, file);
  loadIncludedFiles(service, (id) => id, (file) => file);
  return service;
}

export function runLint(argv: string[], cwd = process.cwd()): CliResult {
  if (argv[0] === "route") return runRoute(argv.slice(1), cwd);
  if (argv[0] === "render") return runRender(argv.slice(1), cwd);
  if (argv[0] === "audit") return runAudit(argv.slice(1), cwd);
  let options: LintOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof HelpRequested) return { exitCode: 0, stdout: USAGE + "\n", stderr: "" };
    const message = error instanceof Error ? error.message : String(error);
    return { exitCode: 2, stdout: "", stderr: `vicidial-lint: ${message} (${USAGE})\n` };
  }
  let service: LanguageService;
  try {
    service = loadWorkspace(options.paths.map((p) => path.resolve(cwd, p)), { maxFileSize: options.maxFileSize, ...(options.asteriskVersion ? { asteriskVersion: options.asteriskVersion } : {}) });
  } catch (error) {
    return { exitCode: 2, stdout: "", stderr: `vicidial-lint: ${ioMessage(error, cwd)}\n` };
  }
  let found: Located[];
  try {
    found = locateFindings(service, cwd);
  } catch (error) {
    return { exitCode: 2, stdout: "", stderr: `vicidial-lint: internal error: ${service.mask(oneLine(error))}\n` };
  }
  const errors = found.filter((f) => f.severity === "error").length;
  const warnings = found.filter((f) => f.severity === "warning").length;
  const stdout = options.format === "json" ? JSON.stringify({ diagnostics: found }, null, 2) + "\n" : formatText(found);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const stderr = options.format === "text" || tooManyWarnings ? summary(found, options.maxWarnings) : "";
  return { exitCode: errors > 0 || tooManyWarnings ? 1 : 0, stdout, stderr };
}

function oneLine(error: unknown): string {
  return flat(error instanceof Error ? error.message : String(error)).slice(0, 300);
}

/** `path: reason` for a file-system error, with the path as the user would recognise it. */
function ioMessage(error: unknown, cwd: string): string {
  const { code, path: which } = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    ENOTDIR: "not a directory",
    EISDIR: "is a directory",
  };
  const detail = (code ? reasons[code] : undefined) ?? oneLine(error);
  if (!which) return detail;
  const shown = path.relative(cwd, which);
  return `${shown && !shown.startsWith("..") ? shown : which}: ${detail}`;
}

export function main(argv: string[]): number {
  const result = runLint(argv);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.exitCode;
}

if (require.main === module) {
  if (process.argv[2] === "db") void runDb(process.argv.slice(3)).then((r) => (process.stdout.write(r.stdout), process.stderr.write(r.stderr), (process.exitCode = r.exitCode)));
  else process.exitCode = main(process.argv.slice(2));
}
