// `npm run bench`: every figure of the speed table in one run, printed as JSON and then as a table against the goals.
// Inputs: the generated 4,000-carrier workspace (76k lines), one 20k-line extensions.conf (asterisklint's case), the
// real IssabelPBX folder of the shared corpus (skipped with a note when absent). ASTERISKLINT=/path/to/checkout times
// ossobv/asterisklint's dialplan-check on the same dialplans. BENCH_RUNS (default 5) sets the samples per figure.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { LanguageService } from "../server/src/service/language-service";
import { CARRIERS, CHUNK_LINES, generateCarrierWorkspace, generateExtensionsConf, generateWorkspace, peer } from "./generate";
import { asterisklintDir, timeAsterisklint, timeCli, type ProcessTiming } from "./external";
import { measureLsp, writeFolder } from "./lsp";

const ROOT = path.resolve(__dirname, "../..");
/** Carrier records in the VICIdial-side workspace (a large install has a few hundred). */
const RECORD_CARRIERS = 500;
const ISSABEL = process.env.BENCH_ISSABEL ?? path.resolve(ROOT, "../shared/corpus/realworld/jbazanl__utp-issabel-asterisk");
const GOALS = {
  cliSeconds: 0.3,
  timesAsterisklint: 10,
  msPer100kLines: 300,
  timesSplitRegex: 20,
  editMs: 15,
  coldStartMs: 300,
  rssMB: 100,
  serverBundleKB: 400,
  issabelCliSeconds: 0.4,
};

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
const lineCount = (text: string) => text.split("\n").length;

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

/** The cheapest scan that still looks at every line: split into lines, one regex per line (section, key/value). */
const LINE = /^\s*(?:\[([^\]]*)\]|([^=;]+?)\s*=>?\s*([^;]*))/;
function splitRegexScan(texts: string[]): number {
  let matched = 0;
  for (const text of texts) for (const line of text.split("\n")) if (LINE.test(line)) matched++;
  return matched;
}

/** Conf files of a folder (not recursive), for the real-install case. */
function confFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.endsWith(".conf")).map((name) => path.join(dir, name));
}

function inProcess(files: Map<string, string>, runs: number) {
  const texts = [...files.values()];
  const lines = texts.reduce((sum, t) => sum + lineCount(t), 0);
  // The first analysis runs cold (as when an editor opens the workspace); the median is of warm fresh services.
  const cold = sample(1, () => load(files).allDiagnostics())[0];
  const warm = median(sample(runs, () => load(files).allDiagnostics()));
  const scan = median(sample(Math.max(runs, 9), () => splitRegexScan(texts)));
  const split = median(sample(Math.max(runs, 9), () => texts.forEach((t) => t.split("\n"))));
  return {
    lines,
    coldMs: round(cold),
    warmMs: round(warm),
    coldMsPer100kLines: round((cold * 100_000) / lines),
    warmMsPer100kLines: round((warm * 100_000) / lines),
    linesPerSecond: Math.round(lines / (warm / 1000)),
    splitRegexScanMs: round(scan),
    lineSplitFloorMs: round(split),
    timesSplitRegexScan: round(warm / scan, 1),
  };
}

/** One-line edits in-process: in a 10k-line included file, and in a 10k-line file nothing includes. */
function inProcessEdits(files: Map<string, string>, runs: number) {
  const service = load(files);
  const findings = countFindings(service);
  const editName = "sip-carriers-03.conf";
  const original = files.get(editName)!;
  const editLines = original.split("\n");
  const included = sample(Math.max(runs, 10), (i) => {
    service.setDocument(uriOf(editName), editOneLine(editLines, i));
    service.allDiagnostics();
  });
  const identical = sample(Math.max(runs, 10), () => {
    service.setDocument(uriOf(editName), service.workspace.document(uriOf(editName))!.text);
    service.allDiagnostics();
  });
  const standalone = new Map(files);
  const alone = Array.from({ length: Math.floor(CHUNK_LINES / 13) }, (_, n) => peer(n + 90_000)).flat();
  standalone.set("sip-branch.conf", alone.join("\n"));
  const aloneService = load(standalone);
  aloneService.allDiagnostics();
  const aloneEdits = sample(Math.max(runs, 10), (i) => {
    aloneService.setDocument(uriOf("sip-branch.conf"), editOneLine(alone, i));
    aloneService.allDiagnostics();
  });
  // Hover on an option name and on a codec in the middle of the edited file (after analysis, as in an editor).
  service.setDocument(uriOf(editName), original);
  service.allDiagnostics();
  const hoverOffsets = [original.indexOf("dtmfmode=", original.length >> 1), original.indexOf("ulaw", original.length >> 1)];
  const hovers = sample(100, (i) => service.hover(uriOf(editName), hoverOffsets[i % hoverOffsets.length]));
  return {
    findings,
    editIn10kLineIncludedFileMs: round(median(included)),
    editIn10kLineStandaloneFileMs: round(median(aloneEdits)),
    identicalTextMs: round(median(identical), 3),
    hoverMs: round(median(hovers), 3),
  };
}

