// `npm run bench`: analyses a generated VICIdial-like workspace (4,000 carriers) and prints timings as JSON:
// full analysis, the line-split floor, a one-line edit, hover, heap, bundle sizes and the whole CLI process; then the
// same for a workspace of 500 carrier records.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { LanguageService } from "../server/src/service/language-service";

const ROOT = path.resolve(__dirname, "../..");
const CARRIERS = 4000;
/** Carrier records in the VICIdial-side workspace (a large install has a few hundred). */
const RECORD_CARRIERS = 500;
/** Peers are split into include files of about this many lines, as large installs split sip.conf. */
const CHUNK_LINES = 10_000;
const TARGETS = { fullAnalysisMsPer100kLines: 300, editMs: 15, hoverMs: 5, cliSeconds: 0.3, serverBundleKB: 400 };

const id = (n: number) => `carrier${String(n).padStart(4, "0")}`;
const ip = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

/** A peer of 13 lines (12 and a blank line); with its register line in [general] a carrier takes 14 lines of sip.conf. */
function peer(n: number): string[] {
  return [
    `[${id(n)}]`,
    "type=peer",
    `host=${ip(n + 1)}`,
    `defaultuser=user${n}`,
    `secret=CHANGE_ME_${n}`,
    "context=trunkinbound",
    "insecure=port,invite",
    "qualify=yes",
    "disallow=all",
    "allow=ulaw",
    "allow=alaw",
    "dtmfmode=rfc2833",
    "",
  ];
}

/** sip.conf ([general] with every register line, then #include of the peer files), the peer files, extensions.conf. */
export function generateWorkspace(): Map<string, string> {
  const files = new Map<string, string>();
  const general = ["[general]", "context=default", "allowguest=no", "bindport=5060", "bindaddr=0.0.0.0", "disallow=all", "allow=ulaw"];
  for (let n = 0; n < CARRIERS; n++) general.push(`register => user${n}:CHANGE_ME_${n}@${ip(n + 1)}:5060`);
  const peersPerChunk = Math.floor(CHUNK_LINES / 13);
  for (let chunk = 0; chunk * peersPerChunk < CARRIERS; chunk++) {
    const name = `sip-carriers-${String(chunk + 1).padStart(2, "0")}.conf`;
    general.push(`#include ${name}`);
    const lines: string[] = [];
    for (let n = chunk * peersPerChunk; n < Math.min(CARRIERS, (chunk + 1) * peersPerChunk); n++) lines.push(...peer(n));
    files.set(name, lines.join("\n"));
  }
  files.set("sip.conf", general.join("\n") + "\n");
  const globals = ["[general]", "static=yes", "writeprotect=no", "", "[globals]"];
  const routes = ["[vicidial-auto-external]"];
  for (let n = 0; n < CARRIERS; n++) {
    globals.push(`TRUNK${n} = SIP/${id(n)}`);
    // Dial prefix 6 + four digits picks the carrier; ${EXTEN:5} leaves 1 + the ten-digit number.
    const pattern = `_6${String(n).padStart(4, "0")}1NXXNXXXXXX`;
    routes.push(
      `exten => ${pattern},1,AGI(agi://127.0.0.1:4577/call_log)`,
      `exten => ${pattern},n,Dial(\${TRUNK${n}}/\${EXTEN:5},\${CAMPDTO},To)`,
      `exten => ${pattern},n,Hangup()`,
      "",
    );
  }
  files.set("extensions.conf", [...globals, "", ...routes].join("\n") + "\n");
  return files;
}

