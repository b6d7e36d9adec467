// Fuzzing every feature of the language service: a seeded generator makes workspaces (random text, configs built
// from the grammar of each dialect, and mutations of the examples and corpora), and every feature runs on them.
// Asserted: nothing throws or reports an internal error, no call takes over a second of CPU time (wall time would
// count other processes on a shared machine), spans and edits stay inside their documents, and every offered quick
// fix, once applied, removes its finding and adds no error on the lines it touched. FUZZ_RUNS=100000 for a long local run, FUZZ_SEED to replay, FUZZ_SAVE=1 to write a minimized reproducer
// of each failure to test/fuzz/regressions/ (those are replayed first on every run).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../../server/src/service/language-service";
import type { Finding, QuickFix } from "../../server/src/service/rules/types";
import { LineIndex } from "../../server/src/service/text/span";
import { generateWorkspace, generator, type FuzzFiles } from "./generate";

const ROOT = path.resolve(__dirname, "../../..");
const REGRESSIONS = path.join(ROOT, "test/fuzz/regressions");
// 2000 by default keeps `npm test` under a minute on a 2-core machine; a few thousand inputs on every run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const SLOW_MS = 1000;
const WS = "/fz/";

/** The worst CPU time per call of each feature, and the largest inputs, for the report of a long run. */
interface Stats {
  inputs: number;
  calls: number;
  fixesApplied: number;
  largestInput: number;
  largestWorkspace: number;
  worst: Map<string, { ms: number; size: number }>;
}

export class FuzzFailure extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(`${kind}: ${message}`);
  }
}

function serviceOf(files: FuzzFiles): LanguageService {
  const service = new LanguageService();
  for (const [name, text] of Object.entries(files)) service.setDocument(WS + name, text);
  return service;
}

/** CPU time of this process in ms (user + system): unlike wall time, not inflated by other processes on the machine. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function timed<T>(stats: Stats, feature: string, size: number, call: () => T): T {
  const start = cpuMs();
  let result: T;
  try {
    result = call();
  } catch (error) {
    throw new FuzzFailure(`throw:${feature}`, error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  const ms = cpuMs() - start;
  stats.calls++;
  const worst = stats.worst.get(feature);
  if (!worst || ms > worst.ms) stats.worst.set(feature, { ms, size });
  if (ms > SLOW_MS) throw new FuzzFailure(`slow:${feature}`, `${Math.round(ms)} ms of CPU time`);
  return result;
}

function lineOf(index: LineIndex, offset: number): number {
  return index.positionAt(offset).line;
}

function applyEdits(text: string, edits: QuickFix["edits"]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

/** Lines (0-based) of the original text an edit list touches, and the same lines in the edited text. */
function touchedLines(text: string, edits: QuickFix["edits"]): { before: Set<number>; after: Set<number> } {
  const index = new LineIndex(text);
  const before = new Set<number>();
  const after = new Set<number>();
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    const first = lineOf(index, edit.span.start);
    const last = lineOf(index, edit.span.end);
    for (let l = first; l <= last; l++) before.add(l);
    const added = (edit.newText.match(/\n/g) ?? []).length;
    for (let l = first + shift; l <= first + shift + added; l++) after.add(l);
    shift += added - (last - first);
  }
  return { before, after };
}

/**
 * Where the text each edit writes sits in the edited document, end exclusive (a deletion is the point where it was):
 * an inserted line ends with its line break, and the line after it (or a name the text is appended to) is not the
 * fix's writing.
 */
function insertedRanges(edits: QuickFix["edits"]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    const start = edit.span.start + shift;
    ranges.push({ start, end: start + Math.max(edit.newText.length, 1) });
    shift += edit.newText.length - (edit.span.end - edit.span.start);
  }
  return ranges;
}

