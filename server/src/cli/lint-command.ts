// `vicidial-lint [options] PATH...`: checks conf files and carrier records as one workspace and prints the findings
// (text, JSON or SARIF); `--fix` first applies the safe quick fixes.
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../service/language-service";
import { LineIndex } from "../service/text/span";
import { lineIndexOf } from "../service/model/analyzed-document";
import type { Finding, QuickFix, Severity } from "../service/rules/types";
import type { AsteriskVersion, ServiceSettings } from "../service/settings";
import { ConfigError, findProjectConfig, readProjectConfig } from "../host/config";
import { packageInfo } from "../host/package-info";
import { applyFixes, safeFix } from "./fix";
import { shippedRulesDoc, toSarif } from "./sarif";
import type { CliResult } from "./result";
import { loadFiles, type LoadedWorkspace } from "./load-workspace";

export const LINT_USAGE = "usage: vicidial-lint [--format text|json|sarif] [--max-warnings N] [--quiet] [--severity LEVEL] [--fix] [--config FILE] [--asterisk-version V] [--max-file-size SIZE] PATH...";

export const LINT_OPTIONS = [
  ["--format text|json|sarif", "output: one finding a line (default), JSON, or SARIF 2.1.0 for code scanning"],
  ["--max-warnings N", "exit 1 when more than N warnings are shown"],
  ["--quiet", "show errors only (same as --severity error)"],
  ["--severity LEVEL", "show findings of LEVEL and worse: error, warning, information or hint (default: all)"],
  ["--fix", "apply the safe quick fixes (the editor's preferred fix), report them, then show what is left"],
  ["--config FILE", "settings file (default: the nearest .vicidial-lint.json, or package.json's \"vicidialLint\")"],
  ["--no-config", "ignore settings files"],
  ["--asterisk-version V", "the Asterisk release the files run on: 16, 18 (default), 20 or 22"],
  ["--max-file-size SIZE", "skip files larger than SIZE (bytes, or with K/M: 800K, 5M; default 5M), with a warning"],
] as const;

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "information", "hint"];

/** The file names the linter picks up in a folder, for messages. */
const RECOGNISED = "sip*.conf, iax*.conf, pjsip*.conf, pjsip_wizard*.conf, extensions*.conf, *.conf in a folder named asterisk, *.carrier, *.conftemplate";

