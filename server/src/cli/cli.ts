#!/usr/bin/env node
// vicidial-lint: the language service as a command-line linter for CI pipelines.
import * as path from "node:path";
import { LanguageService } from "../service/language-service";
import { LineIndex } from "../service/text/span";
import type { Finding, Severity } from "../service/rules/types";
import { collectFiles, loadIncludedFiles, readText } from "../host/files";

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

interface LintOptions {
  format: "text" | "json";
  maxWarnings?: number;
  paths: string[];
}

const USAGE = "usage: vicidial-lint [--format text|json] [--max-warnings N] PATH...";

class UsageError extends Error {}

function parseArgs(argv: string[]): LintOptions {
  const options: LintOptions = { format: "text", paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const takeValue = (): string => {
      const inline = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : undefined;
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new UsageError(`${arg.split("=")[0]} needs a value`);
      return argv[++i];
    };
    if (arg === "--help" || arg === "-h") throw new UsageError("");
    else if (arg.startsWith("--format")) {
      const value = takeValue();
      if (value !== "text" && value !== "json") throw new UsageError(`unknown format '${value}' (expected text or json)`);
      options.format = value;
    } else if (arg.startsWith("--max-warnings")) {
      const value = takeValue();
      if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, got '${value}'`);
      options.maxWarnings = Number(value);
    } else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option '${arg}'`);
    else options.paths.push(arg);
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

function formatText(found: Located[]): string {
  const lines = found.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`);
  const count = (s: Severity) => found.filter((f) => f.severity === s).length;
  lines.push(`${count("error")} error(s), ${count("warning")} warning(s), ${count("information") + count("hint")} note(s)`);
  return lines.join("\n") + "\n";
}

/** Builds a service from files on disk (plus the files they #include). */
export function loadWorkspace(paths: string[]): LanguageService {
  const service = new LanguageService();
  for (const file of collectFiles(paths)) {
    const text = readText(file);
    if (text === undefined) throw new Error(`cannot read ${file}`);
    service.setDocument(file, text);
  }
  loadIncludedFiles(service, (id) => id, (file) => file);
  return service;
}

export function runLint(argv: string[], cwd = process.cwd()): CliResult {
  let options: LintOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { exitCode: 2, stdout: "", stderr: (message ? `vicidial-lint: ${message}\n` : "") + USAGE + "\n" };
  }
  let service: LanguageService;
  try {
    service = loadWorkspace(options.paths.map((p) => path.resolve(cwd, p)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === "ENOENT" ? "no such file or directory" : error instanceof Error ? error.message : String(error);
    const which = (error as NodeJS.ErrnoException).path ?? "";
    return { exitCode: 2, stdout: "", stderr: `vicidial-lint: ${which ? which + ": " : ""}${detail}\n` };
  }
  const found = locateFindings(service, cwd);
  const errors = found.filter((f) => f.severity === "error").length;
  const warnings = found.filter((f) => f.severity === "warning").length;
  const stdout = options.format === "json" ? JSON.stringify({ diagnostics: found }, null, 2) + "\n" : formatText(found);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  return { exitCode: errors > 0 || tooManyWarnings ? 1 : 0, stdout, stderr: "" };
}

export function main(argv: string[]): number {
  const result = runLint(argv);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.exitCode;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
