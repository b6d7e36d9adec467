// "Route a number": which extension Asterisk runs for a dialed string (exact names first, then patterns in sort
// order, then includes depth-first), the priorities that run in order, every Dial destination with ${EXTEN...} and
// globals resolved (the first Dial and each failover Dial after it), and the problems met on the way.
import { dialplanIndex, findMatch, sortedExtensions, type Dialplan, type DialplanExtension, type DialplanIndex, type DialplanStep } from "../model/dialplan";
import { matchesExtension } from "../model/extension-pattern";
import { gotoTargets, isDynamic, maskChannelSecrets, substitute, variablesSetBy } from "../model/dialplan-values";
import type { Workspace } from "../model/workspace";
import type { Finding } from "../rules/types";
import type { Span } from "../text/span";

export interface RouteLocation {
  uri: string;
  /** 1-based line. */
  line: number;
  span: Span;
  carrierId?: string;
}

export interface RouteStep extends RouteLocation {
  context: string;
  extension: string;
  priority: number;
  label?: string;
  application: string;
  /** Arguments as written. */
  arguments: string;
  /** Arguments with what is known substituted (secrets masked). */
  resolved: string;
  /** How this step was reached, when not by falling through. */
  note?: string;
}

export interface RouteDial extends RouteLocation {
  role: "primary" | "failover";
  priority: number;
  context: string;
  extension: string;
  /** Each destination (`&`-separated) with what is known substituted. */
  channels: string[];
  timeout?: string;
  options?: string;
  /** Variables left as written because their value is only known at run time. */
  unresolved: string[];
  /** Set when the Dial is only reached through a GotoIf branch. */
  via?: string;
}

export interface RouteResult {
  number: string;
  context: string;
  matched?: RouteLocation & { context: string; extension: string; via: string[] };
  /** Other extensions of the same context that match the number but sort after the winner. */
  alsoMatches: string[];
  steps: RouteStep[];
  dials: RouteDial[];
  warnings: string[];
}

export interface RouteOptions {
  context?: string;
  /** Current findings by uri; errors and warnings on the lines the call runs through are reported. */
  findings?: Map<string, Finding[]>;
}

const MAX_STEPS = 200;
const ENDS = new Set(["hangup", "congestion", "busy", "return"]);