/** Error codes of findings starting on the given lines of a document, as a multiset. */
function errorCodesOn(findings: Finding[], text: string, lines: Set<number>): Map<string, number> {
  const index = new LineIndex(text);
  const codes = new Map<string, number>();
  for (const f of findings) {
    if (f.severity !== "error" || !lines.has(lineOf(index, f.span.start))) continue;
    codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
  }
  return codes;
}


/** Runs every feature on one workspace; throws a FuzzFailure on the first violation. */
export function exercise(files: FuzzFiles, random: () => number, stats: Stats, options: { probes: number; fixes: number }): void {
  const size = Object.values(files).reduce((sum, t) => sum + t.length, 0);
  stats.inputs++;
  stats.largestWorkspace = Math.max(stats.largestWorkspace, size);
  for (const text of Object.values(files)) stats.largestInput = Math.max(stats.largestInput, text.length);
  const service = timed(stats, "setDocument", size, () => serviceOf(files));
  const diagnostics = timed(stats, "diagnostics", size, () => service.allDiagnostics());
  for (const [uri, findings] of diagnostics) {
    const text = service.workspace.document(uri)?.text ?? "";
    for (const f of findings) {
      if (f.message.startsWith("Internal error")) throw new FuzzFailure(`internal:${f.code}`, f.message);
      if (!(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length)) throw new FuzzFailure(`span:${f.code}`, `${f.span.start}-${f.span.end} of ${text.length}`);
    }
  }
  let fixesTried = 0;
  for (const [uri, findings] of diagnostics) {
    const text = service.workspace.document(uri)?.text ?? "";
    const length = text.length;
    const probes = [0, length, ...Array.from({ length: options.probes }, () => Math.floor(random() * (length + 1)))];
    for (const offset of probes) {
      timed(stats, "hover", length, () => service.hover(uri, offset));
      timed(stats, "completion", length, () => service.completions(uri, offset));
      timed(stats, "signatureHelp", length, () => service.signatureHelp(uri, offset));
      timed(stats, "definition", length, () => service.definition(uri, offset));
      timed(stats, "references", length, () => service.references(uri, offset));
      timed(stats, "prepareRename", length, () => service.prepareRename(uri, offset));
    }
    timed(stats, "symbols", length, () => service.symbols(uri));
    for (const finding of findings) {
      const fixes = timed(stats, "quickFixes", length, () => service.quickFixes([finding]));
      for (const fix of fixes) {
        for (const edit of fix.edits) {
          const editLength = service.workspace.document(edit.uri)?.text.length ?? -1;
          if (!(edit.span.start >= 0 && edit.span.start <= edit.span.end && edit.span.end <= editLength)) throw new FuzzFailure(`fix-span:${finding.code}`, `'${fix.title}' edits ${edit.span.start}-${edit.span.end} of ${editLength}`);
        }
        if (fixesTried >= options.fixes || fix.edits.length === 0) continue;
        fixesTried++;
        checkFix(files, diagnostics, uri, finding, fix, stats);
      }
    }
  }
  timed(stats, "route", size, () => service.route(["915551234567", "100", "s", "9"][Math.floor(random() * 4)]));
}

