// dialplan/channel-string: Dial destinations whose technology or shape is wrong (after resolving globals).
import { substitute } from "../../model/dialplan-values";
import { CHANNEL_TECHNOLOGIES, maskChannelSecrets, parseChannel } from "../../model/channel-strings";
import { closestName } from "../../model/suggest";
import type { Dialplan, DialplanContext, DialplanStep } from "../../model/dialplan";
import { stepRuns } from "../../model/dialplan-build";
import { keptEnds, spliceByEnds } from "../../model/context-ends";
import { movedSpan, type Span } from "../../text/span";
import { answersAsNoted, noting } from "../../util/noted-answers";
import type { AsteriskVersion } from "../../settings";
import type { FindingInput, Rule } from "../types";
import { globalLookup, indexOf, isDialStep } from "./common";
import { keptPerStep, worthKeeping } from "./kept-per-line";

const TECHS = new Map(CHANNEL_TECHNOLOGIES.map((t) => [t.toLowerCase(), t]));

export const channelString: Rule = {
  code: "dialplan/channel-string",
  area: "dialplan",
  severity: "warning",
  summary: "A Dial destination is malformed for its technology (SIP/peer/number, SIP/number@peer, IAX2/peer/number, PJSIP/number@endpoint), names an unknown technology, or uses chan_sip on an Asterisk without it.",
  workspaceReads: ["extensions"],
  checkWorkspace(_workspace, ctx) {
    const index = indexOf(ctx);
    const key = `channel-string ${ctx.asteriskVersion}`;
    for (const dialplan of index.dialplans) {
      // Kept per context while the globals its lines read hold (see `contextRun`); within a rebuilt one, per Dial line.
      for (const finding of dialplanFindings(dialplan, globalLookup(index, dialplan), key, ctx.asteriskVersion, index.globalsStamp)) ctx.report(finding);
    }
  },
};

/**
 * What one Dial line found, and where its line started then (the findings are moved to where it is when given). The
 * node, not the step: a line an edit left outlives its step, and a step would keep its whole build alive.
 */
interface LineFindings {
  node: { line: Span };
  start: number;
  findings: FindingInput[];
}

/**
 * What the Dial lines of one context found under `key` and the globals `stamp`: the lines with findings, each at the
 * index of its step, and every global the lines read (with the answer then).
 */
interface ContextRun {
  key: string;
  stamp: object;
  at: number[];
  lines: LineFindings[];
  reads: Reads;
}

/**
 * Globals some lines read, with the answers then: the lines a run checked itself (`read`), then those of the run it
 * was spliced from (`rest`). A chain, so that a rebuilt context of thousands of Dial lines, each reading its own
 * global, does not copy them all on every edit; made one map again when it grows long.
 */
interface Reads {
  read: Map<string, string | undefined>;
  rest: Reads | undefined;
  length: number;
}

/** How long a chain of reads may grow before it is made one map. */
const MAX_READS = 16;

/** `read` (a map still being filled) before `rest`, whose chain is made one map when long. */
function chained(read: Map<string, string | undefined>, rest: Reads | undefined): Reads {
  if (rest === undefined || rest.length < MAX_READS) return { read, rest, length: (rest?.length ?? 0) + 1 };
  const all = new Map<string, string | undefined>();
  for (let at: Reads | undefined = rest; at !== undefined; at = at.rest) for (const [name, answer] of at.read) if (!all.has(name)) all.set(name, answer);
  return { read, rest: { read: all, rest: undefined, length: 1 }, length: 2 };
}

/** Whether `lookup` gives every answer the chain holds. */
function readsHold(lookup: (name: string) => string | undefined, reads: Reads): boolean {
  for (let at: Reads | undefined = reads; at !== undefined; at = at.rest) if (!answersAsNoted(lookup, at.read)) return false;
  return true;
}

const runs = new WeakMap<DialplanContext, ContextRun>();

/** The findings of a dialplan's Dial lines, in the order of its steps, `lookup` giving the globals as the dialplan sees them (under `stamp`). */
function dialplanFindings(dialplan: Dialplan, lookup: (name: string) => string | undefined, key: string, version: AsteriskVersion, stamp: object): FindingInput[] {
  const found: FindingInput[] = [];
  const keep = worthKeeping(dialplan);
  for (const { context, from, to } of stepRuns(dialplan)) {
    const run = contextRun(context, lookup, key, version, stamp, keep);
    for (let k = firstAtOrAfter(run.at, from); k < run.at.length && run.at[k] < to; k++) for (const finding of placedNow(run.lines[k])) found.push(finding);
  }
  return found;
}

/**
 * A context's run (see `ContextRun`): kept with the context while the globals answer the same; in a rebuilt context
 * under the same stamp, the lines at its kept ends found what the replaced context's did (same text, same facts:
 * model/context-ends.ts), and only the steps between are looked at.
 */