interface LintOptions {
  format: "text" | "json" | "sarif";
  maxWarnings?: number;
  minSeverity: Severity;
  fix: boolean;
  config?: string | false;
  /** The Asterisk release to check against (the editor's `vicidialCarriers.asteriskVersion`). */
  asteriskVersion?: AsteriskVersion;
  /** Files larger than this many bytes are not read (syntax/file-too-large, syntax/include-skipped). */
  maxFileSize?: number;
  paths: string[];
}

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
  const options: LintOptions = { format: "text", minSeverity: "hint", fix: false, paths: [] };
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
    const noValue = () => {
      if (eq >= 0) throw new UsageError(`${flag} takes no value`);
    };
    if (arg === "--") onlyPaths = true;
    else if (arg === "--help" || arg === "-h") throw new HelpRequested();
    else if (flag === "--format") {
      const value = takeValue();
      if (value !== "text" && value !== "json" && value !== "sarif") throw new UsageError(`unknown format '${value}' (expected text, json or sarif)`);
      options.format = value;
    } else if (flag === "--max-warnings") {
      const value = takeValue();
      if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, got '${value}'`);
      options.maxWarnings = Number(value);
    } else if (flag === "--severity") {
      const value = takeValue();
      if (!(SEVERITY_ORDER as readonly string[]).includes(value)) throw new UsageError(`unknown severity '${value}' (expected error, warning, information or hint)`);
      options.minSeverity = value as Severity;
    } else if (flag === "--quiet" || flag === "-q") {
      noValue();
      options.minSeverity = "error";
    } else if (flag === "--fix") {
      noValue();
      options.fix = true;
    } else if (flag === "--config") {
      options.config = takeValue();
    } else if (flag === "--no-config") {
      noValue();
      options.config = false;
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

function toLocated(file: string, finding: Finding, index: LineIndex, cwd: string): Located {
  const start = index.positionAt(finding.span.start);
  const end = index.positionAt(finding.span.end);
  return {
    file: shownPath(file, cwd),
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
  };
}

function shownPath(file: string, cwd: string): string {
  return path.relative(cwd, file) || ".";
}

/** A message on one line, whatever a rule put in it, with no control character reaching the terminal. */
const flat = (text: string) =>
  text.replace(/\s*\r?\n\s*/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);

function formatText(found: Located[]): string {
  return found.map((f) => `${flat(f.file)}:${f.line}:${f.column} ${f.severity} ${f.code} ${flat(f.message)}\n`).join("");
}

function summary(found: Located[], maxWarnings: number | undefined): string {
  const count = (s: Severity) => found.filter((f) => f.severity === s).length;
  const warnings = count("warning");
  let line = `${count("error")} error(s), ${warnings} warning(s), ${count("information") + count("hint")} note(s)`;
  if (maxWarnings !== undefined && warnings > maxWarnings) line += ` - more than the ${maxWarnings} warning(s) allowed by --max-warnings`;
  return line + "\n";
}

/** The settings from `--config`, or the nearest settings file; undefined when there is none. */
function projectSettings(options: LintOptions, cwd: string): Partial<ServiceSettings> {
  const fromFile = (): Partial<ServiceSettings> => {
    if (options.config === false) return {};
    if (options.config !== undefined) return readProjectConfig(path.resolve(cwd, options.config)).settings;
    return findProjectConfig(cwd)?.settings ?? {};
  };
  const settings = { ...fromFile() };
  if (options.asteriskVersion) settings.asteriskVersion = options.asteriskVersion;
  if (options.maxFileSize) settings.maxFileSize = options.maxFileSize;
  return settings;
}

export function runLintCommand(argv: string[], cwd = process.cwd()): CliResult {
  let options: LintOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof HelpRequested) return { exitCode: 0, stdout: LINT_USAGE + "\n", stderr: "" };
    return usageError(error instanceof Error ? error.message : String(error));
  }
  let loaded: LoadedWorkspace;
  try {
    loaded = loadFiles(options.paths.map((p) => path.resolve(cwd, p)), projectSettings(options, cwd));
  } catch (error) {
    if (error instanceof ConfigError) return { exitCode: 2, stdout: "", stderr: `vicidial-lint: ${flat(error.message)}\n` };
    return { exitCode: 2, stdout: "", stderr: `vicidial-lint: ${ioMessage(error, cwd)}\n` };
  }
  if (loaded.unrecognised.length > 0) {
    const lines = loaded.unrecognised.map(
      (file) =>
        `vicidial-lint: ${flat(shownPath(file, cwd))}: the name does not say what the file holds (recognised: ${RECOGNISED}); ` +
        `rename it, or name its kind in .vicidial-lint.json, e.g. {"fileAssociations": {"${flat(path.basename(file))}": "sip"}}\n`,
    );
    return { exitCode: 2, stdout: "", stderr: lines.join("") };
  }
  const { service } = loaded;
  let stderr = "";
  const shown = (f: { severity: Severity }) => SEVERITY_ORDER.indexOf(f.severity) <= SEVERITY_ORDER.indexOf(options.minSeverity);
  try {
    if (options.fix) stderr += fixAndReport(service, shown, cwd);
  } catch (error) {
    return { exitCode: 2, stdout: "", stderr: `${stderr}vicidial-lint: ${ioMessage(error, cwd)}\n` };
  }
  let findings: { file: string; finding: Finding; located: Located }[];
  try {
    findings = collect(service, cwd).filter((f) => shown(f.finding));
  } catch (error) {
    return { exitCode: 2, stdout: "", stderr: `vicidial-lint: internal error: ${service.mask(oneLine(error))}\n` };
  }
  for (const { file, reason } of loaded.notText) stderr += `vicidial-lint: ${flat(shownPath(file, cwd))}: not a text file (${reason}); skipped\n`;
  for (const target of loaded.empty) {
    stderr += `vicidial-lint: ${flat(shownPath(target, cwd))}: no file to check (looked for ${RECOGNISED})\n`;
  }
  const found = findings.map((f) => f.located);
  const errors = found.filter((f) => f.severity === "error").length;
  const warnings = found.filter((f) => f.severity === "warning").length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  let stdout: string;
  if (options.format === "json") stdout = JSON.stringify({ diagnostics: found }, null, 2) + "\n";
  else if (options.format === "sarif") stdout = JSON.stringify(sarifOf(service, findings, cwd), null, 2) + "\n";
  else stdout = formatText(found);
  if (options.format === "text" || tooManyWarnings) stderr += summary(found, options.maxWarnings);
  const fileProblem = loaded.notText.length > 0 || loaded.empty.length > 0;
  return { exitCode: fileProblem ? 2 : errors > 0 || tooManyWarnings ? 1 : 0, stdout, stderr };
}

function collect(service: LanguageService, cwd: string): { file: string; finding: Finding; located: Located }[] {
  const result: { file: string; finding: Finding; located: Located }[] = [];
  for (const [file, findings] of service.allDiagnostics()) {
    if (findings.length === 0) continue;
    const doc = service.workspace.document(file);
    const index = doc ? lineIndexOf(doc) : new LineIndex("");
    for (const finding of findings) result.push({ file, finding, located: toLocated(file, finding, index, cwd) });
  }
  return result.sort((a, b) => a.located.file.localeCompare(b.located.file) || a.located.line - b.located.line || a.located.column - b.located.column);
}

function sarifOf(service: LanguageService, findings: { file: string; finding: Finding; located: Located }[], cwd: string): object {
  const info = packageInfo();
  const rulesDocUri = info.homepage ? `${info.homepage.replace(/#.*$/, "").replace(/\/$/, "")}/blob/main/docs/rules.md` : shippedRulesDoc(info.root);
  return toSarif(
    findings.map(({ file, finding, located }) => {
      const fix = safeFix(service, finding);
      const fixes = (fix ? [fix] : service.quickFixes([finding])).filter((f) => !carriesSecret(service, f));
      return { uri: file, code: finding.code, severity: finding.severity, message: finding.message, line: located.line, column: located.column, endLine: located.endLine, endColumn: located.endColumn, fixes };
    }),
    { version: info.version, rulesDocUri, informationUri: info.homepage },
    cwd,
    (uri) => service.workspace.document(uri)?.text,
  );
}

/**
 * A fix whose new text holds a secret (one that moves or rewrites a `secret=` line): SARIF leaves it out, since a
 * code-scanning log is shared, and a masked replacement would write `****` into the config.
 */
function carriesSecret(service: LanguageService, fix: QuickFix): boolean {
  return fix.edits.some((edit) => service.mask(edit.newText) !== edit.newText);
}

/** Applies the safe fixes, writes the changed files, and returns the report for stderr. */
function fixAndReport(service: LanguageService, wanted: (f: Finding) => boolean, cwd: string): string {
  const outcome = applyFixes(service, wanted);
  for (const [file, text] of outcome.changed) fs.writeFileSync(file, text, "utf8");
  const lines = outcome.applied.map((a) => `fixed ${flat(shownPath(a.uri, cwd))}:${a.line} ${a.code}: ${flat(a.title)}\n`);
  lines.push(`${outcome.applied.length} fix(es) applied, ${outcome.changed.size} file(s) changed\n`);
  return lines.join("");
}

function usageError(message: string): CliResult {
  return { exitCode: 2, stdout: "", stderr: `vicidial-lint: ${message} (${LINT_USAGE})\n` };
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
  return `${flat(shown && !shown.startsWith("..") ? shown : which)}: ${detail}`;
}
