// The goals of the speed table and the Markdown table `npm run bench` prints against them.
import type { ProcessTiming } from "./external";
import type { inProcess } from "./in-process";
import { round, type EditFigure } from "./in-process";
import type { measureLsp } from "./lsp";

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

/** What the goal table compares. */
export interface Measured {
  cli: ProcessTiming;
  cliRate: number | null;
  alintRate: number | null;
  cli20k: ProcessTiming;
  alint20k: ProcessTiming | undefined;
  analysis: Awaited<ReturnType<typeof inProcess>>;
  single: Awaited<ReturnType<typeof measureLsp>>;
  workspace: Awaited<ReturnType<typeof measureLsp>>;
  /** The LSP edits of `single` and `workspace` as edit figures. */
  singleEdit: EditFigure;
  workspaceEdit: EditFigure;
  server: number | null;
  issabel: Record<string, unknown>;
  /** A step edited in the workspace's 20k-line extensions.conf, in-process. */
  dialplanEdit: EditFigure;
}

/** "2.5x", or n/a when either side was not measured. */
const times = (a: number | null, b: number | null) => (a && b ? `${round(a / b, 1)}x` : "n/a");

/** Each goal: measure, value now, goal, met (null when not measured). */
export function goalRows({ cli, cliRate, alintRate, cli20k, alint20k, analysis, single, workspace, singleEdit, workspaceEdit, server, issabel, dialplanEdit }: Measured): [string, string, string, boolean | null][] {
  const rows: [string, string, string, boolean | null][] = [
    ["whole CLI process, 76k lines", `${cli.medianSeconds} s; ${times(cliRate, alintRate)} asterisklint's lines/s`, `<= ${GOALS.cliSeconds} s, >= ${GOALS.timesAsterisklint}x`, cli.medianSeconds <= GOALS.cliSeconds && (alintRate === null || (cliRate ?? 0) >= GOALS.timesAsterisklint * alintRate)],
    ["one 20k-line extensions.conf", `${cli20k.medianSeconds} s; asterisklint ${alint20k?.medianSeconds ?? "n/a"} s (${times(alint20k?.medianSeconds ?? null, cli20k.medianSeconds)} faster)`, `>= ${GOALS.timesAsterisklint}x faster`, alint20k ? alint20k.medianSeconds / cli20k.medianSeconds >= GOALS.timesAsterisklint : null],
    ["in-process analysis per 100k lines", `${analysis.warmMsPer100kLines} ms warm, ${analysis.coldMsPer100kLines} ms cold; ${analysis.timesSplitRegexScan}x split+regex`, `<= ${GOALS.msPer100kLines} ms, <= ${GOALS.timesSplitRegex}x`, analysis.warmMsPer100kLines <= GOALS.msPer100kLines && analysis.timesSplitRegexScan <= GOALS.timesSplitRegex],
    ["one-line edit -> diagnostics over LSP", `${shownEdit(singleEdit)} (10k-line sip.conf); ${shownEdit(workspaceEdit)} in an included file`, `<= ${GOALS.editMs} ms`, Math.max(singleEdit.ms, workspaceEdit.ms) <= GOALS.editMs],
    ["cold start -> first diagnostics", `${round(single.firstDiagnosticsMs)} ms (10k-line sip.conf), ${round(workspace.firstDiagnosticsMs)} ms (workspace)`, `<= ${GOALS.coldStartMs} ms`, Math.max(single.firstDiagnosticsMs, workspace.firstDiagnosticsMs) <= GOALS.coldStartMs],
    ["server RSS", `${workspace.rssMB} MB at ${analysis.lines} lines`, `<= ${GOALS.rssMB} MB`, workspace.rssMB === null ? null : workspace.rssMB <= GOALS.rssMB],
    ["dist/server.js", `${server} KB`, `<= ${GOALS.serverBundleKB} KB`, server !== null && server <= GOALS.serverBundleKB],
  ];
  const real = issabel as {
    cli?: ProcessTiming;
    lines?: number;
    asterisklint?: ProcessTiming;
    edit?: { file?: string } & Partial<EditFigure>;
    dialplanEdit?: { file?: string } & Partial<EditFigure>;
    typing?: { file?: string; at: number[]; figures?: EditFigure[] };
    lineAdded?: { file?: string; at: number } & Partial<EditFigure>;
  };
  if (real.cli) rows.push(["IssabelPBX folder, whole CLI", `${real.cli.medianSeconds} s (${real.lines} lines); asterisklint ${real.asterisklint?.medianSeconds ?? "n/a"} s on its dialplans`, `<= ${GOALS.issabelCliSeconds} s`, real.cli.medianSeconds <= GOALS.issabelCliSeconds]);
  // Not a row of the table: how an edit feels on a real install, in-process (no LSP transport).
  const editRow = (measure: string, figure: Partial<EditFigure> | undefined) => {
    if (figure?.ms !== undefined && figure.laterMs !== undefined) rows.push([measure, shownEdit(figure as EditFigure), `<= ${GOALS.editMs} ms`, figure.ms <= GOALS.editMs]);
  };
  editRow(`IssabelPBX, one-line edit in ${real.edit?.file} (in-process)`, real.edit);
  // Nor these: a step edited in a large dialplan, the file VICIdial and FreePBX engineers edit most (in-process).
  editRow(`IssabelPBX, one step edited in ${real.dialplanEdit?.file} (in-process)`, real.dialplanEdit);
  const typing = real.typing?.figures;
  if (typing) {
    const shown = typing.map((figure, i) => `${shownEdit(figure)} at ${Math.round(real.typing!.at[i] * 100)}%`).join("; ");
    rows.push([`IssabelPBX, typing in ${real.typing!.file}: a character added to a line, every line below moves (in-process)`, shown, `<= ${GOALS.editMs} ms`, typing.every((figure) => figure.ms <= GOALS.editMs)]);
  }
  if (real.lineAdded) editRow(`IssabelPBX, a line added to ${real.lineAdded.file} at ${Math.round(real.lineAdded.at * 100)}%: every line below moves to a new line number (in-process)`, real.lineAdded);
  editRow("one step edited in the workspace's 20k-line extensions.conf (in-process)", dialplanEdit);
  return rows;
}

/** An edit figure as the table shows it: the first edits' median (what the goal is judged on), then the later ones'. */
function shownEdit(figure: EditFigure): string {
  return `${figure.ms} ms (later edits ${figure.laterMs} ms)`;
}

/** The goals as a Markdown table: measure, value now, goal, met (n/a when not measured). */
export function goalTable(rows: [string, string, string, boolean | null][]): string {
  const lines = ["| measure | now | goal | met |", "|---|---|---|---|", ...rows.map(([m, now, goal, met]) => `| ${m} | ${now} | ${goal} | ${met === null ? "n/a" : met ? "yes" : "no"} |`)];
  return lines.join("\n");
}
