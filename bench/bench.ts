// `npm run bench`: every figure of the speed table in one run, printed as JSON and then as a table against the goals.
// Inputs: the generated 4,000-carrier workspace (76k lines), one 20k-line extensions.conf (asterisklint's case), the
// real IssabelPBX folder of the shared corpus (skipped with a note when absent). ASTERISKLINT=/path/to/checkout times
// ossobv/asterisklint's dialplan-check on the same dialplans. BENCH_RUNS (default 5) sets the samples per figure.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateExtensionsConf, generateWorkspace, CARRIERS } from "./generate";
import { asterisklintDir, timeAsterisklint, timeCli, type ProcessTiming } from "./external";
import { measureLspStarts, writeFolder } from "./lsp";
import { carrierRecords, editFigure, inProcess, inProcessEdits, LATER_EDITS, lineCount, LINE_ADDED_AT, realInstallEdits, round, TYPING_AT } from "./in-process";
import { goalRows, goalTable } from "./goals";

const ROOT = path.resolve(__dirname, "../..");
/** The IssabelPBX folder of the shared corpus. */
const ISSABEL = process.env.BENCH_ISSABEL ?? path.resolve(ROOT, "../shared/corpus/realworld/jbazanl__utp-issabel-asterisk");

function bundleKB(name: string): number | null {
  const file = path.join(ROOT, "dist", name);
  return fs.existsSync(file) ? round(fs.statSync(file).size / 1024, 1) : null;
}

/** Conf files of a folder (not recursive), for the real-install case. */
function confFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.endsWith(".conf")).map((name) => path.join(dir, name));
}

/** Lines per second of a process over `lines` lines. */
const rate = (t: ProcessTiming | undefined, lines: number) => (t ? Math.round(lines / t.medianSeconds) : null);

/** The file of a real install an operator edits by hand: its custom dialplan, else its smallest dialplan. */
const HAND_EDITED = "extensions_custom.conf";

/**
 * The real IssabelPBX folder: our CLI on the folder; asterisklint on an extensions.conf that includes its dialplans;
 * and in-process, a one-line edit in the hand-edited dialplan while every file of the folder is open.
 */
async function timeIssabel(tmp: string, alint: string | undefined, processRuns: number, runs: number, notes: string[]): Promise<Record<string, unknown>> {
  if (!fs.existsSync(ISSABEL)) {
    notes.push(`IssabelPBX folder absent (${ISSABEL}): skipped`);
    return { skipped: `no folder ${ISSABEL}` };
  }
  const confs = confFiles(ISSABEL);
  const lines = confs.reduce((sum, f) => sum + lineCount(fs.readFileSync(f, "utf8")), 0);
  const dialplans = confs.filter((f) => /^extensions/i.test(path.basename(f)));
  const dialplanLines = dialplans.reduce((sum, f) => sum + lineCount(fs.readFileSync(f, "utf8")), 0);
  const wrapper = path.join(tmp, "issabel-extensions.conf");
  fs.writeFileSync(wrapper, dialplans.map((f) => `#include ${f}\n`).join(""));
  const ours = timeCli(ROOT, [ISSABEL], processRuns);
  const theirs = alint ? timeAsterisklint(alint, wrapper, processRuns) : undefined;
  const texts = new Map(confs.map((f) => [path.basename(f), fs.readFileSync(f, "utf8")]));
  const edited = texts.has(HAND_EDITED) ? HAND_EDITED : [...texts].filter(([name]) => /^extensions/i.test(name)).sort((a, b) => a[1].length - b[1].length)[0]?.[0];
  // The largest dialplan, where a step edit costs most (FreePBX's extensions_additional.conf, tens of thousands of lines).
  const largest = [...texts].filter(([name]) => /^extensions/i.test(name)).sort((a, b) => b[1].length - a[1].length)[0]?.[0];
  const measured = edited ? await realInstallEdits(texts, edited, runs, largest) : undefined;
  return {
    lines,
    dialplanLines,
    cli: ours,
    linesPerSecond: rate(ours, lines),
    asterisklint: theirs,
    asterisklintLinesPerSecond: rate(theirs, dialplanLines),
    edit: { file: edited, ...measured?.edit },
    dialplanEdit: { file: largest, ...measured?.dialplanEdit },
    typing: { file: largest, at: TYPING_AT, figures: measured?.typing },
    lineAdded: { file: largest, at: LINE_ADDED_AT, ...measured?.lineAdded },
  };
}

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
    const analysis = await inProcess(files, runs);
    const edits = await inProcessEdits(files, runs);
    const records = await carrierRecords(runs);
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

    const issabel = await timeIssabel(tmp, alint, processRuns, runs, notes);

    // Over LSP: a lone 10k-line sip.conf, then the whole workspace opened on disk with one included file open.
    const sipDir = writeFolder(path.join(tmp, "single"), new Map([["sip.conf", files.get("sip-carriers-03.conf")!]]));
    const firstEdits = Math.max(runs, 10);
    const single = await measureLspStarts(undefined, path.join(sipDir, "sip.conf"), files.get("sip-carriers-03.conf")!, firstEdits + LATER_EDITS, processRuns);
    const workspace = await measureLspStarts(wsDir, path.join(wsDir, "sip-carriers-03.conf"), files.get("sip-carriers-03.conf")!, firstEdits + LATER_EDITS, processRuns);
    const singleEdit = editFigure(single.editMs, firstEdits);
    const workspaceEdit = editFigure(workspace.editMs, firstEdits);

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
        single10kSipConf: {
          firstDiagnosticsMs: round(single.firstDiagnosticsMs),
          firstDiagnosticsSamples: single.firstDiagnosticsSamples.map((ms) => round(ms)),
          editMs: singleEdit.ms,
          laterEditMs: singleEdit.laterMs,
          rssMB: single.rssMB,
        },
        workspace: {
          firstDiagnosticsMs: round(workspace.firstDiagnosticsMs),
          firstDiagnosticsSamples: workspace.firstDiagnosticsSamples.map((ms) => round(ms)),
          editInIncludedFileMs: workspaceEdit.ms,
          laterEditInIncludedFileMs: workspaceEdit.laterMs,
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
    const rows = goalRows({ cli, cliRate, alintRate, cli20k, alint20k, analysis, single, workspace, singleEdit, workspaceEdit, server, issabel, dialplanEdit: edits.editIn20kLineDialplan });
    process.stdout.write("\n" + goalTable(rows) + "\n" + notes.map((n) => `note: ${n}\n`).join(""));
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