/** Applies one fix to a copy of the workspace: its finding must go, and no error may appear on the lines it touched. */
function checkFix(files: FuzzFiles, before: Map<string, Finding[]>, uri: string, finding: Finding, fix: QuickFix, stats: Stats): void {
  stats.fixesApplied++;
  const changed: FuzzFiles = { ...files };
  for (const target of new Set(fix.edits.map((e) => e.uri))) {
    const name = target.slice(WS.length);
    if (!(name in changed)) return;
    changed[name] = applyEdits(files[name], fix.edits.filter((e) => e.uri === target));
  }
  const after = timed(stats, "diagnostics", 0, () => serviceOf(changed).allDiagnostics());
  const name = uri.slice(WS.length);
  // Where the finding's start went: shifted by the edits before it, or to the start of an edit that covers it.
  let moved = finding.span.start;
  for (const edit of fix.edits.filter((e) => e.uri === uri)) {
    if (edit.span.end <= finding.span.start) moved += edit.newText.length - (edit.span.end - edit.span.start);
    else if (edit.span.start <= finding.span.start && finding.span.start < edit.span.end) moved += edit.span.start - finding.span.start;
  }
  const newText = changed[name] ?? files[name];
  const index = new LineIndex(newText);
  const line = lineOf(index, Math.max(0, Math.min(moved, newText.length)));
  const count = (findings: Finding[] | undefined) => (findings ?? []).filter((f) => f.code === finding.code).length;
  // A finding of the same code may stay on the line when the fix removed another (three duplicates, one fixed).
  if ((after.get(uri) ?? []).some((f) => f.code === finding.code && lineOf(index, f.span.start) === line) && count(after.get(uri)) >= count(before.get(uri))) {
    throw new FuzzFailure(`fix-keeps:${finding.code}`, `'${fix.title}' leaves the ${finding.code} finding on line ${line + 1} of ${name}`);
  }
  // An error that only moved (its anchor is the first field, or it follows a line to another file) is not added:
  // the workspace must have more errors of that code than before.
  const totalBefore = errorTotals(before);
  const totalAfter = errorTotals(after);
  for (const target of new Set(fix.edits.map((e) => e.uri))) {
    const targetName = target.slice(WS.length);
    const lines = touchedLines(files[targetName], fix.edits.filter((e) => e.uri === target));
    const old = errorCodesOn(before.get(target) ?? [], files[targetName], lines.before);
    // Errors about text the fix did not write are the line's own faults, now readable (`Got` → `Goto` reveals that
    // Goto needs arguments); an error on the inserted text is the fix's.
    const inserted = insertedRanges(fix.edits.filter((e) => e.uri === target));
    const written = (after.get(target) ?? []).filter((f) => inserted.some((r) => f.span.start < r.end && r.start < Math.max(f.span.end, f.span.start + 1)));
    const now = errorCodesOn(written, changed[targetName], lines.after);
    for (const [code, count] of now) {
      if (code === finding.code || (totalAfter.get(code) ?? 0) <= (totalBefore.get(code) ?? 0)) continue;
      if (count > (old.get(code) ?? 0)) throw new FuzzFailure(`fix-adds:${finding.code}`, `'${fix.title}' adds ${code} in ${targetName}`);
    }
  }
}

/** Error findings per code over every file of a workspace. */
function errorTotals(findings: Map<string, Finding[]>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const list of findings.values()) for (const f of list) if (f.severity === "error") totals.set(f.code, (totals.get(f.code) ?? 0) + 1);
  return totals;
}

/** Smallest workspace (by lines, then characters) that still fails the same way. */
export function minimize(files: FuzzFiles, kind: string, run: (files: FuzzFiles) => void): FuzzFiles {
  const fails = (candidate: FuzzFiles) => {
    try {
      run(candidate);
      return false;
    } catch (error) {
      return error instanceof FuzzFailure && error.kind === kind;
    }
  };
  let current = { ...files };
  for (const name of Object.keys(current)) {
    const without = { ...current };
    delete without[name];
    if (Object.keys(without).length > 0 && fails(without)) current = without;
  }
  for (const unit of ["\n", ""] as const) {
    for (const name of Object.keys(current)) {
      let pieces = unit === "\n" ? current[name].split("\n") : [...current[name]];
      let chunk = Math.max(1, pieces.length >> 1);
      let budget = 400;
      while (chunk >= 1 && budget-- > 0) {
        let removed = false;
        for (let i = 0; i + chunk <= pieces.length && budget-- > 0; ) {
          const candidate = [...pieces.slice(0, i), ...pieces.slice(i + chunk)];
          if (fails({ ...current, [name]: candidate.join(unit) })) {
            pieces = candidate;
            current = { ...current, [name]: candidate.join(unit) };
            removed = true;
          } else i += chunk;
        }
        if (!removed) chunk >>= 1;
      }
    }
  }
  return current;
}

