// In-process figures of `npm run bench`: the language service (bundled, as users run it) analysing the generated
// workspace (cold, warm, against a split+regex scan), one-line edits in included and standalone files, and the
// carrier-record workspace.
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";

type ServiceModule = typeof import("../server/src/service/language-service");

/**
 * The language service as users run it: bundled (out/bench/service-bundle.js, which `npm run build` makes with the
 * server's and CLI's esbuild settings), not tsc's file-per-module output, whose re-exports are getters that cost a
 * call each until V8 optimises them. tsc's output when the bundle is absent.
 */
function loadService(): ServiceModule {
  const bundled = path.join(__dirname, "service-bundle.js");
  return fs.existsSync(bundled) ? (require(bundled) as ServiceModule) : (require("../server/src/service/language-service") as ServiceModule);
}

const { LanguageService } = loadService();
type LanguageService = InstanceType<typeof LanguageService>;
import { CHUNK_LINES, generateCarrierWorkspace, peer } from "./generate";

/** Carrier records in the VICIdial-side workspace (a large install has a few hundred). */
const RECORD_CARRIERS = 500;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Budget per measurement: slow analyses are sampled fewer times (at least once) so the bench always finishes. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 20_000);

/**
 * Lets the event loop turn before the next timing, as it turns between two messages the server reads. A synchronous
 * loop of edits would be one task: V8 keeps every WeakRef's target alive until the task ends, so each dialplan context
 * an edit replaced (a rebuilt context holds the one it replaced weakly, see model/dialplan-build.ts) would outlive the
 * loop, and the heap and its collections would grow as no server's do.
 */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Times `action(i)` up to `count` times (fewer once the budget is spent); returns the durations in ms. */
function sample(count: number, action: (i: number) => void): Promise<number[]> {
  return sampleEdits(count, () => "", (_text, i) => action(i));
}

/**
 * `sample` of edits: `textAt(i)`, the edited text, is built before each timing starts (an editor hands the server the
 * text: splitting and joining tens of thousands of lines is the harness's work, not the analysis'), and each edit is a
 * task of its own (see `nextTask`).
 */
async function sampleEdits(count: number, textAt: (i: number) => string, timed: (text: string, i: number) => void): Promise<number[]> {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count && (i === 0 || performance.now() - started < BUDGET_MS); i++) {
    const text = textAt(i);
    await nextTask();
    const start = performance.now();
    timed(text, i);
    times.push(performance.now() - start);
  }
  return times;
}

/** The text with the i-th `qualify=yes` line (counted from line 100) turned into `qualify=no`: a one-line edit. */
function editOneLine(lines: string[], i: number, from = 100): string {
  const changed = [...lines];
  let seen = -1;
  for (let line = from; line < changed.length; line++) {
    if (changed[line] === "qualify=yes" && ++seen === i) {
      changed[line] = "qualify=no";
      break;
    }
  }
  return changed.join("\n");
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const uriOf = (name: string) => `/bench/${name}`;
export const lineCount = (text: string) => text.split("\n").length;

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

/** The cheapest scan that still looks at every line: split into lines, one regex per line (section, key/value). */
const LINE = /^\s*(?:\[([^\]]*)\]|([^=;]+?)\s*=>?\s*([^;]*))/;
function splitRegexScan(texts: string[]): number {
  let matched = 0;
  for (const text of texts) for (const line of text.split("\n")) if (LINE.test(line)) matched++;
  return matched;
}