export function routeNumber(workspace: Workspace, dialed: string, options: RouteOptions = {}): RouteResult {
  const number = dialed.trim();
  const contextName = options.context?.trim() || "vicidial-auto-external";
  const result: RouteResult = { number, context: contextName, alsoMatches: [], steps: [], dials: [], warnings: [] };
  const index = dialplanIndex(workspace);
  const home = index.dialplans.find((d) => index.contexts(d, contextName).length > 0);
  if (!home) {
    result.warnings.push(
      index.dialplans.length === 0
        ? "The workspace has no dialplan (no extensions.conf and no carrier dialplan entries)."
        : `No context [${contextName}] in the workspace's dialplans.`,
    );
    return result;
  }
  const locate = (uri: string, span: Span, carrierId?: string): RouteLocation => ({ uri, line: workspace.lineNumber(uri, span.start), span, carrierId });
  const match = findMatch(index, home, contextName, number);
  if (!match) {
    result.warnings.push(`No extension in [${contextName}] (or the contexts it includes) matches ${number}: Asterisk rejects the call.`);
    return result;
  }
  const winner = match.extension;
  const firstLine = winner.lines.find((s) => s.extensionSpan) ?? winner.lines[0];
  result.matched = {
    ...locate(firstLine.uri, firstLine.extensionSpan ?? firstLine.option.node.valueSpan, firstLine.carrierId),
    context: winner.context.name,
    extension: winner.name,
    via: match.via,
  };
  result.alsoMatches = sortedExtensions(index.contexts(home, winner.context.name).flatMap((c) => c.extensions))
    .filter((e) => e !== winner && e.cid === undefined && e.steps.length > 0 && matchesExtension(e.name, number))
    .map((e) => e.name);

  const globalValue = (name: string) => index.globalValue(home, name);
  const explored = new Set<string>();
  const runWalk = (start: { ext: DialplanExtension; priority: number }, channelVars: Map<string, string>, via: string | undefined, record: boolean) => {
    const env = { exten: number, lookup: (name: string) => channelVars.get(name) ?? globalValue(name) };
    let ext = start.ext;
    let priority = start.priority;
    let note: string | undefined = via;
    const seen = new Set<string>();
    const branches: { ext: DialplanExtension; priority: number; via: string; vars: Map<string, string> }[] = [];
    for (let count = 0; count < MAX_STEPS; count++) {
      const step = ext.byPriority.get(priority);
      if (!step) {
        if (record) result.warnings.push(priority === 1 ? `'${ext.name}' has no priority 1: the call is never entered.` : `'${ext.name}' has no priority ${priority}: the call ends here (auto fall-through).`);
        break;
      }
      const key = `${ext.context.name}|${ext.name}|${priority}`;
      if (seen.has(key)) {
        if (record) result.warnings.push(`The route loops back to priority ${priority} of '${ext.name}'; stopped following it.`);
        break;
      }
      seen.add(key);
      const text = workspace.document(step.uri)?.text ?? "";
      const range = step.line.argumentsSpan;
      const rawArgs = range ? text.slice(range.start, range.end) : "";
      const resolved = substitute(rawArgs, env);
      const app = step.application.trim();
      const lower = app.toLowerCase();
      if (record) {
        result.steps.push({
          ...locate(step.uri, step.option.node.valueSpan, step.carrierId),
          context: ext.context.name,
          extension: ext.name,
          priority,
          label: step.label?.text,
          application: app,
          arguments: maskChannelSecrets(rawArgs),
          resolved: maskChannelSecrets(resolved.value),
          note,
        });
      }
      note = undefined;
      if (lower === "dial") addDial(step, ext, priority, env, via, locate);
      if (lower === "set" || lower === "mset") {
        for (const set of variablesSetBy(step, text)) {
          const arg = step.args.find((a) => a.span.start <= set.span.start && a.span.end >= set.span.end);
          const eq = arg ? text.indexOf("=", set.span.end) : -1;
          if (arg && eq >= 0 && eq < arg.span.end) channelVars.set(set.name, substitute(text.slice(eq + 1, lower === "set" ? range!.end : arg.span.end), env).value);
        }
      }
      if (ENDS.has(lower)) break;
      if (lower === "goto" || lower === "gotoif") {
        const targets = gotoTargets(step, text);
        if (lower === "goto") {
          const target = targets[0] ? resolveTarget(index, home, ext, targets[0], number) : undefined;
          if (!target) {
            if (record) result.warnings.push(`Goto at priority ${priority} goes to a place known only at run time (or that does not exist); stopped following.`);
            break;
          }
          ext = target.ext;
          priority = target.priority;
          note = `reached by Goto from priority ${step.priority}`;
          continue;
        }
        // GotoIf: follow the "false" side here, remember the "true" side for its Dials.
        const whenTrue = targets.find((t) => t.branch === "true");
        const whenFalse = targets.find((t) => t.branch === "false");
        const trueTarget = whenTrue ? resolveTarget(index, home, ext, whenTrue, number) : undefined;
        const startKey = trueTarget ? `${trueTarget.ext.context.name}|${trueTarget.ext.name}|${trueTarget.priority}` : "";
        if (trueTarget && !explored.has(startKey)) {
          explored.add(startKey);
          branches.push({ ...trueTarget, via: `when the GotoIf at priority ${step.priority} is true`, vars: new Map(channelVars) });
        }
        if (whenFalse) {
          const falseTarget = resolveTarget(index, home, ext, whenFalse, number);
          if (!falseTarget) break;
          ext = falseTarget.ext;
          priority = falseTarget.priority;
          note = `reached when the GotoIf at priority ${step.priority} is false`;
          continue;
        }
      }
      priority++;
    }
    for (const branch of branches) runWalk(branch, branch.vars, branch.via, false);
  };

  const addDial = (
    step: DialplanStep,
    ext: DialplanExtension,
    priority: number,
    env: { exten: string; lookup: (name: string) => string | undefined },
    via: string | undefined,
    locate: (uri: string, span: Span, carrierId?: string) => RouteLocation,
  ) => {
    if (result.dials.some((d) => d.uri === step.uri && d.span.start === step.option.node.valueSpan.start)) return;
    const destinations = step.args[0]?.text.trim() ?? "";
    const resolved = substitute(destinations, env);
    result.dials.push({
      ...locate(step.uri, step.option.node.valueSpan, step.carrierId),
      role: result.dials.length === 0 ? "primary" : "failover",
      priority,
      context: ext.context.name,
      extension: ext.name,
      channels: resolved.value.split("&").map((c) => maskChannelSecrets(c.trim())).filter((c) => c.length > 0),
      timeout: step.args[1] ? substitute(step.args[1].text.trim(), env).value : undefined,
      options: step.args[2]?.text.trim(),
      unresolved: [...new Set(resolved.unresolved)],
      via,
    });
  };

  runWalk({ ext: winner, priority: 1 }, new Map(), undefined, true);
  if (result.dials.length === 0) result.warnings.push("No Dial runs on this route: the call never reaches a carrier.");
  if (options.findings) {
    for (const step of result.steps) {
      for (const finding of options.findings.get(step.uri) ?? []) {
        if (finding.severity !== "error" && finding.severity !== "warning") continue;
        const lineSpan = workspace.document(step.uri) ? lineSpanOf(workspace, step.uri, step.span.start) : step.span;
        if (finding.span.start > lineSpan.end || finding.span.end < lineSpan.start) continue;
        const text = `line ${step.line} (${finding.code}): ${finding.message}`;
        if (!result.warnings.includes(text)) result.warnings.push(text);
      }
    }
  }
  return result;
}