/** Regression fixtures: `//- name` lines start each file of a workspace. */
function readRegressions(): { id: string; files: FuzzFiles }[] {
  if (!fs.existsSync(REGRESSIONS)) return [];
  return fs
    .readdirSync(REGRESSIONS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const files: FuzzFiles = {};
      let current: string | undefined;
      const lines: string[] = [];
      const flush = () => {
        if (current !== undefined) files[current] = lines.join("\n");
        lines.length = 0;
      };
      for (const line of fs.readFileSync(path.join(REGRESSIONS, f), "utf8").replace(/\n$/, "").split("\n")) {
        const marker = /^\/\/- (\S+)$/.exec(line);
        if (marker) {
          flush();
          current = marker[1];
        } else lines.push(line);
      }
      flush();
      return { id: f, files };
    });
}

function saveRegression(kind: string, files: FuzzFiles): string {
  const id = `${kind.replace(/[^a-z0-9]+/gi, "-")}.txt`;
  fs.mkdirSync(REGRESSIONS, { recursive: true });
  fs.writeFileSync(path.join(REGRESSIONS, id), Object.entries(files).map(([name, text]) => `//- ${name}\n${text}`).join("\n") + "\n");
  return id;
}

function newStats(): Stats {
  return { inputs: 0, calls: 0, fixesApplied: 0, largestInput: 0, largestWorkspace: 0, worst: new Map() };
}

test("minimized reproducers of past fuzz failures stay fixed", { timeout: 120_000 }, () => {
  const stats = newStats();
  for (const { id, files } of readRegressions()) {
    try {
      exercise(files, generator(1), stats, { probes: 40, fixes: 50 });
    } catch (error) {
      assert.fail(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
});

test(`fuzz: ${RUNS} generated and mutated workspaces through every feature`, { timeout: Math.max(600_000, RUNS * 200) }, () => {
  const random = generator(SEED);
  const stats = newStats();
  const failures = new Map<string, string>();
  const started = Date.now();
  const report = () => {
    const worst = [...stats.worst].sort((a, b) => b[1].ms - a[1].ms).map(([feature, w]) => `${feature} ${w.ms.toFixed(1)} ms (input ${w.size} chars)`);
    return [
      `fuzz seed ${SEED}: ${stats.inputs} workspaces, ${stats.calls} feature calls, ${stats.fixesApplied} fixes applied in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `largest document ${stats.largestInput} chars, largest workspace ${stats.largestWorkspace} chars`,
      `worst call per feature (CPU time): ${worst.join("; ")}`,
    ].join("\n");
  };
  const write = (state: string) => {
    if (process.env.FUZZ_REPORT) fs.writeFileSync(process.env.FUZZ_REPORT, `${state}\n${report()}\n\n${[...failures.values()].join("\n\n")}\n`);
  };
  for (let run = 0; run < RUNS; run++) {
    if (run > 0 && run % 500 === 0) write(`in progress: ${run} of ${RUNS}`);
    const files = generateWorkspace(random, ROOT);
    const inner = generator(Math.floor(random() * 2 ** 32));
    try {
      exercise(files, inner, stats, { probes: 3, fixes: 3 });
    } catch (error) {
      if (!(error instanceof FuzzFailure)) throw error;
      if (failures.has(error.kind)) continue;
      const replaySeed = Math.floor(random() * 2 ** 32);
      const small = error.kind.startsWith("slow:") ? files : minimize(files, error.kind, (f) => exercise(f, generator(replaySeed), newStats(), { probes: 6, fixes: 20 }));
      const saved = process.env.FUZZ_SAVE ? ` saved as ${saveRegression(error.kind, small)}` : "";
      failures.set(error.kind, `${error.message.split("\n")[0]}${saved}\n${Object.entries(small).map(([n, t]) => `//- ${n}\n${t.slice(0, 2000)}`).join("\n")}`);
    }
  }
  write("done");
  assert.deepEqual([...failures.values()], [], report());
});
