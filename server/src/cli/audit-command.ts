// `vicidial-lint audit PATH... [--format text|json]`: the ways a call gets in without a password, what each can reach
// in the dialplan (and whether that includes a carrier's Dial), the carriers' inbound contexts, what the workspace
// does not show, and the `security/` findings. Exit code 1 when there is a security error.
import * as path from "node:path";
import { LanguageService } from "../service/language-service";
import { loadForCommand } from "./load-workspace";
import { securityAudit } from "../service/model/security-audit";
import { carriersOf, dialText } from "../service/model/security-carriers";
import { carrierDials, type Reach } from "../service/model/reachability";
import { LineIndex } from "../service/text/span";

export interface AuditCommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const AUDIT_USAGE = "usage: vicidial-lint audit PATH... [--format text|json]";

interface ReachJson {
  context: string;
  reaches: string[];
  carrierDials: { file: string; line: number; context: string; extension: string; dial: string; carriers: string[] }[];
  unknown: string[];
  missing: string[];
}

export function runAudit(argv: string[], cwd = process.cwd()): AuditCommandResult {
  let format: "text" | "json" = "text";
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { exitCode: 0, stdout: AUDIT_USAGE + "\n", stderr: "" };
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (value !== "text" && value !== "json") return usage(`unknown format '${value ?? ""}' (expected text or json)`);
      format = value;
    } else if (arg.startsWith("--")) return usage(`unknown option '${arg}'`);
    else paths.push(arg);
  }
  if (paths.length === 0) return usage("no PATH given");
  const service = loadForCommand(paths, cwd, "audit");
  if (!(service instanceof LanguageService)) return service;
  const fileOf = (uri: string) => (uri.length === 0 ? "" : path.relative(cwd, uri) || uri);
  const lineOf = (uri: string, offset: number) => service.workspace.lineNumber(uri, offset);
  const audit = securityAudit(service.workspace);
  const reachJson = (reach: Reach): ReachJson => ({
    context: reach.start,
    reaches: reach.contexts,
    carrierDials: carrierDials(reach).map((site) => ({
      file: fileOf(site.step.uri),
      line: lineOf(site.step.uri, site.step.option.node.line.start),
      context: site.context,
      extension: site.extension,
      dial: dialText(site),
      carriers: carriersOf(site).map((c) => c.name),
    })),
    unknown: reach.unknown,
    missing: reach.missing,
  });
  const findings = [...service.allDiagnostics()].flatMap(([uri, list]) => {
    const index = new LineIndex(service.workspace.document(uri)?.text ?? "");
    return list
      .filter((f) => f.code.startsWith("security/"))
      .map((f) => {
        const at = index.positionAt(f.span.start);
        return { file: fileOf(uri), line: at.line + 1, column: at.character + 1, severity: f.severity, code: f.code, message: f.message };
      });
  });
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const unmasked = {
    entryPoints: audit.entries.map((e) => ({ kind: e.kind, who: e.label, file: fileOf(e.uri), line: lineOf(e.uri, e.span.start), contexts: e.reaches.map(reachJson) })),
    carriers: audit.carriers.map((c) => ({ name: c.name, tech: c.tech, why: c.why, file: fileOf(c.uri), line: lineOf(c.uri, c.span.start) })),
    inbound: audit.inbound.map((i) => ({ carrier: i.carrier.name, ...reachJson(i.reach) })),
    unknown: audit.unknowns.map((u) => u.message),
    findings,
  };
  // Every text of the report goes through the secret masker; file names are the caller's, not workspace text.
  const mask = (value: unknown, key?: string): unknown =>
    typeof value === "string" ? (key === "file" ? value : service.mask(value)) : Array.isArray(value) ? value.map((v) => mask(v)) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, k)])) : value;
  const report = mask(unmasked) as typeof unmasked;
  const exitCode = findings.some((f) => f.severity === "error") ? 1 : 0;
  return { exitCode, stdout: format === "json" ? JSON.stringify(report, null, 2) + "\n" : formatText(report), stderr: "" };
}

type Report = {
  entryPoints: { kind: string; who: string; file: string; line: number; contexts: ReachJson[] }[];
  carriers: { name: string; tech: string; why: string; file: string; line: number }[];
  inbound: ({ carrier: string } & ReachJson)[];
  unknown: string[];
  findings: { file: string; line: number; column: number; severity: string; code: string; message: string }[];
};

function reachLines(reach: ReachJson): string[] {
  const out = [`      reaches: ${reach.reaches.length > 0 ? reach.reaches.map((c) => `[${c}]`).join(" ") : "(nothing defined)"}`];
  for (const d of reach.carrierDials) out.push(`      CARRIER DIAL: ${d.dial} -> ${d.carriers.join(", ")}  (${d.file}:${d.line}, ${d.extension} in [${d.context}])`);
  if (reach.carrierDials.length === 0) out.push("      no Dial to a carrier");
  if (reach.unknown.length > 0) out.push(`      not in the workspace (unknown): ${reach.unknown.map((c) => `[${c}]`).join(" ")}`);
  return out;
}

function formatText(report: Report): string {
  const out: string[] = [];
  out.push(`Entry points that need no password: ${report.entryPoints.length}`);
  for (const e of report.entryPoints) {
    out.push(`  ${e.who}  (${e.file}:${e.line})`);
    for (const reach of e.contexts) {
      out.push(`    -> [${reach.context}]`);
      out.push(...reachLines(reach));
    }
  }
  out.push("", `Carriers (outbound trunks): ${report.carriers.length}`);
  for (const c of report.carriers) out.push(`  ${c.tech}/${c.name}: ${c.why}  (${c.file}:${c.line})`);
  out.push("", "Carrier inbound contexts:");
  for (const i of report.inbound) {
    out.push(`  ${i.carrier} -> [${i.context}]`);
    out.push(...reachLines(i));
  }
  if (report.unknown.length > 0) {
    out.push("", "Unknown:");
    for (const u of report.unknown) out.push(`  ${u}`);
  }
  out.push("", `Findings: ${report.findings.length}`);
  for (const f of report.findings) out.push(`  ${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message.replace(/\s*\r?\n\s*/g, " ")}`);
  return out.join("\n") + "\n";
}

function usage(message: string): AuditCommandResult {
  return { exitCode: 2, stdout: "", stderr: `vicidial-lint audit: ${message} (${AUDIT_USAGE})\n` };
}