function contextRun(context: DialplanContext, lookup: (name: string) => string | undefined, key: string, version: AsteriskVersion, stamp: object, keep: boolean): ContextRun {
  const kept = runs.get(context);
  if (kept && kept.key === key && (kept.stamp === stamp || readsHold(lookup, kept.reads))) {
    kept.stamp = stamp;
    return kept;
  }
  const own = new Map<string, string | undefined>();
  const read = noting(lookup, own);
  const ends = keep ? keptEnds(context) : undefined;
  const before = ends && runs.get(ends.previous);
  const spliced = ends !== undefined && before !== undefined && before.key === key && before.stamp === stamp;
  // The ends' lines read what they read then (a superset is harmless: it only makes a change re-check more).
  const run: ContextRun = { key, stamp, at: [], lines: [], reads: chained(own, spliced ? before.reads : undefined) };
  const walkBetween = (from: number, to: number) => walk(context, from, to, run, read, key, version, stamp, keep);
  if (spliced) spliceByEnds(context, ends, before.at, (at, k) => addLine(run, at, before.lines[k]), walkBetween);
  else walkBetween(0, context.steps.length);
  runs.set(context, run);
  return run;
}

/** Checks the Dial lines of `context.steps[from, to)`, adding those with findings to `run`. */
function walk(context: DialplanContext, from: number, to: number, run: ContextRun, read: (name: string) => string | undefined, key: string, version: AsteriskVersion, stamp: object, keep: boolean): void {
  const steps = context.steps;
  for (let i = from; i < to; i++) {
    const step = steps[i];
    if (step.dropped || !isDialStep(step) || step.args.length === 0) continue;
    const findings = keep ? keptPerStep(step, key, read, (lookup) => lineFindings(step, lookup, version), stamp) : lineFindings(step, read, version);
    // Spans copied: a finding's span may be its line's token, which moves in place when the line is next read.
    if (findings.length > 0) addLine(run, i, { node: step.option.node, start: step.option.node.line.start, findings: findings.map((f) => ({ ...f, span: { ...f.span } })) });
  }
}

function addLine(run: ContextRun, at: number, line: LineFindings): void {
  run.at.push(at);
  run.lines.push(line);
}

/** The index of the first of `sorted` that is at least `value`. */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A line's findings where the line is now (moved along with it, kept so, when a re-parse moved it since). */
function placedNow(line: LineFindings): FindingInput[] {
  const shift = line.node.line.start - line.start;
  if (shift === 0) return line.findings;
  line.findings = line.findings.map((finding) => ({ ...finding, span: movedSpan(finding.span, shift) }));
  line.start += shift;
  return line.findings;
}

function lineFindings(step: DialplanStep, lookup: (name: string) => string | undefined, version: AsteriskVersion): FindingInput[] {
  const found: FindingInput[] = [];
  checkStep(step, lookup, (finding) => found.push(finding), version);
  return found;
}

/** The findings of one Dial's destinations, `lookup` giving the globals as the dialplan sees them. */
function checkStep(step: DialplanStep, lookup: (name: string) => string | undefined, report: (finding: FindingInput) => void, version: AsteriskVersion): void {
  const arg = step.args[0];
  const raw = arg.text.trim();
  if (raw.length === 0) return;
  const resolved = substitute(raw, { lookup });
  for (const destination of resolved.value.split("&")) {
    const d = destination.trim();
    if (d.length === 0 || d.startsWith("${") || d.startsWith("$[")) continue;
    const channel = parseChannel(d);
    // Worked out only for a finding: masking runs several regexes, and most destinations are fine.
    const shown = () => (resolved.value !== raw ? `'${maskChannelSecrets(raw)}' resolves to '${maskChannelSecrets(d)}', which` : `'${maskChannelSecrets(d)}'`);
    if (channel.tech.includes("${")) continue;
    const known = TECHS.get(channel.tech.toLowerCase());
    if (channel.tech.length > 0 && !known) {
      const suggestion = closestName(channel.tech, CHANNEL_TECHNOLOGIES);
      report({
        uri: step.uri,
        span: arg.span,
        message: `${shown()} uses channel technology '${channel.tech}', which Asterisk does not have: the Dial fails at once (CHANUNAVAIL, "No channel type registered").${suggestion ? ` Did you mean '${suggestion}'?` : ""}`,
      });
      continue;
    }
    if (known === "SIP" && version >= 21) {
      report({
        uri: step.uri,
        span: arg.span,
        severity: "error",
        message: `${shown()} dials through chan_sip, which Asterisk ${version} no longer has (removed in 21): the Dial fails at once. Move the carrier to PJSIP (PJSIP/number@endpoint).`,
      });
      continue;
    }
    if (channel.problem) report({ uri: step.uri, span: arg.span, message: `${shown()} ${channel.problem}.` });
  }
}