function carrierRecords(runs: number) {
  const records = generateCarrierWorkspace(RECORD_CARRIERS);
  const lines = [...records.values()].reduce((sum, t) => sum + lineCount(t), 0);
  const full = sample(runs, () => load(records).allDiagnostics());
  const service = load(records);
  const findings = countFindings(service);
  const edited = [...records.keys()].find((name) => name.endsWith(".carrier"))!;
  const text = records.get(edited)!;
  const edits = sample(Math.max(runs, 10), (i) => {
    service.setDocument(uriOf(edited), text.replace("allow=ulaw", i % 2 ? "allow=alaw" : "allow=ulaw"));
    service.allDiagnostics();
  });
  return { carriers: RECORD_CARRIERS, lines, findings, fullAnalysisMs: round(median(full)), editOneCarrierMs: round(median(edits)) };
}

/** Lines per second of a process over `lines` lines. */
const rate = (t: ProcessTiming | undefined, lines: number) => (t ? Math.round(lines / t.medianSeconds) : null);

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const processRuns = Math.max(3, Math.min(runs, 5));
  const files = generateWorkspace();
  const extensions20k = generateExtensionsConf(20_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-bench-"));
  const alint = asterisklintDir();
  const notes: string[] = [];
  if (!alint) notes.push("asterisklint not timed: set ASTERISKLINT to a checkout of github.com/ossobv/asterisklint");
  try {
    const analysis = inProcess(files, runs);
    const edits = inProcessEdits(files, runs);
    const records = carrierRecords(runs);
    (globalThis as { gc?: () => void }).gc?.();
    const heapMB = round(process.memoryUsage().heapUsed / 1024 / 1024, 1);

    // Whole processes: the 76k-line workspace (asterisklint reads its extensions.conf, the only file it checks).
    const wsDir = writeFolder(path.join(tmp, "workspace"), files);
    const cli = timeCli(ROOT, [wsDir], processRuns);
    const wsExtensions = path.join(wsDir, "extensions.conf");
    const wsExtensionsLines = lineCount(files.get("extensions.conf")!);
    const alintWorkspace = alint ? timeAsterisklint(alint, wsExtensions, processRuns) : undefined;

    // asterisklint's own case: one 20k-line extensions.conf.
    const extDir = writeFolder(path.join(tmp, "ext20k"), new Map([["extensions.conf", extensions20k]]));
    const extFile = path.join(extDir, "extensions.conf");
    const cli20k = timeCli(ROOT, [extFile], processRuns);
    const alint20k = alint ? timeAsterisklint(alint, extFile, processRuns) : undefined;

    // The real IssabelPBX folder: our CLI on the folder; asterisklint on an extensions.conf that includes its dialplans.
    let issabel: Record<string, unknown> = { skipped: `no folder ${ISSABEL}` };
    if (fs.existsSync(ISSABEL)) {
      const confs = confFiles(ISSABEL);
      const lines = confs.reduce((sum, f) => sum + lineCount(fs.readFileSync(f, "utf8")), 0);
      const dialplans = confs.filter((f) => /^extensions/i.test(path.basename(f)));
      const dialplanLines = dialplans.reduce((sum, f) => sum + lineCount(fs.readFileSync(f, "utf8")), 0);
      const wrapper = path.join(tmp, "issabel-extensions.conf");
      fs.writeFileSync(wrapper, dialplans.map((f) => `#include ${f}\n`).join(""));
      const ours = timeCli(ROOT, [ISSABEL], processRuns);
      const theirs = alint ? timeAsterisklint(alint, wrapper, processRuns) : undefined;
      issabel = { lines, dialplanLines, cli: ours, linesPerSecond: rate(ours, lines), asterisklint: theirs, asterisklintLinesPerSecond: rate(theirs, dialplanLines) };
    } else notes.push(`IssabelPBX folder absent (${ISSABEL}): skipped`);

    // Over LSP: a lone 10k-line sip.conf, then the whole workspace opened on disk with one included file open.
    const sipDir = writeFolder(path.join(tmp, "single"), new Map([["sip.conf", files.get("sip-carriers-03.conf")!]]));
    const single = await measureLsp(undefined, path.join(sipDir, "sip.conf"), files.get("sip-carriers-03.conf")!, Math.max(runs, 10));
    const workspace = await measureLsp(wsDir, path.join(wsDir, "sip-carriers-03.conf"), files.get("sip-carriers-03.conf")!, Math.max(runs, 10));

    const server = bundleKB("server.js");
    const cliRate = rate(cli, analysis.lines);
    const alintRate = rate(alintWorkspace, wsExtensionsLines);
    const result = {
      workspace: { carriers: CARRIERS, files: files.size, lines: analysis.lines, extensionsConfLines: wsExtensionsLines, findings: edits.findings },
      runs,
      cli: { ...cli, linesPerSecond: cliRate },
      asterisklint: alintWorkspace ? { ...alintWorkspace, file: "extensions.conf", lines: wsExtensionsLines, linesPerSecond: alintRate } : null,
      extensions20k: {
        lines: lineCount(extensions20k),
        cli: cli20k,
        asterisklint: alint20k ?? null,
        timesFasterThanAsterisklint: alint20k ? round(alint20k.medianSeconds / cli20k.medianSeconds) : null,
      },
      issabel,
      inProcess: analysis,
      edits,
      lsp: {
        single10kSipConf: { firstDiagnosticsMs: round(single.firstDiagnosticsMs), editMs: round(median(single.editMs)), rssMB: single.rssMB },
        workspace: {
          firstDiagnosticsMs: round(workspace.firstDiagnosticsMs),
          editInIncludedFileMs: round(median(workspace.editMs)),
          editSamples: workspace.editMs.length,
          rssMB: workspace.rssMB,
        },
      },
      heapUsedMB: heapMB,
      bundleKB: { server, cli: bundleKB("cli.js"), client: bundleKB("client.js") },
      carrierRecords: records,
      notes,
    };
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    const x = (a: number | null, b: number | null) => (a && b ? `${round(a / b, 1)}x` : "n/a");
    const rows: [string, string, string, boolean | null][] = [
      ["whole CLI process, 76k lines", `${cli.medianSeconds} s; ${x(cliRate, alintRate)} asterisklint's lines/s`, `<= ${GOALS.cliSeconds} s, >= ${GOALS.timesAsterisklint}x`, cli.medianSeconds <= GOALS.cliSeconds && (alintRate === null || (cliRate ?? 0) >= GOALS.timesAsterisklint * alintRate)],
      ["one 20k-line extensions.conf", `${cli20k.medianSeconds} s; asterisklint ${alint20k?.medianSeconds ?? "n/a"} s (${x(alint20k?.medianSeconds ?? null, cli20k.medianSeconds)} faster)`, `>= ${GOALS.timesAsterisklint}x faster`, alint20k ? alint20k.medianSeconds / cli20k.medianSeconds >= GOALS.timesAsterisklint : null],
      ["in-process analysis per 100k lines", `${analysis.warmMsPer100kLines} ms warm, ${analysis.coldMsPer100kLines} ms cold; ${analysis.timesSplitRegexScan}x split+regex`, `<= ${GOALS.msPer100kLines} ms, <= ${GOALS.timesSplitRegex}x`, analysis.warmMsPer100kLines <= GOALS.msPer100kLines && analysis.timesSplitRegexScan <= GOALS.timesSplitRegex],
      ["one-line edit -> diagnostics over LSP", `${round(median(single.editMs))} ms (10k-line sip.conf); ${round(median(workspace.editMs))} ms in an included file`, `<= ${GOALS.editMs} ms`, Math.max(median(single.editMs), median(workspace.editMs)) <= GOALS.editMs],
      ["cold start -> first diagnostics", `${round(single.firstDiagnosticsMs)} ms (10k-line sip.conf), ${round(workspace.firstDiagnosticsMs)} ms (workspace)`, `<= ${GOALS.coldStartMs} ms`, Math.max(single.firstDiagnosticsMs, workspace.firstDiagnosticsMs) <= GOALS.coldStartMs],
      ["server RSS", `${workspace.rssMB} MB at ${analysis.lines} lines`, `<= ${GOALS.rssMB} MB`, workspace.rssMB === null ? null : workspace.rssMB <= GOALS.rssMB],
      ["dist/server.js", `${server} KB`, `<= ${GOALS.serverBundleKB} KB`, server !== null && server <= GOALS.serverBundleKB],
    ];
    const real = issabel as { cli?: ProcessTiming; lines?: number; asterisklint?: ProcessTiming };
    if (real.cli) rows.push(["IssabelPBX folder, whole CLI", `${real.cli.medianSeconds} s (${real.lines} lines); asterisklint ${real.asterisklint?.medianSeconds ?? "n/a"} s on its dialplans`, `<= ${GOALS.issabelCliSeconds} s`, real.cli.medianSeconds <= GOALS.issabelCliSeconds]);
    const table = ["| measure | now | goal | met |", "|---|---|---|---|", ...rows.map(([m, now, goal, met]) => `| ${m} | ${now} | ${goal} | ${met === null ? "n/a" : met ? "yes" : "no"} |`)];
    process.stdout.write("\n" + table.join("\n") + "\n" + notes.map((n) => `note: ${n}\n`).join(""));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(String(error instanceof Error ? error.stack : error) + "\n");
    process.exitCode = 1;
  });
}