export async function inProcess(files: Map<string, string>, runs: number) {
  const texts = [...files.values()];
  const lines = texts.reduce((sum, t) => sum + lineCount(t), 0);
  // The first analysis runs cold (as when an editor opens the workspace); the median is of warm fresh services.
  const cold = (await sample(1, () => load(files).allDiagnostics()))[0];
  const warm = median(await sample(runs, () => load(files).allDiagnostics()));
  const scan = median(await sample(Math.max(runs, 9), () => splitRegexScan(texts)));
  const split = median(await sample(Math.max(runs, 9), () => texts.forEach((t) => t.split("\n"))));
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
export async function inProcessEdits(files: Map<string, string>, runs: number) {
  const service = load(files);
  const findings = countFindings(service);
  const editName = "sip-carriers-03.conf";
  const original = files.get(editName)!;
  const editLines = original.split("\n");
  const included = await sampleEdits(Math.max(runs, 10), (i) => editOneLine(editLines, i), analyse(service, editName));
  const identical = await sampleEdits(Math.max(runs, 10), () => service.workspace.document(uriOf(editName))!.text, analyse(service, editName));
  const standalone = new Map(files);
  const alone = Array.from({ length: Math.floor(CHUNK_LINES / 13) }, (_, n) => peer(n + 90_000)).flat();
  standalone.set("sip-branch.conf", alone.join("\n"));
  const aloneService = load(standalone);
  aloneService.allDiagnostics();
  const aloneEdits = await sampleEdits(Math.max(runs, 10), (i) => editOneLine(alone, i), analyse(aloneService, "sip-branch.conf"));
  // The edits above sit near the top of the file, where an edit costs most (every section below it is new after the
  // re-parse); these are spread over the whole file, as edits anywhere would be.
  const spreadRuns = Math.max(runs, 10);
  const spread = (lines: string[], i: number) => editOneLine(lines, 0, Math.floor(((i % spreadRuns) + 0.5) * (lines.length / spreadRuns)));
  const includedSpread = await sampleEdits(spreadRuns, (i) => spread(editLines, i), analyse(service, editName));
  const aloneSpread = await sampleEdits(spreadRuns, (i) => spread(alone, i), analyse(aloneService, "sip-branch.conf"));
  const dialplan = await dialplanEdits(service, files.get("extensions.conf")!.split("\n"), "extensions.conf", runs);
  // Hover on an option name and on a codec in the middle of the edited file (after analysis, as in an editor).
  service.setDocument(uriOf(editName), original);
  service.allDiagnostics();
  const hoverOffsets = [original.indexOf("dtmfmode=", original.length >> 1), original.indexOf("ulaw", original.length >> 1)];
  const hovers = await sample(100, (i) => service.hover(uriOf(editName), hoverOffsets[i % hoverOffsets.length]));
  return {
    findings,
    editIn10kLineIncludedFileMs: round(median(included)),
    editIn10kLineStandaloneFileMs: round(median(aloneEdits)),
    editSpreadIn10kLineIncludedFileMs: round(median(includedSpread)),
    editSpreadIn10kLineStandaloneFileMs: round(median(aloneSpread)),
    editIn20kLineDialplan: dialplan,
    identicalTextMs: round(median(identical), 3),
    hoverMs: round(median(hovers), 3),
  };
}

/** Sets `name`'s text in `on` and analyses the workspace: one edit as the bench times it. */
function analyse(on: LanguageService, name: string): (text: string) => void {
  return (text) => {
    on.setDocument(uriOf(name), text);
    on.allDiagnostics();
  };
}

/** How many edits follow the first ones in an edit figure (see `EditFigure`). */
export const LATER_EDITS = 20;

/**
 * An edit's cost: `ms`, the median of the first edits after the workspace was analysed (at least 10), while V8 still
 * optimises the code only edits run; `laterMs`, the median of the next `LATER_EDITS`, as the edits of a longer
 * session of typing cost.
 */
export interface EditFigure {
  ms: number;
  laterMs: number;
}

/** The figure of edit timings, the first `first` of them and the rest. */
export function editFigure(times: readonly number[], first: number): EditFigure {
  return { ms: round(median(times.slice(0, first))), laterMs: round(median(times.slice(first))) };
}

/** The edit figure of edits that change line `at` of `name` by `change` and put it back, in turn. */
async function lineEditFigure(service: LanguageService, name: string, lines: string[], at: number, change: (line: string) => string, runs: number): Promise<EditFigure> {
  const edited = [...lines];
  edited[at] = change(edited[at]);
  const texts = [edited.join("\n"), lines.join("\n")];
  const first = Math.max(runs, 10);
  return editFigure(await sampleEdits(first + LATER_EDITS, (i) => texts[i % 2], analyse(service, name)), first);
}

/** The figure when no line fits the edit. */
const NOT_MEASURED: EditFigure = { ms: NaN, laterMs: NaN };

/** A dialplan step line whose application the edits below change or follow. */
const STEP_LINE = /^\s*(exten|same)\s*=>.*,\s*(Dial|Set|NoOp|Goto|Hangup)\(/i;

/** The first such step line at or after `fraction` of the file (-1 when none). */
function stepLineAt(lines: readonly string[], fraction: number): number {
  return lines.findIndex((line, i) => i >= lines.length * fraction && STEP_LINE.test(line));
}

/** The edit figure of `change` made to the step line at `fraction` of a dialplan and undone, in turn (see `stepLineAt`). */
function stepEditFigure(service: LanguageService, lines: string[], name: string, runs: number, fraction: number, change: (line: string) => string): Promise<EditFigure> {
  const at = stepLineAt(lines, fraction);
  return at < 0 ? Promise.resolve(NOT_MEASURED) : lineEditFigure(service, name, lines, at, change, runs);
}

/**
 * One-line edits of a step in the middle of a dialplan (its application misspelt, then put back): the line keeps
 * its length, so they measure what a dialplan edit re-checks rather than lines moved below it.
 */
export function dialplanEdits(service: LanguageService, lines: string[], name: string, runs: number): Promise<EditFigure> {
  return stepEditFigure(service, lines, name, runs, 0.5, (line) => line.replace(/(Dial|Set|NoOp|Goto|Hangup)\(/i, (app: string) => app[0] + "x" + app.slice(2)));
}

/**
 * Typing in a dialplan: a character added at the end of a step line at `fraction` of the file, then removed. Every
 * line below moves, so this measures what an edit above many contexts costs.
 */
export function typingEdits(service: LanguageService, lines: string[], name: string, runs: number, fraction: number): Promise<EditFigure> {
  return stepEditFigure(service, lines, name, runs, fraction, (line) => line + "x");
}

/** Where in a dialplan the line-added figure adds its line (see `lineAddedEdits`). */
export const LINE_ADDED_AT = 0.1;

/** Where in a dialplan the typing figures type (see `typingEdits`). */
export const TYPING_AT = [0.1, 0.5, 0.9];

/**
 * A line added to a dialplan: an empty line after the step line at `fraction` of the file (Enter at its end), then
 * removed. The number of lines changes: the lines below move to new line numbers (see parse/conf-reuse.ts).
 */
export function lineAddedEdits(service: LanguageService, lines: string[], name: string, runs: number, fraction: number): Promise<EditFigure> {
  return stepEditFigure(service, lines, name, runs, fraction, (line) => line + "\n");
}

/**
 * One-line edits in one file of a real install, in-process: `target` gets a blank appended to a line in its second
 * half and removed again, each time followed by a full analysis of the workspace; and, in `dialplan`, the step and
 * typing edits above.
 */
export async function realInstallEdits(
  files: Map<string, string>,
  target: string,
  runs: number,
  dialplan?: string,
): Promise<{ edit: EditFigure; dialplanEdit?: EditFigure; typing?: EditFigure[]; lineAdded?: EditFigure }> {
  const service = load(files);
  service.allDiagnostics();
  let dialplanEdit: EditFigure | undefined;
  let lineAdded: EditFigure | undefined;
  let typing: EditFigure[] | undefined;
  if (dialplan) {
    const dialplanLines = () => files.get(dialplan)!.split("\n");
    dialplanEdit = await dialplanEdits(service, dialplanLines(), dialplan, runs);
    typing = [];
    for (const fraction of TYPING_AT) typing.push(await typingEdits(service, dialplanLines(), dialplan, runs, fraction));
    lineAdded = await lineAddedEdits(service, dialplanLines(), dialplan, runs, LINE_ADDED_AT);
  }
  const lines = files.get(target)!.split("\n");
  const at = Math.max(0, lines.findIndex((line, i) => i >= lines.length / 2 && line.trim().length > 0));
  const edit = await lineEditFigure(service, target, lines, at, (line) => line + " ", runs);
  return { edit, dialplanEdit, typing, lineAdded };
}

export async function carrierRecords(runs: number) {
  const records = generateCarrierWorkspace(RECORD_CARRIERS);
  const lines = [...records.values()].reduce((sum, t) => sum + lineCount(t), 0);
  const full = await sample(runs, () => load(records).allDiagnostics());
  const service = load(records);
  const findings = countFindings(service);
  const edited = [...records.keys()].find((name) => name.endsWith(".carrier"))!;
  const text = records.get(edited)!;
  const edits = await sampleEdits(Math.max(runs, 10), (i) => text.replace("allow=ulaw", i % 2 ? "allow=alaw" : "allow=ulaw"), analyse(service, edited));
  return { carriers: RECORD_CARRIERS, lines, findings, fullAnalysisMs: round(median(full)), editOneCarrierMs: round(median(edits)) };
}