function lineSpanOf(workspace: Workspace, uri: string, offset: number): Span {
  const text = workspace.document(uri)?.text ?? "";
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return { start, end: end < 0 ? text.length : end };
}

function resolveTarget(
  index: DialplanIndex,
  home: Dialplan,
  ext: DialplanExtension,
  target: ReturnType<typeof gotoTargets>[number],
  dialed: string,
): { ext: DialplanExtension; priority: number } | undefined {
  const contextName = target.context?.text ?? ext.context.name;
  if (isDynamic(contextName)) return undefined;
  let targetExt: DialplanExtension | undefined = ext;
  if (target.extension) {
    const name = target.extension.text.replace(/\$\{EXTEN\}/g, dialed);
    if (isDynamic(name)) return undefined;
    targetExt = findMatch(index, home, contextName, name)?.extension;
  } else if (target.context) targetExt = undefined;
  if (!targetExt) return undefined;
  const priority = target.priority.text.trim();
  if (/^\d+$/.test(priority)) return { ext: targetExt, priority: Number(priority) };
  const labelled = targetExt.labels.get(priority);
  return labelled?.priority !== undefined ? { ext: targetExt, priority: labelled.priority } : undefined;
}

/** Plain-text report: the match, each priority that runs, the Dial destinations, warnings. */
export function formatRoute(result: RouteResult, fileOf: (uri: string) => string = (u) => u): string {
  const out: string[] = [];
  out.push(`${result.number} in [${result.context}]`);
  if (!result.matched) {
    for (const w of result.warnings) out.push(`  ! ${w}`);
    return out.join("\n") + "\n";
  }
  const m = result.matched;
  const via = m.via.length > 1 ? ` via ${m.via.join(" > ")}` : "";
  const carrier = m.carrierId ? `, carrier ${m.carrierId}` : "";
  out.push(`matches ${m.extension} in [${m.context}]${via} (${fileOf(m.uri)}:${m.line}${carrier})`);
  if (result.alsoMatches.length > 0) out.push(`  (also matched by ${result.alsoMatches.join(", ")}, which Asterisk tries later)`);
  out.push("");
  out.push("Steps:");
  for (const s of result.steps) {
    const label = s.label ? `(${s.label})` : "";
    const where = s.extension !== m.extension || s.context !== m.context ? `  [${s.extension}@${s.context}]` : "";
    const args = s.arguments.length > 0 || s.resolved.length > 0 ? `(${s.resolved})` : "";
    out.push(`  ${String(s.priority).padStart(3)}${label} ${s.application}${args}${where}${s.note ? `  <- ${s.note}` : ""}`);
  }
  out.push("");
  if (result.dials.length > 0) {
    out.push("Dial:");
    const width = Math.max(...result.dials.flatMap((d) => d.channels.map((c) => c.length)), 10);
    for (const d of result.dials) {
      const extra = [d.timeout ? `timeout ${d.timeout}` : "", d.options ? `options ${d.options}` : "", `priority ${d.priority}`, d.via ?? ""].filter((x) => x.length > 0).join(", ");
      for (const channel of d.channels) out.push(`  ${d.role.padEnd(8)}  ${channel.padEnd(width)}  (${extra})`);
    }
  }
  if (result.warnings.length > 0) {
    out.push("");
    out.push("Warnings:");
    for (const w of result.warnings) out.push(`  ! ${w}`);
  }
  return out.join("\n") + "\n";
}
