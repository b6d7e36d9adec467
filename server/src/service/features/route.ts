// "Route a number": which extension Asterisk runs for a dialed string (exact names first, then patterns in sort
// order, then includes depth-first), the priorities that run in order, every Dial destination with ${EXTEN...} and
// globals resolved (the first Dial and each failover Dial after it), and the problems met on the way.
import { dialplanIndex, findMatch, sortedExtensions, stepAtPriority, type Dialplan, type DialplanExtension, type DialplanIndex, type DialplanStep } from "../model/dialplan";
import { matchesExtension } from "../model/extension-pattern";
import { gotoTargets, resolveTarget, substitute, type SubstitutionEnv } from "../model/dialplan-values";
import { variablesSetBy } from "../model/dialplan-variables";
import { maskChannelSecrets } from "../model/channel-strings";
import type { Workspace } from "../model/workspace";
import type { Finding } from "../rules/types";
import type { Span } from "../text/span";

import type { RouteLocation, RouteResult } from "./route-report";

export { formatRoute, type RouteDial, type RouteLocation, type RouteResult, type RouteStep } from "./route-report";

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

  const walk: Walk = { workspace, index, home, number, result, explored: new Set(), locate, globalValue: (name) => index.globalValue(home, name) };
  runWalk(walk, { ext: winner, priority: 1 }, new Map(), undefined, true);
  if (result.dials.length === 0) result.warnings.push("No Dial runs on this route: the call never reaches a carrier.");
  if (options.findings) addFindingWarnings(workspace, result, options.findings);
  return result;
}

/** What every walk of one route shares: the dialplan the call runs in, the dialed number, the result being built. */
interface Walk {
  workspace: Workspace;
  index: DialplanIndex;
  home: Dialplan;
  number: string;
  result: RouteResult;
  /** GotoIf branches already queued (context|extension|priority). */
  explored: Set<string>;
  locate: (uri: string, span: Span, carrierId?: string) => RouteLocation;
  globalValue: (name: string) => string | undefined;
}

/** A place in the dialplan: an extension and one of its priorities. */
interface Position {
  ext: DialplanExtension;
  priority: number;
}

/** A GotoIf branch kept for later: only its Dials are recorded. */
interface Branch extends Position {
  via: string;
  vars: Map<string, string>;
}

/**
 * Runs the priorities from `start` in order, following Goto and the "false" side of GotoIf, until the call ends;
 * then walks each "true" side met on the way (recording its Dials, not its steps).
 */
function runWalk(walk: Walk, start: Position, channelVars: Map<string, string>, via: string | undefined, record: boolean): void {
  const { workspace, result } = walk;
  const env: SubstitutionEnv = { exten: walk.number, lookup: (name: string) => channelVars.get(name) ?? walk.globalValue(name) };
  let ext = start.ext;
  let priority = start.priority;
  let note: string | undefined = via;
  const seen = new Set<string>();
  const branches: Branch[] = [];
  for (let count = 0; count < MAX_STEPS; count++) {
    const step = stepAtPriority(ext, priority);
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
    const lower = step.application.trim().toLowerCase();
    if (record) recordStep(walk, step, { ext, priority }, text, env, note);
    note = undefined;
    if (lower === "dial") addDial(walk, step, { ext, priority }, env, via);
    if (lower === "set" || lower === "mset") applySets(step, text, lower, env, channelVars);
    if (ENDS.has(lower)) break;
    if (lower === "goto" || lower === "gotoif") {
      const next = followGoto(walk, step, text, { ext, priority }, record, channelVars, branches);
      if (next === "stop") break;
      if (next) {
        ({ ext, priority } = next);
        note = next.note;
        continue;
      }
    }
    priority++;
  }
  for (const branch of branches) runWalk(walk, branch, branch.vars, branch.via, false);
}

/** Adds the step to the route, with its arguments as written and as resolved (secrets masked). */
function recordStep(walk: Walk, step: DialplanStep, at: Position, text: string, env: SubstitutionEnv, note: string | undefined): void {
  const range = step.line.argumentsSpan;
  const rawArgs = range ? text.slice(range.start, range.end) : "";
  const resolved = substitute(rawArgs, env);
  walk.result.steps.push({
    ...walk.locate(step.uri, step.option.node.valueSpan, step.carrierId),
    context: at.ext.context.name,
    extension: at.ext.name,
    priority: at.priority,
    label: step.label?.text,
    application: step.application.trim(),
    arguments: maskChannelSecrets(rawArgs),
    resolved: maskChannelSecrets(resolved.value),
    note,
  });
}