/** A VICIdial-side workspace: `count` carrier records (SIP with a registration, PJSIP with aor/identify/endpoint). */
export function generateCarrierWorkspace(count: number): Map<string, string> {
  const files = new Map<string, string>();
  files.set("sip.conf", "[general]\ncontext=default\n#include sip-vicidial.conf\n");
  files.set("pjsip.conf", '[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0:5060\n#include "pjsip-vicidial.conf"\n');
  files.set("extensions.conf", "[general]\nstatic=yes\n[globals]\n#include extensions-vicidial.conf\n[default]\ninclude => vicidial-auto\n");
  for (let n = 0; n < count; n++) {
    const carrier = `CARR${String(n).padStart(4, "0")}`;
    const pjsip = n % 2 === 1;
    const prefix = `7${String(n).padStart(4, "0")}`;
    const account = pjsip
      ? [`[${carrier}]`, "type=aor", `contact=sip:${ip(n + 1)}:5060`, "qualify_frequency=30", `[${carrier}]`, "type=identify", `endpoint=${carrier}`, `match=${ip(n + 1)}`, `[${carrier}]`, "type=endpoint", "context=trunkinbound", "disallow=all", "allow=ulaw", `aors=${carrier}`]
      : [`[${carrier}]`, "type=peer", `host=${ip(n + 1)}`, `defaultuser=user${n}`, `secret=CHANGE_ME_${n}`, "context=trunkinbound", "insecure=port,invite", "disallow=all", "allow=ulaw", "dtmfmode=rfc2833"];
    const dial = pjsip ? `PJSIP/\${EXTEN:5}@\${T${carrier}}` : `\${T${carrier}}/\${EXTEN:5}`;
    files.set(
      `${carrier.toLowerCase()}.carrier`,
      [
        `carrier_id: ${carrier}`,
        `carrier_name: Carrier ${n}`,
        `protocol: ${pjsip ? "PJSIP" : "SIP"}`,
        "server_ip: 0.0.0.0",
        "active: Y",
        "template_id: --NONE--",
        pjsip ? "" : `registration_string: register => user${n}:CHANGE_ME_${n}@${ip(n + 1)}:5060`,
        `globals_string: T${carrier} = ${pjsip ? carrier : `SIP/${carrier}`}`,
        "[[account_entry]]",
        ...account,
        "[[dialplan_entry]]",
        `exten => _${prefix}1NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)`,
        `exten => _${prefix}1NXXNXXXXXX,n,Dial(${dial},\${CAMPDTO},To)`,
        `exten => _${prefix}1NXXNXXXXXX,n,Hangup()`,
        "",
      ].join("\n"),
    );
  }
  return files;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Budget per measurement: slow analyses are sampled fewer times (at least once) so the bench always finishes. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 20_000);