/** `Set(VAR=value)` / `MSet(a=1,b=2)`: the channel variables later steps resolve against. */
function applySets(step: DialplanStep, text: string, lower: string, env: SubstitutionEnv, channelVars: Map<string, string>): void {
  const range = step.line.argumentsSpan;
  for (const set of variablesSetBy(step, text)) {
    const arg = step.args.find((a) => a.span.start <= set.span.start && a.span.end >= set.span.end);
    const eq = arg ? text.indexOf("=", set.span.end) : -1;
    if (arg && eq >= 0 && eq < arg.span.end) channelVars.set(set.name, substitute(text.slice(eq + 1, lower === "set" ? range!.end : arg.span.end), env).value);
  }
}

/**
 * Where a Goto or GotoIf sends the call: the next position (with how it was reached), "stop" when the walk cannot
 * follow, or undefined to fall through to the next priority. A GotoIf's "true" side is queued in `branches`.
 */
function followGoto(
  walk: Walk,
  step: DialplanStep,
  text: string,
  at: Position,
  record: boolean,
  channelVars: Map<string, string>,
  branches: Branch[],
): (Position & { note: string }) | "stop" | undefined {
  const { index, home, number, result } = walk;
  const targets = gotoTargets(step, text);
  if (step.application.trim().toLowerCase() === "goto") {
    const target = targets[0] ? resolveTarget(index, home, at.ext, targets[0], number) : undefined;
    if (!target) {
      if (record) result.warnings.push(`Goto at priority ${at.priority} goes to a place known only at run time (or that does not exist); stopped following.`);
      return "stop";
    }
    return { ...target, note: `reached by Goto from priority ${step.priority}` };
  }
  // GotoIf: follow the "false" side here, remember the "true" side for its Dials.
  const whenTrue = targets.find((t) => t.branch === "true");
  const whenFalse = targets.find((t) => t.branch === "false");
  const trueTarget = whenTrue ? resolveTarget(index, home, at.ext, whenTrue, number) : undefined;
  const startKey = trueTarget ? `${trueTarget.ext.context.name}|${trueTarget.ext.name}|${trueTarget.priority}` : "";
  if (trueTarget && !walk.explored.has(startKey)) {
    walk.explored.add(startKey);
    branches.push({ ...trueTarget, via: `when the GotoIf at priority ${step.priority} is true`, vars: new Map(channelVars) });
  }
  if (!whenFalse) return undefined;
  const falseTarget = resolveTarget(index, home, at.ext, whenFalse, number);
  if (!falseTarget) return "stop";
  return { ...falseTarget, note: `reached when the GotoIf at priority ${step.priority} is false` };
}

/** Records a Dial once: the first is the primary route, later ones failovers. */
function addDial(walk: Walk, step: DialplanStep, at: Position, env: SubstitutionEnv, via: string | undefined): void {
  const { result } = walk;
  if (result.dials.some((d) => d.uri === step.uri && d.span.start === step.option.node.valueSpan.start)) return;
  const destinations = step.args[0]?.text.trim() ?? "";
  const resolved = substitute(destinations, env);
  result.dials.push({
    ...walk.locate(step.uri, step.option.node.valueSpan, step.carrierId),
    role: result.dials.length === 0 ? "primary" : "failover",
    priority: at.priority,
    context: at.ext.context.name,
    extension: at.ext.name,
    channels: resolved.value.split("&").map((c) => maskChannelSecrets(c.trim())).filter((c) => c.length > 0),
    timeout: step.args[1] ? substitute(step.args[1].text.trim(), env).value : undefined,
    options: step.args[2]?.text.trim(),
    unresolved: [...new Set(resolved.unresolved)],
    via,
  });
}

/** Errors and warnings already found on the lines the call runs through, as route warnings. */
function addFindingWarnings(workspace: Workspace, result: RouteResult, findings: Map<string, Finding[]>): void {
  for (const step of result.steps) {
    for (const finding of findings.get(step.uri) ?? []) {
      if (finding.severity !== "error" && finding.severity !== "warning") continue;
      const lineSpan = workspace.document(step.uri) ? lineSpanOf(workspace, step.uri, step.span.start) : step.span;
      if (finding.span.start > lineSpan.end || finding.span.end < lineSpan.start) continue;
      const text = `line ${step.line} (${finding.code}): ${finding.message}`;
      if (!result.warnings.includes(text)) result.warnings.push(text);
    }
  }
}

function lineSpanOf(workspace: Workspace, uri: string, offset: number): Span {
  const text = workspace.document(uri)?.text ?? "";
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return { start, end: end < 0 ? text.length : end };
}