/** Times `action(i)` up to `count` times (fewer once the budget is spent); returns the durations in ms. */
function sample(count: number, action: (i: number) => void): number[] {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count && (i === 0 || performance.now() - started < BUDGET_MS); i++) {
    const start = performance.now();
    action(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** The text with the i-th `qualify=yes` line (counted from line 100) turned into `qualify=no`: a one-line edit. */
function editOneLine(lines: string[], i: number): string {
  const changed = [...lines];
  let seen = -1;
  for (let line = 100; line < changed.length; line++) {
    if (changed[line] === "qualify=yes" && ++seen === i) {
      changed[line] = "qualify=no";
      break;
    }
  }
  return changed.join("\n");
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const uriOf = (name: string) => `/bench/${name}`;

function load(files: Map<string, string>): LanguageService {
  const service = new LanguageService();
  for (const [name, text] of files) service.setDocument(uriOf(name), text);
  return service;
}

function countFindings(service: LanguageService): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const findings of service.allDiagnostics().values()) for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return counts;
}

function bundleKB(name: string): number | null {
  const file = path.join(ROOT, "dist", name);
  return fs.existsSync(file) ? round(fs.statSync(file).size / 1024, 1) : null;
}

function measureCli(files: Map<string, string>, runs: number): { medianSeconds: number; samples: number; exitCode: number | null; diagnostics: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-bench-"));
  try {
    for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
    const cli = path.join(ROOT, "dist/cli.js");
    let last: ReturnType<typeof spawnSync> | undefined;
    const times = sample(runs, () => {
      last = spawnSync(process.execPath, [cli, "--format", "json", dir], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    }).map((ms) => ms / 1000);
    const output = String(last?.stdout ?? "");
    const diagnostics = output ? (JSON.parse(output) as { diagnostics: unknown[] }).diagnostics.length : -1;
    return { medianSeconds: round(median(times), 3), samples: times.length, exitCode: last?.status ?? null, diagnostics };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const files = generateWorkspace();
  const texts = [...files.values()];
  const lines = texts.reduce((sum, t) => sum + t.split("\n").length, 0);
  const sipLines = [...files].filter(([n]) => n.startsWith("sip")).reduce((sum, [, t]) => sum + t.split("\n").length, 0);

  // The first analysis runs cold (as when an editor opens the workspace); the median is of warm fresh services.
  const cold = sample(1, () => load(files).allDiagnostics())[0];
  const full = sample(runs, () => load(files).allDiagnostics());
  const split = sample(runs, () => texts.forEach((t) => t.split("\n")));

  // One-line edits in a 10k-line include file (its unit, sip.conf and everything it includes, is re-checked).
  const service = load(files);
  const findings = countFindings(service);
  const editName = "sip-carriers-03.conf";
  const original = files.get(editName)!;
  const editLines = original.split("\n");
  const edits = sample(Math.max(runs, 10), (i) => {
    service.setDocument(uriOf(editName), editOneLine(editLines, i));
    service.allDiagnostics();
  });

  // One-line edit in a 10k-line file that nothing includes (a unit of its own).
  const standalone = new Map(files);
  const alone = Array.from({ length: Math.floor(CHUNK_LINES / 13) }, (_, n) => peer(n + 90_000)).flat();
  standalone.set("sip-branch.conf", alone.join("\n"));
  const standaloneService = load(standalone);
  standaloneService.allDiagnostics();
  const aloneEdits = sample(Math.max(runs, 10), (i) => {
    standaloneService.setDocument(uriOf("sip-branch.conf"), editOneLine(alone, i));
    standaloneService.allDiagnostics();
  });

  // Hover on an option name and on a codec in the middle of the edited file (after analysis, as in an editor).
  service.setDocument(uriOf(editName), original);
  service.allDiagnostics();
  const hoverOffsets = [original.indexOf("dtmfmode=", original.length >> 1), original.indexOf("ulaw", original.length >> 1)];
  const hovers = sample(100, (i) => service.hover(uriOf(editName), hoverOffsets[i % hoverOffsets.length]));

  // A VICIdial-side workspace of carrier records: full analysis, and a one-line edit in one carrier.
  const records = generateCarrierWorkspace(RECORD_CARRIERS);
  const recordLines = [...records.values()].reduce((sum, t) => sum + t.split("\n").length, 0);
  const recordFull = sample(runs, () => load(records).allDiagnostics());
  const recordService = load(records);
  const recordFindings = countFindings(recordService);
  const editedCarrier = [...records.keys()].find((name) => name.endsWith(".carrier"))!;
  const carrierText = records.get(editedCarrier)!;
  const recordEdits = sample(Math.max(runs, 10), (i) => {
    recordService.setDocument(uriOf(editedCarrier), carrierText.replace("allow=ulaw", i % 2 ? "allow=alaw" : "allow=ulaw"));
    recordService.allDiagnostics();
  });

  (globalThis as { gc?: () => void }).gc?.();
  const heapMB = round(process.memoryUsage().heapUsed / 1024 / 1024, 1);

  const cli = measureCli(files, Math.max(3, Math.min(runs, 5)));
  const server = bundleKB("server.js");
  const fullMs = median(full);
  const editMs = median(edits);
  const hoverMs = median(hovers);
  const per100k = (fullMs * 100_000) / lines;
  const result = {
    workspace: { carriers: CARRIERS, files: files.size, lines, sipConfLines: sipLines, extensionsConfLines: files.get("extensions.conf")!.split("\n").length, findings },
    runs,
    firstAnalysisColdMs: round(cold),
    fullAnalysisMs: round(fullMs),
    fullAnalysisSamples: full.length,
    linesPerSecond: Math.round(lines / (fullMs / 1000)),
    fullAnalysisMsPer100kLines: round(per100k),
    lineSplitFloorMs: round(median(split)),
    editIn10kLineIncludedFileMs: round(editMs),
    editIn10kLineStandaloneFileMs: round(median(aloneEdits)),
    editSamples: edits.length,
    hoverMs: round(hoverMs, 3),
    heapUsedMB: heapMB,
    bundleKB: { server, cli: bundleKB("cli.js"), client: bundleKB("client.js") },
    cli,
    carrierRecords: {
      carriers: RECORD_CARRIERS,
      lines: recordLines,
      findings: recordFindings,
      fullAnalysisMs: round(median(recordFull)),
      editOneCarrierMs: round(median(recordEdits)),
    },
    targets: TARGETS,
    withinTargets: {
      fullAnalysis: per100k <= TARGETS.fullAnalysisMsPer100kLines,
      edit: editMs <= TARGETS.editMs,
      hover: hoverMs <= TARGETS.hoverMs,
      cli: cli.medianSeconds <= TARGETS.cliSeconds,
      serverBundle: server !== null && server <= TARGETS.serverBundleKB,
    },
  };
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
}

if (require.main === module) main();
